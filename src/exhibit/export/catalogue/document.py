"""The catalogue document: page templates, front matter, sections, plates and the index.

A ``BaseDocTemplate`` with named page templates (cover, front, section, plates, index). Bleed
and backgrounds are drawn in ``onPage``, running heads and page numbers in ``onPageEnd`` from the
section recorded in ``afterFlowable``, which also writes the bookmarks and the page of every
section and plate. The document is built twice: the first pass, without photos, finds the pages
that the contents and the index print.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exhibit.core.book import parse_focus
from exhibit.core.languages import parse
from exhibit.core.model import Section, Work
from exhibit.export.catalogue.cover import cover_frame
from exhibit.export.catalogue.fonts import Script, face
from exhibit.export.catalogue.options import Box, PageGeometry, Purpose, printing_condition
from exhibit.export.catalogue.pdfx import Finish, Palette, finish, language_spans
from exhibit.export.catalogue.plan import CataloguePlan, cover_box, cover_text_box
from exhibit.export.catalogue.plates import Plate
from exhibit.export.catalogue.tagging import (
    FIGURE,
    SectionStart,
    Tagger,
    alt_text,
    artifact,
    as_kind,
    marked,
    table_furniture,
    tagger_of,
)
from exhibit.export.catalogue.typography import display_text, is_chinese
from exhibit.export.catalogue.wording import date_range, taken, untitled

LABELS = {
    "colophon": {"de": "Impressum", "zh": "版权信息", "en": "Colophon"},
    "foreword": {"de": "Vorwort", "zh": "前言", "en": "Foreword"},
    "contents": {"de": "Inhalt", "zh": "目录", "en": "Contents"},
    "index": {"de": "Verzeichnis der Werke", "zh": "作品目录", "en": "Index of works"},
    "plates": {"de": "Tafeln", "zh": "图版", "en": "Plates"},
    "other": {"de": "Weitere Werke", "zh": "其他作品", "en": "Further works"},
    "no": {"de": "Nr.", "zh": "编号", "en": "No."},
    "title": {"de": "Titel", "zh": "标题", "en": "Title"},
    "photographer": {"de": "Fotografie", "zh": "摄影", "en": "Photographer"},
    "date": {"de": "Datum", "zh": "日期", "en": "Date"},
    "size": {"de": "Format", "zh": "尺寸", "en": "Print size"},
    "page": {"de": "Seite", "zh": "页码", "en": "Page"},
    "works": {"de": "Werke", "zh": "件作品", "en": "works"},
    "exhibition": {"de": "Ausstellung", "zh": "展览", "en": "Exhibition"},
    "organisers": {"de": "Veranstalter", "zh": "主办", "en": "Organisers"},
    "publisher": {"de": "Herausgeber", "zh": "出版", "en": "Publisher"},
    "editors": {"de": "Redaktion", "zh": "编辑", "en": "Editors"},
    "texts_by": {"de": "Texte", "zh": "文字", "en": "Texts"},
    "translation": {"de": "Übersetzung", "zh": "翻译", "en": "Translation"},
    "design": {"de": "Gestaltung", "zh": "设计", "en": "Design"},
    "printer": {"de": "Druck", "zh": "印刷", "en": "Printing"},
    "print_run": {"de": "Auflage", "zh": "印数", "en": "Print run"},
    "copies": {"de": "{n} Exemplare", "zh": "{n} 册", "en": "{n} copies"},
    "isbn": {"de": "ISBN", "zh": "ISBN", "en": "ISBN"},
    "fonts": {
        "de": "Gesetzt aus der Noto Sans und der Exhibit Sans SC (SIL Open Font License).",
        "zh": "字体：Noto Sans 与 Exhibit Sans SC（SIL 开源字体许可证）。",
        "en": "Set in Noto Sans and Exhibit Sans SC (SIL Open Font License).",
    },
    "rights": {
        "de": "Die Rechte an den Fotografien liegen bei den Fotografinnen und Fotografen.",
        "zh": "所有照片的版权归摄影师所有。",
        "en": "The photographs are the copyright of their photographers.",
    },
}


# the colophon's facts after the exhibition itself, each printed with its label
COLOPHON_FIELDS = ("organisers", "publisher", "editors", "texts_by", "translation", "design",
                   "printer")  # fmt: skip


def label(key: str, lang: str) -> str:
    table = LABELS[key]
    return table.get(parse(lang).language, table["en"])


def labels(key: str, languages: tuple[str, ...]) -> str:
    return " / ".join(dict.fromkeys(label(key, lang) for lang in languages))


@dataclass(slots=True)
class Pages:
    """Where things landed in a pass: page of each anchor ("section-3", "work-12", "index")."""

    of: dict[str, int] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return str(self.of[key]) if key in self.of else ""


class Anchor(Flowable):
    """An invisible mark: records its page, adds a bookmark, sets the running head."""

    def __init__(self, key: str, title: str, level: int, head: str | None = None) -> None:
        super().__init__()
        self.key, self.title, self.level, self.head = key, title, level, head
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)
        tagger = tagger_of(self.canv)
        if tagger is not None and self.level == 0:
            tagger.section(self.key, self.title)  # each top-level bookmark is a Sect


class CatalogueDoc(BaseDocTemplate):
    def __init__(
        self,
        target: BinaryIO | str,
        plan: CataloguePlan,
        pages: Pages,
        tagger: Tagger | None = None,
        **kw,
    ) -> None:
        g = plan.geometry
        self.plan, self.pages, self.head = plan, pages, ""
        self.tagger = tagger  # marks what the pages draw (the final pass of a tagged build)
        self.palette = Palette.of(plan.options.purpose)
        crop = _CropMarks(g, plan.options.marks, self.palette) if g.border else None
        self.crop = crop
        super().__init__(
            target,
            pagesize=(g.width, g.height),
            leftMargin=g.margin,
            rightMargin=g.margin,
            topMargin=g.margin,
            bottomMargin=g.margin,
            initialFontName=face(Script.LATIN).name,
            initialFontSize=9,
            cropMarks=crop,
            enforceColorSpace=self.palette.enforce,
            **kw,
        )
        self.addPageTemplates(_templates(self, plan))

    def beforeDocument(self) -> None:
        self.canv.exhibit_tagger = self.tagger

    def handle_pageEnd(self) -> None:
        if self.crop is not None:
            with artifact(self.canv):
                self.crop.draw(self.canv, self.plan.geometry)
        super().handle_pageEnd()

    def handle_pageBegin(self) -> None:
        """Left-hand (even) pages take the verso twin of the template: mirrored margins."""
        recto = (self.page + 1) % 2 == 1
        name = self.pageTemplate.id.removesuffix(VERSO) + ("" if recto else VERSO)
        if name != self.pageTemplate.id:
            self.pageTemplate = next(t for t in self.pageTemplates if t.id == name)
        super().handle_pageBegin()

    def filterFlowables(self, flowables: list) -> None:
        """A ``RectoBreak`` becomes a page break, with a blank left-hand page before it when the
        next page would be a left-hand one; ``PadToFour`` adds the blank pages that make the
        page count, with the page after them, a multiple of four."""
        first = flowables[0] if flowables else None
        if isinstance(first, PadToFour):
            blanks = -(self.page + 1) % 4
        elif isinstance(first, RectoBreak):
            blanks = 1 if (self.page + 1) % 2 == 0 else 0
        else:
            return
        expanded: list[Flowable] = []
        for _ in range(blanks):
            expanded += [NextPageTemplate("blank"), PageBreak(), Spacer(1, 1)]
        flowables[0:1] = [*expanded, NextPageTemplate(first.template), PageBreak()]

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Pair):
            flowable = flowable.anchor
        if isinstance(flowable, Anchor):
            self.pages.of[flowable.key] = self.page
            if flowable.head is not None:
                self.head = flowable.head


class RectoBreak(Flowable):
    """A page break to the next right-hand page, whose template is ``template``."""

    def __init__(self, template: str) -> None:
        super().__init__()
        self.template = template

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0


class PadToFour(RectoBreak):
    """A page break after enough blank pages that the next page ends a multiple of four."""


class _CropMarks:
    """reportlab's crop mark parameters: the media box grows by the border and reportlab shifts
    the page, none of bleedWidth's scaling. The marks, outside the bleed, are drawn by ``draw``
    (reportlab's own would be drawn where they cannot be marked as artifacts).
    """

    def __init__(self, g: PageGeometry, marks: bool, palette: Palette) -> None:
        self.borderWidth = g.border
        self.markLength = 0  # reportlab draws none
        self.length = g.border - g.bleed - 3 * mm if marks else 0
        self.markColor = palette.marks  # the registration colour in print
        self.markWidth = 0.25
        self.markLast = 0  # (with no marks of its own, 1 fails in reportlab's showPage)
        self.bleedWidth = 0

    def draw(self, canv, g: PageGeometry) -> None:
        """The eight marks at the trim's corners, in the page's (trim) coordinates: the lines
        reportlab's ``showPage`` draws, moved by the border."""
        bw, ml, w, h = self.borderWidth, self.length, g.width, g.height
        if not ml or self.markColor is None:
            return
        mg = 2 * bw - ml
        canv.saveState()
        canv.translate(-bw, -bw)
        canv.setStrokeColor(self.markColor)
        canv.setLineWidth(self.markWidth)
        canv.lines([
            (bw, 0, bw, ml), (w + bw, 0, w + bw, ml),
            (bw, h + mg, bw, h + 2 * bw), (w + bw, h + mg, w + bw, h + 2 * bw),
            (0, bw, ml, bw), (w + mg, bw, w + 2 * bw, bw),
            (0, h + bw, ml, h + bw), (w + mg, h + bw, w + 2 * bw, h + bw),
        ])  # fmt: skip
        canv.restoreState()


def _boxes(g: PageGeometry) -> dict:
    """TrimBox and BleedBox on every page (PDF/X wants them also without bleed)."""
    b, e = g.border, g.bleed
    return {
        "trimBox": (b, b, b + g.width, b + g.height),
        "bleedBox": (b - e, b - e, b + g.width + e, b + g.height + e),
    }


def _frame(box: Box, fid: str, dx: float = 0.0) -> Frame:
    return Frame(box.x + dx, box.y, box.width, box.height, 0, 0, 0, 0, id=fid)


def _templates(doc: CatalogueDoc, plan: CataloguePlan) -> list[PageTemplate]:
    """Each template twice: for right-hand pages (its name) and left-hand pages (name~verso),
    the frames shifted towards the outer edge so that the inner margin holds the binding."""
    g = plan.geometry
    boxes = _boxes(g)
    out = []
    for verso in (False, True):
        dx = g.shift(recto=not verso)
        suffix = VERSO if verso else ""
        plates = [_frame(b, f"plate{i}", dx) for i, b in enumerate(g.plate_frames())]

        def template(
            tid: str, frames: list[Frame], on_page: Callable, on_end: Callable, suffix=suffix
        ) -> None:
            out.append(
                PageTemplate(tid + suffix, frames, onPage=on_page, onPageEnd=on_end, **boxes)
            )

        text = cover_text_box(g)
        template("cover", [_frame(text, "cover", dx)], _draw_cover(plan), _nothing)
        template("front", [_frame(g.content, "front", dx)], _nothing, _folio(doc, False))
        template("section", [_frame(g.content, "section", dx)], _tint(g), _folio(doc, False))
        template("plates", plates, _nothing, _folio(doc, True))
        template("plate-alone", [_frame(g.content, "alone", dx)], _nothing, _folio(doc, True))
        template("index", [_frame(g.content, "index", dx)], _nothing, _folio(doc, True))
        template("blank", [_frame(g.content, "blank", dx)], _nothing, _nothing)
        template("back", [_frame(g.content, "back", dx)], _tint(g), _nothing)
    return out


VERSO = "~verso"


def _nothing(canv, doc) -> None:
    return None


def _draw_cover(plan: CataloguePlan) -> Callable:
    def draw(canv, doc) -> None:
        g, photo = plan.geometry, plan.cover
        box_w, box_h = cover_box(g)
        y0 = g.height + g.bleed - box_h
        canv.saveState()
        with artifact(canv):
            canv.setFillColor(doc.palette.tint)
            canv.rect(-g.bleed, y0, box_w, box_h, stroke=0, fill=1)
        image = doc.images.get("cover") if photo else None
        if photo and image:
            path = canv.beginPath()
            path.rect(-g.bleed, y0, box_w, box_h)
            canv.clipPath(path, stroke=0, fill=0)
            dx, dy = cover_position(
                box_w, box_h, photo.placed_width, photo.placed_height,
                parse_focus(plan.source.exhibition.cover_focus),
            )  # fmt: skip
            x, y = -g.bleed + dx, y0 + dy
            with marked(canv, FIGURE, *photo_alt(plan, photo.work)):
                canv.drawImage(image, x, y, photo.placed_width, photo.placed_height)
        canv.restoreState()

    return draw


def cover_position(
    box_w: float, box_h: float, photo_w: float, photo_h: float, focus: tuple[float, float]
) -> tuple[float, float]:
    """Where the cover photo's lower left corner goes in its box (which it covers): the focal
    point (x, y as shares from the photo's top left) as near the box's centre as the photo
    allows without uncovering an edge of the box."""
    fx, fy = focus
    x = box_w / 2 - fx * photo_w
    y = box_h / 2 - (1 - fy) * photo_h
    return min(0.0, max(box_w - photo_w, x)), min(0.0, max(box_h - photo_h, y))


def photo_alt(plan: CataloguePlan, work: Work) -> tuple[str, str]:
    """(language, text) that says what a work's photo shows, for the tagged structure."""
    first = plan.languages[0]
    texts = plan.texts.get(work.number)
    return alt_text(
        texts.by_language if texts else (), first, f"{label('no', first)} {work.number}"
    )


def _tint(g: PageGeometry) -> Callable:
    def draw(canv, doc) -> None:
        canv.saveState()
        with artifact(canv):
            canv.setFillColor(doc.palette.tint)
            canv.rect(-g.bleed, -g.bleed, g.width + 2 * g.bleed, g.height + 2 * g.bleed, 0, 1)
        canv.restoreState()

    return draw


def _folio(doc: CatalogueDoc, with_head: bool) -> Callable:
    def draw(canv, _doc) -> None:
        with artifact(canv):  # running heads, folios and their rule are page furniture
            _draw_folio(canv, doc, with_head)

    return draw


def _draw_folio(canv, doc: CatalogueDoc, with_head: bool) -> None:
    g, ts = doc.plan.geometry, doc.plan.typesetter
    size = ts.roles["folio"].size
    canv.saveState()
    canv.setFillColor(doc.palette.grey)
    canv.setFont(face(Script.LATIN).name, size)
    number = canv.getPageNumber()
    recto = number % 2 == 1
    left = g.margin + g.shift(recto)
    width = g.width - 2 * g.margin
    # folio at the outer edge; its baseline a descender above the limit from the trim
    y = FROM_TRIM + 0.3 * size
    if recto:
        canv.drawRightString(left + width, y, str(number))
    else:
        canv.drawString(left, y, str(number))
    if with_head:
        # mirrored: the catalogue's title on left-hand pages, the section on right-hand
        text = doc.head if recto else doc.plan_title
        bottom = g.height - FROM_TRIM - size
        if text:
            para = ts.para(text, "running_head", doc.plan.languages[-1])
            para.style = _aligned(para.style, right=recto)
            _, h = para.wrap(width, g.margin)
            para.drawOn(canv, left, g.height - FROM_TRIM - h)
            bottom = min(bottom, g.height - FROM_TRIM - h)
        canv.setStrokeColor(doc.palette.rule)
        canv.setLineWidth(0.3)
        canv.line(left, bottom - 2.5, left + width, bottom - 2.5)
    canv.restoreState()


FROM_TRIM = 8 * mm  # running heads and folios keep at least this far from the trim


def _aligned(style, right: bool):
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    clone = style.clone(style.name + ("-r" if right else "-l"))
    clone.alignment = TA_RIGHT if right else TA_LEFT
    return clone


class Story:
    """Builds the flowables of one pass; made afresh per pass (no state shared between passes)."""

    def __init__(self, plan: CataloguePlan, pages: Pages, images: dict[str, str] | None) -> None:
        self.plan, self.pages, self.images = plan, pages, images or {}
        self.draft = images is None  # the first pass only finds pages: plates skip their text
        self.ts, self.langs = plan.typesetter, plan.languages
        self.ex = plan.source.exhibition
        self.palette = Palette.of(plan.options.purpose)

    def all(self) -> list[Flowable]:
        out = self.cover() + self.colophon() + self.foreword() + self.contents()
        for key, section, works in self.groups():
            out += self.section(key, section, works)
        return out + self.index() + self.back_cover()

    def back_cover(self) -> list[Flowable]:
        """The back cover, on a page count that is a multiple of four: titles, place and dates
        and the organisers in every language, on the tint."""
        out: list[Flowable] = [PadToFour("back"), SectionStart("back", "")]
        out.append(Spacer(1, self.plan.geometry.content.height * 0.45))
        for lang, text in self.texts("title"):
            out.append(self.ts.para(text, "toc_section", lang))
        out.append(Spacer(1, 3 * mm))
        for lang in self.langs:
            place = ", ".join(v for v in (self.ex.value(f, lang) for f in ("venue", "city")) if v)
            if place:
                out.append(self.ts.para(place, "cover_small", lang))
        out.append(Spacer(1, 3 * mm))
        for lang, text in self.texts("organisers"):
            out.append(self.ts.para(text, "cover_small", lang))
        return out

    def texts(self, name: str) -> list[tuple[str, str]]:
        return [
            (lang, self.ex.value(name, lang)) for lang in self.langs if self.ex.value(name, lang)
        ]

    def heading(self, key: str) -> list[Flowable]:
        return [self.ts.para(label(key, lang), "heading", lang) for lang in self.langs[:1]] + [
            as_kind(self.ts.para(label(key, lang), "cover_subtitle", lang), "H1")
            for lang in self.langs[1:]
        ] + [Spacer(1, 6 * mm * self.ts.scale)]  # fmt: skip

    def cover(self) -> list[Flowable]:
        return [
            Anchor("cover", self.title_line(), 0),
            cover_frame(self.plan),  # shrinks to fit, never below 7.5 pt (preflight stops it)
            NextPageTemplate("front"),
            PageBreak(),
        ]

    def title_line(self) -> str:
        return " / ".join(t for _, t in self.texts("title")) or "Catalogue"

    def colophon(self) -> list[Flowable]:
        out: list[Flowable] = [Anchor("colophon", labels("colophon", self.langs), 0)]
        out += self.heading("colophon")
        for lang in self.langs:
            out.append(self.ts.para(self.colophon_text(lang), "colophon", lang))
        return out

    def colophon_text(self, lang: str) -> str:
        """The colophon in one language: the titles, then each fact with its label."""
        comma, colon = ("，", "：") if is_chinese(lang) else (", ", ": ")
        value = lambda name: self.ex.value(name, lang).strip().replace("\n", comma)  # noqa: E731
        lines = [value("title"), value("subtitle")]
        shown = [value("venue"), value("city")]
        if self.ex.opening:
            shown.append(date_range(self.ex.opening, self.ex.closing, lang))
        facts = [("exhibition", comma.join(x for x in shown if x))]
        facts += [(name, value(name)) for name in COLOPHON_FIELDS]
        if self.ex.print_run:
            copies = f"{self.ex.print_run:,}".replace(",", "." if lang.startswith("de") else ",")
            facts.append(("print_run", label("copies", lang).format(n=copies)))
        if self.ex.isbn:
            facts.append(("isbn", self.ex.isbn))
        lines += [f"{label(name, lang)}{colon}{text}" for name, text in facts if text]
        lines += [label("rights", lang), label("fonts", lang)]
        return "\n".join(x for x in lines if x)

    def foreword(self) -> list[Flowable]:
        out: list[Flowable] = []
        for n, (lang, text) in enumerate(self.texts("foreword")):
            out += [PageBreak(), Anchor(f"foreword-{n}", label("foreword", lang), 0)]
            out.append(self.ts.para(label("foreword", lang), "heading", lang))
            # a Chinese paragraph is a line of its own (each begins two characters in)
            separator = "\n" if is_chinese(lang) else "\n\n"
            for block in display_text(text, lang).split(separator):
                if block.strip():
                    out.append(self.ts.para(block, "body", lang))
        return out

    def groups(self) -> list[tuple[str, Section | None, list[Work]]]:
        by_section: dict[int | None, list[Work]] = {}
        for work in self.plan.works:
            known = self.plan.source.section(work.section_id)
            by_section.setdefault(known.id if known else None, []).append(work)
        out = []
        for key, works in by_section.items():
            section = self.plan.source.section(key)
            out.append((f"section-{key}" if section else "section-other", section, works))
        return out

    def section_titles(self, section: Section | None) -> list[tuple[str, str]]:
        if section is None:
            has_sections = any(s for _, s, _ in self.groups())
            return [(lang, label("other" if has_sections else "plates", lang))
                    for lang in self.langs]  # fmt: skip
        titles = [(lang, section.value("title", lang)) for lang in self.langs]
        return [(lang, t) for lang, t in titles if t.strip()] or [(self.langs[0], "—")]

    def contents(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), Anchor("contents", labels("contents", self.langs), 0)]
        out += self.heading("contents")
        rows = []
        for key, section, _ in self.groups():
            titles = [
                self.ts.para(t, "toc_section", lang) for lang, t in self.section_titles(section)
            ]
            rows.append([titles, self.ts.fixed(self.pages.get(key), "toc")])
        index = [self.ts.para(label("index", lang), "toc_section", lang) for lang in self.langs]
        rows.append([index, self.ts.fixed(self.pages.get("index"), "toc")])
        width = self.plan.geometry.content.width
        style = _table_style(0, self.palette)
        table = Table(rows, colWidths=[width - 20 * mm, 20 * mm], style=style,
                      renderCB=table_furniture)  # fmt: skip
        return [*out, table]

    def section(self, key: str, section: Section | None, works: list[Work]) -> list[Flowable]:
        titles = self.section_titles(section)
        head = " / ".join(t for _, t in titles)
        out: list[Flowable] = []
        real = section is not None or any(s for _, s, _ in self.groups())
        if real:
            out += [RectoBreak("section"), Anchor(key, head, 0, head)]
            out.append(Spacer(1, self.plan.geometry.content.height * 0.3))
            for n, (lang, text) in enumerate(titles):
                out.append(self.ts.para(text, "section_title" if n == 0 else "heading", lang))
            count = f"{len(works)} " + " / ".join(label("works", lang) for lang in self.langs)
            out.append(self.ts.fixed(count, "section_number"))
        for n, (template, page) in enumerate(self.plate_pages(works)):
            out += [NextPageTemplate(template), PageBreak()]
            if n == 0 and not real:
                out.append(Anchor(key, head, 0, head))
            out += [self.plate(work, level=1) for work in page]
        return out

    def plate_pages(self, works: list[Work]) -> list[tuple[str, list[Work]]]:
        """The plates page by page, with their page template: each page break is explicit, so
        a plate moved to a page of its own ("plate-alone") leaves no half-empty page behind."""
        per_page = self.plan.options.layout.per_page
        pages: list[tuple[str, list[Work]]] = []
        for work in works:
            if self.plan.plates[work.number].own_page:
                pages.append(("plate-alone", [work]))
            elif pages and pages[-1][0] == "plates" and len(pages[-1][1]) < per_page:
                pages[-1][1].append(work)
            else:
                pages.append(("plates", [work]))
        return pages

    def plate(self, work: Work, level: int) -> Flowable:
        plan = self.plan
        titles = [work.value("title", lang).strip() for lang in self.langs]
        title = " / ".join(dict.fromkeys(t for t in titles if t)) or " / ".join(
            dict.fromkeys(untitled(lang) for lang in self.langs)
        )
        plate = Plate(
            plan.plates[work.number],
            plan.texts[work.number],
            plan.typesetter,
            plan.options.layout,
            self.images.get(f"work-{work.number}"),
            draft=self.draft,
            alt=photo_alt(plan, work),
        )
        anchor = Anchor(f"work-{work.number}", f"{work.number} {title}".strip(), level)
        return _Pair(anchor, plate)

    def index(self) -> list[Flowable]:
        out: list[Flowable] = [NextPageTemplate("index"), PageBreak()]
        out.append(Anchor("index", labels("index", self.langs), 0, labels("index", self.langs)))
        out += self.heading("index")
        head = [
            self.ts.para(
                "\n".join(dict.fromkeys(label(k, lang) for lang in self.langs)),
                "index_head",
                self.langs[-1],
            )
            for k in ("no", "title", "photographer", "date", "size", "page")
        ]
        rows: list[list] = [head]
        for work in self.plan.works:
            rows.append(self.index_row(work))
        width = self.plan.geometry.content.width
        shares = (0.07, 0.43, 0.17, 0.13, 0.12, 0.08)
        table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1,
                      style=_table_style(1, self.palette), renderCB=table_furniture)  # fmt: skip
        return [*out, table]

    def index_row(self, work: Work) -> list:
        titles = [
            self.ts.para(work.value("title", lang), "index", lang)
            for lang in self.langs
            if work.value("title", lang).strip()
        ] or [self.ts.para(untitled(lang), "index", lang) for lang in self.langs]
        size = ""
        if work.print_width_cm and work.print_height_cm:
            size = f"{work.print_width_cm:g} × {work.print_height_cm:g} cm"
        cells = [str(work.number), work.photographer, size, self.pages.get(f"work-{work.number}")]
        para = [self.ts.para(c, "index", self.langs[0]) for c in cells]
        date = self.ts.para(taken(work, self.langs[0], short=True), "index", self.langs[0])
        return [para[0], titles, para[1], date, para[2], para[3]]


class _Pair(Flowable):
    """An anchor and a plate kept together, so the anchor lands on the plate's page."""

    def __init__(self, anchor: Anchor, plate: Plate) -> None:
        super().__init__()
        self.anchor, self.plate = anchor, plate

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.plate.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas, x, y, _sW=0) -> None:
        self.anchor.drawOn(canvas, x, y)
        self.plate.drawOn(canvas, x, y, _sW)


def _table_style(header_rows: int, palette: Palette) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), face(Script.LATIN).name),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, palette.rule),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
    ]
    if header_rows:
        commands.append(("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.6, palette.ink))
    return TableStyle(commands)


def build(plan: CataloguePlan, target: BinaryIO | Path, images: dict[str, str], *,
          invariant: bool = False, tagged: bool = True) -> int:  # fmt: skip
    """Build the catalogue into ``target``; returns the page count. ``tagged``: with the
    structure tree (off only to measure what it costs)."""
    meta = _metadata(plan, invariant)
    first = Pages()
    _build_pass(plan, io.BytesIO(), first, None, meta)
    final = Pages()
    pages = io.BytesIO()
    tagger = Tagger(plan.languages[0]) if tagged else None
    doc = _build_pass(plan, pages, Pages(dict(first.of)), images, meta, final, tagger)
    options = plan.options
    how = Finish(
        options.purpose,
        printing_condition(options.condition) if options.purpose is Purpose.PRINT else None,
        meta["title"],
        plan.languages[0],
        invariant,
        language_spans(plan.languages),
        tagger.structure() if tagger else None,
    )
    if isinstance(target, Path):
        with open(target, "wb") as f:
            finish(pages.getvalue(), f, how)
    else:
        finish(pages.getvalue(), target, how)
    return doc.page


def _build_pass(plan, target, pages, images, meta, record: Pages | None = None,
                tagger: Tagger | None = None) -> CatalogueDoc:  # fmt: skip
    recorder = record or pages
    doc = CatalogueDoc(target if not isinstance(target, Path) else str(target), plan, recorder,
                       tagger, **meta)  # fmt: skip
    doc.images = images or {}
    doc.plan_title = Story(plan, pages, images).title_line()
    doc.build(Story(plan, pages, images).all())
    return doc


def _metadata(plan: CataloguePlan, invariant: bool) -> dict:
    ex, langs = plan.source.exhibition, plan.languages
    values = lambda name: " / ".join(v for v in (ex.value(name, lang) for lang in langs) if v)  # noqa: E731
    return {
        "title": values("title") or "Catalogue",
        "subject": values("subtitle"),
        "author": ex.value("organisers", langs[0]).replace("\n", ", "),
        "keywords": ", ".join(langs),
        "creator": "Exhibit",
        "lang": langs[0],
        "invariant": 1 if invariant else 0,
    }
