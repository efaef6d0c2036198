"""Type and page furniture shared by the documents, on top of the catalogue's typesetting.

Fonts, per-script font runs, escaping and Chinese line breaking come from
``export.catalogue.typography`` (read-only reuse); this module adds paragraph styles by size,
tables without reportlab's hidden Helvetica, and a two-pass build for "page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from exhibit.export.catalogue.fonts import Script, face
from exhibit.export.catalogue.options import Purpose
from exhibit.export.catalogue.pdfx import Palette
from exhibit.export.catalogue.typography import Coverage, configure_reportlab, is_chinese, markup
from exhibit.export.documents.words import word

INK = Color(0.1, 0.1, 0.1)
GREY = Color(0.42, 0.42, 0.42)
RULE = Color(0.7, 0.7, 0.7)
TINT = Color(0.94, 0.93, 0.91)
WORSE = Color(0.96, 0.78, 0.76)


@dataclass(frozen=True, slots=True)
class DocPalette:
    """The documents' colours: K-only CMYK (and a light red for a worse grade) in print, RGB on
    the screen; ``marks`` are cut marks (the registration colour in print)."""

    ink: Color
    grey: Color
    rule: Color
    tint: Color
    worse: Color
    marks: Color
    enforce: str | None

    @classmethod
    def of(cls, purpose: Purpose) -> DocPalette:
        if purpose is Purpose.PRINT:
            base = Palette.of(purpose)
            return cls(
                ink=base.ink,
                grey=CMYKColor(0, 0, 0, 0.58),
                rule=base.rule,
                tint=CMYKColor(0, 0.01, 0.03, 0.06),
                worse=CMYKColor(0, 0.22, 0.2, 0.02),
                marks=base.marks or base.ink,
                enforce=base.enforce,
            )
        return cls(INK, GREY, RULE, TINT, WORSE, INK, None)


_ALIGN = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}


class Setter:
    """Paragraphs of user or program text at a size, in the face each character needs."""

    def __init__(self, coverage: Coverage | None = None, purpose: Purpose = Purpose.SCREEN) -> None:
        configure_reportlab()
        self.coverage = coverage or Coverage.load()
        self.colours = DocPalette.of(purpose)
        self.latin = face(Script.LATIN).name
        self.latin_bold = face(Script.LATIN, bold=True).name
        self._styles: dict[tuple, ParagraphStyle] = {}

    def style(
        self,
        size: float,
        lang: str,
        *,
        bold: bool = False,
        leading: float = 1.3,
        align="left",
        colour: Color | None = None,
    ) -> ParagraphStyle:
        chinese = is_chinese(lang)
        colour = colour or self.colours.ink
        key = (round(size, 2), chinese, lang[:2], bold, leading, align, repr(colour))
        if key not in self._styles:
            script = Script.HANS if chinese else Script.LATIN
            self._styles[key] = ParagraphStyle(
                f"doc-{len(self._styles)}",
                fontName=face(script, bold=bold).name,
                fontSize=size,
                leading=size * leading * (1.1 if chinese else 1.0),
                alignment=_ALIGN[align],
                textColor=colour,
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
        style = self.style(size, lang, bold=bold, leading=leading, align=align, colour=colour)
        return Paragraph(body, style)

    def table(self, rows: Sequence[Sequence], widths: Sequence[float], **kw) -> Table:
        """A table whose own text (if any) is set in the Latin face, never Helvetica."""
        table = Table(rows, colWidths=widths, **kw)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.latin)]))
        return table

    def grid_style(self, header_rows: int = 1) -> list[tuple]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.latin),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, self.colours.ink),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, self.colours.rule),
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
            enforceColorSpace=setter.colours.enforce,
            trimBox=(0, 0, *pagesize),  # PDF/X wants the boxes on every page
            bleedBox=(0, 0, *pagesize),
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
