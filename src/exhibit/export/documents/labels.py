"""Wall labels: a block per language (the venue's first), title, tombstone, caption, number and
an optional QR code; one per page, or several per sheet with cut marks.

At A5 the title is 22 pt and the tombstone (photographer, year, process, size, credit) 16 pt;
other sizes scale with the label. ``fit()`` measures a label before anything is drawn: it says
at what share of those sizes the text fits (1.0 when it fits as it should), which preflight
reports and the drawing uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from exhibit.core.model import Exhibition, Work
from exhibit.export.documents.options import (
    DocumentOptions,
    LabelSize,
    Sheet,
    is_chinese,
    short_url,
)
from exhibit.export.documents.setting import GREY, INK, RULE, Setter, size_cm

TITLE_PT, TOMBSTONE_PT, CAPTION_PT, NUMBER_PT, URL_PT = 22.0, 16.0, 13.0, 14.0, 8.5
QR_MM = 24.0  # at A5; 21 mm still decodes from a 150 dpi scan
SHEET_MARGIN, GAP, MARK = 10 * mm, 8 * mm, 4 * mm


@dataclass(frozen=True, slots=True)
class LabelText:
    """What one label says, per language, in print order."""

    number: int
    blocks: tuple[tuple[str, str, tuple[str, ...], str], ...]  # lang, title, tombstone, caption
    url: str = ""


def label_text(work: Work, ex: Exhibition, languages, options: DocumentOptions) -> LabelText:
    blocks = []
    year = str(work.exif.year) if work.exif.year else ""
    size = size_cm(work.print_width_cm, work.print_height_cm)
    for lang in languages:
        title = work.value("title", lang)
        if not title:
            continue
        credit = work.value("credit", lang) or ex.value("credit_line", lang)
        sep = "，" if is_chinese(lang) else ", "
        first = sep.join(v for v in (work.photographer, year) if v)
        second = sep.join(v for v in (work.value("process", lang), size) if v)
        tombstone = tuple(v for v in (first, second, credit) if v)
        caption = work.value("caption", lang) if options.with_caption else ""
        blocks.append((lang, title, tombstone, caption))
    url = options.qr_pattern.format(number=work.number) if options.qr_pattern else ""
    return LabelText(work.number, tuple(blocks), url)


class LabelSetter:
    """Measures and draws labels of one size."""

    def __init__(self, setter: Setter, size: LabelSize) -> None:
        self.setter = setter
        self.size = size
        self.width, self.height = size.points
        self.pad = 9 * mm * size.scale

    def _qr_side(self) -> float:
        return QR_MM * mm * self.size.scale

    def _flowables(self, label: LabelText, f: float) -> list:
        s = self.size.scale * f
        out = []
        for n, (lang, title, tombstone, caption) in enumerate(label.blocks):
            items = [self.setter.para(title, TITLE_PT * s, lang, bold=True, leading=1.15)]
            items += [self.setter.para(t, TOMBSTONE_PT * s, lang, leading=1.25) for t in tombstone]
            if caption:
                items.append(self.setter.para(caption, CAPTION_PT * s, lang, leading=1.35))
            out.append((n, items))
        return out

    def _text_width(self, label: LabelText) -> float:
        qr = self._qr_side() + 5 * mm * self.size.scale if label.url else 0
        return self.width - 2 * self.pad - qr

    def _measure(self, label: LabelText, f: float) -> float:
        width = self._text_width(label)
        total = NUMBER_PT * self.size.scale * 1.6
        for n, items in self._flowables(label, f):
            total += self._gap(f) if n else 0
            for item in items:
                total += item.wrap(width, 10_000)[1] + item.style.fontSize * 0.25
        return total

    def _gap(self, f: float) -> float:
        return 7 * mm * self.size.scale * f

    def fit(self, label: LabelText) -> float:
        """The share of the set sizes at which the label's text fits (1.0: as designed)."""
        room = self.height - 2 * self.pad
        f = 1.0
        while f > 0.3 and self._measure(label, f) > room:
            f -= 0.05
        return round(f, 2)

    def draw(self, canv: Canvas, x: float, y: float, label: LabelText) -> None:
        """Draw the label with its lower left corner at (x, y)."""
        f = self.fit(label)
        s = self.size.scale
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(self.setter.latin_bold, NUMBER_PT * s)
        top = y + self.height - self.pad
        canv.drawRightString(x + self.width - self.pad, top - NUMBER_PT * s, str(label.number))
        cursor = top - NUMBER_PT * s * 1.6
        width = self._text_width(label)
        for n, items in self._flowables(label, f):
            if n:
                cursor -= self._gap(f) / 2
                canv.setStrokeColor(RULE)
                canv.setLineWidth(0.5)
                canv.line(x + self.pad, cursor, x + self.pad + 20 * mm * s, cursor)
                cursor -= self._gap(f) / 2
            for item in items:
                h = item.wrap(width, 10_000)[1]
                item.drawOn(canv, x + self.pad, cursor - h)
                cursor -= h + item.style.fontSize * 0.25
        if label.url:
            self._qr(canv, x, y, label.url)
        canv.restoreState()

    def _qr(self, canv: Canvas, x: float, y: float, url: str) -> None:
        side = self._qr_side()
        url_pt = URL_PT * self.size.scale
        left = x + self.width - self.pad - side
        bottom = y + self.pad + url_pt * 1.4
        draw_qr(canv, url, left, bottom, side)
        canv.setFillColor(GREY)
        canv.setFont(self.setter.latin, url_pt)
        canv.drawCentredString(left + side / 2, y + self.pad, short_url(url))


def draw_qr(canv: Canvas, url: str, x: float, y: float, side: float) -> None:
    """A QR code as filled squares (vector; renderPDF would add a Helvetica reference)."""
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, _ = widget.getBounds()
    scale = side / (x1 - x0)
    canv.setFillColor(INK)
    for shape in widget.draw().contents:
        if getattr(shape, "fillColor", None) is not None:
            canv.rect(
                x + (shape.x - x0) * scale,
                y + (shape.y - y0) * scale,
                shape.width * scale,
                shape.height * scale,
                stroke=0,
                fill=1,
            )


def sheet_grid(size: LabelSize, sheet: Sheet) -> tuple[tuple[float, float], int, int]:
    """The sheet (in the orientation that holds more labels), columns and rows."""
    w, h = size.points
    best = None
    portrait = sheet.points
    assert portrait is not None
    for page in (portrait, (portrait[1], portrait[0])):
        cols = int((page[0] - 2 * SHEET_MARGIN + GAP) // (w + GAP))
        rows = int((page[1] - 2 * SHEET_MARGIN + GAP) // (h + GAP))
        if best is None or cols * rows > best[1] * best[2]:
            best = (page, cols, rows)
    return best  # type: ignore[return-value]


def cut_marks(canv: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Corner marks outside the label, in the gap: where to cut."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.3)
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            canv.line(cx + dx * 1 * mm, cy, cx + dx * MARK, cy)
            canv.line(cx, cy + dy * 1 * mm, cx, cy + dy * MARK)


def write_labels(
    target: BinaryIO, labels: list[LabelText], options: DocumentOptions, setter: Setter, meta: dict
) -> int:
    """Write the labels; returns the page count."""
    size = options.label_size
    ls = LabelSetter(setter, size)
    if options.sheet is Sheet.NONE:
        page, cols, rows = size.points, 1, 1
    else:
        page, cols, rows = sheet_grid(size, options.sheet)
    canv = Canvas(
        target,
        pagesize=page,
        initialFontName=setter.latin,
        invariant=meta.get("invariant", 0),
        lang=meta.get("lang"),
    )
    canv.setTitle(meta.get("title", ""))
    canv.setAuthor(meta.get("author", ""))
    canv.setSubject(meta.get("subject", ""))
    per_page = cols * rows
    w, h = size.points
    left = (page[0] - cols * w - (cols - 1) * GAP) / 2
    bottom = (page[1] - rows * h - (rows - 1) * GAP) / 2
    pages = 0
    for start in range(0, len(labels), per_page):
        for n, label in enumerate(labels[start : start + per_page]):
            col, row = n % cols, n // cols
            x = left + col * (w + GAP)
            y = bottom + (rows - 1 - row) * (h + GAP)
            ls.draw(canv, x, y, label)
            if options.sheet is not Sheet.NONE:
                cut_marks(canv, x, y, w, h)
        canv.showPage()
        pages += 1
    canv.save()
    return pages
