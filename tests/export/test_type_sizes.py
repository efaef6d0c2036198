"""Type that can be read: no glyph below 7 pt (Latin) or 7.5 pt (Chinese) in any size or layout,
captions that do not fit move to a page of their own or stop the export (also with --force),
running heads and folios at least 8 mm from the trim."""

from __future__ import annotations

import math
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport, PreflightFailed
from exhibit.export.catalogue.options import CatalogueSource, Layout, PageSize
from exhibit.export.catalogue.plan import make_plan
from exhibit.export.catalogue.typography import MIN_SIZE_CHINESE, MIN_SIZE_LATIN
from exhibit.export.preflight import check_plan

from .conftest import bilingual_source, exhibition, fast_options, make_photo, make_work

MM = 72 / 25.4
LONG_DE = "Der Blick geht über den Markt zur Annakirche, die nach dem Krieg neu errichtet wurde. "
LONG_ZH = "从集市望向圣安娜教堂，这座教堂在战后重建。"


def _mul(a: list[float], b: list[float]) -> list[float]:
    """Product of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def glyph_runs(pdf: pikepdf.Pdf) -> list[tuple[int, str, float, float, float]]:
    """(page, font name, size as printed, x, y in page space) of every text-showing operator."""
    runs = []
    for number, page in enumerate(pdf.pages, 1):
        fonts = {str(k): str(v.BaseFont) for k, v in page.Resources.get("/Font", {}).items()}
        ctm, stack, tm, font, size = [1.0, 0, 0, 1.0, 0, 0], [], [1.0, 0, 0, 1.0, 0, 0], "", 0.0
        for operands, op in pikepdf.parse_content_stream(page):
            name = str(op)
            if name == "q":
                stack.append(ctm)
            elif name == "Q":
                ctm = stack.pop()
            elif name == "cm":
                ctm = _mul([float(v) for v in operands], ctm)
            elif name == "BT":
                tm = [1.0, 0, 0, 1.0, 0, 0]
            elif name == "Tm":
                tm = [float(v) for v in operands]
            elif name == "Td":
                tm = _mul([1, 0, 0, 1, float(operands[0]), float(operands[1])], tm)
            elif name == "Tf":
                font, size = fonts.get(str(operands[0]), ""), float(operands[1])
            elif name in ("Tj", "TJ", "'", '"'):
                m = _mul(tm, ctm)
                scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
                runs.append((number, font, size * scale, m[4], m[5]))
    return runs


def export(source: CatalogueSource, tmp: Path, name: str, **kw) -> Path:
    job = CatalogueExport(source, tmp / name, fast_options(**kw), cache_dir=tmp / "cache")
    job.run(lambda _: None, CancelToken())
    return tmp / name


def long_source(root: Path) -> CatalogueSource:
    """Four works, one with a caption long enough to need more room than its frame."""
    source = bilingual_source(root, 4)
    photo = make_photo(root / "photos" / "long.jpg", seed=9)
    long = make_work(
        root, 5, photo, title={"de": "Markt", "zh-Hans": "集市"},
        caption={"de": LONG_DE * 9, "zh-Hans": LONG_ZH * 9},
    )  # fmt: skip
    return CatalogueSource(source.exhibition, source.sections, (*source.works, long), root)


@pytest.mark.parametrize("size", list(PageSize))
def test_no_glyph_is_printed_below_the_minimum(tmp_path, size) -> None:
    source = long_source(tmp_path)
    for layout in Layout:
        pdf_path = export(source, tmp_path, f"{size}-{layout}.pdf", page_size=size, layout=layout)
        with pikepdf.open(pdf_path) as pdf:
            runs = glyph_runs(pdf)
        assert runs
        for page, font, printed, _, _ in runs:
            least = MIN_SIZE_CHINESE if "ExhibitSansSC" in font else MIN_SIZE_LATIN
            assert printed >= least - 0.01, (size, layout, page, font, printed)


def test_a5_has_its_own_type_scale_with_readable_captions(tmp_path) -> None:
    a4 = make_plan(bilingual_source(tmp_path, 1), fast_options()).typesetter
    a5 = make_plan(bilingual_source(tmp_path, 1), fast_options(page_size="a5")).typesetter
    assert a5.style("cover_title", "de").fontSize < a4.style("cover_title", "de").fontSize
    assert a5.style("caption", "de").fontSize >= 8
    assert a5.style("running_head", "zh-Hans").fontSize >= MIN_SIZE_CHINESE


def test_a_caption_that_does_not_fit_its_frame_gets_a_page_of_its_own(tmp_path) -> None:
    source = long_source(tmp_path)
    options = fast_options(page_size=PageSize.A5, layout=Layout.TWO)
    plan = make_plan(source, options)
    assert plan.plates[5].own_page and not plan.plates[5].overflow
    assert not plan.plates[1].own_page
    assert not check_plan(plan).of("text_overflow")
    pdf_path = export(source, tmp_path, "a5.pdf", page_size=PageSize.A5, layout=Layout.TWO)
    with pikepdf.open(pdf_path) as pdf:
        pages_with = {p for p, *_ in glyph_runs(pdf)}
        count = len(pdf.pages)
    reader = PdfReader(pdf_path)
    outline = {o.title: reader.get_destination_page_number(o) + 1 for o in reader.outline
               if not isinstance(o, list)}  # fmt: skip
    index = next(p for t, p in outline.items() if "Verzeichnis" in t)
    openers = {p for t, p in outline.items() if "Stadt am Fluss" in t or "Menschen" in t}
    for page in set(range(1, index)) - pages_with:  # no page left empty behind the moved plate
        assert page + 1 in openers, (page, count)  # only a left page facing a section opener


def test_text_too_long_for_any_page_stops_the_export_even_forced(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "l.jpg")
    work = make_work(tmp_path, 1, photo, caption={"de": LONG_DE * 60, "zh-Hans": LONG_ZH * 60})
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    options = fast_options(page_size=PageSize.A5, layout=Layout.TWO)
    report = check_plan(make_plan(source, options))
    (overflow,) = report.of("text_overflow")
    assert not overflow.forceable and overflow in report.stopping(force=True)
    job = CatalogueExport(source, tmp_path / "x.pdf", options, cache_dir=tmp_path / "c", force=True)
    assert job.check().errors  # forced, and still stopped
    with pytest.raises(PreflightFailed):
        job.run(lambda _: None, CancelToken())
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("size", [PageSize.A5, PageSize.A4])
def test_running_head_and_folio_keep_8_mm_from_the_trim(tmp_path, size) -> None:
    source = bilingual_source(tmp_path, 2)
    pdf_path = export(source, tmp_path, "b.pdf", page_size=size, bleed_mm=3)
    with pikepdf.open(pdf_path) as pdf:
        runs = glyph_runs(pdf)
        trims = [[float(v) for v in page.TrimBox] for page in pdf.pages]
    for page, _, printed, _, y in runs:
        bottom, top = trims[page - 1][1], trims[page - 1][3]
        assert y - 0.25 * printed >= bottom + 8 * MM - 0.01  # baseline less a descender
        assert y + printed <= top - 8 * MM + 0.01
