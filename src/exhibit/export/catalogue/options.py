"""What the catalogue is made from (values, not the store) and how it is laid out.

``CatalogueSource`` holds the exhibition, sections and works as values plus the project folder
that relative original paths start from; ``CatalogueOptions`` the choices of the export dialog
and the command line; ``PageGeometry`` the page, margins, bleed and the plate frames in points.
"""

from __future__ import annotations

import dataclasses
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


class Purpose(StrEnum):
    """What the PDF is for: the print shop (PDF/X-4, CMYK intent) or the screen (RGB, small)."""

    PRINT = "print"
    SCREEN = "screen"

    @property
    def default_dpi(self) -> int:
        return 300 if self is Purpose.PRINT else 150

    @property
    def default_quality(self) -> int:
        return 90 if self is Purpose.PRINT else 80


@dataclass(frozen=True, slots=True)
class PrintingCondition:
    """A characterised printing condition and the CMYK profile Exhibit ships for it."""

    key: str  # the option value: "fogra39"
    identifier: str  # OutputConditionIdentifier, as registered at color.org
    condition: str  # OutputCondition, for a person
    filename: str  # in exhibit.resources/color (made as packaging/color/README.md says)


PRINTING_CONDITIONS: tuple[PrintingCondition, ...] = (
    PrintingCondition(
        "fogra39",
        "FOGRA39",
        "Offset printing, ISO 12647-2:2004/Amd 1, coated paper (paper type 1 or 2), 115 g/m2",
        "FOGRA39L.icc",
    ),
    PrintingCondition(
        "gracol2006",
        "CGATS TR 006",
        "Offset printing, ISO 12647-2 paper type 1 (GRACoL 2006 coated #1)",
        "GRACoL2006.icc",
    ),
)


def printing_condition(key: str) -> PrintingCondition:
    for c in PRINTING_CONDITIONS:
        if c.key == key:
            return c
    known = ", ".join(c.key for c in PRINTING_CONDITIONS)
    raise ExhibitError(f"unknown printing condition {key!r} (known: {known})")


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
    purpose: Purpose = Purpose.PRINT
    condition: str = "fogra39"  # the printing condition's key (print only)
    dpi: int = 0  # 0: the purpose's default (300 for print, 150 for the screen)
    bleed_mm: float = 0.0
    crop_marks: bool | None = None  # None: crop marks when there is bleed
    sections: tuple[int, ...] = ()
    works: tuple[int, ...] = ()
    cover_work: int | None = None  # catalogue number of the cover photo; None: the first work
    without_candidates: bool = False  # leave out works still only candidates for the exhibition
    jpeg_quality: int = 0  # 0: the purpose's default
    processes: int | None = None  # None: the default (core.processes); 0: in this process

    def __post_init__(self) -> None:
        for option in (*EXPORT_OPTIONS, _QUALITY):  # 0 for dpi and quality: the purpose's
            option.check(getattr(self, option.name))
        object.__setattr__(self, "page_size", PageSize(self.page_size))
        object.__setattr__(self, "layout", Layout(self.layout))
        object.__setattr__(self, "purpose", Purpose(self.purpose))
        if not self.dpi:
            object.__setattr__(self, "dpi", self.purpose.default_dpi)
        if not self.jpeg_quality:
            object.__setattr__(self, "jpeg_quality", self.purpose.default_quality)
        if self.purpose is Purpose.SCREEN:  # no trim for a PDF that is read on a screen
            object.__setattr__(self, "bleed_mm", 0.0)
            object.__setattr__(self, "crop_marks", False)

    @property
    def marks(self) -> bool:
        return self.bleed_mm > 0 if self.crop_marks is None else self.crop_marks


_DEFAULTS: dict[str, object] = {f.name: f.default for f in dataclasses.fields(CatalogueOptions)}


@dataclass(frozen=True, slots=True)
class ExportOption:
    """One choice of the catalogue export, declared once.

    ``CatalogueOptions`` holds the value (its field default is the default everywhere), the
    command line offers it as ``flag`` (``exhibit export catalogue``, and ``exhibit preflight``
    when it changes what preflight finds), the export dialog remembers it in the window's
    settings under ``export/<name>``. Limits and choices are checked here, once.
    """

    name: str  # the CatalogueOptions field
    flag: str  # the command-line flag
    kind: type  # str, int, float or bool
    help: str  # English, for --help (the window has its own translated labels)
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    preflight: bool = True  # preflight's findings depend on it
    remembered: bool = True  # the export dialog keeps the last choice
    metavar: str = ""  # for --help

    @property
    def default(self) -> object:
        return _DEFAULTS[self.name]

    def check(self, value: object) -> None:
        if value is None or (self.kind is not bool and value == 0 and self.default == 0):
            return
        if self.choices and str(value) not in self.choices:
            raise ExhibitError(f"{self.name} {value!r} is not one of {', '.join(self.choices)}")
        low, high = self.minimum, self.maximum
        if low is not None and high is not None and not low <= value <= high:  # type: ignore[operator]
            raise ExhibitError(f"{self.name} {value} is outside {low:g}..{high:g}")


EXPORT_OPTIONS: tuple[ExportOption, ...] = (
    ExportOption(
        "page_size",
        "--page-size",
        str,
        "page size: a4, a5, letter or square (210 x 210 mm)",
        tuple(s.value for s in PageSize),
    ),
    ExportOption(
        "layout",
        "--layout",
        str,
        "one plate per page, two per page, or a grid of four (titles only)",
        tuple(x.value for x in Layout),
    ),
    ExportOption(
        "purpose",
        "--for",
        str,
        "print: PDF/X-4 with a CMYK output intent; screen: RGB, smaller images, for mail",
        tuple(p.value for p in Purpose),
    ),
    ExportOption(
        "condition",
        "--condition",
        str,
        "printing condition of the output intent",
        tuple(c.key for c in PRINTING_CONDITIONS),
        preflight=False,
    ),
    ExportOption(
        "dpi",
        "--dpi",
        int,
        "image resolution (0: 300 for print, 150 for the screen)",
        minimum=72,
        maximum=1200,
    ),
    ExportOption(
        "bleed_mm",
        "--bleed",
        float,
        "bleed in mm, e.g. 3 (adds crop marks)",
        minimum=0,
        maximum=10,
        preflight=False,
        metavar="MM",
    ),
    ExportOption(
        "crop_marks",
        "--crop-marks",
        bool,
        "crop marks (default: when there is bleed)",
        preflight=False,
    ),
    ExportOption(
        "without_candidates",
        "--without-candidates",
        bool,
        "leave out works whose loan status is still 'candidate'",
    ),
    ExportOption(
        "cover_work",
        "--cover",
        int,
        "catalogue number of the cover photo (default: the first)",
        minimum=1,
        maximum=1_000_000,
        remembered=False,
        metavar="NO",
    ),
)
_QUALITY = ExportOption("jpeg_quality", "", int, "", minimum=50, maximum=100, remembered=False)


def export_option(name: str) -> ExportOption:
    return next(o for o in EXPORT_OPTIONS if o.name == name)


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


BINDING = 6 * mm  # the inner margin is this much wider than the outer one


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
        margin = max(15 * mm, 0.085 * min(width, height))  # room for heads 8 mm from the trim
        bleed = options.bleed_mm * mm
        border = bleed + 10 * mm if options.marks else bleed
        return cls(width, height, margin, bleed, border, options.layout)

    @property
    def scale(self) -> float:
        """Type scale: smaller pages get slightly smaller type."""
        return max(0.8, min(1.0, self.width / (210 * mm)))

    @property
    def content(self) -> Box:
        m = self.margin
        return Box(m, m, self.width - 2 * m, self.height - 2 * m)

    def shift(self, recto: bool) -> float:
        """How far a page's content moves off centre, away from the binding: half of BINDING."""
        return BINDING / 2 if recto else -BINDING / 2

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
