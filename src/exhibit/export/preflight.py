"""Preflight: what would go wrong in print, found before the catalogue is written.

Checks each selected work's original (missing, unreadable, changed since import), the effective
resolution of each photo at its placed size (warning under the export's dpi, 300 by default;
error under 150 ppi), missing and outdated translations per field and language, characters the
bundled fonts cannot show (per field, naming the character and its code point) and captions that
do not fit their plate. Returns a value; ``to_dict()`` gives the same for ``--json``.

Each finding carries its English ``message`` (for the command line and logs) and the facts that
sentence was made from as ``args`` (plain JSON values: numbers, names, tags, flags), so that the
window can say the same in the curator's language. The place a finding is about is in
``args["owner"]`` ("work", "section" or "exhibition") with ``number`` or ``section``.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from exhibit.core.camera_text import is_camera_boilerplate
from exhibit.core.fields import EXHIBITION_TEXT_FIELDS
from exhibit.core.model import Multilingual, TranslationStatus
from exhibit.core.project import current_sha256
from exhibit.export.catalogue.cover import cover_fit
from exhibit.export.catalogue.options import CatalogueOptions, CatalogueSource
from exhibit.export.catalogue.plan import CataloguePlan, PhotoPlan, make_plan
from exhibit.export.catalogue.plates import TEXT_FIELDS, PlatePlan
from exhibit.export.catalogue.typography import MIN_SIZE

ERROR_PPI = 150


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    code: str  # low_resolution, missing_translation, unsupported_character, ...
    message: str  # one English sentence for a person (the CLI prints it)
    work: int | None = None  # catalogue number
    field: str | None = None
    language: str | None = None
    # the facts behind the message, by name; read-only, left out of the hash
    args: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    forceable: bool = True  # False: --force / Export Anyway does not print it either

    def __post_init__(self) -> None:
        if not isinstance(self.args, MappingProxyType):
            object.__setattr__(self, "args", MappingProxyType(dict(self.args)))

    def to_dict(self) -> dict:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "work": self.work,
            "field": self.field,
            "language": self.language,
            "args": dict(self.args),
            "forceable": self.forceable,
        }


@dataclass(frozen=True, slots=True)
class PreflightReport:
    findings: tuple[Finding, ...]
    works: int
    digests: dict[str, str]  # photo key -> sha256 of the original as read now

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors

    def stopping(self, force: bool) -> tuple[Finding, ...]:
        """The errors that stop an export (with ``force``: those force cannot override)."""
        return tuple(f for f in self.errors if not force or not f.forceable)

    def of(self, code: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.code == code)

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "works": self.works,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [f.to_dict() for f in self.findings],
        }


def preflight(source: CatalogueSource, options: CatalogueOptions | None = None) -> PreflightReport:
    """Check a catalogue before export."""
    return check_plan(make_plan(source, options or CatalogueOptions()))


def check_plan(plan: CataloguePlan) -> PreflightReport:
    findings: list[Finding] = []
    digests: dict[str, str] = {}
    if not plan.works:
        findings.append(Finding(Severity.ERROR, "no_works", "No works are selected for printing."))
    for photo in plan.photos:
        findings += _original(photo, digests)
        if photo.info is not None:
            findings += _resolution(photo, plan.options.dpi)
    findings += _texts(plan)
    findings += _cover_text(plan)
    for work in plan.works:
        findings += _overflow(work.number, plan.plates[work.number])
        findings += _unnamed(work, plan.languages)
        findings += _camera_captions(work, plan.languages)
    return PreflightReport(tuple(findings), len(plan.works), digests)


def _unnamed(work, languages: tuple[str, ...]) -> list[Finding]:
    """Works without a title in any language or without a photographer."""
    out = []
    where = _at_work(work.number)
    if not any(work.value("title", lang).strip() for lang in languages):
        message = f"No. {work.number} has no title; it is printed as untitled (Ohne Titel / 无题)."
        out.append(Finding(Severity.WARNING, "missing_title", message, work.number, "title",
                           None, where))  # fmt: skip
    if not work.photographer.strip():
        message = f"No. {work.number} has no photographer; its rights line cannot name one."
        out.append(Finding(Severity.WARNING, "missing_photographer", message, work.number,
                           "photographer", None, where))  # fmt: skip
    return out


# what cameras write into the image description, and EXIF dumps pasted as captions: the same
# definition the import uses to skip them
looks_like_camera_text = is_camera_boilerplate


def _camera_captions(work, languages: tuple[str, ...]) -> list[Finding]:
    out = []
    for lang in languages:
        text = work.value("caption", lang)
        if text.strip() and looks_like_camera_text(text):
            args = {**_at_work(work.number), "field": "caption", "language": lang,
                    "text": text[:60]}  # fmt: skip
            message = (
                f"No. {work.number}: the caption ({lang}) looks like text the camera wrote, "
                f"not a caption: {text[:60]!r}."
            )
            out.append(Finding(Severity.WARNING, "camera_caption", message, work.number,
                               "caption", lang, args))  # fmt: skip
    return out


def _overflow(number: int, plate: PlatePlan) -> list[Finding]:
    if not plate.overflow:
        return []
    args = {
        **_at_work(number),
        "scale_percent": round(plate.needed_scale * 100),
        "minimum_pt": MIN_SIZE,
    }
    message = (
        f"No. {number}: the captions do not fit, even on a page of their own; they would have "
        f"to be printed at {plate.needed_scale:.0%} size, below the smallest readable size "
        f"({MIN_SIZE:g} pt). Shorten them."
    )
    return [Finding(Severity.ERROR, "text_overflow", message, number, "caption", None, args, False)]


def _cover_text(plan: CataloguePlan) -> list[Finding]:
    """The cover's titles would have to shrink below the smallest readable size."""
    fit = cover_fit(plan)
    if not fit.too_small:
        return []
    args = {"owner": "exhibition", "smallest_pt": round(fit.smallest_pt, 1),
            "minimum_pt": MIN_SIZE}  # fmt: skip
    message = (
        f"The cover's title, subtitle and organisers do not fit under the cover photo: they "
        f"would be printed at {fit.smallest_pt:.1f} pt, below the smallest readable size "
        f"({MIN_SIZE:g} pt). Shorten them."
    )
    return [Finding(Severity.ERROR, "cover_text_overflow", message, None, "title", None, args,
                    False)]  # fmt: skip


def _at_work(number: int, cover: bool = False) -> dict[str, object]:
    """The ``args`` naming a work (``cover``: its photo placed as the catalogue's cover)."""
    return {"owner": "work", "number": number, "cover": cover}


def _original(photo: PhotoPlan, digests: dict[str, str]) -> list[Finding]:
    work, ref = photo.work, photo.work.original
    is_cover = photo.key == "cover"
    cover = " (cover)" if is_cover else ""
    args = {**_at_work(work.number, is_cover), "file": photo.path.name}
    if photo.info is None:
        missing = not photo.path.exists()  # a FIFO in its place is there, and unreadable
        code = "missing_original" if missing else "unreadable_original"
        args["reason"] = photo.error
        message = f"No. {work.number}{cover}: {photo.error}."
        return [Finding(Severity.ERROR, code, message, work.number, None, None, args)]
    digest = current_sha256(photo.path, ref)
    digests[photo.key] = digest
    size = photo.path.stat().st_size
    if (ref.sha256 and ref.sha256 != digest) or (ref.size and ref.size != size):
        args |= {"bytes_now": size, "bytes_then": ref.size}
        message = (
            f"No. {work.number}{cover}: {photo.path.name} changed since it was imported "
            f"({size} bytes now, {ref.size} then); the catalogue prints the file as it is now."
        )
        return [Finding(Severity.WARNING, "changed_original", message, work.number, args=args)]
    return []


def _resolution(photo: PhotoPlan, dpi: int) -> list[Finding]:
    ppi = photo.effective_ppi()
    if ppi >= min(dpi, 300) - 0.5:
        return []
    severity = Severity.ERROR if ppi < ERROR_PPI else Severity.WARNING
    args = {
        **_at_work(photo.work.number, photo.key == "cover"),
        "ppi": round(ppi),
        "wanted": dpi,
        "minimum": ERROR_PPI,
        "width_px": photo.info.width,
        "height_px": photo.info.height,
        "width_mm": round(photo.placed_width / 72 * 25.4),
        "height_mm": round(photo.placed_height / 72 * 25.4),
    }
    cover = " as the cover photo" if args["cover"] else ""
    message = (
        f"No. {photo.work.number}: {photo.info.width} x {photo.info.height} pixels give "
        f"{ppi:.0f} ppi at {photo.placed_width / 72 * 25.4:.0f} x "
        f"{photo.placed_height / 72 * 25.4:.0f} mm{cover} "
        f"({'at least 150' if severity is Severity.ERROR else f'{dpi} wanted'})."
    )
    return [Finding(severity, "low_resolution", message, photo.work.number, args=args)]


def _texts(plan: CataloguePlan) -> Iterator[Finding]:
    langs = plan.languages
    ex = plan.source.exhibition
    yield from _fields(plan, ex, {"owner": "exhibition"}, EXHIBITION_TEXT_FIELDS, langs)
    shown = {w.section_id for w in plan.works}
    for section in plan.source.sections:
        if section.id in shown:
            place = {"owner": "section", "section": section.id}
            yield from _fields(plan, section, place, ("title",), langs)
    for work in plan.works:
        yield from _fields(plan, work, _at_work(work.number), TEXT_FIELDS, langs)
        yield from _characters(plan, _at_work(work.number), "photographer", work.photographer)


def _where(place: Mapping[str, object]) -> str:
    """How the English messages name a place: "No. 3", "section 2", "exhibition"."""
    if place["owner"] == "work":
        return f"No. {place['number']}"
    if place["owner"] == "section":
        return f"section {place['section']}"
    return "exhibition"


def _fields(plan, owner: Multilingual, place: dict, fields, langs) -> Iterator[Finding]:
    where, number = _where(place), place.get("number")
    for name in fields:
        source = owner.text(name, langs[0])
        for lang in langs:
            yield from _characters(plan, place, name, owner.text(name, lang).text, lang)
            if lang == langs[0] or source.empty:
                continue
            status = owner.status(name, lang, langs)
            args = {**place, "field": name, "language": lang, "source_language": langs[0]}
            if status is TranslationStatus.MISSING:
                yield Finding(Severity.WARNING, "missing_translation",
                              f"{where}: {name} has no {lang} translation; the {langs[0]} text "
                              "is printed alone.", number, name, lang, args)  # fmt: skip
            elif status is TranslationStatus.OUTDATED:
                yield Finding(Severity.INFO, "outdated_translation",
                              f"{where}: the {lang} {name} was approved for an earlier "
                              f"{langs[0]} text.", number, name, lang, args)  # fmt: skip


def _characters(plan, place: dict, name, text, lang=None) -> Iterator[Finding]:
    missing = plan.typesetter.coverage.missing(text)
    if not missing:
        return
    shown = ", ".join(f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in missing)
    args = {
        **place,
        "field": name,
        "language": lang,
        "chars": tuple(missing),
        "codepoints": tuple(f"U+{ord(ch):04X}" for ch in missing),
    }
    yield Finding(
        Severity.ERROR,
        "unsupported_character",
        f"{_where(place)}: {name}{f' ({lang})' if lang else ''} has characters the catalogue "
        f"fonts cannot show: {shown}; exported anyway, each is printed as \ufffd.",
        place.get("number"),
        name,
        lang,
        args,
    )
