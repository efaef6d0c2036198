"""A book: section openers on right-hand pages, a page count padded to a multiple of four with
blank pages before the back cover, mirrored margins and running heads."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.document import VERSO, CatalogueDoc, Pages
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import BINDING, CatalogueSource, Layout, PageSize
from exhibit.export.catalogue.plan import make_plan

from .conftest import bilingual_source, fast_options, pdftotext
from .test_type_sizes import glyph_runs


def export(source: CatalogueSource, tmp: Path, name: str, **kw) -> Path:
    job = CatalogueExport(source, tmp / name, fast_options(**kw), cache_dir=tmp / "cache")
    job.run(lambda _: None, CancelToken())
    return tmp / name


def outline_pages(pdf_path: Path) -> dict[str, int]:
    reader = PdfReader(pdf_path)
    return {o.title: reader.get_destination_page_number(o) + 1
            for o in reader.outline if not isinstance(o, list)}  # fmt: skip


@pytest.mark.parametrize("n", [1, 3, 6])
@pytest.mark.parametrize("layout", list(Layout))
def test_page_count_is_a_multiple_of_four_and_sections_open_on_the_right(tmp_path, n, layout):
    source = bilingual_source(tmp_path, n)
    pdf_path = export(source, tmp_path, "b.pdf", layout=layout, page_size=PageSize.A5)
    with pikepdf.open(pdf_path) as pdf:
        assert len(pdf.pages) % 4 == 0
    sections = {t: p for t, p in outline_pages(pdf_path).items() if "Stadt am Fluss" in t
                or "Menschen" in t}  # fmt: skip
    assert sections and all(page % 2 == 1 for page in sections.values()), sections


def test_the_back_cover_is_the_last_page_after_blank_ones(tmp_path) -> None:
    source = bilingual_source(tmp_path, 1)
    pdf_path = export(source, tmp_path, "b.pdf")
    with pikepdf.open(pdf_path) as pdf:
        runs = glyph_runs(pdf)
        pages = len(pdf.pages)
    with_text = {p for p, *_ in runs}
    assert pages in with_text  # the back cover has the titles
    last_text = pdftotext(pdf_path).split("\f")[pages - 1]
    assert "Düren in Bildern" in last_text and "迪伦影像" in last_text
    blank = set(range(1, pages + 1)) - with_text
    index = next(p for t, p in outline_pages(pdf_path).items() if "Verzeichnis" in t)
    assert set(range(index + 1, pages)) <= blank  # after the index: blanks, then the back
    assert all(p % 2 == 0 for p in blank if p < index)  # before: left pages facing an opener


def test_margins_and_running_heads_are_mirrored(tmp_path) -> None:
    plan = make_plan(bilingual_source(tmp_path, 2), fast_options(page_size=PageSize.A5))
    doc = CatalogueDoc(str(tmp_path / "x.pdf"), plan, Pages())
    templates = {t.id: t for t in doc.pageTemplates}
    recto, verso = templates["plates"].frames[0], templates["plates" + VERSO].frames[0]
    assert recto._x1 - verso._x1 == pytest.approx(BINDING)
    # on a right-hand page the inner (left) margin is the wider one, on a left-hand page the right
    g = plan.geometry
    assert recto._x1 > g.width - (recto._x1 + recto._width)
    assert g.width - (verso._x1 + verso._width) > verso._x1
    pdf_path = export(bilingual_source(tmp_path, 4), tmp_path, "m.pdf", page_size=PageSize.A5)
    with pikepdf.open(pdf_path) as pdf:
        runs = glyph_runs(pdf)
        width = float(pdf.pages[0].TrimBox[2]) - float(pdf.pages[0].TrimBox[0])
    folios = {p: x for p, _, _, x, y in runs if y < 12 * 72 / 25.4}
    assert folios
    for page, x in folios.items():  # the folio stands at the outer edge
        assert (x > width / 2) == (page % 2 == 1), (page, x)


def test_grid_photos_and_captions_line_up_across_a_row(tmp_path) -> None:
    from .conftest import exhibition, make_photo, make_work

    wide = make_photo(tmp_path / "photos" / "w.jpg", (1200, 800))
    tall = make_photo(tmp_path / "photos" / "t.jpg", (800, 1200))
    works = (make_work(tmp_path, 1, wide), make_work(tmp_path, 2, tall))
    source = CatalogueSource(exhibition(), (), works, tmp_path)
    plan = make_plan(source, fast_options(layout=Layout.GRID, page_size=PageSize.A5))
    one, two = plan.plates[1], plan.plates[2]
    assert one.photo_height != two.photo_height
    assert one.box_height == two.box_height > 0  # the caption starts below this, in both
