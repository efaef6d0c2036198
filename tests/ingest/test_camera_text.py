"""Camera boilerplate has one definition: the import skips it, preflight flags what is left."""

from __future__ import annotations

import pytest

from exhibit.core.camera_text import is_camera_boilerplate
from exhibit.export.preflight import looks_like_camera_text
from exhibit.ingest.metadata import is_boilerplate, read_metadata
from exhibit.ingest.xmp import render_xmp
from exhibit.testing import iptc_block, make_jpeg

LANGS = ("de", "zh-Hans")

# an EXIF dump as a tool pasted it into the image description (813 characters)
EXIF_DUMP = (
    "Make: OLYMPUS IMAGING CORP.  Model: E-M10MarkII  Orientation: Horizontal (normal)  "
    "XResolution: 350  YResolution: 350  ResolutionUnit: Pixels/Inch  Software: Version 1.2  "
    "DateTime: 2019:07:14 11:52:03  Artist:   Copyright:   ExposureTime: 1/320  FNumber: 8.0  "
    "ExposureProgram: Program AE  ISOSpeedRatings: 200  SensitivityType: Standard Output "
    "Sensitivity  ExifVersion: 0231  DateTimeOriginal: 2019:07:14 11:52:03  "
    "DateTimeDigitized: 2019:07:14 11:52:03  ComponentsConfiguration: YCbCr  "
    "ExposureBiasValue: 0  MaxApertureValue: 3.5  MeteringMode: Multi-segment  "
    "LightSource: Unknown  Flash: Off, Did not fire  FocalLength: 14.0 mm  "
    "UserComment:   FlashpixVersion: 0100  ColorSpace: sRGB  ExifImageWidth: 4608  "
    "ExifImageHeight: 3456  FileSource: Digital Camera  CustomRendered: Normal  "
    "ExposureMode: Auto  WhiteBalance: Auto  DigitalZoomRatio: 1  SceneCaptureType: Standard  "
    "GainControl: None  Contrast: Normal  Saturation: Normal  Sharpness: Normal  "
    "LensModel: OLYMPUS M.14-42mm F3.5-5.6 EZ  LensSerialNumber: ABN248513"
)[:813]


def test_import_and_preflight_share_one_definition() -> None:
    assert is_boilerplate is is_camera_boilerplate
    assert looks_like_camera_text is is_camera_boilerplate


@pytest.mark.parametrize(
    "text",
    ["OLYMPUS DIGITAL CAMERA", "SONY DSC", "OLYMPUS IMAGE", "DSC00006", "P1010001", EXIF_DUMP,
     "Make: NIKON Model: D750 ISO: 200 ExposureTime: 1/250 FNumber: 8 Flash: off"],
)  # fmt: skip
def test_camera_text_is_boilerplate(text) -> None:
    assert is_camera_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    ["Blick über den Markt", "Die Digitalkamera im Stadtmuseum Düren", "1989", "Mirror image",
     "Das Model am Fenster, ohne Blitz", "市政厅一景", ""],
)  # fmt: skip
def test_captions_are_not_boilerplate(text) -> None:
    assert not is_camera_boilerplate(text)


def test_the_make_and_model_are_boilerplate_only_for_that_camera() -> None:
    assert is_camera_boilerplate("E-M10MarkII", ("OLYMPUS", "E-M10MarkII"))
    assert not is_camera_boilerplate("E-M10MarkII")


@pytest.mark.parametrize("where", ["exif", "xmp", "iptc"])
@pytest.mark.parametrize("text", [EXIF_DUMP, "OLYMPUS DIGITAL CAMERA"])
def test_boilerplate_is_skipped_at_import_wherever_it_stands(where, text) -> None:
    if where == "exif":
        data = make_jpeg(exif={"description": text})
    elif where == "xmp":
        data = make_jpeg(xmp=render_xmp(description={"x-default": text}))
    else:
        data = make_jpeg(iptc=iptc_block({"caption": text}))
    assert "caption" not in read_metadata(data, LANGS, "dump.jpg").texts


def test_a_real_caption_beside_the_boilerplate_is_kept() -> None:
    data = make_jpeg(
        exif={"description": "OLYMPUS DIGITAL CAMERA"},
        xmp=render_xmp(description={"x-default": "Der Markt am Morgen"}),
    )
    assert read_metadata(data, LANGS, "a.jpg").texts["caption"]["de"] == "Der Markt am Morgen"
