"""Nothing disappears in silence: characters no font has are printed visibly and named by
preflight; works without title or photographer and camera-written captions are flagged."""

from __future__ import annotations

import dataclasses

import pytest

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource
from exhibit.export.catalogue.typography import REPLACEMENT, Coverage, markup
from exhibit.export.preflight import Severity, looks_like_camera_text, preflight

from .conftest import exhibition, fast_options, make_photo, make_work, pdftotext


def test_a_character_no_font_has_is_printed_visibly(tmp_path, poppler) -> None:
    assert REPLACEMENT in markup("Sonne 🌞 und 𠀀", "de", Coverage.load())
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 1, photo, title={"de": "Sonne 🌞", "zh-Hans": "太阳𠀀"})
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    report = preflight(source, fast_options())
    named = {c for f in report.of("unsupported_character") for c in f.args["chars"]}
    assert named == {"🌞", "𠀀"}
    job = CatalogueExport(
        source, tmp_path / "e.pdf", fast_options(), cache_dir=tmp_path / "c", force=True
    )
    job.run(lambda _: None, CancelToken())
    text = pdftotext(tmp_path / "e.pdf")
    assert f"Sonne {REPLACEMENT}" in text and f"太阳{REPLACEMENT}" in text


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
