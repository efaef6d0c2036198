"""The catalogue's tagged structure: what is read aloud, in which order and language.

The one place that knows the structure. While the final pass draws, a ``Tagger`` on the canvas
wraps what it draws in marked content: each paragraph as ``/P`` (or ``/H1``, ``/H2``) with an
``/MCID`` and its ``/Lang``, each photo as ``/Figure``, and running heads, folios, crop marks,
rules and tints as ``/Artifact``. It records one structure element per marked sequence, in the
order drawn, which is the order printed (on a plate: the photo, the number, the German column,
then the Chinese). ``write_structure`` turns that record into the PDF's ``StructTreeRoot``
(``Document`` -> ``Sect`` per section -> elements), its ``ParentTree`` and each page's
``/StructParents``, with pikepdf, when the PDF is finished.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.platypus import Flowable, Paragraph

# what a paragraph of each typesetting role is in the structure (anything else is a /P)
KIND_OF_ROLE = {
    "cover_title": "H1",
    "section_title": "H1",
    "heading": "H1",
    "plate_title": "H2",
}
FIGURE = "Figure"


def kind_of(role: str) -> str:
    return KIND_OF_ROLE.get(role, "P")


@dataclass(frozen=True, slots=True)
class Element:
    """One structure element: one marked-content sequence on one page."""

    kind: str  # H1, H2, P, Figure
    lang: str  # BCP 47
    page: int  # 0-based
    mcid: int
    section: int  # index into ``Structure.sections``
    alt: str = ""  # Figures: what the photo shows


@dataclass(frozen=True, slots=True)
class Structure:
    """What the final pass drew, in reading order."""

    language: str  # the catalogue's first language: the Document's /Lang
    sections: tuple[str, ...]  # titles, in order
    elements: tuple[Element, ...]


_SAFE_LANG = re.compile(r"[^A-Za-z0-9-]")


class Tagger:
    """Marks what a canvas draws and records the structure; one per final pass."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._sections: list[str] = []
        self._keys: list[str] = []
        self._elements: list[Element] = []
        self._next_mcid: dict[int, int] = {}
        self._artifact = 0  # depth: nothing inside an artifact is tagged
        self._open = False  # a marked sequence is open: what it draws belongs to it

    def section(self, key: str, title: str) -> None:
        """Start a ``Sect``; what is drawn before the first one belongs to the first."""
        if not self._keys or self._keys[-1] != key:
            self._keys.append(key)
            self._sections.append(title)

    @contextmanager
    def marked(self, canv, kind: str, lang: str, alt: str = "") -> Iterator[None]:
        """``/kind <</MCID n /Lang (lang)>> BDC … EMC`` around what the block draws."""
        if self._artifact or self._open:
            yield
            return
        page = canv.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        tag = _SAFE_LANG.sub("", lang) or self.language
        section = max(0, len(self._sections) - 1)
        self._elements.append(Element(kind, tag, page, mcid, section, alt))
        canv.addLiteral(f"/{kind} <</MCID {mcid} /Lang ({tag})>> BDC")
        self._open = True
        try:
            yield
        finally:
            self._open = False
            canv.addLiteral("EMC")

    @contextmanager
    def artifact(self, canv) -> Iterator[None]:
        """``/Artifact BMC … EMC``: page furniture, not content."""
        opened = self.begin_artifact(canv)
        try:
            yield
        finally:
            self.end_artifact(canv, opened)

    def begin_artifact(self, canv) -> bool:
        """Open an artifact; False (nothing opened) inside a content element, to which
        decoration drawn there belongs."""
        if self._open:
            return False
        canv.addLiteral("/Artifact BMC")
        self._artifact += 1
        return True

    def end_artifact(self, canv, opened: bool) -> None:
        if opened:
            self._artifact -= 1
            canv.addLiteral("EMC")

    def structure(self) -> Structure:
        return Structure(self.language, tuple(self._sections) or ("",), tuple(self._elements))


def tagger_of(canv) -> Tagger | None:
    return getattr(canv, "exhibit_tagger", None)


@contextmanager
def marked(canv, kind: str, lang: str, alt: str = "") -> Iterator[None]:
    """Marked content when the canvas is tagged; nothing otherwise (measuring, first pass)."""
    tagger = tagger_of(canv)
    if tagger is None:
        yield
    else:
        with tagger.marked(canv, kind, lang, alt):
            yield


@contextmanager
def artifact(canv) -> Iterator[None]:
    tagger = tagger_of(canv)
    if tagger is None:
        yield
    else:
        with tagger.artifact(canv):
            yield


class MarkedParagraph(Paragraph):
    """A paragraph that marks itself as its ``kind`` in its ``lang`` when drawn (parts of a
    split paragraph keep both)."""

    kind = "P"
    lang = ""

    def drawOn(self, canvas, x, y, _sW=0) -> None:
        with marked(canvas, self.kind, self.lang):
            super().drawOn(canvas, x, y, _sW)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.kind, part.lang = self.kind, self.lang
        return parts


def as_kind(para: Paragraph, kind: str) -> Paragraph:
    """``para`` marked as ``kind`` (a second-language heading is a heading too)."""
    para.kind = kind
    return para


def table_furniture(table, event: str, *args) -> None:
    """A ``Table``'s ``renderCB``: its backgrounds and rules are artifacts, its cells content."""
    canv = table.canv
    tagger = tagger_of(canv)
    if tagger is None:
        return
    if event in ("startBG", "startLines"):
        table._exhibit_artifact = tagger.begin_artifact(canv)
    elif event in ("endBG", "endLines"):
        tagger.end_artifact(canv, table._exhibit_artifact)


class SectionStart(Flowable):
    """An invisible mark where a ``Sect`` of the structure begins."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        if tagger is not None:
            tagger.section(self.key, self.title)


def alt_text(by_language: tuple[tuple[str, tuple[tuple[str, str], ...]], ...],
             first: str, fallback: str) -> tuple[str, str]:  # fmt: skip
    """A photo's alt text and its language: its caption in the catalogue's first language,
    else its title there, else the caption or title of the next language that has one, else
    ``fallback`` (in the first language)."""
    ordered = [(lang, texts) for lang, texts in by_language if lang == first]
    ordered += [(lang, texts) for lang, texts in by_language if lang != first]
    for lang, texts in ordered:
        for name in ("caption", "title"):
            text = dict(texts).get(name, "").strip()
            if text:
                return lang, " ".join(text.split())
    return first, fallback


def write_structure(pdf: pikepdf.Pdf, structure: Structure) -> None:
    """The structure tree, parent tree, ``/StructParents``, ``/MarkInfo`` and the viewer's
    preference for the document title, into ``pdf`` (whose pages the tagger marked)."""
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = pdf.make_indirect(
        Dictionary(Type=Name.StructElem, S=Name.Document, P=root, Lang=structure.language)
    )
    root.K = Array([document])
    sections = []
    for title in structure.sections:
        sect = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Sect, P=document))
        if title:
            sect.T = title
        sect.K = Array()
        sections.append(sect)
    document.K = Array(sections)
    pages = pdf.pages
    by_page: dict[int, list] = {}
    for e in structure.elements:
        page = pages[e.page]
        elem = Dictionary(
            Type=Name.StructElem,
            S=Name("/" + e.kind),
            P=sections[e.section],
            Pg=page.obj,
            K=e.mcid,
            Lang=e.lang,
        )
        if e.alt:
            elem.Alt = e.alt
        ref = pdf.make_indirect(elem)
        sections[e.section].K.append(ref)
        by_page.setdefault(e.page, []).append((e.mcid, ref))
    nums = Array()
    for index, page in enumerate(pages):
        page.obj.StructParents = index
        page.obj.Tabs = Name.S  # tab order follows the structure
        refs = [ref for _, ref in sorted(by_page.get(index, []), key=lambda m: m[0])]
        nums.extend([index, Array(refs)])
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = len(pages)
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
