"""The originals' header facts kept in the print cache: used while a file is as it was, read
again when it changed, and never more than a shortcut."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.export.conftest import bilingual_source, fast_options, make_photo

from exhibit import headers
from exhibit.core.project import ProjectPaths
from exhibit.export.catalogue.plan import make_plan
from exhibit.export.preflight import preflight
from exhibit.headers import HEADERS_FILE, KnownHeaders


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The originals whose header is read, in a process that has read none yet."""
    headers._header.cache_clear()
    seen: list[str] = []
    real = headers.open_image

    def counting(source, name: str = "the file", *args, **kwargs):
        seen.append(name)  # the file's name, as the messages give it
        return real(source, name, *args, **kwargs)

    monkeypatch.setattr(headers, "open_image", counting)
    return seen


def new_process() -> None:
    headers._header.cache_clear()  # what a new `exhibit preflight` starts with


def test_a_second_run_opens_no_unchanged_original(tmp_path: Path, opened: list[str]) -> None:
    source = bilingual_source(tmp_path, 4)
    first = preflight(source, fast_options())
    assert sorted(opened) == ["p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg"]
    assert (ProjectPaths(tmp_path).print_cache / HEADERS_FILE).is_file()
    opened.clear()
    new_process()
    again = preflight(source, fast_options())
    assert opened == []
    assert again.findings == first.findings
    for photo in make_plan(source, fast_options()).photos:
        assert photo.info == headers.probe(photo.path)


def test_a_changed_original_is_read_again(tmp_path: Path, opened: list[str]) -> None:
    source = bilingual_source(tmp_path, 3)
    make_plan(source, fast_options())
    new_process()
    opened.clear()
    photo = source.original_path(source.works[1])
    stamp = photo.stat().st_mtime_ns
    make_photo(photo, (600, 900), seed=2)  # another size: portrait now
    os.utime(photo, ns=(stamp, stamp))  # even with the old modification time
    plan = make_plan(source, fast_options())
    assert opened == ["p2.jpg"]
    assert (plan.photo(2).info.width, plan.photo(2).info.height) == (600, 900)
    new_process()
    opened.clear()
    photo.touch()  # the same bytes, a new time: read again, same facts
    assert make_plan(source, fast_options()).photo(2).info.width == 600
    assert opened == ["p2.jpg"]


def test_a_damaged_or_foreign_cache_only_means_reading(tmp_path: Path, opened: list[str]) -> None:
    source = bilingual_source(tmp_path, 2)
    cache = ProjectPaths(tmp_path).print_cache / HEADERS_FILE
    cache.parent.mkdir(parents=True)
    for content in ("{not json", "[1, 2]", json.dumps({str(source.original_path(
            source.works[0])): [1, 2, "wide", 3, "JPEG", 1, "RGB", ""]})):  # fmt: skip
        cache.write_text(content)
        new_process()
        opened.clear()
        plan = make_plan(source, fast_options())
        assert sorted(opened) == ["p1.jpg", "p2.jpg"]
        assert plan.photo(1).info.width == 1200
    entries = json.loads(cache.read_text())
    assert sorted(Path(k).name for k in entries) == ["p1.jpg", "p2.jpg"]


def test_a_cache_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = bilingual_source(tmp_path, 2)

    def refused(*_args) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(headers.os, "replace", refused)  # a read-only project folder
    assert preflight(source, fast_options()).works == 2
    folder = ProjectPaths(tmp_path).print_cache
    assert list(folder.iterdir()) == []  # no cache, no temporary file left behind


def test_unreadable_files_are_not_kept(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo")
    known = KnownHeaders(tmp_path)
    with pytest.raises(headers.ImageError, match=r"bad\.jpg"):
        known.probe(bad)
    known.save()
    assert not (tmp_path / HEADERS_FILE).exists()
