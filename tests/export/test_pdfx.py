"""PDF/X-4 for print and RGB for the screen, checked in the PDF's structure with pikepdf."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name
from PIL import ImageCms

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import (
    PRINTING_CONDITIONS,
    CatalogueOptions,
    CatalogueSource,
    Layout,
    PageSize,
    Purpose,
)
from exhibit.export.catalogue.pdfx import profile

from .conftest import bilingual_source, fast_options, make_photo, make_work, pdffonts

RGB_OPERATORS = {"rg", "RG"}  # DeviceRGB fill and stroke
MM = 72 / 25.4


def export(source: CatalogueSource, tmp: Path, name: str = "out.pdf", **kw) -> Path:
    job = CatalogueExport(source, tmp / name, fast_options(**kw), cache_dir=tmp / "cache")
    job.run(lambda _: None, CancelToken())
    return tmp / name


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("pdfx")
    source = bilingual_source(root, 4)
    grey = make_photo(root / "photos" / "grey.jpg", mode="L")
    source = CatalogueSource(
        source.exhibition,
        source.sections,
        # an emoji: the emoji face is embedded and checked like the others
        (*source.works, make_work(root, 5, grey, title={"de": "Grau 🌞", "zh-Hans": "灰色🌞"})),
        root,
    )
    return export(source, root, page_size=PageSize.A5, layout=Layout.TWO, bleed_mm=3)


def colour_operators(pdf: pikepdf.Pdf) -> set[str]:
    """Every colour operator in every page and form content stream."""
    found: set[str] = set()
    streams = [p.obj for p in pdf.pages] + [
        o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Form"
    ]
    for s in streams:
        for _, op in pikepdf.parse_content_stream(s):
            found.add(str(op))
    return found


def images(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [
        o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"
    ]


def test_print_has_a_pdfx4_output_intent_with_an_embedded_cmyk_profile(printed) -> None:
    with pikepdf.open(printed) as pdf:
        assert pdf.pdf_version == "1.6"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == Name.GTS_PDFX
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        dest = intent.DestOutputProfile
        assert int(dest.N) == 4
        icc = ImageCms.ImageCmsProfile(io.BytesIO(dest.read_bytes()))
        assert icc.profile.xcolor_space.strip() == "CMYK"
        assert icc.profile.device_class == "prtr"
        assert "Encrypt" not in pdf.trailer


def test_print_has_pdfx_xmp_and_trapped(printed) -> None:
    with pikepdf.open(printed) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert "Düren in Bildern" in meta["dc:title"]
        assert meta.get("xmp:CreateDate") and meta.get("xmp:ModifyDate")
        assert pdf.docinfo.Trapped == Name("/False")
        assert str(pdf.Root.Lang) == "de"


def test_every_page_has_trim_and_bleed_boxes_inside_the_media_box(printed) -> None:
    with pikepdf.open(printed) as pdf:
        for page in pdf.pages:
            media = [float(v) for v in page.MediaBox]
            trim = [float(v) for v in page.TrimBox]
            bleed = [float(v) for v in page.BleedBox]
            assert trim[2] - trim[0] == pytest.approx(148 * MM, abs=0.1)
            assert trim[0] - bleed[0] == pytest.approx(3 * MM, abs=0.01)
            assert media[0] <= bleed[0] and bleed[2] <= media[2]
            assert media[1] <= bleed[1] and bleed[3] <= media[3]


def test_boxes_also_without_bleed(tmp_path) -> None:
    pdf_path = export(bilingual_source(tmp_path, 1), tmp_path)
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            assert list(page.TrimBox) == list(page.MediaBox) == list(page.BleedBox)


def test_nothing_is_device_rgb_images_are_icc_srgb(printed) -> None:
    with pikepdf.open(printed) as pdf:
        assert not colour_operators(pdf) & RGB_OPERATORS
        assert "k" in colour_operators(pdf)  # text and tints in DeviceCMYK
        spaces = [img.ColorSpace for img in images(pdf)]
        assert spaces
        rgb = [cs for cs in spaces if isinstance(cs, pikepdf.Array)]
        assert rgb and all(cs[0] == Name.ICCBased and int(cs[1].N) == 3 for cs in rgb)
        assert all(cs == Name.DeviceGray for cs in spaces if isinstance(cs, Name))
        for page in pdf.pages:
            for cs in page.Resources.get("/ColorSpace", {}).values():
                assert cs[0] != Name.DeviceRGB


def test_crop_marks_are_in_the_registration_colour(printed) -> None:
    with pikepdf.open(printed) as pdf:
        for page in pdf.pages:
            spaces = list(page.Resources.ColorSpace.values())
            assert [str(cs[1]) for cs in spaces if cs[0] == Name.Separation] == ["/All"]
            ops = [str(op) for _, op in pikepdf.parse_content_stream(page)]
            assert "SCN" in ops or "SC" in ops  # the marks are stroked in it


def test_fonts_are_embedded(printed) -> None:
    fonts = pdffonts(printed)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert any(f["name"].split("+")[-1].startswith("NotoEmoji") for f in fonts)


def test_gracol_condition_embeds_its_own_profile(tmp_path) -> None:
    pdf_path = export(bilingual_source(tmp_path, 1), tmp_path, condition="gracol2006")
    with pikepdf.open(pdf_path) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "CGATS TR 006"
        gracol = next(c for c in PRINTING_CONDITIONS if c.key == "gracol2006")
        assert intent.DestOutputProfile.read_bytes() == profile(gracol)


def test_screen_is_rgb_without_output_intent_and_smaller(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2, photo_size=(2400, 1600))
    job = CatalogueExport(
        source,
        tmp_path / "screen.pdf",
        CatalogueOptions(purpose=Purpose.SCREEN, bleed_mm=3, processes=0),
        cache_dir=tmp_path / "cache",
    )
    job.run(lambda _: None, CancelToken())
    printed = export(source, tmp_path, "print.pdf", dpi=0)
    with pikepdf.open(tmp_path / "screen.pdf") as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "pdfxid:GTS_PDFXVersion" not in pdf.open_metadata()
        assert "rg" in colour_operators(pdf)
        page = pdf.pages[0]
        assert list(page.TrimBox) == list(page.MediaBox)  # no bleed, no marks on a screen
        screen_pixels = max(int(i.Width) for i in images(pdf))
    with pikepdf.open(printed) as pdf:
        print_pixels = max(int(i.Width) for i in images(pdf))
    assert screen_pixels < print_pixels
    assert (tmp_path / "screen.pdf").stat().st_size < printed.stat().st_size


def test_defaults_follow_the_purpose() -> None:
    assert CatalogueOptions().dpi == 300 and CatalogueOptions().purpose is Purpose.PRINT
    screen = CatalogueOptions(purpose="screen", bleed_mm=3)
    assert screen.dpi == 150 and screen.jpeg_quality < 90 and not screen.marks
    with pytest.raises(ExhibitError, match="condition"):
        CatalogueOptions(condition="japan-color")
