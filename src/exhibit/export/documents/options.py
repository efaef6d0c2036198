"""What the documents are made from (values) and the choices for them.

``DocumentSource`` is the exhibition, the works, crates and condition histories as values plus
the project folder; ``DocumentOptions`` the document kind, the works chosen, the language
order and, for labels, the size, the sheet and the QR code's URL pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm

from exhibit.core.errors import ExhibitError
from exhibit.core.languages import parse
from exhibit.core.loan import ConditionHistory, Crate
from exhibit.core.model import Exhibition, Work
from exhibit.core.project import resolve_path


class DocumentKind(StrEnum):
    LABELS = "labels"
    CHECKLIST = "checklist"
    CONDITION = "condition"
    LOAN = "loan"


class Sheet(StrEnum):
    A4 = "a4"
    A3 = "a3"
    NONE = "none"  # one label per page, the page the size of the label

    @property
    def points(self) -> tuple[float, float] | None:
        return {Sheet.A4: A4, Sheet.A3: A3, Sheet.NONE: None}[self]


NAMED_LABEL_SIZES = {"a6": (148.0, 105.0), "a5": (210.0, 148.0)}  # landscape, mm
REFERENCE_MM = NAMED_LABEL_SIZES["a5"]  # the sizes the type minimums are given for


@dataclass(frozen=True, slots=True)
class LabelSize:
    """A wall label's size in mm (landscape for the named sizes)."""

    width_mm: float
    height_mm: float
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> LabelSize:
        key = text.strip().lower()
        if key in NAMED_LABEL_SIZES:
            return cls(*NAMED_LABEL_SIZES[key], key)
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)(?:\s*mm)?", key)
        if not m:
            raise ExhibitError(f"--size {text!r}: write a6, a5 or WIDTHxHEIGHT in mm, e.g. 200x100")
        w, h = float(m.group(1)), float(m.group(2))
        if not (40 <= w <= 420 and 30 <= h <= 420):
            raise ExhibitError(f"--size {text!r}: a label from 40 x 30 to 420 x 420 mm")
        return cls(w, h, f"{w:g}x{h:g}")

    @property
    def points(self) -> tuple[float, float]:
        return self.width_mm * mm, self.height_mm * mm

    @property
    def scale(self) -> float:
        """Type scale against A5: the same share of the label for every size."""
        return min(self.width_mm / REFERENCE_MM[0], self.height_mm / REFERENCE_MM[1])

    @property
    def area_factor(self) -> float:
        return (self.width_mm * self.height_mm) / (REFERENCE_MM[0] * REFERENCE_MM[1])


def check_qr_pattern(pattern: str) -> str:
    """A URL pattern like ``https://example.org/w/{number}``; a clear error otherwise."""
    if not pattern:
        return ""
    if "{number}" not in pattern:
        raise ExhibitError(f"--qr {pattern!r}: the pattern needs {{number}}, e.g. …/w/{{number}}")
    try:
        url = pattern.format(number=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise ExhibitError(f"--qr {pattern!r}: only {{number}} can be filled in ({exc})") from None
    if not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", url, re.I):
        raise ExhibitError(f"--qr {pattern!r}: not a URL like https://example.org/w/{{number}}")
    return pattern


def short_url(url: str) -> str:
    """The URL as printed under the code: without the scheme and a leading www."""
    return re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url, flags=re.I).rstrip("/")


@dataclass(frozen=True, slots=True)
class DocumentOptions:
    kind: DocumentKind = DocumentKind.CHECKLIST
    works: tuple[int, ...] = ()  # catalogue numbers; empty: every work
    languages: tuple[str, ...] = ()  # print order; empty: the venue's languages first
    label_size: LabelSize = field(default_factory=lambda: LabelSize.parse("a5"))
    sheet: Sheet = Sheet.A4
    qr_pattern: str = ""
    with_caption: bool = True

    def __post_init__(self) -> None:
        check_qr_pattern(self.qr_pattern)


def venue_first(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The venue reads the target languages: print them first, the lender's (source) last."""
    return (*languages[1:], languages[0]) if len(languages) > 1 else languages


def order_languages(project: tuple[str, ...], wanted: tuple[str, ...]) -> tuple[str, ...]:
    if not wanted:
        return venue_first(project)
    unknown = [lang for lang in wanted if lang not in project]
    if unknown:
        raise ExhibitError(
            f"--languages: {', '.join(unknown)} is not a language of this project "
            f"({', '.join(project)})"
        )
    return tuple(dict.fromkeys(wanted))


def is_chinese(lang: str) -> bool:
    return parse(lang).language == "zh"


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """Everything the documents show, as values."""

    exhibition: Exhibition
    works: tuple[Work, ...]
    crates: tuple[Crate, ...]
    histories: dict[int, ConditionHistory]
    project_root: Path
    thumbnails: dict[int, Path]  # work id -> its thumbnail JPEG, where one exists

    def history(self, work: Work) -> ConditionHistory:
        return self.histories.get(work.id, ConditionHistory())

    def resolve(self, stored: str) -> Path:
        return resolve_path(stored, self.project_root)

    def chosen(self, numbers: tuple[int, ...]) -> tuple[Work, ...]:
        if not numbers:
            return self.works
        known = {w.number: w for w in self.works}
        missing = [n for n in numbers if n not in known]
        if missing:
            raise ExhibitError(
                f"--works: no work No. {', '.join(map(str, missing))} "
                f"(the catalogue has {len(self.works)} works)"
            )
        return tuple(known[n] for n in sorted(set(numbers)))
