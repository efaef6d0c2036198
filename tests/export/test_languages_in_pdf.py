"""Bookmarks in both languages and /Lang on every Chinese span of a German catalogue."""

from __future__ import annotations

import pikepdf

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport

from .conftest import bilingual_source, fast_options


def test_bookmarks_name_plates_in_both_languages_and_chinese_spans_carry_lang(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2)
    job = CatalogueExport(source, tmp_path / "l.pdf", fast_options(), cache_dir=tmp_path / "c")
    job.run(lambda _: None, CancelToken())
    with pikepdf.open(tmp_path / "l.pdf") as pdf:
        assert str(pdf.Root.Lang) == "de"
        with pdf.open_outline() as outline:
            titles = [c.title for top in outline.root for c in top.children]
        assert "1 Rathaus Nr. 1 / 市政厅 1 号" in titles
        chinese_runs = latin_runs = 0
        for page in pdf.pages:
            fonts = {str(k): str(v.BaseFont) for k, v in page.Resources.Font.items()}
            font, marked, spans = "", [], []
            for operands, op in pikepdf.parse_content_stream(page):
                name = str(op)
                if name == "BDC":
                    marked.append(str(operands[1].get("/Lang", "")))
                    spans.append(str(operands[0]) == "/Span")
                elif name == "BMC":  # an artifact: no language of its own
                    marked.append("")
                    spans.append(False)
                elif name == "EMC":
                    marked.pop()
                    spans.pop()
                elif name == "Tf":
                    font = fonts[str(operands[0])]
                elif name in ("Tj", "TJ"):
                    # the innermost language: a span's, else its structure element's
                    lang = [m for m in marked if m][-1:]
                    if "ExhibitSansSC" in font:
                        chinese_runs += 1
                        assert lang == ["zh-Hans"], font
                    else:
                        latin_runs += 1  # in no Chinese span (a digit in a Chinese
                        assert not any(spans), font  # paragraph is in its element's zh-Hans)
        assert chinese_runs and latin_runs
