"""Scanning folders: order, hidden and junk files, sidecars, symlink loops, exact names."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from exhibit.ingest.formats import sniff
from exhibit.ingest.scan import Skipped, natural_key, scan
from exhibit.testing import make_jpeg


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "Fotos"
    (root / "sub").mkdir(parents=True)
    for name in ("IMG_10.jpg", "IMG_2.jpg", "b.JPG", "sub/c.jpg", "holiday.png"):
        make_jpeg(root / name)
    for name in (".DS_Store", "._IMG_2.jpg", "Thumbs.db", "notes.txt", "IMG_2.xmp"):
        (root / name).write_bytes(b"junk")
    (root / ".hidden").mkdir()
    make_jpeg(root / ".hidden" / "secret.jpg")
    (root / "readme.dat").write_bytes(b"just some text, no photo")
    return root


def names(candidates) -> list[str]:
    return [c.path.name for c in candidates]


def test_folder_walk_order_and_quiet_skips(folder: Path) -> None:
    skipped: list[Skipped] = []
    found = list(scan([folder], on_skip=skipped.append))
    assert names(found) == [
        "b.JPG",
        "holiday.png",
        "IMG_2.jpg",
        "IMG_10.jpg",
        "readme.dat",
        "c.jpg",
    ]
    quiet = {s.path.name for s in skipped}
    assert {".DS_Store", "._IMG_2.jpg", "Thumbs.db", "notes.txt", "IMG_2.xmp", ".hidden"} <= quiet


def test_content_decides_not_the_extension(folder: Path) -> None:
    found = {c.path.name: c for c in scan([folder])}
    assert found["holiday.png"].sniffed == "JPEG" and not found["holiday.png"].reason
    assert found["readme.dat"].reason == "not_an_image"  # reported, not dropped


def test_explicit_non_photo_is_reported(folder: Path) -> None:
    (found,) = scan([folder / "notes.txt"])
    assert found.explicit and found.reason == "not_an_image"
    assert "notes.txt" in found.message


def test_missing_and_empty_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    missing, empty = scan([tmp_path / "gone.jpg", tmp_path / "empty.jpg"])
    assert missing.reason == "unreadable" and empty.reason == "empty"


def test_symlink_loop_and_repeats_are_walked_once(tmp_path: Path) -> None:
    make_jpeg(tmp_path / "a.jpg")
    os.symlink(tmp_path, tmp_path / "loop")
    skipped: list[Skipped] = []
    found = list(scan([tmp_path, tmp_path / "a.jpg"], on_skip=skipped.append))
    assert names(found) == ["a.jpg"]
    assert any(s.reason == "symlink_loop" for s in skipped)


def test_names_are_kept_byte_exact(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "München.jpg")
    exotic = [nfd, "北京 夜景 2024.jpg", "Sommerfest 🎉.jpg", "double  space  UPPER.JPEG"]
    for name in exotic:
        make_jpeg(tmp_path / name)
    found = names(scan([tmp_path]))
    assert sorted(found) == sorted(exotic)
    assert nfd in found and unicodedata.normalize("NFC", nfd) not in found


def test_natural_key_orders_numbers_by_value() -> None:
    ordered = sorted(["img10", "IMG2", "img1"], key=natural_key)
    assert ordered == ["img1", "IMG2", "img10"]


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"II*\x00", "TIFF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"\x00\x00\x00\x18ftypheic", "HEIC"),
        (b"\x00\x00\x00\x1cftypavif", "AVIF"),
        (b"%PDF-1.4", "PDF"),
        (b"  <!DOCTYPE html><html>", "HTML"),
        (b"hello", None),
    ],
)
def test_sniff(head: bytes, fmt: str | None) -> None:
    assert sniff(head) == fmt
