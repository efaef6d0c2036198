"""Plates: one photograph with its number, titles and captions in every language, as one flowable.

A plate measures its captions first and fits the photo into what is left of its frame (never
more than a share of the frame, so plates look alike). ``plan_plate`` does the measuring as a
pure function: preflight and the image preparation use the placed photo size it returns before
the document is built, and the ``Plate`` flowable draws exactly that plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from exhibit.core.fields import WORK_TEXT_FIELDS
from exhibit.core.model import Work
from exhibit.export.catalogue.options import Layout
from exhibit.export.catalogue.tagging import FIGURE, marked
from exhibit.export.catalogue.typography import MIN_SIZE, Typesetter, is_chinese
from exhibit.export.catalogue.wording import copyright_line, untitled

PHOTO_SHARE = {Layout.ONE: 0.66, Layout.TWO: 0.7, Layout.GRID: 0.72}
TURNED_PHOTO_SHARE = 0.8  # a turned plate's photo may take more of the (short) frame height
TURN_GAIN = 1.25  # a landscape plate is turned when its photo gets at least this much larger
MIN_PHOTO_SHARE = 0.3
MIN_COLUMN = 110.0  # points: narrower than this, languages are stacked instead of side by side
TEXT_FIELDS = WORK_TEXT_FIELDS  # title, caption, location, credit: declared in core.fields
GRID_FIELDS = ("title",)


@dataclass(frozen=True, slots=True)
class PlateTexts:
    """What a plate prints: per language the title, caption, place and credit; shared facts."""

    number: int
    by_language: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (lang, ((field, text)..))
    meta: str  # photographer, year, print size (the grid's one line)
    meta_by_language: tuple[tuple[str, str], ...] = ()  # the same, per language column
    rights: str = ""  # "© 2025 Anna Schmitz, …": one line under the columns

    @classmethod
    def of(cls, work: Work, languages: tuple[str, ...], layout: Layout) -> PlateTexts:
        fields = GRID_FIELDS if layout is Layout.GRID else TEXT_FIELDS
        blocks = []
        for lang in languages:
            texts = tuple((f, work.value(f, lang)) for f in fields if work.value(f, lang).strip())
            if texts:
                blocks.append((lang, texts))
        if not any(name == "title" for _, texts in blocks for name, _ in texts):
            # an untitled work says so in every language ("Ohne Titel / 无题"), not its number
            by_lang = dict(blocks)
            blocks = [(lang, (("title", untitled(lang)), *by_lang.get(lang, ())))
                      for lang in languages]  # fmt: skip
        rights = copyright_line(work, languages) if layout is not Layout.GRID else ""
        if rights:  # a credit the rights line already names is not printed twice
            blocks = [(lang, tuple((n, t) for n, t in texts if n != "credit" or t not in rights))
                      for lang, texts in blocks]  # fmt: skip
        metas = tuple((lang, meta_line(work, lang)) for lang, _ in blocks)
        return cls(work.number, tuple(blocks), meta_line(work), metas, rights)


def meta_line(work: Work, lang: str = "") -> str:
    """Photographer, year and print size as the language writes them."""
    chinese = is_chinese(lang) if lang else False
    name = work.photographer.strip()
    parts = [f"摄影：{name}" if chinese and name else name]
    year = work.exif.year
    parts.append((f"{year}年" if chinese else str(year)) if year else "")
    if work.print_width_cm and work.print_height_cm:
        parts.append(f"{work.print_width_cm:g} × {work.print_height_cm:g} cm")
    return " · ".join(p for p in parts if p)


_ROLE = {"title": "plate_title", "caption": "caption", "location": "meta", "credit": "meta"}


@dataclass(frozen=True, slots=True)
class PlatePlan:
    """Where a plate's parts go, in points, within a frame of ``width`` x ``height``."""

    number: int
    width: float
    height: float
    photo_width: float  # the placed photo, aspect kept
    photo_height: float
    text_height: float  # of the caption block at ``text_scale``
    text_scale: float  # 1.0, or less when the captions had to shrink (never below MIN_SIZE)
    gap: float
    needed_scale: float = 1.0  # what the captions would need to fit; below text_scale: no fit
    own_page: bool = False  # moved to a page of its own because it did not fit its frame
    box_height: float = 0.0  # the room the photo was fitted into (the grid aligns on it)
    # set sideways on the page (read with the book turned clockwise): width and height are then
    # the plate's own, the frame's height and width
    turned: bool = False

    @property
    def photo_area(self) -> float:
        return self.photo_width * self.photo_height

    @property
    def overflow(self) -> bool:
        """The captions do not fit even at the smallest readable size."""
        return self.needed_scale < self.text_scale - 1e-3


class CaptionBlock:
    """The caption block's paragraphs, made afresh for every wrap (multi-pass builds are safe)."""

    def __init__(self, texts: PlateTexts, typesetter: Typesetter, layout: Layout) -> None:
        self.texts = texts
        self.ts = typesetter
        self.layout = layout

    def _number(self) -> Paragraph:
        role = "grid_title" if self.layout is Layout.GRID else "plate_number"
        return self.ts.fixed(str(self.texts.number), role)

    def _column(self, lang: str, fields: tuple[tuple[str, str], ...]) -> list[Paragraph]:
        grid = self.layout is Layout.GRID
        paras = [
            self.ts.para(text, "grid_title" if grid else _ROLE[name], lang) for name, text in fields
        ]
        meta = dict(self.texts.meta_by_language).get(lang, "")
        if not grid and meta:  # photographer, year and size in every language's column
            paras.append(self.ts.para(meta, "meta", lang))
        return paras

    def _meta(self) -> list[Paragraph]:
        if self.texts.rights:
            return [self.ts.fixed(self.texts.rights, "meta")]
        if not self.texts.meta or (self.layout is not Layout.GRID and self.texts.meta_by_language):
            return []
        role = "grid_meta" if self.layout is Layout.GRID else "meta"
        return [self.ts.fixed(self.texts.meta, role)]

    def layout_at(self, width: float) -> tuple[float, list[tuple[float, float, Paragraph]]]:
        """Height and (x, y-from-top, paragraph) placements for a block ``width`` wide."""
        placed: list[tuple[float, float, Paragraph]] = []
        y = self._stack([self._number()], 0, 0, width, placed)
        y += self.ts.scale * 3
        blocks = self.texts.by_language
        gutter = self.ts.scale * 14
        col_width = (width - gutter * (len(blocks) - 1)) / len(blocks)
        if len(blocks) > 1 and col_width >= MIN_COLUMN:
            bottoms = [
                self._stack(self._column(lang, f), i * (col_width + gutter), y, col_width, placed)
                for i, (lang, f) in enumerate(blocks)
            ]
            y = max(bottoms)
        else:
            for lang, f in blocks:
                y = self._stack(self._column(lang, f), 0, y, width, placed) + self.ts.scale * 4
        y = self._stack(self._meta(), 0, y + self.ts.scale * 2, width, placed)
        return y, placed

    @staticmethod
    def _stack(paras: list[Paragraph], x: float, y: float, width: float, placed: list) -> float:
        for i, p in enumerate(paras):
            _, h = p.wrap(width, 1e6)
            placed.append((x, y, p))
            y += h + (p.style.spaceAfter if i < len(paras) - 1 else 0)
        return y


def plan_plate(
    texts: PlateTexts,
    typesetter: Typesetter,
    layout: Layout,
    width: float,
    height: float,
    aspect: float,
    *,
    own_page: bool = False,
    turned: bool = False,
) -> PlatePlan:
    """Measure the captions, then fit a photo of ``aspect`` (width / height) into the rest.

    Captions may shrink to fit, but never below ``MIN_SIZE``; what would need more is planned at
    that size and marked ``overflow`` (preflight stops it, also with --force).
    """
    block = CaptionBlock(texts, typesetter, layout)
    gap = typesetter.scale * (10 if layout is Layout.ONE else 7)
    text_room = height * (1 - MIN_PHOTO_SHARE) - gap
    scale = 1.0
    text_height, placed = block.layout_at(width)
    floor = min(1.0, MIN_SIZE / min(p.style.fontSize for *_, p in placed))
    while text_height * scale > text_room and scale > 0.3:
        scale *= max(0.5, min(0.97, (text_room / (text_height * scale)) ** 0.5))
        text_height, _ = block.layout_at(width / scale)
    needed = scale if text_height * scale <= text_room else min(scale, 0.3)
    if scale < floor:
        scale = floor
        text_height, _ = block.layout_at(width / scale)
    share = TURNED_PHOTO_SHARE if turned else PHOTO_SHARE[layout]
    box_height = max(0.0, min(height * share, height - text_height * scale - gap))
    photo_width = max(1.0, min(width, box_height * aspect))
    return PlatePlan(
        texts.number, width, height, photo_width, photo_width / aspect, text_height, scale, gap,
        needed, own_page, box_height, turned,
    )  # fmt: skip


def plan_upright_or_turned(
    texts: PlateTexts,
    typesetter: Typesetter,
    layout: Layout,
    width: float,
    height: float,
    aspect: float,
) -> PlatePlan:
    """A plate for a frame; a landscape photo in a portrait frame of its own (one plate per
    page) is turned sideways when that makes it clearly larger, so that it uses the page."""
    upright = plan_plate(texts, typesetter, layout, width, height, aspect)
    if not may_turn(layout, aspect, width, height):
        return upright
    turned = plan_plate(texts, typesetter, layout, height, width, aspect, turned=True)
    return turned if turned_is_better(upright, turned) else upright


def may_turn(layout: Layout, aspect: float, width: float, height: float) -> bool:
    """A landscape photo alone in a portrait frame (one plate per page) may be turned."""
    return layout is Layout.ONE and aspect > 1 and width < height


def turned_is_better(upright: PlatePlan, turned: PlatePlan) -> bool:
    return not turned.overflow and turned.photo_area >= upright.photo_area * TURN_GAIN


class Plate(Flowable):
    """Draws a plan: the photo at the top, centred, the caption block under it."""

    def __init__(
        self,
        plan: PlatePlan,
        texts: PlateTexts,
        typesetter: Typesetter,
        layout: Layout,
        image: str | None,
        *,
        draft: bool = False,
        alt: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__()
        self.draft = draft  # the first pass of a build: the plan's size is all that counts
        self.alt = alt  # (language, text): what the photo shows, for the tagged structure
        self.plan = plan
        self.texts = texts
        self.ts = typesetter
        self.layout = layout
        self.image = image  # a prepared .jpg path; None draws a placeholder (first pass)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.plan.turned:
            return self.plan.height, self.plan.width
        return self.plan.width, self.plan.height

    def draw(self) -> None:
        plan, canv = self.plan, self.canv
        if plan.turned:  # the plate's top towards the page's left edge
            canv.saveState()
            canv.translate(plan.height, 0)
            canv.rotate(90)
            self._draw(plan, canv)
            canv.restoreState()
        else:
            self._draw(plan, canv)

    def _draw(self, plan: PlatePlan, canv) -> None:
        top = plan.height
        x = (plan.width - plan.photo_width) / 2
        y = top - plan.photo_height
        if self.layout is Layout.GRID and plan.box_height:
            # photos stand on one line and captions start on one line across a row
            y = top - plan.box_height
        if self.image:
            with marked(canv, FIGURE, self.alt[0], self.alt[1]):
                canv.drawImage(self.image, x, y, plan.photo_width, plan.photo_height)
        if self.draft:
            return
        text_top = y - plan.gap
        block = CaptionBlock(self.texts, self.ts, self.layout)
        _, placed = block.layout_at(plan.width / plan.text_scale)
        canv.saveState()
        canv.translate(0, text_top)
        canv.scale(plan.text_scale, plan.text_scale)
        for px, py, para in placed:
            para.drawOn(canv, px, -py - para.height)
        canv.restoreState()
