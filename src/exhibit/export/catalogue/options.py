"""What the catalogue is made from (values, not the store) and how it is laid out.

``CatalogueSource`` holds the exhibition, sections and works as values plus the project folder
that relative original paths start from; ``CatalogueOptions`` the choices of the export dialog
and the command line; ``PageGeometry`` the page, margins, bleed and the plate frames in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.units import mm

from exhibit.core.errors import ExhibitError
from exhibit.core.model import Exhibition, LoanStatus, Section, Work
from exhibit.core.project import resolve_path


class PageSize(StrEnum):
    A4 = "a4"
    A5 = "a5"
    LETTER = "letter"
    SQUARE = "square"  # 210 x 210 mm

    @property
    def points(self) -> tuple[float, float]:
        return {
            PageSize.A4: A4,
            PageSize.A5: A5,
            PageSize.LETTER: LETTER,
            PageSize.SQUARE: (210 * mm, 210 * mm),
        }[self]


class Layout(StrEnum):
    ONE = "one"  # one plate per page
    TWO = "two"  # two plates per page, one above the other
    GRID = "grid"  # four plates per page, titles only (no captions)

    @property
    def per_page(self) -> int:
        return {Layout.ONE: 1, Layout.TWO: 2, Layout.GRID: 4}[self]


@dataclass(frozen=True, slots=True)
class CatalogueSource:
    """Everything the catalogue shows, as values: the lead's store hands these over."""

    exhibition: Exhibition
    sections: tuple[Section, ...]
    works: tuple[Work, ...]
    project_root: Path

    def original_path(self, work: Work) -> Path:
        return resolve_path(work.original.path, self.project_root)

    def section(self, section_id: int | None) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True, slots=True)
class CatalogueOptions:
    """The export's choices. Sections by id, works by catalogue number; empty means all."""

    page_size: PageSize = PageSize.A4
    layout: Layout = Layout.ONE
    dpi: int = 300
    bleed_mm: float = 0.0
    crop_marks: bool | None = None  # None: crop marks when there is bleed
    sections: tuple[int, ...] = ()
    works: tuple[int, ...] = ()
    cover_work: int | None = None  # catalogue number of the cover photo; None: the first work
    without_candidates: bool = False  # leave out works still only candidates for the exhibition
    jpeg_quality: int = 90
    processes: int | None = None  # None: the default (core.processes); 0: in this process

    def __post_init__(self) -> None:
        object.__setattr__(self, "page_size", PageSize(self.page_size))
        object.__setattr__(self, "layout", Layout(self.layout))
        for name, low, high in (("dpi", 72, 1200), ("bleed_mm", 0, 10), ("jpeg_quality", 50, 100)):
            value = getattr(self, name)
            if not low <= value <= high:
                raise ExhibitError(f"{name} {value} is outside {low}..{high}")

    @property
    def marks(self) -> bool:
        return self.bleed_mm > 0 if self.crop_marks is None else self.crop_marks


def selected_works(source: CatalogueSource, options: CatalogueOptions) -> tuple[Work, ...]:
    """The works to print, in catalogue order: section order, then position, then number."""
    order = {s.id: (s.position, n) for n, s in enumerate(source.sections)}
    works = [
        w
        for w in source.works
        if (not options.sections or w.section_id in options.sections)
        and (not options.works or w.number in options.works)
        and not (options.without_candidates and w.loan_status is LoanStatus.CANDIDATE)
    ]
    unsectioned = (len(order) + 1, 0)
    return tuple(
        sorted(works, key=lambda w: (order.get(w.section_id, unsectioned), w.position, w.number))
    )


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """Trim size, margins, bleed and the plate frames, in points."""

    width: float
    height: float
    margin: float
    bleed: float
    border: float  # media box margin around the trim when crop marks are drawn
    layout: Layout

    @classmethod
    def of(cls, options: CatalogueOptions) -> PageGeometry:
        width, height = options.page_size.points
        margin = max(12 * mm, 0.085 * min(width, height))
        bleed = options.bleed_mm * mm
        border = bleed + 10 * mm if options.marks else 0.0
        return cls(width, height, margin, bleed, border, options.layout)

    @property
    def scale(self) -> float:
        """Type scale: smaller pages get slightly smaller type."""
        return max(0.8, min(1.0, self.width / (210 * mm)))

    @property
    def content(self) -> Box:
        m = self.margin
        return Box(m, m, self.width - 2 * m, self.height - 2 * m)

    @property
    def gutter(self) -> float:
        return 0.035 * self.width

    def plate_frames(self) -> tuple[Box, ...]:
        c, g = self.content, self.gutter
        if self.layout is Layout.ONE:
            return (c,)
        if self.layout is Layout.TWO:
            h = (c.height - g) / 2
            return (Box(c.x, c.y + h + g, c.width, h), Box(c.x, c.y, c.width, h))
        w, h = (c.width - g) / 2, (c.height - g) / 2
        return (
            Box(c.x, c.y + h + g, w, h),
            Box(c.x + w + g, c.y + h + g, w, h),
            Box(c.x, c.y, w, h),
            Box(c.x + w + g, c.y, w, h),
        )
