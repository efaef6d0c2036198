"""The translation round trip, as values: units sent out, units coming back, and the plan.

Every translatable field (the exhibition's texts, section titles, the works' texts) in the
target language is one ``Unit`` with a stable id (``work.<uid>.caption``) that survives
renumbering and reordering. A file sent out records, per unit, the fingerprints of the source
and target text and the status as exported: that is the common base. When the file comes
back, ``plan_import`` compares base, ours (the catalogue now) and theirs (the file) field by
field with ``core.threeway`` and says what to do with each, before anything is written:

- unchanged on both sides: nothing;
- changed only in the file: taken, with the status the file gives (mapped, see
  ``STATUS_*``); "approved" stays approved only when the curator trusts the file's approvals;
- changed on both sides differently: a conflict; ours is kept and theirs is kept as a
  suggestion the curator can accept;
- the source text changed here since the export: theirs is taken as "outdated";
- an empty target never erases ours; unknown ids, altered source texts and another language
  pair are reported and change nothing.

The file formats (XLSX, XLIFF 1.2 and 2.0, PO, CSV) only map their own states onto these
values; see the README for the status mapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from exhibit.core import threeway
from exhibit.core.fields import FieldSpec, Owner, fields_of
from exhibit.core.languages import match
from exhibit.core.model import (
    Exhibition,
    Section,
    Text,
    TranslationStatus,
    Work,
    effective_status,
    fingerprint,
    normalize_text,
)

S = TranslationStatus


class Only(StrEnum):
    """Which units a file carries."""

    MISSING = "missing"  # empty in the target language
    OUTDATED = "outdated"  # missing, or the source moved on since it was translated
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Unit:
    """One field in the target language, as sent out."""

    id: str
    owner: Owner
    owner_id: int
    field: str
    number: int | None  # the work's catalogue number, for people
    label: str  # "No. 3 caption", "Section 2 title", "Exhibition foreword"
    source: str
    target: str
    status: TranslationStatus  # as a person sees it (missing, outdated ...)
    max_length: int | None = None
    note: str = ""

    @property
    def source_fp(self) -> str:
        return fingerprint(self.source)

    @property
    def target_fp(self) -> str:
        return fingerprint(self.target) if self.target.strip() else ""


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """What a file says about the export it came from."""

    export_id: str
    source_lang: str
    target_lang: str  # as written in the file (zh-Hans, or zh-CN on request)
    exhibition: str = ""  # the exhibition's stable id
    created: str = ""


@dataclass(frozen=True, slots=True)
class Returned:
    """One unit as it came back in a file. Fingerprints and status are the base as exported."""

    id: str
    source: str
    target: str
    status: TranslationStatus | None  # mapped from the file's own state; None: not given
    state: str = ""  # the file's own state word, compared with the state exported
    base: Fingerprints | None = None  # None: the file kept no record of the export


@dataclass(frozen=True, slots=True)
class ReturnedFile:
    meta: ExportMeta | None
    units: tuple[Returned, ...]
    notes: tuple[str, ...] = ()  # what the reader found worth saying (encoding, delimiter)


class Change(StrEnum):
    NEW = "new"  # the field was empty here and the file fills it
    CHANGED = "changed"  # taken from the file
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"  # both sides changed it: ours kept, theirs a suggestion
    OUTDATED = "outdated"  # taken, but the source changed here since the export
    REJECTED = "rejected"  # not used; the reason says why


@dataclass(frozen=True, slots=True)
class Line:
    """What the import does with one unit."""

    id: str
    label: str
    change: Change
    owner: Owner | None = None
    owner_id: int | None = None
    field: str = ""
    ours: Text | None = None
    theirs: Text | None = None  # the text to write (or to suggest, for a conflict)
    reason: str = ""

    @property
    def writes(self) -> bool:
        return self.change in (Change.NEW, Change.CHANGED, Change.OUTDATED)

    @property
    def conflict(self) -> bool:
        return self.change is Change.CONFLICT

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "change": self.change.value,
            "ours": self.ours.text if self.ours else None,
            "theirs": self.theirs.text if self.theirs else None,
            "status": self.theirs.status.value if self.theirs else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class ImportPlan:
    lang: str  # the project's target language the file is for
    lines: tuple[Line, ...] = ()
    errors: tuple[str, ...] = ()  # the whole file is refused
    notes: tuple[str, ...] = ()

    def count(self, change: Change) -> int:
        return sum(1 for line in self.lines if line.change is change)

    @property
    def writes(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.writes)

    @property
    def conflicts(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.change is Change.CONFLICT)

    def to_dict(self) -> dict:
        return {
            "language": self.lang,
            "errors": list(self.errors),
            "notes": list(self.notes),
            "counts": {c.value: self.count(c) for c in Change if self.count(c)},
            "units": [line.to_dict() for line in self.lines],
        }


# ------------------------------------------------------------------------------ ids


def stable_key(item: Exhibition | Section | Work) -> str:
    """The id of an exhibition, section or work that survives renumbering and reordering."""
    uid = getattr(item, "uid", "")
    return uid or str(getattr(item, "id", 1))


def unit_id(owner: Owner, key: str, name: str) -> str:
    return f"{owner.value}.{key}.{name}"


def parse_unit_id(text: str) -> tuple[Owner, str, str] | None:
    parts = text.strip().split(".")
    if len(parts) != 3:
        return None
    try:
        return Owner(parts[0]), parts[1], parts[2]
    except ValueError:
        return None


# ------------------------------------------------------------------------------ out


def collect_units(
    exhibition: Exhibition,
    sections: Sequence[Section],
    works: Sequence[Work],
    target: str,
    only: Only = Only.ALL,
    thumbnails: Mapping[int, str] | None = None,
) -> list[Unit]:
    """Every translatable field with a source text, in catalogue order, for ``target``."""
    languages = exhibition.languages
    if target not in languages[1:]:
        raise ValueError(f"{target!r} is not a target language of this project")
    units: list[Unit] = []
    owners: list[tuple[Owner, Exhibition | Section | Work, str, int | None]] = [
        (Owner.EXHIBITION, exhibition, "Exhibition", None)
    ]
    owners += [(Owner.SECTION, s, f"Section {i}", None) for i, s in enumerate(sections, 1)]
    owners += [(Owner.WORK, w, f"No. {w.number}", w.number) for w in works]
    for owner, item, who, number in owners:
        for spec in fields_of(owner, per_language=True):
            unit = _unit(owner, item, spec, who, number, languages, target, thumbnails)
            if unit is not None and _wanted(unit, only):
                units.append(unit)
    return units


def _unit(owner, item, spec: FieldSpec, who, number, languages, target, thumbnails):
    source = item.text(spec.name, languages[0])
    if source.empty:
        return None
    entry = item.text(spec.name, target)
    status = effective_status(entry, source, is_source_language=False)
    limit = f", at most {spec.max_length} characters" if spec.max_length else ""
    thumb = (thumbnails or {}).get(getattr(item, "id", 0)) if owner is Owner.WORK else None
    note = f"{who}, {spec.label.lower()}{limit}" + (f", photo {thumb}" if thumb else "")
    return Unit(
        id=unit_id(owner, stable_key(item), spec.name),
        owner=owner,
        owner_id=getattr(item, "id", 1),
        field=spec.name,
        number=number,
        label=f"{who} {spec.label.lower()}",
        source=source.text,
        target=entry.text,
        status=status,
        max_length=spec.max_length,
        note=note,
    )


def _wanted(unit: Unit, only: Only) -> bool:
    if only is Only.MISSING:
        return unit.status is S.MISSING
    if only is Only.OUTDATED:
        return unit.status in (S.MISSING, S.OUTDATED)
    return True


# ------------------------------------------------------------------------------ back


@dataclass(frozen=True, slots=True)
class Current:
    """A unit as the catalogue holds it now (ours), to compare with what came back."""

    unit: Unit
    ours: Text


def plan_import(
    returned: ReturnedFile,
    current: Mapping[str, Current],
    languages: tuple[str, ...],
    *,
    trust_approvals: bool = False,
) -> ImportPlan:
    """Compare the file with the catalogue, unit by unit; write nothing."""
    meta = returned.meta
    target = _target_language(meta, languages)
    errors = _file_errors(meta, languages, target)
    if errors:
        return ImportPlan(target or "", errors=errors, notes=returned.notes)
    lines = []
    seen: set[str] = set()
    for r in returned.units:
        if r.id in seen:
            lines.append(Line(r.id, r.id, Change.REJECTED, reason="the id appears twice"))
            continue
        seen.add(r.id)
        lines.append(_plan_unit(r, current.get(r.id), trust_approvals))
    return ImportPlan(target or "", tuple(lines), notes=returned.notes)


def _target_language(meta: ExportMeta | None, languages: tuple[str, ...]) -> str | None:
    if meta is None:
        return languages[1] if len(languages) == 2 else None
    return match(meta.target_lang, languages[1:])


def _file_errors(meta, languages, target) -> tuple[str, ...]:
    if meta is None:
        if len(languages) != 2:
            return ("the file names no languages and the project has more than one target",)
        return ()
    if match(meta.source_lang, languages[:1]) is None or target is None:
        pair = f"{meta.source_lang} → {meta.target_lang}"
        ours = f"{languages[0]} → {', '.join(languages[1:])}"
        return (f"the file is for {pair}, this project translates {ours}",)
    return ()


def _plan_unit(r: Returned, cur: Current | None, trust: bool) -> Line:
    if cur is None:
        return Line(r.id, r.id, Change.REJECTED, reason="no such field in this catalogue")
    unit, ours = cur.unit, cur.ours

    def line(change: Change, theirs: Text | None = None, reason: str = "") -> Line:
        return Line(
            r.id, unit.label, change, unit.owner, unit.owner_id, unit.field, ours, theirs, reason
        )

    base = r.base
    if base is not None and fingerprint(r.source) != base.source_fp:
        return line(Change.REJECTED, reason="the source text was changed in the file")
    text = normalize_text(r.target)
    if unit.max_length is not None and len(text) > unit.max_length:
        return line(
            Change.REJECTED, reason=f"{len(text)} characters, at most {unit.max_length} allowed"
        )
    translated_from = base.source_fp if base is not None else fingerprint(r.source)
    theirs = Text(text, _mapped_status(r.status, text, trust), None, translated_from)
    outcome = _text_outcome(base, ours, text)
    if outcome is threeway.Outcome.CONFLICT:
        return line(Change.CONFLICT, theirs, "changed here and in the file since the export")
    if outcome is threeway.Outcome.TAKE_THEIRS:
        if fingerprint(unit.source) != translated_from:
            return line(Change.OUTDATED, theirs, "the source text changed here since the export")
        return line(Change.NEW if ours.empty else Change.CHANGED, theirs)
    if _status_changed_in_file(r, base, ours, text) and theirs.status is not ours.status:
        kept = Text(ours.text, theirs.status, None, ours.source_fingerprint or translated_from)
        return line(Change.CHANGED, kept, f"status {ours.status.value} → {theirs.status.value}")
    return line(Change.UNCHANGED)


def _text_outcome(base: Fingerprints | None, ours: Text, text: str) -> threeway.Outcome:
    """Three-way on the target text's fingerprints; without a base, only fill empty fields."""
    ours_fp = fingerprint(ours.text) if not ours.empty else None
    theirs_fp = fingerprint(text) if text.strip() else None
    if base is None:
        if theirs_fp is None or theirs_fp == ours_fp:
            return threeway.Outcome.UNCHANGED
        return threeway.Outcome.TAKE_THEIRS if ours_fp is None else threeway.Outcome.CONFLICT
    merged = threeway.merge_field(
        base.target_fp or None, ours_fp, theirs_fp, empty_theirs_keeps_ours=True
    )
    return merged.outcome


def _status_changed_in_file(r: Returned, base: Fingerprints | None, ours: Text, text: str) -> bool:
    """The reviewer changed only the status, on a text both sides still agree on."""
    if base is None or r.status is None or not text.strip() or not _same_text(ours, text):
        return False
    return r.state != base.state and ours.status.value == base.status


def _same_text(entry: Text, text: str) -> bool:
    return normalize_text(entry.text).strip() == text.strip()


def _mapped_status(status: TranslationStatus | None, text: str, trust: bool) -> TranslationStatus:
    if not text.strip():
        return S.MISSING
    if status in (None, S.MISSING, S.OUTDATED):
        return S.DRAFT
    if status is S.APPROVED and not trust:
        return S.NEEDS_REVIEW
    return status


def current_units(units: Iterable[Unit], ours: Mapping[str, Text]) -> dict[str, Current]:
    """``Current`` per unit id, with the stored ``Text`` of each (not its derived status)."""
    return {u.id: Current(u, ours.get(u.id, Text())) for u in units}


# ------------------------------------------------------------------------------ statuses

#: Exhibit's statuses in the spreadsheet's drop-down (and CSV), both directions.
SHEET_STATUS = {
    S.MISSING: "missing",
    S.DRAFT: "draft",
    S.NEEDS_REVIEW: "needs review",
    S.APPROVED: "approved",
    S.OUTDATED: "outdated",
}
SHEET_STATUS_BACK = {v: k for k, v in SHEET_STATUS.items()} | {
    "needs_review": S.NEEDS_REVIEW,
    "": None,
}

#: XLIFF 1.2 target state (and approved="yes" for approved).
XLIFF12_STATE = {
    S.MISSING: "needs-translation",
    S.DRAFT: "translated",
    S.NEEDS_REVIEW: "needs-review-translation",
    S.APPROVED: "signed-off",
    S.OUTDATED: "needs-review-translation",
}
XLIFF12_STATE_BACK = {
    "new": S.DRAFT,
    "needs-translation": S.DRAFT,
    "needs-l10n": S.DRAFT,
    "needs-adaptation": S.DRAFT,
    "translated": S.DRAFT,
    "needs-review-translation": S.NEEDS_REVIEW,
    "needs-review-l10n": S.NEEDS_REVIEW,
    "needs-review-adaptation": S.NEEDS_REVIEW,
    "signed-off": S.APPROVED,
    "final": S.APPROVED,
}

#: XLIFF 2.0 segment state, with Exhibit's own status kept as subState.
XLIFF2_STATE = {
    S.MISSING: "initial",
    S.DRAFT: "translated",
    S.NEEDS_REVIEW: "translated",
    S.APPROVED: "final",
    S.OUTDATED: "translated",
}
XLIFF2_STATE_BACK = {
    "initial": S.DRAFT,
    "translated": S.DRAFT,
    "reviewed": S.NEEDS_REVIEW,
    "final": S.APPROVED,
}
SUBSTATE_PREFIX = "exhibit:"


def status_from_sheet(word: str) -> TranslationStatus | None:
    """A status typed in the spreadsheet or CSV ('needs review', 'Approved', '')."""
    key = " ".join(word.strip().lower().replace("_", " ").split())
    if key not in SHEET_STATUS_BACK and key.replace(" ", "_") not in SHEET_STATUS_BACK:
        raise ValueError(f"{word!r} is not a status ({', '.join(SHEET_STATUS.values())})")
    return SHEET_STATUS_BACK.get(key, SHEET_STATUS_BACK.get(key.replace(" ", "_")))


def unit_fields() -> dict[Owner, tuple[str, ...]]:
    return {o: tuple(f.name for f in fields_of(o, per_language=True)) for o in Owner}


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """The base of one unit as recorded in an exported file."""

    source_fp: str
    target_fp: str  # '' when the target was empty
    state: str  # the state word the file showed
    status: str  # the status Exhibit held (stored, not derived)

    @classmethod
    def of(cls, unit: Unit, stored: Text, state: str) -> Fingerprints:
        return cls(unit.source_fp, unit.target_fp, state, stored.status.value)

    def encode(self) -> str:
        return f"src={self.source_fp};tgt={self.target_fp};state={self.state};status={self.status}"

    @classmethod
    def decode(cls, text: str) -> Fingerprints | None:
        parts = dict(p.split("=", 1) for p in text.strip().split(";") if "=" in p)
        if "src" not in parts or "tgt" not in parts:
            return None
        return cls(parts["src"], parts["tgt"], parts.get("state", ""), parts.get("status", ""))


# ------------------------------------------------------------------------------ files

COLUMNS = ("id", "no.", "field", "source", "target", "status", "note")
CHINESE_LABELS = {
    "id": "编号",
    "no.": "目录号",
    "field": "字段",
    "source": "原文",
    "target": "译文",
    "status": "状态",
    "note": "备注",
}


class Format(StrEnum):
    """The file formats a translation goes out in."""

    XLSX = "xlsx"
    XLIFF = "xliff"  # XLIFF 1.2: Trados, memoQ, Phrase, OmegaT
    XLIFF2 = "xliff2"
    PO = "po"


SUFFIX = {Format.XLSX: ".xlsx", Format.XLIFF: ".xlf", Format.XLIFF2: ".xlf", Format.PO: ".po"}


def meta_items(meta: ExportMeta) -> list[tuple[str, str]]:
    return [
        ("export_id", meta.export_id),
        ("exhibition", meta.exhibition),
        ("source_language", meta.source_lang),
        ("target_language", meta.target_lang),
        ("created", meta.created),
        ("tool", "Exhibit"),
    ]


def meta_from_items(items: dict[str, str]) -> ExportMeta | None:
    if not items.get("source_language") or not items.get("target_language"):
        return None
    return ExportMeta(
        export_id=items.get("export_id", ""),
        source_lang=items["source_language"],
        target_lang=items["target_language"],
        exhibition=items.get("exhibition", ""),
        created=items.get("created", ""),
    )


def stored_texts(
    exhibition: Exhibition, sections: Sequence[Section], works: Sequence[Work], target: str
) -> dict[str, Text]:
    """The stored target ``Text`` of every unit id (for the base and for the comparison)."""
    out: dict[str, Text] = {}
    items: list[tuple[Owner, Exhibition | Section | Work]] = [(Owner.EXHIBITION, exhibition)]
    items += [(Owner.SECTION, s) for s in sections] + [(Owner.WORK, w) for w in works]
    for owner, item in items:
        for spec in fields_of(owner, per_language=True):
            out[unit_id(owner, stable_key(item), spec.name)] = item.text(spec.name, target)
    return out
