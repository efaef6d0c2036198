"""Chinese set properly: continuous 2-em dashes, two-character indents, no lonely last
character, the photographer, year and size in the Chinese column too."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource
from exhibit.export.catalogue.plates import PlateTexts
from exhibit.export.catalogue.typography import (
    TWO_EM_DASH,
    ChineseParagraph,
    Coverage,
    Typesetter,
    _line_text,
    markup,
)

from .conftest import LANGS, exhibition, fast_options, make_photo, make_work, pdftotext

LONELY = "圣安娜教堂供奉着圣安娜的头骨圣物。每年夏天的安娜节都会吸引数十万游客。"


@pytest.fixture(scope="module")
def ts() -> Typesetter:
    return Typesetter(Coverage.load())


def test_chinese_two_em_dash_is_one_continuous_glyph_in_the_regular_latin_face(ts) -> None:
    out = markup("迪伦——一座城市", "zh-Hans", ts.coverage, bold=True)
    assert "\u2014" not in out and out.count(TWO_EM_DASH) == 1
    assert f'rise="10%" size="100%"><font name="NotoSans-Regular">{TWO_EM_DASH}</font>' in out
    assert "\u2014\u2014" in markup("Düren——Jinhua", "de", ts.coverage)  # German is left alone


def test_the_dash_comes_back_as_two_em_dashes(tmp_path, poppler) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 1, photo, title={"de": "Brücke", "zh-Hans": "桥——一座老桥"})
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    job = CatalogueExport(source, tmp_path / "d.pdf", fast_options(), cache_dir=tmp_path / "c")
    job.run(lambda _: None, CancelToken())
    text = pdftotext(tmp_path / "d.pdf")
    assert "桥——一座老桥" in text and "迪伦影像" in text


def test_no_chinese_paragraph_ends_in_a_lonely_character(ts) -> None:
    style = ts.style("caption", "zh-Hans")
    width = 17.3 * style.fontSize
    plain = Paragraph(markup(LONELY, "zh-Hans", ts.coverage), style)
    plain.wrap(width, 1000)
    assert _line_text(plain.blPara.lines[-1]) == "客。"  # what reportlab alone does
    para = ts.para(LONELY, "caption", "zh-Hans")
    assert isinstance(para, ChineseParagraph)
    assert para.wrap(width, 1000)[0] == width
    last = _line_text(para.blPara.lines[-1])
    assert len(last.rstrip("。")) >= 2
    assert "".join(_line_text(line) for line in para.blPara.lines) == LONELY


def test_chinese_running_text_is_indented_two_characters(ts) -> None:
    zh, de = ts.style("body", "zh-Hans"), ts.style("body", "de")
    assert zh.firstLineIndent == pytest.approx(2 * zh.fontSize)
    assert de.firstLineIndent == 0
    assert ts.style("caption", "zh-Hans").firstLineIndent == 0


def test_photographer_year_and_size_in_every_language_column(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 3, photo, title={"de": "Brücke", "zh-Hans": "桥"},
                     photographer="Anna Schmitz")  # fmt: skip
    from exhibit.export.catalogue.options import Layout

    metas = dict(PlateTexts.of(work, LANGS, Layout.ONE).meta_by_language)
    year = work.exif.year
    assert metas["de"] == f"Anna Schmitz · {year} · 60 × 40 cm"
    assert metas["zh-Hans"] == f"摄影：Anna Schmitz · {year}年 · 60 × 40 cm"
