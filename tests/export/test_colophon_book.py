"""The colophon names the print run and the ISBN, labelled in each language, when given."""

from __future__ import annotations

import dataclasses

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource

from .conftest import exhibition, fast_options, make_photo, make_work, pdftotext


def _colophon(tmp_path, name: str, **book) -> str:
    ex = dataclasses.replace(exhibition(), **book)
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    source = CatalogueSource(ex, (), (make_work(tmp_path, 1, photo),), tmp_path)
    out = tmp_path / f"{name}.pdf"
    CatalogueExport(source, out, fast_options(), cache_dir=tmp_path / "c").run(
        lambda _: None, CancelToken()
    )
    return pdftotext(out).split("\f")[1]


def test_isbn_and_print_run_in_both_languages(tmp_path, poppler) -> None:
    colophon = _colophon(tmp_path, "with", isbn="978-3-16-148410-0", print_run=1500)
    assert "Auflage: 1.500 Exemplare" in colophon
    assert "印数：1,500 册" in colophon
    assert "ISBN: 978-3-16-148410-0" in colophon and "ISBN：978-3-16-148410-0" in colophon


def test_without_them_the_colophon_says_nothing_of_them(tmp_path, poppler) -> None:
    colophon = _colophon(tmp_path, "without")
    assert "ISBN" not in colophon and "Auflage" not in colophon and "印数" not in colophon
