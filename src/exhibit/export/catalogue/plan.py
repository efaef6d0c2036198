"""The catalogue planned before anything is drawn: works, photos probed, plates measured.

Preflight and the export read the same plan: the effective resolution preflight reports is the
one the export prints at, and the pixels the images are prepared to are those of the placed size.

Plates are measured cheaply first (``OneLineMeasure``): a caption block whose every text
provably fits on one line has an exact height without reportlab laying out a paragraph; only
the others are laid out in full. Both give the same plan (tests/export/test_plan_fast.py).
A plate measured once is remembered for the process (its texts, frame, photo aspect and type
are the key): a re-export after one caption change measures that one plate again.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from exhibit.core.model import Work
from exhibit.core.project import ProjectPaths
from exhibit.export.catalogue.fonts import BUNDLED_FONTS, Script
from exhibit.export.catalogue.images import ImageTask, target_pixels
from exhibit.export.catalogue.options import (
    Box,
    CatalogueOptions,
    CatalogueSource,
    Layout,
    PageGeometry,
    PageSize,
    selected_works,
)
from exhibit.export.catalogue.plates import (
    PlatePlan,
    PlateTexts,
    may_turn,
    plan_plate,
    turned_is_better,
)
from exhibit.export.catalogue.typography import (
    HYPHENATED_ROLES,
    REPLACEMENT,
    ROLES,
    SMALL_PAGE_ROLES,
    Coverage,
    Typesetter,
    needs_script_gap,
)
from exhibit.headers import ImageError, ImageInfo, KnownHeaders, probe

COVER_PHOTO_SHARE = 0.6  # of the page height, from the top edge (plus bleed)


@dataclass(frozen=True, slots=True)
class PhotoPlan:
    """One photo: the original, what its header says (or why it could not be read), placement."""

    key: str
    work: Work
    path: Path
    info: ImageInfo | None
    error: str
    placed_width: float  # points, 0 when unreadable
    placed_height: float

    def effective_ppi(self) -> float:
        if self.info is None or not self.placed_width:
            return 0.0
        return min(
            self.info.width / (self.placed_width / 72), self.info.height / (self.placed_height / 72)
        )

    def task(self, digest: str, dpi: int, quality: int) -> ImageTask:
        assert self.info is not None
        width, height = target_pixels(self.info, self.placed_width, self.placed_height, dpi)
        return ImageTask(
            self.key, str(self.path), digest, width, height, dpi, quality, info=self.info
        )


@dataclass(frozen=True, slots=True)
class CataloguePlan:
    source: CatalogueSource
    options: CatalogueOptions
    geometry: PageGeometry
    typesetter: Typesetter
    languages: tuple[str, ...]
    works: tuple[Work, ...]
    texts: dict[int, PlateTexts]
    plates: dict[int, PlatePlan]
    photos: tuple[PhotoPlan, ...]  # one per work, then the cover

    @property
    def cover(self) -> PhotoPlan | None:
        return next((p for p in self.photos if p.key == "cover"), None)

    def photo(self, number: int) -> PhotoPlan:
        return next(p for p in self.photos if p.key == f"work-{number}")


def make_plan(source: CatalogueSource, options: CatalogueOptions) -> CataloguePlan:
    geometry = PageGeometry.of(options)
    roles = SMALL_PAGE_ROLES if options.page_size is PageSize.A5 else ROLES
    typesetter = Typesetter(Coverage.load(), geometry.scale, roles)
    languages = source.exhibition.languages
    works = selected_works(source, options)
    frame = geometry.plate_frames()[0]
    paths = {w.number: source.original_path(w) for w in works}
    known = KnownHeaders(ProjectPaths(source.project_root).print_cache)
    infos = {w.number: _probe(paths[w.number], source, w, known) for w in works}
    known.save()
    measure = OneLineMeasure(typesetter)
    texts, plates, photos = {}, {}, []
    for work in works:
        info, error = infos[work.number]
        texts[work.number] = PlateTexts.of(work, languages, options.layout)
        aspect = info.aspect if info else 1.5
        plan = measure.plate(texts[work.number], options.layout, frame.width, frame.height, aspect)
        if may_turn(options.layout, aspect, frame.width, frame.height):  # landscape, alone
            turned = measure.plate(texts[work.number], options.layout, frame.height,
                                   frame.width, aspect, turned=True)  # fmt: skip
            plan = turned if turned_is_better(plan, turned) else plan
        if plan.overflow and options.layout is not Layout.ONE:  # a page of its own, if it fits
            page = geometry.content
            alone = measure.plate(texts[work.number], options.layout, page.width, page.height,
                                  aspect, own_page=True)  # fmt: skip
            plan = plan if alone.overflow else alone
        plates[work.number] = plan
        size = (plan.photo_width, plan.photo_height) if info else (0.0, 0.0)
        photos.append(PhotoPlan(f"work-{work.number}", work, paths[work.number], info,
                                error, *size))  # fmt: skip
    cover = _cover(source, options, geometry, works, infos)
    if cover:
        photos.append(cover)
    return CataloguePlan(
        source, options, geometry, typesetter, languages, works, texts, plates, tuple(photos)
    )


def _preview(source, work: Work) -> Path:
    return ProjectPaths(source.project_root).preview(work.original.sha256)


def _probe(
    path: Path, source=None, work: Work | None = None, known: KnownHeaders | None = None
) -> tuple[ImageInfo | None, str]:
    try:  # a photo read (or its facts kept) is there: no need to ask first
        return (known.probe(path) if known is not None else probe(path)), ""
    except ImageError as exc:
        error = str(exc)
    if not path.exists():  # a FIFO or a device in its place is refused by probe, as said
        if work is not None and _preview(source, work).is_file():
            return None, (
                f"{path.name}: the original stays with the partner office (this project was "
                "made from a partner package, which holds screen previews only); print at full "
                "resolution from the sender's copy"
            )
        return None, f"{path.name}: the original is missing"
    return None, error


def _cover(source, options, geometry, works, infos) -> PhotoPlan | None:
    wanted = options.cover_work
    pool = [w for w in source.works if w.number == wanted] if wanted else list(works)
    work = next((w for w in pool if (infos.get(w.number) or _probe(source.original_path(w)))[0]),
                None)  # fmt: skip
    if work is None:
        return None
    info, _ = infos.get(work.number) or _probe(source.original_path(work))
    assert info is not None
    box_w, box_h = cover_box(geometry)
    width = max(box_w, box_h * info.aspect)
    return PhotoPlan("cover", work, source.original_path(work), info, "", width,
                     width / info.aspect)  # fmt: skip


def cover_text_box(geometry: PageGeometry) -> Box:
    """Where the cover's titles go: within the margins, below the cover photo."""
    height = geometry.height * (1 - COVER_PHOTO_SHARE) - geometry.margin - 8 * mm
    return Box(geometry.margin, geometry.margin, geometry.width - 2 * geometry.margin, height)


def cover_box(geometry: PageGeometry) -> tuple[float, float]:
    """The cover photo's area: full width and the top of the page, into the bleed."""
    return (
        geometry.width + 2 * geometry.bleed,
        geometry.height * COVER_PHOTO_SHARE + geometry.bleed,
    )


class MayWrap(Exception):
    """A text that may take more than one line: only a full layout knows its height."""


class OneLine:
    """Stands in for a paragraph that fits on one line at any width of at least ``width``:
    its height is then exactly its style's leading (reportlab: lines x leading)."""

    __slots__ = ("height", "style", "width")

    def __init__(self, style: ParagraphStyle, width: float) -> None:
        self.style = style
        self.width = width  # an upper bound of the line's width, in points
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.width > avail_width - _SLACK:
            raise MayWrap
        self.height = self.style.leading
        return avail_width, self.height


_SLACK = 0.01  # points kept free, so that rounding in reportlab's line fitting never matters


def _visible(ch: str) -> bool:
    return ch.isprintable() and not ch.isspace()


# plates measured in this process, the least recently used forgotten first (the window plans
# the catalogue for preflight and for every export): room for every plate of 10 000 works,
# upright and turned, or the window's repeated preflight would find none of them
MEASURED_LIMIT = 65_536
_MEASURED: OrderedDict[tuple, PlatePlan] = OrderedDict()
_MEASURED_LOCK = threading.Lock()
_TYPES: dict[tuple, int] = {}  # scale, roles and coverage -> a small number for the keys


class OneLineMeasure(Typesetter):
    """Measures plates with ``OneLine`` stand-ins where a text surely fits on one line.

    ``plate()`` runs the same ``plan_plate`` as the export; when a text may wrap it lays the
    plate out with the real typesetter instead, so the plan is the same either way.
    """

    def __init__(self, typesetter: Typesetter) -> None:
        super().__init__(typesetter.coverage, typesetter.scale, typesetter.roles)
        self.full = typesetter
        self._by_role: dict[tuple[str, str, bool | None], ParagraphStyle] = {}
        # what the plates depend on besides their texts and frame, as a small number (hashed
        # once, not with every plate: hashing every role with every plate cost more than it saved)
        type_key = (self.scale, tuple(sorted(self.roles.items())), self.coverage)
        with _MEASURED_LOCK:
            self._type = _TYPES.setdefault(type_key, len(_TYPES))

    def plate(self, texts: PlateTexts, layout: Layout, width: float, height: float,
              aspect: float, *, own_page: bool = False,
              turned: bool = False) -> PlatePlan:  # fmt: skip
        kw = {"own_page": own_page, "turned": turned}
        key = (texts, layout, width, height, aspect, own_page, turned, self._type)
        with _MEASURED_LOCK:
            plan = _MEASURED.get(key)
            if plan is not None:
                _MEASURED.move_to_end(key)
                return plan
        try:
            plan = plan_plate(texts, self, layout, width, height, aspect, **kw)
        except MayWrap:
            plan = plan_plate(texts, self.full, layout, width, height, aspect, **kw)
        with _MEASURED_LOCK:
            _MEASURED[key] = plan
            while len(_MEASURED) > MEASURED_LIMIT:
                _MEASURED.popitem(last=False)
        return plan

    def para(self, text: str, role: str, lang: str, *, centred: bool | None = None) -> OneLine:  # type: ignore[override]
        key = (role, lang, centred)
        style = self._by_role.get(key)
        if style is None:
            style = self._by_role[key] = self.style(role, lang, centred=centred)
        width = line_width_bound(text, style.fontSize, role in HYPHENATED_ROLES)
        return OneLine(style, width + style.firstLineIndent)


@lru_cache(maxsize=65_536)  # the same texts recur: "Ohne Titel", photographers, credits
def line_width_bound(text: str, size: float, hyphenated: bool = False) -> float:
    """At least the width of ``text`` set on one line at ``size`` in any bundled face, with the
    gaps and soft hyphens the markup may add; raises MayWrap for text with a line break."""
    widths, other, space, hyphen = _glyph_widths()
    ascii_only = text.isascii()  # then no Chinese, and NFC changes nothing
    if not ascii_only:
        text = unicodedata.normalize("NFC", text)
    if len(text.strip().splitlines()) > 1 or not any(map(_visible, text)):
        raise MayWrap  # several lines, or none: only soft hyphens and other invisibles
    gaps = 0 if ascii_only else sum(map(needs_script_gap, text, text[1:], " " + text))
    total = sum(map(widths.get, text, repeat(other))) + gaps * space
    if hyphenated:  # soft hyphens: at most one in two letters (pyphen keeps 3 at each end)
        total += (len(text) // 2 + 1) * hyphen
    return total * size / 1000


@cache
def _glyph_widths() -> tuple[dict[str, float], float, float, float]:
    """Per character the widest advance any bundled text face gives it (1/1000 em), the emoji
    face's for what only it has (it has digits and a space too, at emoji width, but they are
    never set in it); the width of a character no face has (printed as U+FFFD); a space; a
    hyphen."""
    text_faces = [f for f in BUNDLED_FONTS if f.script is not Script.EMOJI]
    faces = [pdfmetrics.getFont(f.name).face for f in text_faces]
    widths: dict[str, float] = {}
    for face in faces:
        for cp, w in face.charWidths.items():
            ch = chr(cp)
            if w > widths.get(ch, -1.0):
                widths[ch] = w
    for f in BUNDLED_FONTS:
        if f.script is Script.EMOJI:
            for cp, w in pdfmetrics.getFont(f.name).face.charWidths.items():
                widths.setdefault(chr(cp), w)
    other = max([widths.get(REPLACEMENT, 0.0), *(f.defaultWidth or 0.0 for f in faces)])
    for straight, curly in (('"', "\u201e\u201c\u201d"), ("'", "\u201a\u2018\u2019")):
        widths[straight] = max(widths.get(c, other) for c in straight + curly)
    # a Chinese "——" is printed as one two-em dash of the Latin face
    widths["\u2014"] = max(widths.get("\u2014", other), widths.get("\u2e3a", other) / 2)
    hyphen = max(widths.get(c, other) for c in "-\u00ad\u2010")
    return widths, other, widths.get(" ", other), hyphen
