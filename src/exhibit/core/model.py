"""Values of an exhibition: the exhibition, its sections and works, texts per language.

All values are frozen dataclasses. They are made by the store (from rows) and by the import
(from files); the UI and the exports only read them. Texts per language are held as
``{field: {language: Text}}`` and never as one string with separators.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from exhibit.core.languages import DEFAULT_LANGUAGES
from exhibit.core.loan import LoanRecord


class TranslationStatus(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    NEEDS_REVIEW = "needs_review"
    APPROVED = "approved"
    OUTDATED = "outdated"  # derived: never stored, see effective_status()


class LoanStatus(StrEnum):
    CANDIDATE = "candidate"
    SELECTED = "selected"
    PRINTED = "printed"
    PACKED = "packed"
    SHIPPED = "shipped"
    ON_DISPLAY = "on_display"
    RETURNED = "returned"
    LOST = "lost"


def normalize_text(text: str) -> str:
    """NFC (never NFKC: it would turn full-width Chinese punctuation into ASCII), LF newlines."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def fingerprint(text: str) -> str:
    """A short, stable fingerprint of a source text, kept with an approved translation."""
    return hashlib.sha256(normalize_text(text).strip().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Text:
    """One field in one language: text, translation status, what it was approved against."""

    text: str = ""
    status: TranslationStatus = TranslationStatus.MISSING
    updated: str | None = None
    source_fingerprint: str | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip()


EMPTY_TEXT = Text()

TextsByField = Mapping[str, Mapping[str, Text]]


def freeze_texts(texts: Mapping[str, Mapping[str, Text]] | None) -> TextsByField:
    """Read-only copy of a ``{field: {language: Text}}`` mapping."""
    return MappingProxyType({f: MappingProxyType(dict(v)) for f, v in (texts or {}).items()})


def effective_status(
    entry: Text, source: Text | None, *, is_source_language: bool
) -> TranslationStatus:
    """The status a person sees: missing when empty, outdated when the source moved on.

    A target-language text approved against one source text becomes outdated as soon as the
    source text differs from what it was approved against; so does any text that records the
    source it was translated from (a translation taken from a file) once that source moved on.
    """
    if entry.empty:
        return TranslationStatus.MISSING
    status = entry.status
    if status is TranslationStatus.MISSING:
        status = TranslationStatus.DRAFT
    if is_source_language or source is None:
        return status
    recorded = entry.source_fingerprint
    if status is TranslationStatus.APPROVED and recorded != fingerprint(source.text):
        return TranslationStatus.OUTDATED
    if recorded is not None and recorded != fingerprint(source.text):
        return TranslationStatus.OUTDATED
    return status


@dataclass(frozen=True, slots=True)
class Multilingual:
    """Helpers shared by everything that holds texts per language."""

    texts: TextsByField = field(default_factory=lambda: freeze_texts({}))

    def text(self, name: str, lang: str) -> Text:
        return self.texts.get(name, {}).get(lang, EMPTY_TEXT)

    def value(self, name: str, lang: str, fallback: tuple[str, ...] = ()) -> str:
        """The text in ``lang``, else the first non-empty one in ``fallback``, else ''."""
        for candidate in (lang, *fallback):
            entry = self.text(name, candidate)
            if not entry.empty:
                return entry.text
        return ""

    def status(self, name: str, lang: str, languages: tuple[str, ...]) -> TranslationStatus:
        source_lang = languages[0]
        return effective_status(
            self.text(name, lang),
            self.text(name, source_lang),
            is_source_language=lang == source_lang,
        )


@dataclass(frozen=True, slots=True)
class Exhibition(Multilingual):
    """The exhibition: its texts per language, dates and the project languages."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    opening: date | None = None
    closing: date | None = None
    loan: LoanRecord = field(default_factory=LoanRecord)
    web_address: str = ""  # where the web gallery is published (its QR codes point there)
    first_language: str = ""  # shown first on labels and the web ('' = the source language)
    uid: str = ""  # stable id across copies (packages, translation files)

    @property
    def source_language(self) -> str:
        return self.languages[0]


@dataclass(frozen=True, slots=True)
class Section(Multilingual):
    """An ordered section of the exhibition with a title per language."""

    id: int = 0
    position: int = 0
    uid: str = ""  # stable id across copies (packages, translation export)


@dataclass(frozen=True, slots=True)
class OriginalRef:
    """Where the original photo file is and what it was when imported."""

    path: str  # relative to the project folder where possible, POSIX separators
    sha256: str
    size: int
    mtime: float
    format: str = ""  # JPEG, TIFF, PNG, WEBP, ...


@dataclass(frozen=True, slots=True)
class ExifFacts:
    """Facts read from the photo file. Read-only for the curator."""

    date_taken: str | None = None  # ISO 8601, local time as the camera wrote it
    make: str | None = None
    model: str | None = None
    lens: str | None = None
    exposure_time: str | None = None  # as a photographer writes it: "1/250", "2.5"
    f_number: float | None = None
    iso: int | None = None
    focal_length: float | None = None  # mm
    gps_lat: float | None = None
    gps_lon: float | None = None
    gps_alt: float | None = None
    width: int | None = None  # pixels as displayed (orientation applied)
    height: int | None = None
    orientation: int | None = None
    artist: str | None = None
    copyright: str | None = None
    description: str | None = None

    @property
    def camera(self) -> str:
        """Make and model without the make repeated ("Canon Canon EOS 7D")."""
        make = (self.make or "").strip()
        model = (self.model or "").strip()
        if make and model.lower().startswith(make.split()[0].lower()):
            return model
        return f"{make} {model}".strip()

    @property
    def year(self) -> int | None:
        if self.date_taken and self.date_taken[:4].isdigit():
            return int(self.date_taken[:4])
        return None


@dataclass(frozen=True, slots=True)
class LoanEvent:
    status: LoanStatus
    at: str  # ISO 8601 date or date-time
    note: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something noted on a work, e.g. unreadable EXIF or a missing original."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Work(Multilingual):
    """One photograph of the exhibition."""

    id: int = 0
    number: int = 0  # catalogue number, 1..N in exhibition order
    section_id: int | None = None
    position: int = 0
    original: OriginalRef = field(default_factory=lambda: OriginalRef("", "", 0, 0.0))
    exif: ExifFacts = field(default_factory=ExifFacts)
    photographer: str = ""
    print_width_cm: float | None = None
    print_height_cm: float | None = None
    edition: str = ""
    frame_notes: str = ""
    insurance_value: float | None = None
    insurance_currency: str = "EUR"
    loan_status: LoanStatus = LoanStatus.CANDIDATE
    loan_history: tuple[LoanEvent, ...] = ()
    notes: str = ""
    on_web: str = "yes"  # "no": left out of the web gallery
    tags: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    added: str = ""
    mount_width_cm: float | None = None
    mount_height_cm: float | None = None
    frame_width_cm: float | None = None
    frame_height_cm: float | None = None
    frame_depth_cm: float | None = None
    crate: str = ""
    uid: str = ""  # stable id across copies and renumbering (packages, translation export)


@dataclass(frozen=True, slots=True)
class WorkListing:
    """What a listing of works shows: number, titles, section, file, loan status, problems.

    Read by the store without the works' other texts, history and problems (``exhibit list``
    of 10 000 works); ``of(work)`` gives the same from a full work.
    """

    id: int
    number: int
    section_id: int | None
    titles: Mapping[str, str]  # language -> title; languages without one are left out
    path: str  # the original's stored path ("/" separated)
    loan_status: LoanStatus
    problems: int  # how many

    def __post_init__(self) -> None:
        if not isinstance(self.titles, MappingProxyType):
            object.__setattr__(self, "titles", MappingProxyType(dict(self.titles)))

    def title(self, lang: str) -> str:
        return self.titles.get(lang, "")

    @classmethod
    def of(cls, work: Work) -> WorkListing:
        titles = {lang: t.text for lang, t in work.texts.get("title", {}).items() if not t.empty}
        return cls(work.id, work.number, work.section_id, titles, work.original.path,
                   work.loan_status, len(work.problems))  # fmt: skip


@dataclass(frozen=True, slots=True)
class NewWork:
    """What the import hands the store to create a work (no id or number yet)."""

    original: OriginalRef
    exif: ExifFacts = field(default_factory=ExifFacts)
    texts: TextsByField = field(default_factory=lambda: freeze_texts({}))
    photographer: str = ""
    problems: tuple[Problem, ...] = ()
    section_id: int | None = None
