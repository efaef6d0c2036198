"""The loan papers as PDF/X-4 like the catalogue (output intent, XMP, boxes, nothing in
DeviceRGB, ICC-based images, the registration colour for cut marks) or RGB for the screen."""

from __future__ import annotations

import io
import json

import pikepdf
import pytest
from pikepdf import Name
from PIL import ImageCms

from exhibit.core.errors import ExhibitError
from exhibit.export.catalogue.options import Purpose
from exhibit.export.documents.options import DocumentKind, DocumentOptions, Sheet

from .conftest import pdffonts
from .test_documents import _export, _source
from .test_pdfx import RGB_OPERATORS, colour_operators, images

K = DocumentKind
KINDS = [
    {"kind": K.LABELS, "sheet": Sheet.A4, "qr_pattern": "https://example.org/w/{number}"},
    {"kind": K.CHECKLIST},
    {"kind": K.CONDITION},
    {"kind": K.LOAN},
]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    return _source(tmp_path_factory.mktemp("docs-pdfx"))


@pytest.mark.parametrize("options", KINDS, ids=lambda o: o["kind"].value)
def test_each_document_is_pdfx4_for_print(source, tmp_path, options) -> None:
    pdf_path, result = _export(source.project_root, source, f"x-{options['kind']}", **options)
    assert result.pages >= 1
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.pdf_version == "1.6"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == Name.GTS_PDFX
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        icc = ImageCms.ImageCmsProfile(io.BytesIO(intent.DestOutputProfile.read_bytes()))
        assert icc.profile.xcolor_space.strip() == "CMYK"
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert meta.get("dc:title")
        assert pdf.docinfo.Trapped == Name("/False")
        for page in pdf.pages:
            media = [float(v) for v in page.MediaBox]
            assert [float(v) for v in page.TrimBox] == media
            assert [float(v) for v in page.BleedBox] == media
            for cs in page.Resources.get("/ColorSpace", {}).values():
                assert cs[0] != Name.DeviceRGB
        ops = colour_operators(pdf)
        assert not ops & RGB_OPERATORS, ops & RGB_OPERATORS
        assert "k" in ops  # text in DeviceCMYK, K only
        for img in images(pdf):
            cs = img.ColorSpace
            if isinstance(cs, pikepdf.Array):
                assert cs[0] == Name.ICCBased
            else:
                assert cs in (Name.DeviceGray, Name.DeviceCMYK)
        if options["kind"] in (K.CHECKLIST, K.CONDITION):  # thumbnails, damage photos
            assert images(pdf)
    fonts = pdffonts(pdf_path)
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_label_cut_marks_are_in_the_registration_colour(source) -> None:
    pdf_path, _ = _export(source.project_root, source, "cut", kind=K.LABELS, sheet=Sheet.A4)
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            spaces = list(page.Resources.ColorSpace.values())
            assert [str(cs[1]) for cs in spaces if cs[0] == Name.Separation] == ["/All"]
    one, _ = _export(source.project_root, source, "one", kind=K.LABELS, sheet=Sheet.NONE)
    with pikepdf.open(one) as pdf:  # one label per page: no cut marks, no separation
        assert "/ColorSpace" not in pdf.pages[0].Resources


def test_screen_documents_are_rgb_without_output_intent(source) -> None:
    pdf_path, _ = _export(
        source.project_root, source, "screen", kind=K.CHECKLIST, purpose=Purpose.SCREEN
    )
    with pikepdf.open(pdf_path) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "pdfxid:GTS_PDFXVersion" not in pdf.open_metadata()
        assert "rg" in colour_operators(pdf)


def test_purpose_and_condition_are_checked() -> None:
    assert DocumentOptions().purpose is Purpose.PRINT
    assert DocumentOptions(purpose="screen").purpose is Purpose.SCREEN
    with pytest.raises(ExhibitError, match="--for"):
        DocumentOptions(purpose="paper")
    with pytest.raises(ExhibitError, match="condition"):
        DocumentOptions(condition="japan-color")


def test_for_and_condition_on_the_command_line(project_dir, tmp_path) -> None:
    from tests.cli.test_loan_cli import _project, run

    _project(project_dir)
    run("set", project_dir, "1", "title.de", "Rathaus")
    out = tmp_path / "liste.pdf"
    code, text, _ = run("export", "checklist", project_dir, "--out", out, "--for", "print",
                        "--condition", "gracol2006", "--json")  # fmt: skip
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "CGATS TR 006"
    code, text, _ = run("export", "labels", project_dir, "--out", out, "--works", "1",
                        "--sheet", "none", "--for", "screen", "--json")  # fmt: skip
    assert code == 0 and json.loads(text)["pages"] == 1
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root
