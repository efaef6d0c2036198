"""Type for the catalogue: bundled fonts registered with reportlab, user text made safe markup.

Every user string goes through ``markup()``: NFC (never NFKC), typographic quotes for the
language, every character escaped so that ``<img src=...>`` or ``&amp;`` in a caption is printed
as written and never reaches reportlab's paragraph parser, newlines as ``<br/>``, and each run of
characters set in the face that has it (Noto Sans for Latin, Exhibit Sans SC for Han and Chinese
punctuation, Noto Emoji for emoji and symbols neither has), so that mixed German and Chinese
lines look right and an emoji is printed as itself.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

import pyphen
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from exhibit.core.languages import parse
from exhibit.core.model import normalize_text
from exhibit.export.catalogue import linebreak, tounicode
from exhibit.export.catalogue.fonts import BUNDLED_FONTS, Script, face, font_bytes
from exhibit.export.catalogue.tagging import MarkedParagraph, kind_of

_HYPHENATION = {"de": "de_DE", "en": "en_GB", "fr": "fr_FR", "it": "it_IT", "pl": "pl_PL"}


def is_chinese(lang: str) -> bool:
    return parse(lang).language == "zh"


def configure_reportlab() -> None:
    """Process-wide reportlab settings the export relies on (idempotent)."""
    rl_config.useA85 = 0  # ASCII85 image streams: 50x slower to write, 25% larger
    linebreak.install()
    tounicode.install()  # characters beyond U+FFFF must extract as themselves
    for f in BUNDLED_FONTS:
        if f.name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f.name, io.BytesIO(font_bytes(f))))
    latin = pdfmetrics.getFont(face(Script.LATIN).name).face
    if tounicode.CHINESE_TWO_EM_DASH not in latin.charToGlyph:
        latin.charToGlyph[tounicode.CHINESE_TWO_EM_DASH] = latin.charToGlyph[0x2E3A]
        latin.charWidths[tounicode.CHINESE_TWO_EM_DASH] = latin.charWidths[0x2E3A]
    for script in Script:
        regular, bold = face(script), face(script, bold=True)
        italic = face(script, italic=True)
        pdfmetrics.registerFontFamily(
            regular.name, normal=regular.name, bold=bold.name, italic=italic.name,
            boldItalic=bold.name,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which characters the bundled faces can draw."""

    latin: frozenset[int]
    hans: frozenset[int]
    emoji: frozenset[int] = frozenset()  # the fallback face: only what the others lack

    @classmethod
    def load(cls) -> Coverage:
        return _bundled_coverage()  # one value per process: cheap to compare as a cache key

    @classmethod
    def _read(cls) -> Coverage:
        configure_reportlab()

        def cmap(script: Script) -> frozenset[int]:
            return frozenset(pdfmetrics.getFont(face(script).name).face.charToGlyph)

        own = {tounicode.CHINESE_TWO_EM_DASH}  # our alias, not a character a curator can type
        return cls(cmap(Script.LATIN) - own, cmap(Script.HANS), cmap(Script.EMOJI))

    def has(self, ch: str) -> bool:
        """Whether a bundled face has a glyph for ``ch``."""
        cp = ord(ch)
        return cp in self.latin or cp in self.hans or cp in self.emoji

    def can_show(self, ch: str) -> bool:
        return self.has(ch) or ch in "\n\t" or _invisible(ch)

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` no bundled face has, once each, in order of appearance."""
        return list(dict.fromkeys(ch for ch in text if not self.can_show(ch)))


@cache
def _bundled_coverage() -> Coverage:
    return Coverage._read()


def _invisible(ch: str) -> bool:
    """Format and control characters (ZWJ, BOM...) and variation selectors: they draw nothing
    themselves (U+FE0F asks for the emoji form of the character before it)."""
    cp = ord(ch)
    return (
        (unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\u00ad")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


# What a character no bundled face has is printed as (preflight names each one first): the
# Latin face's U+FFFD. Emoji are printed by the bundled monochrome Noto Emoji (fallback after
# the Latin and Chinese faces); what is beyond all three (𠀀 U+20000, skin-tone modifiers) is
# this visible replacement, never nothing.
REPLACEMENT = "\ufffd"


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE10 <= cp <= 0xFE1F
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


def _is_shared_punctuation(ch: str) -> bool:
    """Quotes, dashes, ellipsis, middle dot: full width in Chinese text, proportional in Latin."""
    return 0x2010 <= ord(ch) <= 0x206F or ch == "\u00b7"


def script_of(ch: str, chinese: bool, coverage: Coverage) -> Script:
    """The face for ``ch``: the Chinese face first for Han and (in Chinese) shared punctuation,
    the Latin face first for the rest, the emoji face for what neither has."""
    cp = ord(ch)
    han_first = _is_cjk(ch) or (chinese and _is_shared_punctuation(ch))
    first, second = (Script.HANS, Script.LATIN) if han_first else (Script.LATIN, Script.HANS)
    for script in (first, second):
        if cp in (coverage.hans if script is Script.HANS else coverage.latin):
            return script
    if cp in coverage.emoji:
        return Script.EMOJI
    return first


_WORD = re.compile(r"[^\W\d_]{7,}")  # words of seven letters or more may be hyphenated
SOFT_HYPHEN = "\u00ad"


@cache
def _dictionary(lang: str) -> pyphen.Pyphen | None:
    name = _HYPHENATION.get(parse(lang).language)
    return pyphen.Pyphen(lang=name, left=3, right=3) if name else None


def hyphenated(text: str, lang: str) -> str:
    """``text`` with soft hyphens where its words may break, so every break shows a hyphen.

    reportlab's own hyphenation cut words longer than the line anywhere and without a hyphen;
    with soft hyphens it breaks only there. Points that would leave one letter between two
    breaks are dropped: the dictionary's "Grund-s-tücks" would otherwise print "Grunds-tücks".
    """
    if _dictionary(lang) is None:
        return text

    def word(match: re.Match[str]) -> str:
        w = match[0]
        kept = break_points(w, lang)
        pieces = [w[a:b] for a, b in zip([0, *kept], [*kept, len(w)], strict=True)]
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(word, text)


# German compounds break first where their parts meet ("Grundstücks-verkehrs", not
# "Grundstücksver-kehrs"). List-free: a break after a linking s ("Fugen-s": "…ungs", "…heits",
# a consonant but n, m or s before it: "Verkehrs", "Grundstücks") or before a vowel (German
# syllables begin with a consonant, so a break before a vowel is a word's seam: "aufgaben-über").
_FUGEN_S = re.compile(r"(?:ungs|heits|keits|schafts|tions|sions|täts|lings|[bcdfghklprtvwxzß]s)$")
_VOWELS = frozenset("aeiouäöüy")
COMPOUND_PREFERENCE = 4  # letters: a seam wins over a later break up to this far on


def compound_seam(word: str, point: int) -> bool:
    """Is ``point`` (a break point of ``word``) where two parts of a compound meet?"""
    head, tail = word[:point].lower(), word[point:].lower()
    if len(head) < 3 or len(tail) < 3:
        return False
    return bool(_FUGEN_S.search(head)) or (tail[0] in _VOWELS and head[-1] not in _VOWELS)


def break_points(word: str, lang: str) -> list[int]:
    """The dictionary's break points of ``word``, without those that leave one letter between
    two breaks (the dictionary's "Grund-s-tücks" would otherwise print "Grunds-tücks")."""
    dictionary = _dictionary(lang)
    if dictionary is None:
        return []
    points = dictionary.positions(word)
    return [
        p for i, p in enumerate(points)
        if (i == 0 or p - points[i - 1] > 1) and (i == len(points) - 1 or points[i + 1] - p > 1)
    ]  # fmt: skip


def preferred_breaks(word: str, lang: str) -> list[int]:
    """Break points in the order a line should try them: the furthest first, but a compound's
    seam before any later break less than ``COMPOUND_PREFERENCE`` letters beyond it."""
    points = break_points(word, lang)
    return sorted(
        points,
        key=lambda p: p + (COMPOUND_PREFERENCE if compound_seam(word, p) else 0),
        reverse=True,
    )


class PreferringHyphenator:
    """reportlab's ``hyphenationLang`` as a callable: (head, tail) pairs in the order of
    ``preferred_breaks``; reportlab takes the first whose head fits and adds the hyphen."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, word: str) -> list[tuple[str, str]]:
        word = word.replace(SOFT_HYPHEN, "")
        if len(word) < 7:
            return []
        return [(word[:p], word[p:]) for p in preferred_breaks(word, self.lang)]


def typographic_quotes(text: str, lang: str) -> str:
    """Straight quotes as the language prints them: „…“ and ‚…‘ in German, “…” and ‘…’ else;
    an apostrophe (a straight ' that closes no single quote) as ’.

    Only straight ASCII quotes change; quotes already typed typographically stay as they are.
    """
    if parse(lang).language == "de" and not is_chinese(lang):
        double, single = ("\u201e", "\u201c"), ("\u201a", "\u2018")
    else:
        double, single = ("\u201c", "\u201d"), ("\u2018", "\u2019")
    out: list[str] = []
    open_double = open_single = False
    for n, ch in enumerate(text):
        before = text[n - 1] if n else " "
        after = text[n + 1] if n + 1 < len(text) else " "
        opens = before.isspace() or before in '([{/–—-"\u201e\u201c'
        if ch == '"':
            # after a space or an opening bracket a quote opens; otherwise quotes alternate
            open_double = True if opens else not open_double
            ch = double[0] if open_double else double[1]
        elif ch == "'":
            if opens and not after.isspace():
                open_single, ch = True, single[0]
            elif open_single and not (before.isalpha() and after.isalpha()):
                open_single, ch = False, single[1]
            else:
                ch = "\u2019"  # an apostrophe: Hans’ Bild, geht’s
        elif ch == "\n":
            open_double = open_single = False
        out.append(ch)
    return "".join(out)


def display_text(text: str, lang: str) -> str:
    """The text as the catalogue prints it: NFC, LF newlines, typographic quotes, trimmed."""
    return typographic_quotes(normalize_text(text).strip(), lang)


@lru_cache(maxsize=8192)  # a pure function of its arguments: a re-export sets the same texts
def markup(
    text: str,
    lang: str,
    coverage: Coverage,
    *,
    bold: bool = False,
    italic: bool = False,
    hyphenate: bool = False,
) -> str:
    """Paragraph markup for user text: escaped, per-script font runs, ``<br/>`` for newlines;
    ``hyphenate``: soft hyphens where the language's words may break (running text only)."""
    chinese = is_chinese(lang)
    out: list[str] = []
    shown = display_text(text, lang)
    if hyphenate and not chinese:
        shown = hyphenated(shown, lang)
    for line_no, line in enumerate(shown.split("\n")):
        if line_no:
            out.append("<br/>")
        runs = _runs(line, chinese, coverage, bold, italic)
        out.extend(_continuous_dashes(r) if chinese else r for r in runs)
    return "".join(out)


# The Chinese face's U+2014 (and U+2015) is a proportional dash with side bearings: "——" shows a
# gap and a following 一 reads as a third dash. The Latin face's em dash fills its whole em, so
# Chinese dashes are set in it, raised from the Latin dash height to the middle of the
# ideographic em box (about a tenth of an em), always in the regular weight, so that the dash
# stays a thin line beside the heavier stroke of 一.
# "——" is printed as the Latin face's TWO-EM DASH glyph (two em dashes still show a hairline
# between them), reached through a private-use code point of our own whose ToUnicode entry
# gives "——" back (tounicode.EXTRACTED_AS); a ⸺ the curator typed stays itself.
TWO_EM_DASH = chr(tounicode.CHINESE_TWO_EM_DASH)
_DASH = '<super rise="10%" size="100%"><font name="{latin}">{dashes}</font></super>'
_HANS_RUN = re.compile(r'<font name="(ExhibitSansSC-\w+)">([^<]*)</font>')


def _continuous_dashes(run: str) -> str:
    match = _HANS_RUN.fullmatch(run)
    if not match or "\u2014" not in match[2]:
        return run
    hans, text = match[1], match[2]
    latin = face(Script.LATIN).name  # the regular weight also in bold: thinner than 一
    parts = re.split(r"(\u2014+)", text)
    return "".join(
        _DASH.format(latin=latin, dashes=p.replace("\u2014\u2014", TWO_EM_DASH))
        if p.startswith("\u2014")
        else f'<font name="{hans}">{p}</font>'
        for p in parts
        if p
    )


def _runs(line: str, chinese: bool, coverage: Coverage, bold: bool, italic: bool) -> list[str]:
    runs: list[str] = []
    current: Script | None = None
    chars: list[str] = []
    earlier = ""  # the character before the last one set (for dates: "2026年9月")
    for ch in line:
        if not coverage.can_show(ch):  # never nothing, never an empty box: preflight names it
            ch = REPLACEMENT
        elif not coverage.has(ch) and _invisible(ch):
            continue  # draws nothing (U+FE0F): no face has it, its glyph would be .notdef
        if ch.isspace():  # a space keeps the run's face, but the emoji face's is an em wide
            script = Script.LATIN if current is Script.EMOJI else current
        else:
            script = script_of(ch, chinese, coverage)
        if script is not current and chars:
            runs.append(_run("".join(chars), current, bold, italic))
            if needs_script_gap(chars[-1], ch, earlier):
                runs.append(_run(" ", Script.LATIN, bold, italic))
            earlier, chars = chars[-1], []
        else:
            earlier = chars[-1] if chars else earlier
        current = script if script is not None else current
        chars.append(ch)
    if chars:
        runs.append(_run("".join(chars), current or Script.LATIN, bold, italic))
    return runs


def _is_ideograph(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo" and _is_cjk(ch)


def needs_script_gap(before: str, after: str, earlier: str = "") -> bool:
    """Whether a Chinese character meets a Latin letter or digit with nothing between them
    (``earlier``: the character before ``before``, for dates).

    Chinese typesetting (W3C clreq, GB/T 15834) sets about a quarter em between Han characters
    and Latin words or numbers ("迪伦 Düren 市", "摄于 Düren"); the Latin face's space is
    0.26 em. Dates and years are set solid, as Chinese print sets them: "2026年9月18日",
    "2025年" (not "2026 年 9 月 18 日"). Nothing is added next to punctuation or where the text
    already has a space.
    """
    if _in_date(earlier, before, after):
        return False
    latin = (before.isalnum() and not _is_cjk(before), after.isalnum() and not _is_cjk(after))
    return (_is_ideograph(before) and latin[1]) or (latin[0] and _is_ideograph(after))


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _in_date(earlier: str, before: str, after: str) -> bool:
    """Digits then 年, 月 or 日 ("2025年", "18日"), or digits after a 年 or 月 that follows
    digits ("2026年9月"): one date, no gaps."""
    if _is_digit(before) and after in _DATE_UNITS:
        return True
    return _is_digit(after) and before in _DATE_UNITS - {"日"} and _is_digit(earlier)


_DATE_UNITS = frozenset("年月日")


def _run(text: str, script: Script | None, bold: bool, italic: bool) -> str:
    name = face(script or Script.LATIN, bold=bold, italic=italic).name
    return f'<font name="{name}">{escape(text)}</font>'


@dataclass(frozen=True, slots=True)
class Role:
    """One kind of text in the catalogue."""

    size: float
    leading: float = 1.35  # times the size
    bold: bool = False
    italic: bool = False
    centred: bool = False
    space_after: float = 0.0  # times the size


MIN_SIZE_LATIN = 7.0  # points: nothing in the catalogue is set smaller
MIN_SIZE_CHINESE = 7.5  # Han characters need more: their strokes close up below this
# Every role is at least the Chinese minimum, because a Latin line may carry a Chinese name
# (set in the Chinese face at the line's size).
MIN_SIZE = max(MIN_SIZE_LATIN, MIN_SIZE_CHINESE)

ROLES: dict[str, Role] = {
    "cover_title": Role(30, 1.2, bold=True),
    "cover_subtitle": Role(14, 1.4),
    "cover_small": Role(9, 1.45),
    "heading": Role(18, 1.3, bold=True, space_after=0.8),
    "section_number": Role(11, 1.3),
    "section_title": Role(26, 1.25, bold=True, space_after=0.4),
    "body": Role(9.5, 1.5, space_after=0.7),
    "plate_number": Role(16, 1.1, bold=True),
    "plate_title": Role(10.5, 1.35, bold=True, space_after=0.25),
    "caption": Role(8.5, 1.45, space_after=0.3),
    "meta": Role(7.5, 1.4),
    "grid_title": Role(8, 1.3, bold=True),
    "grid_meta": Role(7.5, 1.35),
    "toc": Role(9.5, 1.4),
    "toc_section": Role(10, 1.5, bold=True),
    "index": Role(7.5, 1.35),
    "index_head": Role(7.5, 1.35, bold=True),
    "running_head": Role(7.5, 1.2),
    "folio": Role(8, 1.2),
    "colophon": Role(8, 1.5, space_after=0.4),
}

# Only running text is hyphenated: never titles, headings, names or places ("Schwamme-nauel").
HYPHENATED_ROLES = frozenset({"body", "caption", "colophon"})
INDENTED_ROLES = frozenset({"body"})  # running text: Chinese paragraphs get a two-character indent

# A5 has its own scale: display sizes come down by about a quarter, reading sizes hardly at all
# (a scale factor took captions to 6.8 pt and the running head to 5.6 pt).
SMALL_PAGE_ROLES: dict[str, Role] = ROLES | {
    "cover_title": Role(22, 1.2, bold=True),
    "cover_subtitle": Role(11.5, 1.4),
    "cover_small": Role(8.5, 1.45),
    "heading": Role(14, 1.3, bold=True, space_after=0.8),
    "section_number": Role(9.5, 1.3),
    "section_title": Role(20, 1.25, bold=True, space_after=0.4),
    "body": Role(9, 1.5, space_after=0.7),
    "plate_number": Role(12, 1.1, bold=True),
    "plate_title": Role(9.5, 1.35, bold=True, space_after=0.25),
    "caption": Role(8, 1.45, space_after=0.3),
    "toc": Role(9, 1.4),
    "toc_section": Role(9, 1.5, bold=True),
}


def _prefers_seams(lang: str) -> bool:
    return not is_chinese(lang) and parse(lang).language == "de"


class Typesetter:
    """Paragraph styles for each role and language at a scale, and safe paragraphs from text."""

    def __init__(
        self, coverage: Coverage, scale: float = 1.0, roles: dict[str, Role] | None = None
    ) -> None:
        self.coverage = coverage
        self.scale = scale  # for spacing; type sizes come from ``roles``
        self.roles = roles or ROLES
        self._styles: dict[tuple[str, bool, str, bool], ParagraphStyle] = {}

    def style(self, role: str, lang: str, *, centred: bool | None = None) -> ParagraphStyle:
        spec = self.roles[role]
        chinese = is_chinese(lang)
        hyphenation = "" if chinese else _HYPHENATION.get(parse(lang).language, "")
        centre = spec.centred if centred is None else centred
        key = (role, chinese, hyphenation, centre)
        if key not in self._styles:
            self._styles[key] = self._make_style(spec, chinese, hyphenation, centre, role)
        return self._styles[key]

    def _make_style(
        self, spec: Role, chinese: bool, hyphenation: str, centre: bool, role: str
    ) -> ParagraphStyle:
        size = max(spec.size, MIN_SIZE)
        leading = spec.leading * (1.12 if chinese else 1.0)
        script = Script.HANS if chinese else Script.LATIN
        # Chinese paragraphs of running text begin two characters in (GB/T 15834 practice)
        indent = 2 * size if chinese and role in INDENTED_ROLES else 0.0
        return ParagraphStyle(
            f"{role}-{'zh' if chinese else hyphenation or 'latin'}",
            firstLineIndent=indent,
            fontName=face(script, bold=spec.bold, italic=spec.italic).name,
            fontSize=size,
            leading=size * leading,
            spaceAfter=size * spec.space_after,
            alignment=TA_CENTER if centre else TA_LEFT,
            wordWrap="CJK" if chinese else None,
            # a hyphen at each break: German compounds through PreferringHyphenator, other
            # languages' words are hyphenated before (hyphenated(): soft hyphens)
            hyphenationLang=(
                PreferringHyphenator("de")
                if hyphenation == "de_DE" and role in HYPHENATED_ROLES
                else ""
            ),
            embeddedHyphenation=2,  # 2: a word no break of fits moves to the next line whole
            uriWasteReduce=0,  # it cut long words anywhere, without a hyphen ("Gru|ndstücks")
            allowWidows=0,
            allowOrphans=0,
        )

    def para(self, text: str, role: str, lang: str, *, centred: bool | None = None) -> Paragraph:
        spec = self.roles[role]
        # German running text breaks through PreferringHyphenator (compound seams first),
        # other languages at soft hyphens set into the text
        body = markup(
            text, lang, self.coverage, bold=spec.bold, italic=spec.italic,
            hyphenate=role in HYPHENATED_ROLES and not _prefers_seams(lang),
        )  # fmt: skip
        kind = ChineseParagraph if is_chinese(lang) else MarkedParagraph
        para = kind(body, self.style(role, lang, centred=centred))
        para.kind, para.lang = kind_of(role), lang  # what it is in the tagged structure
        return para

    def fixed(self, text: str, role: str, lang: str = "", **kw: bool) -> Paragraph:
        """A paragraph of program text (labels, numbers), escaped like user text; without a
        ``lang`` it is set as Latin and tagged in the document's language."""
        para = self.para(text, role, lang or "en", **kw)
        if not lang and isinstance(para, MarkedParagraph):
            para.lang = ""
        return para


class ChineseParagraph(MarkedParagraph):
    """A Chinese paragraph never ends in a line of one character (with its punctuation): it is
    wrapped again up to three characters narrower, so that one more character comes down."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = self.style.fontSize
        for narrower in range(4):
            _, height = super().wrap(availWidth - narrower * size, availHeight)
            lines = self.blPara.lines
            if len(lines) < 2 or not _lonely(_line_text(lines[-1])):
                break
        self.width = availWidth  # the block keeps its place; only the breaks moved
        return availWidth, height


def _line_text(line: object) -> str:
    if isinstance(line, tuple):  # one font: (extra space, words)
        return "".join(line[1])
    return "".join(getattr(w, "text", "") for w in getattr(line, "words", ()))


def _lonely(text: str) -> bool:
    """One character or none, not counting punctuation and spaces."""
    letters = [c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P")]
    return len(letters) <= 1
