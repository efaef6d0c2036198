"""Preflight: what would go wrong in print, found before the catalogue is written.

Checks each selected work's original (missing, unreadable, changed since import), the effective
resolution of each photo at its placed size (warning under the export's dpi, 300 by default;
error under 150 ppi), missing and outdated translations per field and language, characters the
bundled fonts cannot show (per field, naming the character and its code point) and captions that
do not fit their plate. Returns a value; ``to_dict()`` gives the same for ``--json``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from exhibit.core.fields import EXHIBITION_TEXT_FIELDS
from exhibit.core.model import Multilingual, TranslationStatus, Work
from exhibit.export.catalogue.images import file_digest
from exhibit.export.catalogue.options import CatalogueOptions, CatalogueSource
from exhibit.export.catalogue.plan import CataloguePlan, PhotoPlan, make_plan
from exhibit.export.catalogue.plates import TEXT_FIELDS

ERROR_PPI = 150


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    code: str  # low_resolution, missing_translation, unsupported_character, ...
    message: str  # one sentence for a person
    work: int | None = None  # catalogue number
    field: str | None = None
    language: str | None = None

    def to_dict(self) -> dict:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "work": self.work,
            "field": self.field,
            "language": self.language,
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
    for work in plan.works:
        plate = plan.plates[work.number]
        if plate.overflow:
            findings.append(
                Finding(
                    Severity.ERROR,
                    "text_overflow",
                    f"No. {work.number}: the captions do not fit the plate; they would be printed "
                    f"at {plate.text_scale:.0%} size. Shorten them or choose a larger layout.",
                    work.number,
                    "caption",
                )
            )
    return PreflightReport(tuple(findings), len(plan.works), digests)


def _original(photo: PhotoPlan, digests: dict[str, str]) -> list[Finding]:
    work, ref = photo.work, photo.work.original
    cover = " (cover)" if photo.key == "cover" else ""
    if photo.info is None:
        missing = not photo.path.is_file()
        code = "missing_original" if missing else "unreadable_original"
        return [
            Finding(Severity.ERROR, code, f"No. {work.number}{cover}: {photo.error}.", work.number)
        ]
    digest = file_digest(photo.path)
    digests[photo.key] = digest
    size = photo.path.stat().st_size
    if (ref.sha256 and ref.sha256 != digest) or (ref.size and ref.size != size):
        return [
            Finding(
                Severity.WARNING,
                "changed_original",
                f"No. {work.number}{cover}: {photo.path.name} changed since it was imported "
                f"({size} bytes now, {ref.size} then); the catalogue prints the file as it is now.",
                work.number,
            )
        ]
    return []


def _resolution(photo: PhotoPlan, dpi: int) -> list[Finding]:
    ppi = photo.effective_ppi()
    if ppi >= min(dpi, 300) - 0.5:
        return []
    severity = Severity.ERROR if ppi < ERROR_PPI else Severity.WARNING
    cover = " as the cover photo" if photo.key == "cover" else ""
    return [
        Finding(
            severity,
            "low_resolution",
            f"No. {photo.work.number}: {photo.info.width} x {photo.info.height} pixels give "
            f"{ppi:.0f} ppi at {photo.placed_width / 72 * 25.4:.0f} x "
            f"{photo.placed_height / 72 * 25.4:.0f} mm{cover} "
            f"({'at least 150' if severity is Severity.ERROR else f'{dpi} wanted'}).",
            photo.work.number,
        )
    ]


def _texts(plan: CataloguePlan) -> Iterator[Finding]:
    langs = plan.languages
    ex = plan.source.exhibition
    yield from _fields(plan, ex, "exhibition", EXHIBITION_TEXT_FIELDS, None, langs)
    shown = {w.section_id for w in plan.works}
    for section in plan.source.sections:
        if section.id in shown:
            yield from _fields(plan, section, f"section {section.id}", ("title",), None, langs)
    for work in plan.works:
        yield from _fields(plan, work, f"No. {work.number}", TEXT_FIELDS, work.number, langs)
        yield from _characters(plan, "photographer", work.photographer, None, work)


def _fields(plan, owner: Multilingual, where: str, fields, number, langs) -> Iterator[Finding]:
    for name in fields:
        source = owner.text(name, langs[0])
        for lang in langs:
            entry = owner.text(name, lang)
            yield from _characters(plan, name, entry.text, lang, owner if number else None, where)
            if lang == langs[0] or source.empty:
                continue
            status = owner.status(name, lang, langs)
            if status is TranslationStatus.MISSING:
                yield Finding(Severity.WARNING, "missing_translation",
                              f"{where}: {name} has no {lang} translation; the {langs[0]} text "
                              "is printed alone.", number, name, lang)  # fmt: skip
            elif status is TranslationStatus.OUTDATED:
                yield Finding(Severity.INFO, "outdated_translation",
                              f"{where}: the {lang} {name} was approved for an earlier "
                              f"{langs[0]} text.", number, name, lang)  # fmt: skip


def _characters(plan, name, text, lang, work, where: str | None = None) -> Iterator[Finding]:
    missing = plan.typesetter.coverage.missing(text)
    if not missing:
        return
    number = work.number if isinstance(work, Work) else None
    where = where or (f"No. {number}" if number else "exhibition")
    shown = ", ".join(f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in missing)
    yield Finding(
        Severity.ERROR,
        "unsupported_character",
        f"{where}: {name}{f' ({lang})' if lang else ''} has characters the catalogue fonts "
        f"cannot show: {shown}.",
        number,
        name,
        lang,
    )
