"""Chinese line breaking for reportlab's ``wordWrap='CJK'`` paragraphs.

reportlab 5.1 breaks CJK text between any two characters, knows too few characters that may not
start a line (a line can start with ，；：！？”’》) and never uses its list of characters that may
not end a line (a line can end with “《（). This module replaces its two splitting functions,
``reportlab.platypus.paragraph.cjkFragSplit`` (paragraphs of several runs) and
``reportlab.lib.textsplit.dumbSplit`` (one run), with one greedy splitter that follows the
Chinese rules (GB/T 15834, W3C clreq): a character that may not start a line pulls the character
before it down with it, a character that may not end a line goes down to the next one, a dash or
an ellipsis pair stays together, and a Latin word inside Chinese text is not cut.

This patches reportlab internals: pyproject pins reportlab below 5.2 and
``tests/export/test_linebreak.py`` checks the functions still have the shape used here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

CANNOT_START = frozenset(
    "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～–—…‥‧’”»〉》」』】〙〛〟⸺\uf8e0"
    "﹀﹂﹄﹏｡｣ヽヾーァィゥェォッャュョヮヵヶ々〻‐゠〜‼⁇⁈⁉・"
)
CANNOT_END = frozenset("$(£¥'\"〈《「『【〔〖〝﹙﹛＄（［｛￡￥[{‘“‹«〘〚")
KEEP_PAIRED = frozenset("—…")  # "——" and "……" are one punctuation mark of two characters
FUZZ = 1e-6


def _wordish(ch: str) -> bool:
    """Part of a Latin word (letters, digits, Latin punctuation): not to be cut."""
    return bool(ch) and not ch.isspace() and ord(ch) < 0x2E80 and ch not in KEEP_PAIRED


def _break_at(chars: Sequence[str], start: int, i: int) -> int:
    """Where the line from ``start`` ends, given that ``chars[i]`` does not fit any more."""
    if chars[i].isspace():
        return i + 1  # the space hangs invisibly at the end of the line
    end = i
    if _wordish(chars[end - 1]) and _wordish(chars[end]):
        j = end - 1
        while j > start and _wordish(chars[j - 1]):
            j -= 1
        if j > start:
            end = j
    while end - start > 1 and (
        chars[end] in CANNOT_START
        or chars[end - 1] in CANNOT_END
        or (chars[end] in KEEP_PAIRED and chars[end - 1] == chars[end])
    ):
        end -= 1
    return end


def split_lines(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    is_break: Callable[[int], bool] = lambda _: False,
) -> list[tuple[int, int, float, bool]]:
    """Greedy line breaking: (start, end, width used, ended by a forced break) per line."""
    lines: list[tuple[int, int, float, bool]] = []
    start = i = 0
    used = 0.0
    while i < len(chars):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        if is_break(i):
            lines.append((start, i + 1, used, True))
            start, used, i = i + 1, 0.0, i + 1
            continue
        if used + widths[i] > max_width + FUZZ and i > start:
            end = _break_at(chars, start, i)
            lines.append((start, end, float(sum(widths[start:end])), False))
            start, used, i = end, 0.0, end
            continue
        used += widths[i]
        i += 1
    if start < len(chars):
        lines.append((start, len(chars), used, False))
    return lines


def _max_widths(value: float | Sequence[float]) -> Sequence[float]:
    return value if isinstance(value, list | tuple) else [value]


def _cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    units = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        # an empty run (a <br/>) still takes a place: it carries the line break
        units.extend(cjkU(t, frag, encoding) for t in text or [""])
    max_widths = _max_widths(maxWidths)
    lines = []
    for start, end, used, forced in split_lines(
        units,
        [u.width for u in units],
        max_widths,
        lambda k: hasattr(units[k].frag, "lineBreak"),
    ):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append(
            makeCJKParaLine(units[start:end], max_width, used, max_width - used, forced, calcBounds)
        )
    return ParaLines(kind=1, lines=lines)


def _dumb_split(word, widths, maxWidths):
    max_widths = _max_widths(maxWidths)
    found = split_lines(word, widths, max_widths)
    lines = []
    for n, (start, end, used, _) in enumerate(found):
        max_width = max_widths[min(n, len(max_widths) - 1)]
        text = word[start:end]
        lines.append([max_width - used, text if n == len(found) - 1 else text.strip()])
    return lines


def install() -> None:
    """Make reportlab break Chinese lines by the rules above (idempotent)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    paragraph.cjkFragSplit = _cjk_frag_split
    textsplit.dumbSplit = _dumb_split
