"""The cover's text shrinks to fit under the cover photo, but never below 7.5 pt: a cover that
would need smaller type is a preflight error that --force cannot print."""

from __future__ import annotations

import dataclasses

import pikepdf
import pytest

from exhibit.core.jobs import CancelToken
from exhibit.core.model import freeze_texts
from exhibit.export.catalogue.cover import cover_fit
from exhibit.export.catalogue.job import CatalogueExport, PreflightFailed
from exhibit.export.catalogue.options import CatalogueSource, PageSize
from exhibit.export.catalogue.plan import make_plan
from exhibit.export.catalogue.typography import MIN_SIZE
from exhibit.export.preflight import check_plan

from .conftest import exhibition, fast_options, make_photo, make_work, texts
from .test_type_sizes import glyph_runs


def _source(tmp_path, organisers_lines: int, title_words: int = 4) -> CatalogueSource:
    ex = exhibition()
    title = " ".join(["Düren"] * title_words)
    more = texts(
        title={"de": title, "zh-Hans": "迪伦影像"},
        organisers={
            "de": "\n".join(f"Fotoclub Nr. {k} e. V., Düren" for k in range(organisers_lines)),
            "zh-Hans": "迪伦摄影协会",
        },
    )
    ex = dataclasses.replace(ex, texts=freeze_texts({**ex.texts, **more}))
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    return CatalogueSource(ex, (), (make_work(tmp_path, 1, photo),), tmp_path)


def test_a_cover_that_fits_is_not_shrunk(tmp_path) -> None:
    plan = make_plan(_source(tmp_path, 1), fast_options(page_size=PageSize.A5))
    fit = cover_fit(plan)
    assert fit.scale == 1.0 and not fit.too_small
    assert not check_plan(plan).of("cover_text_overflow")


def test_a_longer_cover_shrinks_but_not_below_the_minimum(tmp_path, poppler) -> None:
    source = _source(tmp_path, 6)
    plan = make_plan(source, fast_options(page_size=PageSize.A5))
    fit = cover_fit(plan)
    assert fit.scale < 1.0 and not fit.too_small  # shrunk a little, still readable
    out = tmp_path / "c.pdf"
    job = CatalogueExport(source, out, fast_options(page_size=PageSize.A5),
                          cache_dir=tmp_path / "c")  # fmt: skip
    job.run(lambda _: None, CancelToken())
    with pikepdf.open(out) as pdf:
        cover = [size for page, _, size, *_ in glyph_runs(pdf) if page == 1]
    assert cover and min(cover) >= MIN_SIZE - 0.05


def test_organisers_that_do_not_fit_leave_the_cover_for_the_colophon(tmp_path, poppler) -> None:
    from .conftest import pdftotext

    source = _source(tmp_path, 12)
    plan = make_plan(source, fast_options(page_size=PageSize.A5))
    fit = cover_fit(plan)
    assert not fit.organisers and not fit.too_small
    assert not check_plan(plan).of("cover_text_overflow")
    out = tmp_path / "c.pdf"
    job = CatalogueExport(source, out, fast_options(page_size=PageSize.A5),
                          cache_dir=tmp_path / "c")  # fmt: skip
    job.run(lambda _: None, CancelToken())
    pages = pdftotext(out).split("\f")
    assert "Fotoclub Nr. 11" not in pages[0] and "Düren Düren" in pages[0]
    assert "Fotoclub Nr. 11 e. V., Düren" in pages[1]  # the colophon names them
    with pikepdf.open(out) as pdf:
        cover = [size for page, _, size, *_ in glyph_runs(pdf) if page == 1]
    assert min(cover) >= MIN_SIZE - 0.05


@pytest.mark.parametrize("force", [False, True])
def test_a_cover_that_would_need_smaller_type_stops_the_export(tmp_path, force) -> None:
    source = _source(tmp_path, 40, title_words=60)
    plan = make_plan(source, fast_options(page_size=PageSize.A5))
    assert cover_fit(plan).too_small
    (finding,) = check_plan(plan).of("cover_text_overflow")
    assert not finding.forceable and finding.args["minimum_pt"] == MIN_SIZE
    assert finding.args["smallest_pt"] < MIN_SIZE
    out = tmp_path / "c.pdf"
    job = CatalogueExport(source, out, fast_options(page_size=PageSize.A5),
                          cache_dir=tmp_path / "c", force=force)  # fmt: skip
    with pytest.raises(PreflightFailed):
        job.run(lambda _: None, CancelToken())
    assert not out.exists()
