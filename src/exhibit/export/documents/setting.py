"""Type and page furniture shared by the documents, on top of the catalogue's typesetting.

Fonts, per-script font runs, escaping and Chinese line breaking come from
``export.catalogue.typography`` (read-only reuse); this module adds paragraph styles by size,
tables without reportlab's hidden Helvetica, and a two-pass build for "page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from exhibit.export.catalogue.fonts import Script, face
from exhibit.export.catalogue.typography import Coverage, configure_reportlab, is_chinese, markup
from exhibit.export.documents.words import word

INK = Color(0.1, 0.1, 0.1)
GREY = Color(0.42, 0.42, 0.42)
RULE = Color(0.7, 0.7, 0.7)
TINT = Color(0.94, 0.93, 0.91)
WORSE = Color(0.96, 0.78, 0.76)

_ALIGN = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}


class Setter:
    """Paragraphs of user or program text at a size, in the face each character needs."""

    def __init__(self, coverage: Coverage | None = None) -> None:
        configure_reportlab()
        self.coverage = coverage or Coverage.load()
        self.latin = face(Script.LATIN).name
        self.latin_bold = face(Script.LATIN, bold=True).name
        self._styles: dict[tuple, ParagraphStyle] = {}

    def style(
        self, size: float, lang: str, *, bold: bool = False, leading: float = 1.3, align="left"
    ) -> ParagraphStyle:
        chinese = is_chinese(lang)
        key = (round(size, 2), chinese, lang[:2], bold, leading, align)
        if key not in self._styles:
            script = Script.HANS if chinese else Script.LATIN
            self._styles[key] = ParagraphStyle(
                f"doc-{len(self._styles)}",
                fontName=face(script, bold=bold).name,
                fontSize=size,
                leading=size * leading * (1.1 if chinese else 1.0),
                alignment=_ALIGN[align],
                textColor=INK,
                wordWrap="CJK" if chinese else None,
                hyphenationLang="de_DE" if lang.startswith("de") else "",
                embeddedHyphenation=1,
                allowWidows=0,
                allowOrphans=0,
            )
        return self._styles[key]

    def para(
        self,
        text: str,
        size: float,
        lang: str = "de",
        *,
        bold: bool = False,
        leading: float = 1.3,
        align: str = "left",
        colour: Color | None = None,
    ) -> Paragraph:
        body = markup(text, lang, self.coverage, bold=bold)
        if colour is not None:
            body = f'<font color="{colour.hexval()}">{body}</font>'
        return Paragraph(body, self.style(size, lang, bold=bold, leading=leading, align=align))

    def table(self, rows: Sequence[Sequence], widths: Sequence[float], **kw) -> Table:
        """A table whose own text (if any) is set in the Latin face, never Helvetica."""
        table = Table(rows, colWidths=widths, **kw)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.latin)]))
        return table

    def grid_style(self, header_rows: int = 1) -> list[tuple]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.latin),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, INK),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]


def both(text_of: Callable[[str], str], languages: Sequence[str]) -> list[tuple[str, str]]:
    """(language, text) for each language that has a text, without repeating a text."""
    out, seen = [], set()
    for lang in languages:
        text = text_of(lang).strip()
        if text and text not in seen:
            seen.add(text)
            out.append((lang, text))
    return out


def size_cm(width: float | None, height: float | None, depth: float | None = None) -> str:
    parts = [v for v in (width, height, depth) if v]
    if not width or not height:
        return ""
    return " × ".join(f"{v:g}".replace(".", ",") for v in parts) + " cm"


def money(value: float | None, currency: str) -> str:
    if value is None:
        return ""
    whole = f"{value:,.2f}".replace(",", " ")
    return f"{whole} {currency}"


def page_of(page: int, pages: int, languages: Sequence[str]) -> str:
    return " / ".join(
        dict.fromkeys(word("page_of", lang).format(page=page, pages=pages) for lang in languages)
    )


class PagedDoc(BaseDocTemplate):
    """One frame per page with a header line ("Checklist · LO-2026-001 · page 2 of 5")."""

    def __init__(self, target, pagesize, setter: Setter, header, margin: float = 14 * mm, **kw):
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + 8 * mm,
            bottomMargin=margin,
            initialFontName=setter.latin,
            initialFontSize=9,
            **kw,
        )
        self.header = header  # (canvas, doc) -> None
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])

    def _on_page(self, canv, doc) -> None:
        canv.saveState()
        self.header(canv, doc)
        canv.restoreState()


def build_twice(make: Callable[[BinaryIO, int], int], target: BinaryIO) -> int:
    """Build once to count the pages, then again with the count known; returns the pages."""
    pages = make(io.BytesIO(), 0)
    return make(target, pages)
