"""Nothing disappears in silence: emoji are printed in the bundled emoji face, characters no
font has are printed visibly and named by preflight; works without title or photographer and
camera-written captions are flagged."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource
from exhibit.export.catalogue.typography import REPLACEMENT, Coverage, markup
from exhibit.export.preflight import Severity, looks_like_camera_text, preflight

from .conftest import exhibition, fast_options, make_photo, make_work, pdffonts, pdftotext


def test_markup_sets_emoji_in_the_emoji_face_and_the_rest_visibly() -> None:
    body = markup("Sonne 🌞 und 𠀀, Herz ❤\ufe0f", "de", Coverage.load())
    assert '<font name="NotoEmoji-Regular">🌞</font>' in body
    assert '<font name="NotoEmoji-Regular">❤</font>' in body  # U+FE0F draws nothing itself
    assert "\ufe0f" not in body and "𠀀" not in body and REPLACEMENT in body
    # a space after an emoji is the Latin face's, not the emoji face's em-wide one
    assert '<font name="NotoSans-Regular"> und' in body
    zh = markup("太阳🌞金华", "zh-Hans", Coverage.load(), bold=True)
    assert zh == (
        '<font name="ExhibitSansSC-Bold">太阳</font><font name="NotoEmoji-Regular">🌞</font>'
        '<font name="ExhibitSansSC-Bold">金华</font>'
    )


def _word_box(pdf: Path, word: str) -> tuple[int, tuple[float, float, float, float]]:
    """(page, (x0, y0, x1, y1) in points from the top left) of the first ``word`` on a page."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    for page, body in enumerate(out.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            body,
        ):
            if html.unescape(m[5]) == word:
                return page, tuple(float(v) for v in m.groups()[:4])
    raise AssertionError(f"{word!r} is not in the PDF's text")


def _ink(pdf: Path, page: int, box: tuple[float, float, float, float], tmp: Path) -> float:
    """The share of dark pixels in ``box`` on ``page`` rendered at 150 dpi."""
    dpi = 150
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(tmp / "page")], check=True)  # fmt: skip
    image = Image.open(tmp / "page.png").convert("L")
    x0, y0, x1, y1 = (round(v * dpi / 72) for v in box)
    histogram = image.crop((x0, y0, x1, y1)).histogram()  # 256 grey levels
    return sum(histogram[:128]) / sum(histogram)


def test_emoji_are_printed_and_what_no_font_has_is_printed_visibly(tmp_path, poppler) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is not installed")
    photo = make_photo(tmp_path / "photos" / "a.jpg", (800, 1200))  # upright: text is level
    work = make_work(
        tmp_path, 1, photo,
        title={"de": "Sonne 🌞 über Düren", "zh-Hans": "太阳𠀀"},
        caption={"de": "Ein Herz ❤\ufe0f am Markt", "zh-Hans": "集市上的心❤"},
    )  # fmt: skip
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    report = preflight(source, fast_options())
    named = {c for f in report.of("unsupported_character") for c in f.args["chars"]}
    assert named == {"𠀀"}  # the emoji (and U+FE0F, which draws nothing) are printed
    job = CatalogueExport(
        source, tmp_path / "e.pdf", fast_options(), cache_dir=tmp_path / "c", force=True
    )
    job.run(lambda _: None, CancelToken())
    pdf = tmp_path / "e.pdf"
    text = pdftotext(pdf)
    assert "Sonne 🌞 über Düren" in text and "Ein Herz ❤ am Markt" in text
    assert f"太阳{REPLACEMENT}" in text and "集市上的心❤" in text
    emoji_fonts = [f for f in pdffonts(pdf) if f["name"].split("+")[-1].startswith("NotoEmoji")]
    assert emoji_fonts and all(f["emb"] == f["sub"] == f["uni"] == "yes" for f in emoji_fonts)
    page, box = _word_box(pdf, "🌞")
    assert _ink(pdf, page, box, tmp_path) > 0.05  # the sun's outline, not an empty advance
    x0, y0, x1, y1 = box
    gap = (x1 + 1, y0, x1 + 1 + (x1 - x0) * 0.1, y1)  # the space after it: blank
    assert _ink(pdf, page, gap, tmp_path) < 0.01


def test_documents_print_emoji_in_the_emoji_face() -> None:
    from exhibit.export.documents.setting import Setter

    para = Setter().para("Etikett 🌞", 9, "de")
    assert '<font name="NotoEmoji-Regular">🌞</font>' in para.text


@pytest.mark.parametrize(
    ("caption", "camera"),
    [
        ("OLYMPUS DIGITAL CAMERA", True),
        ("SONY DSC", True),
        ("Make: NIKON Model: D750 ISO: 200 ExposureTime: 1/250 FNumber: 8 Flash: off", True),
        ("Die Digitalkamera im Stadtmuseum Düren", False),
        ("Blick über den Markt", False),
    ],
)
def test_camera_boilerplate_is_recognised(caption, camera) -> None:
    assert looks_like_camera_text(caption) is camera


def test_preflight_flags_untitled_unnamed_and_camera_captions(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 4, photo, caption={"de": "OLYMPUS DIGITAL CAMERA"})
    work = dataclasses.replace(work, photographer="")
    report = preflight(CatalogueSource(exhibition(), (), (work,), tmp_path), fast_options())
    for code in ("missing_title", "missing_photographer", "camera_caption"):
        (finding,) = report.of(code)
        assert finding.work == 4 and finding.severity is Severity.WARNING
    assert report.of("camera_caption")[0].language == "de"
