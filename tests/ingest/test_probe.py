"""probe_file: one read, hash, metadata, thumbnail; every failure a stable reason code."""

from __future__ import annotations

import hashlib
from pathlib import Path

import exifread
import pytest
from PIL import Image

from exhibit.core.jobs import Outcome
from exhibit.core.model import TranslationStatus
from exhibit.ingest.probe import REASONS, ProbeLimits, probe_file
from exhibit.ingest.xmp import render_xmp
from exhibit.testing import make_jpeg

LANGS = ("de", "zh-Hans")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "Größe 展览.jpg"
    xmp = render_xmp(title={"de": "Titel", "zh-CN": "标题"})
    make_jpeg(path, size=(800, 600), exif={"make": "Canon", "orientation": 6}, xmp=xmp)
    return path


def test_success_holds_hash_metadata_and_thumbnail(photo: Path) -> None:
    result = probe_file(photo, LANGS)
    assert result.ok and result.reason == ""
    assert result.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert result.size == photo.stat().st_size and result.format == "JPEG"
    assert result.metadata.exif.make == "Canon"
    assert (result.metadata.exif.width, result.metadata.exif.height) == (600, 800)  # turned
    assert result.thumbnail[:3] == b"\xff\xd8\xff" and result.thumbnail_size == (384, 512)


def test_new_work_has_draft_texts(photo: Path) -> None:
    work = probe_file(photo, LANGS).new_work("photos/Größe 展览.jpg", section_id=3)
    assert work.original.path == "photos/Größe 展览.jpg" and work.section_id == 3
    assert work.texts["title"]["zh-Hans"].text == "标题"
    assert work.texts["title"]["de"].status is TranslationStatus.DRAFT


def test_thumbnail_written_to_folder(photo: Path, tmp_path: Path) -> None:
    result = probe_file(photo, LANGS, thumb_dir=tmp_path / "thumbs")
    written = Path(result.thumbnail_path)
    assert result.thumbnail is None and written.name == f"{result.sha256}.jpg"
    assert written.read_bytes()[:3] == b"\xff\xd8\xff"
    assert not list(written.parent.glob("*.part"))


def test_exif_failure_with_good_pixels_is_a_success_with_a_problem(photo, monkeypatch) -> None:
    monkeypatch.setattr(exifread, "process_file", lambda *a, **k: [][1])
    result = probe_file(photo, LANGS)
    assert result.ok
    assert [p.code for p in result.problems] == ["exif_unreadable"]
    assert result.new_work("x.jpg").problems == result.problems


@pytest.mark.parametrize(
    ("name", "content", "reason", "words"),
    [
        ("empty.jpg", b"", "empty", "empty"),
        ("page.jpg", b"<html><body>Not found</body></html>", "not_an_image", "HTML"),
        ("scan.pdf.jpg", b"%PDF-1.7\n" + b"x" * 100, "not_an_image", "PDF"),
        ("letter.jpg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "not_an_image", ""),
        ("noise.jpg", bytes(range(256)) * 4, "not_an_image", ""),
        ("IMG_1.HEIC", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100, "unsupported_format", "HEIC"),
        ("layers.psd", b"8BPS\x00\x01" + b"\x00" * 100, "unsupported_format", "PSD"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "corrupt", ""),
    ],
)
def test_failures_have_reasons(tmp_path: Path, name, content, reason, words) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = probe_file(path, LANGS)
    assert (result.reason, result.ok) == (reason, False)
    assert name in result.message and words in result.message
    assert result.failure().outcome is Outcome.FAILED and result.failure().reason == reason


def test_heic_message(tmp_path: Path) -> None:
    path = tmp_path / "IMG_5195.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100)
    assert "HEIC is not supported by this installation" in probe_file(path, LANGS).message


def test_truncated(tmp_path: Path) -> None:
    data = make_jpeg(size=(300, 200), quality=95, exif={"make": "Canon"})
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    result = probe_file(path, LANGS)
    assert result.reason == "truncated" and result.sha256


def test_unreadable(tmp_path: Path) -> None:
    assert probe_file(tmp_path / "gone.jpg", LANGS).reason == "unreadable"
    assert probe_file(tmp_path, LANGS).reason == "unreadable"  # a folder


def test_limits(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    make_jpeg(path, size=(200, 100))
    assert probe_file(path, LANGS, limits=ProbeLimits(max_pixels=10_000)).reason == (
        "too_many_pixels"
    )
    assert probe_file(path, LANGS, limits=ProbeLimits(max_file_bytes=10)).reason == (
        "file_too_large"
    )


def test_unexpected_exceptions_do_not_escape(photo: Path, monkeypatch) -> None:
    from exhibit.ingest import probe

    def boom(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(probe, "read_metadata", boom)
    result = probe_file(photo, LANGS)
    assert result.reason in REASONS and "surprise" in result.message


def test_memory_error_is_out_of_memory(photo: Path, monkeypatch) -> None:
    from exhibit.ingest import probe

    def hungry(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(probe, "make_thumbnail", hungry)
    assert probe_file(photo, LANGS).reason == "out_of_memory"


def test_original_is_not_changed(photo: Path) -> None:
    before = photo.read_bytes(), photo.stat().st_mtime_ns
    probe_file(photo, LANGS, thumb_dir=photo.parent / "thumbs")
    assert (photo.read_bytes(), photo.stat().st_mtime_ns) == before


def test_palette_png_probe(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    Image.new("P", (30, 20)).save(path, transparency=0)
    assert probe_file(path, LANGS).ok
