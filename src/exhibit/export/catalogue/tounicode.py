"""A correct ToUnicode map for characters beyond U+FFFF (reportlab 5.1 writes them wrong).

reportlab's ``ttfonts.makeToUnicodeCMap`` formats each code point with ``%04X``, so a
character of the supplementary planes, such as 𬘩 (U+2C629, one of the 8105 general standard
characters), becomes ``<2C629>``: five hex digits that readers cut to U+2C62 'Ɫ'. The glyph is
drawn right, but copying or searching the text, and pdftotext, give the wrong character. A
ToUnicode map names characters in UTF-16BE, so they are written here as surrogate pairs.

This replaces a reportlab internal: pyproject pins reportlab below 5.2 and
``tests/export/test_tounicode.py`` checks the function still has the shape used here.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_ORIGINAL = ttfonts.makeToUnicodeCMap


# code points of our own that stand for other text: the Chinese "——" is set as one glyph
CHINESE_TWO_EM_DASH = 0xF8E0  # private use, aliased to the Latin face's U+2E3A glyph
EXTRACTED_AS = {CHINESE_TWO_EM_DASH: "\u2014\u2014"}


def utf16_hex(code_point: int) -> str:
    """The UTF-16BE code units of one character (or what it stands for) as hex digits."""
    text = EXTRACTED_AS.get(code_point, chr(code_point))
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    cmap = _ORIGINAL(fontname, subset)
    lines = cmap.split("\n")
    start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
    for i, code_point in enumerate(subset):
        lines[start + i] = f"<{i:02X}> <{utf16_hex(code_point)}>"
    return "\n".join(lines)


def install() -> None:
    """Use the fixed map for every font embedded from now on (idempotent)."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
