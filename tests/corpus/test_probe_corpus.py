"""The shared corpus through the process runner: every file as MANIFEST.tsv expects.

Real photos must probe with their date and camera; broken files must be imported or
rejected as ``expected_behaviour`` says, rejections with a specific reason; no original may
change. Skipped when ``../shared/corpus`` is not beside the checkout.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from exhibit.ingest.exif import parse_date
from exhibit.ingest.probe import REASONS, ProbeResult
from exhibit.ingest.workers import RunnerOptions, run_probes

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
LANGS = ("de", "zh-Hans")

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").is_file(), reason="no shared corpus"),
]

# Rejections the manifest asks for by name, beyond "a specific reason".
EXPECTED_REASON = {
    "bomb_warning_12000x10000.jpg": "too_many_pixels",
    "bomb_header_65000x65000.jpg": "too_many_pixels",
    "decompression_bomb.gif": "too_many_pixels",
    "empty.jpg": "empty",
    "document_renamed.jpg": "not_an_image",
    "not_found_page.jpg": "not_an_image",
    "document_scan.pdf.jpg": "not_an_image",
    "IMG_5195.HEIC": "unsupported_format",
    "truncated_jpeg.jpg": "truncated",
    "truncated_image.png": "truncated",
    "Canon PowerShot A40_truncated50.jpg": "truncated",
    "User Comment Encoding_truncated.jpg": "truncated",
    "ultrahdr_truncated_pixel6.jpg": "truncated",
}
# Files the manifest lets go either way ("import ... or reject clearly").
EITHER = re.compile(r"\bor reject|else clear rejection|unless a HEIF plugin")


def manifest() -> list[dict[str, str]]:
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def results() -> dict[str, ProbeResult]:
    rows = manifest()
    paths = [CORPUS / row["folder"] / row["filename"] for row in rows]
    options = RunnerOptions(workers=2, timeout=60)
    probed = {str(path): result for path, result in run_probes(paths, LANGS, options)}
    return {
        f"{row['folder']}/{row['filename']}": probed[str(p)]
        for row, p in zip(rows, paths, strict=True)
    }


def rows_of(folder: str) -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    return [row for row in manifest() if row["folder"] == folder]


def ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["filename"] for row in rows]


@pytest.mark.parametrize("row", rows_of("real"), ids=ids(rows_of("real")))
def test_real_photo_probes_with_date_and_camera(row, results) -> None:
    result = results[f"real/{row['filename']}"]
    assert result.ok, result.message
    assert result.thumbnail and max(result.thumbnail_size) <= 512
    facts = result.metadata.exif
    summary = row["exif_summary"]
    camera = re.search(r"make=(.*?) model=(.*?)(?:;|$)", summary)
    if camera:
        assert (facts.make or "", facts.model or "") == (camera[1].strip(), camera[2].strip())
    date = re.search(r"DateTimeOriginal=([\d:]+ [\d:]+)", summary)
    if date:
        assert facts.date_taken == parse_date(date[1])


@pytest.mark.parametrize("row", rows_of("bad"), ids=ids(rows_of("bad")))
def test_bad_file_imported_or_rejected_as_expected(row, results) -> None:
    result = results[f"bad/{row['filename']}"]
    expected = row["expected_behaviour"]
    assert result.reason in ("", *REASONS) and result.reason != "crashed"
    if row["filename"] in EXPECTED_REASON:
        assert result.reason == EXPECTED_REASON[row["filename"]], result.message
    if EITHER.search(expected):
        assert result.ok or result.message
    elif expected.startswith("must import"):
        assert result.ok, result.message
    elif expected.startswith("must be rejected"):
        assert not result.ok and result.reason not in ("", "timeout")
        assert row["filename"] in result.message


def test_heic_says_it_is_not_supported(results) -> None:
    result = results["bad/IMG_5195.HEIC"]
    assert result.ok or "HEIC is not supported by this installation" in result.message


def test_uniform_black_photo_is_flagged(results) -> None:
    result = results["bad/Sony DSC-P12_progressive.jpg"]
    assert result.ok and "uniform_image" in [p.code for p in result.problems]


def test_damaged_exif_is_noted_not_fatal(results) -> None:
    for name in ("hopper_bad_exif.jpg", "fuzzed_exif_IndexError_FinePix1400Zoom.jpg"):
        result = results[f"bad/{name}"]
        assert result.ok and any(p.code.startswith("exif_") for p in result.problems), name


def test_mwg_caption_precedence(results) -> None:
    meta = results["bad/MWG_conflicting_captions.jpg"].metadata
    assert meta.texts["caption"] == {"de": "RIGHT-EXIF-Description"}
    assert meta.photographer.startswith("RIGHT")


def test_language_alternatives(results) -> None:
    texts = results["real/xmp_langalt_de_zh-CN.jpg"].metadata.texts
    assert texts["title"] == {
        "de": "Ausstellungs-Testbild: Größe & Übersicht",
        "zh-Hans": "展览测试图片",
    }
    assert texts["caption"]["zh-Hans"] == "用于测试多语言说明的图片说明"


def test_text_encodings(results) -> None:
    utf8 = results["real/exif_utf8_text_zh_de.jpg"].metadata
    assert utf8.exif.artist == "王小明 / Jürgen Müller"
    assert utf8.texts["caption"]["de"] == "展览测试 – Größe: Fußgängerzone, Köln"
    latin1 = results["real/Nikon E995 (iptc).jpg"].metadata
    assert "Dateigröße" in latin1.texts["caption"]["de"]


def test_gps(results) -> None:
    assert results["real/Samsung GT-I9000 (Galaxy S).jpg"].metadata.exif.gps_lat is None
    assert results["bad/empty_gps_ifd.jpg"].metadata.exif.gps_lat is None
    facts = results["bad/Issue 473 (Java).webp"].metadata.exif
    assert facts.gps_lat == pytest.approx(37.3927, abs=1e-3) and facts.gps_lon < 0


def test_orientation_examples_all_upright(results) -> None:
    def thumb(n: int) -> Image.Image:
        return Image.open(io.BytesIO(results[f"real/landscape_{n}.jpg"].thumbnail)).convert("L")

    upright = thumb(1)
    for n in range(2, 9):
        other = thumb(n)
        assert other.size == upright.size, n
        assert ImageStat.Stat(ImageChops.difference(upright, other)).mean[0] < 12, n


def test_originals_unchanged(results) -> None:
    for row in manifest():
        path = CORPUS / row["folder"] / row["filename"]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == row["sha256"], row["filename"]
        result = results[f"{row['folder']}/{row['filename']}"]
        assert result.sha256 in ("", row["sha256"]), row["filename"]
