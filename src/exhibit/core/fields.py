"""Every editable field, declared once.

The store, ``exhibit set FIELD[.LANG]``, the inspector, preflight and the exports read this
table: a field's owner, kind, whether it is held per language, its label and its limits.
Labels are English source strings; the UI translates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from exhibit.core.errors import FieldError
from exhibit.core.model import LoanStatus


class Owner(StrEnum):
    EXHIBITION = "exhibition"
    SECTION = "section"
    WORK = "work"


class Kind(StrEnum):
    TEXT = "text"  # one string, not translated
    LONG_TEXT = "long_text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"  # ISO yyyy-mm-dd
    CHOICE = "choice"
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    owner: Owner
    label: str
    per_language: bool = False
    kind: Kind = Kind.TEXT
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    multiline: bool = False
    help: str = ""
    group: str = ""  # "" for the catalogue's fields, LOAN for the loan paperwork


LOAN = "loan"


_W, _E, _S = Owner.WORK, Owner.EXHIBITION, Owner.SECTION
_CM = {"minimum": 0.1, "maximum": 1000}

FIELDS: tuple[FieldSpec, ...] = (
    # Exhibition, texts per language
    FieldSpec("title", _E, "Title", per_language=True, max_length=200),
    FieldSpec("subtitle", _E, "Subtitle", per_language=True, max_length=300),
    FieldSpec("venue", _E, "Venue", per_language=True, max_length=300),
    FieldSpec("city", _E, "City", per_language=True, max_length=100),
    FieldSpec("organisers", _E, "Organisers", per_language=True, max_length=1000, multiline=True),
    FieldSpec("foreword", _E, "Foreword", per_language=True, max_length=20000, multiline=True),
    # the catalogue's colophon (each line printed with its label, in every language)
    FieldSpec("publisher", _E, "Publisher", per_language=True, max_length=300),
    FieldSpec("editors", _E, "Editors", per_language=True, max_length=300),
    FieldSpec("texts_by", _E, "Texts", per_language=True, max_length=300),
    FieldSpec("translation", _E, "Translation", per_language=True, max_length=300),
    FieldSpec("design", _E, "Design", per_language=True, max_length=300),
    FieldSpec("printer", _E, "Printing", per_language=True, max_length=300),
    FieldSpec("opening", _E, "Opening date", kind=Kind.DATE),
    FieldSpec("closing", _E, "Closing date", kind=Kind.DATE),
    # Exhibition: the loan record (Spectrum: loans out, insurance and indemnity)
    FieldSpec("loan_number", _E, "Loan number", max_length=50, group=LOAN),
    FieldSpec("borrower", _E, "Borrower", per_language=True, max_length=300, group=LOAN),
    FieldSpec(
        "borrower_address",
        _E,
        "Borrower's address",
        per_language=True,
        max_length=1000,
        multiline=True,
        group=LOAN,
    ),
    FieldSpec(
        "borrower_contact", _E, "Borrower's contact", per_language=True, max_length=300, group=LOAN
    ),
    FieldSpec("lender_authoriser", _E, "Lender's authoriser", max_length=200, group=LOAN),
    FieldSpec("loan_purpose", _E, "Purpose", per_language=True, max_length=1000, group=LOAN),
    FieldSpec("dispatch_date", _E, "Dispatch date", kind=Kind.DATE, group=LOAN),
    FieldSpec("return_due", _E, "Return due", kind=Kind.DATE, group=LOAN),
    FieldSpec(
        "loan_conditions",
        _E,
        "Conditions of loan",
        per_language=True,
        max_length=20000,
        multiline=True,
        group=LOAN,
    ),
    FieldSpec("credit_line", _E, "Credit line", per_language=True, max_length=300, group=LOAN),
    FieldSpec("shipper", _E, "Shipper", max_length=300, group=LOAN),
    FieldSpec(
        "cover",
        _E,
        "Cover",
        kind=Kind.CHOICE,
        choices=("insurance", "indemnity"),
        group=LOAN,
    ),
    FieldSpec("insurer", _E, "Insurer or indemnifier", max_length=300, group=LOAN),
    FieldSpec("policy_number", _E, "Policy number", max_length=100, group=LOAN),
    FieldSpec("loan_currency", _E, "Currency", max_length=3, group=LOAN),
    FieldSpec(
        "insurance_excess", _E, "Excess", kind=Kind.FLOAT, minimum=0, maximum=1e9, group=LOAN
    ),
    # Exhibition: the web gallery
    FieldSpec(
        "web_address",
        _E,
        "Web address",
        max_length=300,
        help="where the web gallery is published, e.g. https://example.org/ausstellung/",
    ),
    FieldSpec(
        "first_language",
        _E,
        "Language shown first",
        max_length=35,
        help="a project language (empty: the source language)",
    ),
    # Section
    FieldSpec("title", _S, "Section title", per_language=True, max_length=200),
    # Work, texts per language
    FieldSpec("title", _W, "Title", per_language=True, max_length=200),
    FieldSpec("caption", _W, "Caption", per_language=True, max_length=4000, multiline=True),
    FieldSpec("location", _W, "Location", per_language=True, max_length=300),
    FieldSpec("credit", _W, "Credit", per_language=True, max_length=300),
    # Work, single values
    FieldSpec("photographer", _W, "Photographer", max_length=200),
    FieldSpec("print_width_cm", _W, "Print width (cm)", kind=Kind.FLOAT, minimum=1, maximum=500),
    FieldSpec("print_height_cm", _W, "Print height (cm)", kind=Kind.FLOAT, minimum=1, maximum=500),
    FieldSpec("edition", _W, "Edition", max_length=100),
    FieldSpec("frame_notes", _W, "Frame notes", kind=Kind.LONG_TEXT, max_length=2000),
    FieldSpec(
        "insurance_value",
        _W,
        "Insurance value",
        kind=Kind.FLOAT,
        minimum=0,
        maximum=1e9,
        group=LOAN,
    ),
    FieldSpec("insurance_currency", _W, "Currency", max_length=3, group=LOAN),
    FieldSpec(
        "loan_status",
        _W,
        "Loan status",
        kind=Kind.CHOICE,
        choices=tuple(s.value for s in LoanStatus),
    ),
    FieldSpec("notes", _W, "Notes", kind=Kind.LONG_TEXT, max_length=20000, multiline=True),
    FieldSpec(
        "on_web",
        _W,
        "On the web",
        kind=Kind.CHOICE,
        choices=("yes", "no"),
        help="published in the web gallery",
    ),
    FieldSpec("tags", _W, "Tags", kind=Kind.TAGS, help="comma-separated"),
    # Work: what the loan paperwork needs (sizes in cm; the image size is the print size)
    FieldSpec("process", _W, "Process or medium", per_language=True, max_length=200, group=LOAN),
    FieldSpec("mount_width_cm", _W, "Mount width (cm)", kind=Kind.FLOAT, **_CM, group=LOAN),
    FieldSpec("mount_height_cm", _W, "Mount height (cm)", kind=Kind.FLOAT, **_CM, group=LOAN),
    FieldSpec("frame_width_cm", _W, "Frame width (cm)", kind=Kind.FLOAT, **_CM, group=LOAN),
    FieldSpec("frame_height_cm", _W, "Frame height (cm)", kind=Kind.FLOAT, **_CM, group=LOAN),
    FieldSpec("frame_depth_cm", _W, "Frame depth (cm)", kind=Kind.FLOAT, **_CM, group=LOAN),
    FieldSpec("crate", _W, "Crate", max_length=20, group=LOAN, help="a crate number"),
)

_BY_KEY = {(f.owner, f.name): f for f in FIELDS}


def spec(owner: Owner, name: str) -> FieldSpec:
    try:
        return _BY_KEY[(owner, name)]
    except KeyError:
        known = ", ".join(f.name for f in fields_of(owner))
        raise FieldError(f"{owner} has no field {name!r} (fields: {known})") from None


def fields_of(
    owner: Owner, *, per_language: bool | None = None, group: str | None = None
) -> tuple[FieldSpec, ...]:
    return tuple(
        f
        for f in FIELDS
        if f.owner == owner
        and (per_language is None or f.per_language == per_language)
        and (group is None or f.group == group)
    )


# the catalogue's texts; the loan paperwork's texts are LOAN_WORK_TEXT_FIELDS
WORK_TEXT_FIELDS = tuple(f.name for f in fields_of(Owner.WORK, per_language=True, group=""))
# A work's single values that are columns of its row in the store, in declaration order.
# Tags have a table of their own. Adding a field here (plus a migration step that adds the
# column, and the attribute of model.Work) is all it takes: the store's SQL, the rows, the
# inspector's editors and ``exhibit show`` are derived from this.
WORK_COLUMNS = tuple(
    f for f in fields_of(Owner.WORK, per_language=False) if f.kind is not Kind.TAGS
)
EXHIBITION_TEXT_FIELDS = tuple(
    f.name for f in fields_of(Owner.EXHIBITION, per_language=True, group="")
)
LOAN_WORK_TEXT_FIELDS = tuple(f.name for f in fields_of(Owner.WORK, per_language=True, group=LOAN))
EXHIBITION_COLUMNS = tuple(f.name for f in fields_of(Owner.EXHIBITION, per_language=False))
LOAN_EXHIBITION_FIELDS = tuple(
    f.name for f in fields_of(Owner.EXHIBITION, per_language=False, group=LOAN)
)


def parse_value(f: FieldSpec, raw: str) -> object:
    """Convert a string (from the command line or an editor) to the field's value, checked."""
    raw = raw.strip() if f.kind not in (Kind.LONG_TEXT, Kind.TEXT) else raw
    if f.kind in (Kind.INT, Kind.FLOAT):
        if raw == "":
            return None
        try:
            value: float = int(raw) if f.kind is Kind.INT else float(raw.replace(",", "."))
        except ValueError:
            raise FieldError(f"{f.name}: {raw!r} is not a number") from None
        return check_value(f, value)
    if f.kind is Kind.TAGS:
        tags = [t.strip() for t in raw.split(",")]
        return tuple(dict.fromkeys(t for t in tags if t))
    return check_value(f, raw)


def check_value(f: FieldSpec, value: object) -> object:
    """Check a value against the declaration; raise FieldError naming the field and problem."""
    if value is None:
        return None
    if f.kind in (Kind.INT, Kind.FLOAT):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise FieldError(f"{f.name}: expected a number, got {value!r}")
        if f.minimum is not None and value < f.minimum:
            raise FieldError(f"{f.name}: {value} is below the minimum {f.minimum:g}")
        if f.maximum is not None and value > f.maximum:
            raise FieldError(f"{f.name}: {value} is above the maximum {f.maximum:g}")
        return value
    if f.kind is Kind.CHOICE:
        if value not in f.choices:
            raise FieldError(f"{f.name}: {value!r} is not one of {', '.join(f.choices)}")
        return value
    if f.kind is Kind.DATE:
        if value == "":
            return None
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise FieldError(f"{f.name}: {value!r} is not a date like 2026-05-01") from None
    if f.kind is Kind.TAGS:
        return tuple(value)  # type: ignore[arg-type]
    if not isinstance(value, str):
        raise FieldError(f"{f.name}: expected text, got {value!r}")
    if f.max_length is not None and len(value) > f.max_length:
        raise FieldError(f"{f.name}: {len(value)} characters, at most {f.max_length} allowed")
    return value
