"""User text to safe markup, per-script font runs, quotes, and Chinese line breaking."""

from __future__ import annotations

import itertools
import re

import pytest
import reportlab
from reportlab.lib import textsplit
from reportlab.platypus import paragraph

from exhibit.export.catalogue import linebreak
from exhibit.export.catalogue.fonts import BUNDLED_FONTS, HANS_FAMILY, font_bytes
from exhibit.export.catalogue.typography import (
    TWO_EM_DASH,
    Coverage,
    Typesetter,
    display_text,
    markup,
)

HOSTILE = [
    "<Untitled>",
    'Hof & Garten <img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">link</a>',
    '<font name="Helvetica" size="40">big</font>',
    "&amp; &lt;b&gt; &#65;",
    "<para><b>fett</b></para>",
]


@pytest.fixture(scope="module")
def coverage() -> Coverage:
    return Coverage.load()


def test_bundled_fonts_are_there_and_cover_the_general_standard_table(coverage) -> None:
    for face in BUNDLED_FONTS:
        assert font_bytes(face)[:4] == b"\x00\x01\x00\x00"  # TrueType outlines, not CFF
    table = (
        __import__("pathlib").Path(__file__).parents[2]
        / "packaging/fonts/general-standard-chinese-characters.txt"
    )
    chars = "".join(
        line for line in table.read_text("utf-8").splitlines() if not line.startswith("#")
    )
    assert len(chars) == 8105
    assert all(ord(c) in coverage.hans for c in chars)
    assert all(ord(c) in coverage.hans for c in "，。、；：？！“”‘’《》（）【】—…·〇")
    assert HANS_FAMILY == "Exhibit Sans SC"


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_never_reaches_the_markup_parser(text: str, coverage) -> None:
    para = Typesetter(coverage).para(text, "caption", "de")
    shown = "".join(f.text for f in para.frags if hasattr(f, "text")).replace("\u00ad", "")
    assert shown == display_text(text, "de")
    assert not any(hasattr(f, "cbDefn") for f in para.frags)  # no <img>, no <a>


def test_newlines_become_line_breaks_and_nfc_not_nfkc(coverage) -> None:
    out = markup("Zeile eins\nZeile zwei，ｆｕｌｌ", "de", coverage)
    assert "<br/>" in out
    assert "，" in out and "ｆｕｌｌ" in out  # full-width forms stay as typed
    assert markup("Cafe\u0301", "de", coverage).count("Café") == 1


def test_runs_use_the_face_that_has_the_characters(coverage) -> None:
    out = markup("Düren 迪伦，Jinhua", "zh-Hans", coverage)
    runs = re.findall(r'<font name="([^"]+)">([^<]*)</font>', out)
    assert runs[0] == ("NotoSans-Regular", "Düren ")
    assert runs[1] == ("ExhibitSansSC-Regular", "迪伦，")
    assert runs[2] == ("NotoSans-Regular", "Jinhua")


def test_quotes() -> None:
    assert display_text('Der "Rursee" im Winter', "de") == "Der „Rursee“ im Winter"
    assert display_text('Er sagte: "geht\'s?"', "de") == "Er sagte: „geht’s?“"
    assert display_text('他说"你好"', "zh-Hans") == "他说“你好”"
    assert display_text("„schon richtig“", "de") == "„schon richtig“"


def test_reportlab_still_has_the_functions_we_replace() -> None:
    assert reportlab.Version.startswith("5.")
    assert callable(paragraph.cjkFragSplit) and callable(textsplit.dumbSplit)
    assert callable(paragraph.makeCJKParaLine) and paragraph.cjkU


def _lines(text: str, width: float, coverage) -> list[str]:
    para = Typesetter(coverage).para(text, "caption", "zh-Hans")
    para.wrap(width, 10_000)
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        texts = ["".join(words) for _, words in lines]
    else:
        texts = ["".join(w.text for w in line.words) for line in lines]
    return [t.replace(TWO_EM_DASH, "——") for t in texts]  # one glyph, printed for "——"


CHINESE = (
    "金华市位于浙江省中部，是一座历史悠久的城市。摄影师在“八咏楼”前拍摄了这张照片，"
    "《金华日报》曾刊登；Düren 与金华是友好城市——两座城市……相距万里！你知道吗？"
)


@pytest.mark.parametrize("width", [w * 8.5 for w in range(6, 40)])
def test_chinese_lines_follow_the_rules(width: float, coverage) -> None:
    lines = _lines(CHINESE, width, coverage)
    assert "".join(lines).replace(" ", "") == display_text(CHINESE, "zh-Hans").replace(" ", "")
    for before, after in itertools.pairwise(lines):
        assert after[0] not in linebreak.CANNOT_START, (before, after)
        assert before.rstrip()[-1] not in linebreak.CANNOT_END, (before, after)
        assert not (before.rstrip()[-1] == after[0] and after[0] in "—…"), (before, after)
        assert not (before[-1:].isalpha() and after[0].isascii() and after[0].isalpha())


def test_single_run_chinese_paragraph_also_follows_the_rules(coverage) -> None:
    text = "这是一个很长的句子，" * 8
    for width in (60, 77, 90, 101):
        lines = _lines(text, width, coverage)
        assert all(line[0] not in linebreak.CANNOT_START for line in lines[1:])


def test_split_lines_keeps_latin_words_whole() -> None:
    chars = list("金华Jinhua金华")
    lines = linebreak.split_lines(chars, [10.0] * len(chars), [65.0])
    assert ["".join(chars[s:e]) for s, e, _, _ in lines] == ["金华", "Jinhua", "金华"]


def test_quarter_em_between_han_and_latin_words() -> None:
    from exhibit.export.catalogue.typography import needs_script_gap

    assert needs_script_gap("伦", "D") and needs_script_gap("n", "市")
    assert needs_script_gap("于", "1") and needs_script_gap("1", "张")
    # dates and years are set solid: 2026年9月18日, 2025年
    assert not needs_script_gap("5", "年") and not needs_script_gap("8", "日")
    assert not needs_script_gap("年", "9", "6") and not needs_script_gap("月", "1", "9")
    assert needs_script_gap("年", "2")  # 每年 2 次: no digits before 年, not a date
    assert not needs_script_gap("，", "D")  # punctuation keeps its own space
    assert not needs_script_gap("伦", "“") and not needs_script_gap("伦", "市")
    assert not needs_script_gap("a", "b")
    marked = markup("迪伦Düren市，2025年", "zh-Hans", Coverage.load())
    latin_space = '<font name="NotoSans-Regular"> </font>'
    assert marked.count(latin_space) == 2  # 迪伦|Düren|市; none after "，", none in 2025年
    assert markup("迪伦 Düren", "zh-Hans", Coverage.load()).count(latin_space) == 0
    dated = markup("摄于2026年9月18日，Düren", "zh-Hans", Coverage.load())
    assert dated.count(latin_space) == 1  # 于|2026 only
