"""The catalogue PDF: text in both languages, embedded fonts, pages, boxes, atomic writes."""

from __future__ import annotations

import dataclasses
import math
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from exhibit.core.jobs import Cancelled, CancelToken
from exhibit.core.model import freeze_texts
from exhibit.export.catalogue.images import ImageTask, Outcome, prepare, prepare_all
from exhibit.export.catalogue.job import CatalogueExport, PreflightFailed
from exhibit.export.catalogue.options import CatalogueSource, Layout, PageSize
from exhibit.export.catalogue.typography import Coverage, display_text

from .conftest import (
    LANGS,
    bilingual_source,
    exhibition,
    fast_options,
    make_photo,
    make_work,
    pdffonts,
    pdftotext,
    texts,
)

pytestmark = pytest.mark.usefixtures("poppler")


def export(source: CatalogueSource, tmp: Path, name: str = "out.pdf", force=False, **kw) -> Path:
    options = fast_options(**kw)
    job = CatalogueExport(source, tmp / name, options, cache_dir=tmp / "cache", force=force)
    job.run(lambda _: None, CancelToken())
    return tmp / name


def squash(text: str) -> str:
    """Text without whitespace and hyphens: pdftotext joins lines and hyphenated words."""
    return re.sub(r"[\s\-\u00ad]", "", text)


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory) -> tuple[CatalogueSource, Path]:
    root = tmp_path_factory.mktemp("bilingual")
    source = bilingual_source(root, 5)
    return source, export(source, root)


def test_every_caption_comes_back_in_both_languages(bilingual) -> None:
    source, pdf = bilingual
    text = squash(pdftotext(pdf))
    for work in source.works:
        for name in ("title", "caption", "location"):
            for lang in LANGS:
                assert squash(display_text(work.value(name, lang), lang)) in text
    assert "迪伦影像" in text and "Düren in Bildern".replace(" ", "") in text


def test_every_font_is_embedded_and_there_is_no_helvetica(bilingual) -> None:
    fonts = pdffonts(bilingual[1])
    assert fonts, "no fonts at all"
    assert all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    names = {f["name"].split("+")[-1] for f in fonts}
    assert names <= {"NotoSans-Regular", "NotoSans-Bold", "ExhibitSansSC-Regular",
                     "ExhibitSansSC-Bold", "NotoSans-Italic"}  # fmt: skip
    assert {"NotoSans-Regular", "ExhibitSansSC-Regular"} <= names


def test_metadata_and_bookmarks(bilingual) -> None:
    reader = PdfReader(bilingual[1])
    assert reader.metadata.title == "Düren in Bildern / 迪伦影像"
    assert "Fotoclub Düren" in reader.metadata.author
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Stadt am Fluss / 河畔之城" in titles and "Menschen / 人物" in titles
    assert any("作品目录" in t for t in titles)


def front_pages(source: CatalogueSource) -> int:
    forewords = sum(1 for lang in LANGS if source.exhibition.value("foreword", lang))
    return 1 + 1 + forewords + 1  # cover, colophon, forewords, contents


@pytest.mark.parametrize(
    ("layout", "size"),
    [
        (Layout.ONE, PageSize.A4),
        (Layout.TWO, PageSize.A5),
        (Layout.GRID, PageSize.LETTER),
        (Layout.ONE, PageSize.SQUARE),
    ],
)
def test_page_count_follows_works_and_layout(bilingual, tmp_path, layout, size) -> None:
    source = bilingual[0]
    pdf = export(source, tmp_path, layout=layout, page_size=size)
    per = layout.per_page
    sections = [2, 3]  # works per section in bilingual_source(5)
    page = front_pages(source)
    for n in sections:
        page += (page + 1) % 2 == 0  # a blank left-hand page: openers are right-hand pages
        page += 1 + math.ceil(n / per)
    page += 1  # the index
    expected = page + (-(page + 1) % 4) + 1  # blanks to a multiple of four, the back cover
    reader = PdfReader(pdf)
    assert len(reader.pages) == expected
    width, height = size.points
    box = reader.pages[3].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(width), round(height))


def test_selection_of_sections_and_works(bilingual, tmp_path) -> None:
    source = bilingual[0]
    pdf = export(source, tmp_path, sections=(2,))
    text = pdftotext(pdf)
    assert "Rathaus Nr. 3" in text and "Rathaus Nr. 1\n" not in text
    pdf = export(source, tmp_path, "two.pdf", works=(1, 4))
    text = squash(pdftotext(pdf))
    assert "RathausNr.1" in text and "RathausNr.4" in text and "RathausNr.2" not in text


def test_bleed_sets_trim_and_bleed_boxes(bilingual, tmp_path) -> None:
    pdf = export(bilingual[0], tmp_path, bleed_mm=3)
    page = PdfReader(pdf).pages[0]
    trim, bleed, media = page.trimbox, page.bleedbox, page.mediabox
    assert round(float(trim.width), 1) == round(PageSize.A4.points[0], 1)
    assert float(bleed.width) == pytest.approx(float(trim.width) + 2 * 3 * 72 / 25.4, abs=0.01)
    assert float(media.width) > float(bleed.width)
    assert float(trim.left) - float(bleed.left) == pytest.approx(3 * 72 / 25.4, abs=0.01)


def test_markup_in_every_field_is_printed_literally(tmp_path) -> None:
    hostile = '<img src="/etc/passwd"/> & <a href="x">a</a> <font name="Helvetica">f</font> <b>'
    photo = make_photo(tmp_path / "photos" / "h.jpg")
    work = make_work(
        tmp_path, 1, photo, photographer=hostile,
        title={"de": hostile, "zh-Hans": "标题" + hostile},
        caption={"de": "A & B <Untitled>", "zh-Hans": "说明 <无题> & 更多"},
    )  # fmt: skip
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    pdf = export(source, tmp_path)
    text = squash(pdftotext(pdf))
    for value in (hostile, "A & B <Untitled>", "说明 <无题> & 更多"):
        assert squash(display_text(value, "de")) in text or squash(value) in text
    assert all(f["name"].split("+")[-1] != "Helvetica" for f in pdffonts(pdf))


def test_untranslated_work_shows_the_source_text(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "u.jpg")
    work = make_work(tmp_path, 1, photo, title={"de": "Nur deutsch"},
                     caption={"de": "Noch nicht übersetzt."})  # fmt: skip
    pdf = export(CatalogueSource(exhibition(), (), (work,), tmp_path), tmp_path)
    text = pdftotext(pdf)
    assert "Nur deutsch" in text and "Noch nicht übersetzt." in text


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    caption=st.text(
        st.characters(
            codec="utf-8",
            categories=("L", "N", "P", "S", "Zs"),
            exclude_characters="\u00ad",
        ).filter(lambda c: (Coverage.load().can_show(c) and not c.isspace()) or c == " "),
        min_size=1,
        max_size=60,
    ).filter(lambda s: s.strip()),
)
def test_caption_text_comes_back_from_the_pdf(tmp_path_factory, caption: str) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    photo = make_photo(tmp / "photos" / "x.jpg", (300, 200))
    work = make_work(tmp, 1, photo, title={"de": "T"}, caption={"de": caption, "zh-Hans": caption})
    source = CatalogueSource(exhibition(), (), (work,), tmp)
    text = squash(pdftotext(export(source, tmp, force=True)))
    for lang in LANGS:
        assert squash(display_text(caption, lang)) in text


def test_atomic_write_keeps_the_previous_pdf_when_cancelled(bilingual, tmp_path) -> None:
    source = bilingual[0]
    target = export(source, tmp_path)
    before = target.read_bytes()
    token = CancelToken()

    def cancel_at_first_progress(_) -> None:
        token.cancel()

    job = CatalogueExport(source, target, fast_options(dpi=80), cache_dir=tmp_path / "c2")
    with pytest.raises(Cancelled):
        job.run(cancel_at_first_progress, token)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_failed_export_leaves_no_file(tmp_path, monkeypatch) -> None:
    source = bilingual_source(tmp_path, 2)
    from exhibit.export.catalogue import job as job_module

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(job_module, "build", boom)
    job = CatalogueExport(source, tmp_path / "x.pdf", fast_options(), cache_dir=tmp_path / "c")
    with pytest.raises(RuntimeError):
        job.run(lambda _: None, CancelToken())
    assert not (tmp_path / "x.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_stops_on_preflight_errors_unless_forced(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2)
    (tmp_path / "photos" / "p1.jpg").unlink()
    job = CatalogueExport(source, tmp_path / "x.pdf", fast_options(), cache_dir=tmp_path / "c")
    plan = job.check()
    assert plan.errors and "missing" in plan.errors[0]
    with pytest.raises(PreflightFailed):
        job.run(lambda _: None, CancelToken())
    forced = CatalogueExport(source, tmp_path / "x.pdf", fast_options(), cache_dir=tmp_path / "c",
                             force=True)  # fmt: skip
    result = forced.run(lambda _: None, CancelToken())
    assert result.pages > 0 and (tmp_path / "x.pdf").exists()


# Images


def test_orientation_is_applied_and_small_jpegs_pass_through(tmp_path) -> None:
    rotated = make_photo(tmp_path / "r.jpg", (600, 400), orientation=6)
    task = ImageTask("work-1", str(rotated), "a" * 64, 200, 300, 72)
    result = prepare(task, tmp_path / "cache")
    assert result.outcome is Outcome.PREPARED
    with Image.open(result.path) as im:
        assert im.size == (200, 300)  # portrait after rotation
    small = make_photo(tmp_path / "s.jpg", (300, 200))
    passed = prepare(ImageTask("work-2", str(small), "b" * 64, 400, 300, 72), tmp_path / "cache")
    assert passed.outcome is Outcome.PASSED_THROUGH and passed.path == str(small)
    again = prepare(task, tmp_path / "cache")
    assert again.outcome is Outcome.CACHED and again.path == result.path


def test_icc_and_cmyk_are_converted_to_srgb(tmp_path) -> None:
    tagged = make_photo(tmp_path / "icc.jpg", (400, 300), icc=True)
    cmyk = make_photo(tmp_path / "cmyk.jpg", (400, 300), mode="CMYK")
    for n, path in enumerate((tagged, cmyk)):
        out = prepare(ImageTask(f"w{n}", str(path), f"{n}" * 64, 200, 150, 72), tmp_path / "c")
        with Image.open(out.path) as im:
            assert im.mode == "RGB" and "icc_profile" not in im.info


def test_process_pool_prepares_everything(tmp_path) -> None:
    tasks = [
        ImageTask(f"w{k}", str(make_photo(tmp_path / f"{k}.jpg", (500, 400), seed=k)),
                  f"{k:064d}", 250, 200, 72)
        for k in range(4)
    ]  # fmt: skip
    seen = []
    done = prepare_all(
        tasks, tmp_path / "c", processes=2, cancel=CancelToken(), on_done=seen.append
    )
    assert set(done) == {t.key for t in tasks} and len(seen) == 4


def test_process_pool_bounds_each_photo_in_time(tmp_path) -> None:
    """The export's image workers have the import's per-file bounds: a photo that takes too
    long stops the export with its name, instead of stalling it."""
    from exhibit.export.catalogue.images import ImageError

    big = make_photo(tmp_path / "gross.jpg", (3000, 2000), seed=1)
    task = ImageTask("w1", str(big), "1" * 64, 1500, 1000, 72)
    with pytest.raises(ImageError, match=r"gross\.jpg took longer than 0\.001 s"):
        prepare_all(
            [task], tmp_path / "c", processes=1, cancel=CancelToken(), on_done=print,
            timeout=0.001,
        )  # fmt: skip


def test_chinese_only_project(tmp_path) -> None:
    langs = ("zh-Hans",)
    photo = make_photo(tmp_path / "photos" / "z.jpg")
    work = dataclasses.replace(
        make_work(tmp_path, 1, photo, title={"zh-Hans": "八咏楼"}),
        texts=freeze_texts(texts(title={"zh-Hans": "八咏楼"}, caption={"zh-Hans": "金华，夜景。"})),
    )
    source = CatalogueSource(exhibition(langs), (), (work,), tmp_path)
    text = pdftotext(export(source, tmp_path))
    assert "八咏楼" in text and "金华，夜景。" in text and "作品目录" in text


def test_print_images_are_made_like_thumbnails(tmp_path: Path) -> None:
    """16-bit grey is stretched, not printed white; transparency prints on white, not black."""
    from PIL import Image

    grey = Image.linear_gradient("L").resize((200, 100)).convert("I;16").point(lambda v: v * 40)
    grey.save(tmp_path / "grey16.tif")
    alpha = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    alpha.paste((200, 30, 30, 255), (50, 25, 150, 75))
    alpha.save(tmp_path / "alpha.png")
    cache = tmp_path / "cache"
    grey_out = prepare(ImageTask("a", str(tmp_path / "grey16.tif"), "1" * 64, 100, 50, 300), cache)
    low, high = Image.open(grey_out.path).convert("L").getextrema()
    assert low < 20 and high > 235
    alpha_out = prepare(ImageTask("b", str(tmp_path / "alpha.png"), "2" * 64, 100, 50, 300), cache)
    with Image.open(alpha_out.path) as im:
        assert min(im.convert("RGB").getpixel((2, 2))) > 240  # the transparent corner is paper


@pytest.mark.parametrize("orientation", range(1, 9))
def test_print_images_come_out_upright(tmp_path: Path, orientation: int) -> None:
    """Not only the size: the corners of a camera-rotated photo are where the curator saw them."""
    from PIL import Image

    from exhibit.testing import QUADRANTS, oriented_jpeg

    source = tmp_path / f"o{orientation}.jpg"
    oriented_jpeg(orientation, source)
    # 96 x 64 upright, asked for at 48 x 32: never passed through, always decoded and turned
    task = ImageTask(f"w{orientation}", str(source), f"{orientation:064x}", 48, 32, 300)
    out = prepare(task, tmp_path / "cache")
    with Image.open(out.path) as im:
        rgb = im.convert("RGB")
    assert rgb.size == (48, 32) == (out.width, out.height)
    w, h = rgb.size
    corners = [(3, 3), (w - 4, 3), (3, h - 4), (w - 4, h - 4)]
    for corner, colour in zip(corners, QUADRANTS, strict=True):
        pixel = rgb.getpixel(corner)
        assert all(abs(a - b) <= 40 for a, b in zip(pixel, colour, strict=True)), (corner, pixel)
