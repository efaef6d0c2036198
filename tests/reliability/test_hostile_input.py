"""Hostile names, files and values (issue 16): each case gives a clear message or the right
result, never a traceback, a hang or a write outside the project."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.errors import CatalogueValueError
from exhibit.core.project import ProjectPaths, file_sha256
from exhibit.core.store import Catalogue
from exhibit.ingest.metadata import MAX_PROBLEMS, capped, read_metadata
from exhibit.ingest.scan import scan
from exhibit.testing import make_jpeg

from .conftest import photos

BAD_NAME = os.fsdecode(b"b-\xff\xfe-name.jpg")
HANG = 60  # seconds after which a command that should answer at once counts as hung


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


def run_process(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    """The exhibit command in its own process: a hang fails the test instead of the suite."""
    return subprocess.run(
        [sys.executable, "-m", "exhibit.cli.main", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        timeout=HANG,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "P.exhibit"
    assert run("new", path, "--title", "P")[0] == 0
    return path


def _can_make(path: Path) -> bool:
    try:
        path.write_bytes(b"")
    except (OSError, UnicodeEncodeError):
        return False
    path.unlink()
    return True


# 1. Names that are not UTF-8


def test_a_name_that_is_not_utf8_is_reported_and_the_batch_goes_on(
    project: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    files = photos(folder, 3)
    if not _can_make(folder / BAD_NAME):
        pytest.skip("this file system does not take names that are not UTF-8")
    make_jpeg(folder / BAD_NAME, size=(50, 40))
    code, text, err = run("import", project, folder, "--jobs", "0")
    assert code == 3, err
    assert "b-\\xff\\xfe-name.jpg" in text and "not valid UTF-8" in text
    assert "3 imported" in text
    code, text, _ = run("import", project, folder / BAD_NAME, "--json")
    report = json.loads(text)
    assert code == 3 and report["files"][0]["reason"] == "unsupported_name"
    with Catalogue.open(project, backup=False) as cat:
        assert cat.count_works() == len(files)


# 2. Only regular files are opened


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_on_the_command_line_does_not_hang_the_import(
    project: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    done = run_process("import", project, fifo, *photos(tmp_path / "more", 1), cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    assert b"photo.jpg" in done.stdout and b"not a regular file" in done.stdout
    assert b"1 imported" in done.stdout
    assert [c.reason for c in scan([fifo])] == ["unreadable"]  # and a scan of it returns


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_original_replaced_by_a_fifo_or_a_device_does_not_hang_check(
    project: Path, tmp_path: Path
) -> None:
    originals = photos(tmp_path / "in", 2)
    assert run("import", project, *originals)[0] == 0
    originals[0].unlink()
    os.mkfifo(originals[0])
    with Catalogue.open(project, backup=False) as cat:
        second = cat.works()[1]
        cat.update_original(second.id, dataclasses.replace(second.original, path="/dev/zero"))
    done = run_process("check", project, "--json", cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    states = [f["outcome"] for f in json.loads(done.stdout)["files"]]
    assert states == ["missing", "missing"]
    assert b"not a regular file any more" in done.stdout
    with pytest.raises(OSError, match="not a regular file"):
        file_sha256(originals[0])
    with pytest.raises(OSError, match="not a regular file"):
        file_sha256(Path("/dev/zero"))


# 5. Control characters


HOSTILE = "Dom\x1b[2J\x1b]0;OWNED\x07 zu Düren\x9b31m"


def test_imported_metadata_loses_control_characters(tmp_path: Path) -> None:
    data = make_jpeg(exif={"description": HOSTILE + "\nzweite Zeile\tTab", "artist": HOSTILE})
    meta = read_metadata(data, ("de", "zh-Hans"), "x.jpg")
    caption = meta.texts["caption"]["de"]
    assert caption == "Dom[2J]0;OWNED zu Düren31m\nzweite Zeile\tTab"
    assert meta.photographer == "Dom[2J]0;OWNED zu Düren31m"
    assert "\x1b" not in (meta.exif.description or "") and "\x1b" not in (meta.exif.artist or "")


def test_list_and_show_print_controls_visibly(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    spoof = "a.jpg\n   2  Gefälscht  [–]  fake.jpg"
    if not _can_make(folder / spoof):
        pytest.skip("this file system does not take newlines in names")
    make_jpeg(folder / spoof, size=(40, 30))
    assert run("import", project, folder)[0] == 0
    assert run("set", project, 1, "title.de", "Titel\x1b]0;OWNED\x07")[0] == 0
    code, text, _ = run("list", project)
    assert code == 0 and "\x1b" not in text and "\x07" not in text
    # the header, one work, one count: the name cannot add a line
    assert len(text.splitlines()) == 3
    assert "a.jpg\\n   2  Gefälscht" in text and "Titel\\e]0;OWNED\\x07" in text
    code, text, _ = run("show", project, 1)
    assert code == 0 and "\x1b" not in text and "Titel\\e]0;OWNED\\x07" in text
    code, text, _ = run("show", project, 1, "--json")
    assert json.loads(text)["title"]["de"] == "Titel\x1b]0;OWNED\x07"


def test_set_with_an_argument_that_is_not_utf8_says_so(project: Path, tmp_path: Path) -> None:
    assert run("import", project, *photos(tmp_path / "in", 1))[0] == 0
    code, _, err = run("set", project, 1, "title.de", os.fsdecode(b"Caf\xe9"))
    assert code == 2 and "not valid UTF-8" in err and "Caf\\xe9" in err


def test_problem_notes_are_capped_per_file() -> None:
    from exhibit.core.model import Problem

    many = tuple(Problem("exif_damaged", f"tag {i}\x1b") for i in range(65_000))
    kept = capped(many, "bogus.tif")
    assert len(kept) == MAX_PROBLEMS + 1
    assert kept[-1].message == f"bogus.tif: and {65_000 - MAX_PROBLEMS} more problems"
    assert all("\x1b" not in p.message for p in kept)
    again = capped((*kept, Problem("image_warning", "one more")), "bogus.tif")
    assert again[-1].message == f"bogus.tif: and {65_000 - MAX_PROBLEMS + 1} more problems"


# 6. Values that would point outside the project


@pytest.mark.parametrize("value", ["../../../../TRAVERSAL", "A" * 64, "", "ab/cd", "0" * 63])
def test_a_bad_content_hash_never_becomes_a_path(tmp_path: Path, value: str) -> None:
    with pytest.raises(CatalogueValueError, match="SHA-256"):
        ProjectPaths(tmp_path).thumbnail(value)


def test_export_refuses_a_hash_that_would_leave_the_project(project: Path, tmp_path: Path) -> None:
    from exhibit.testing import build_exif

    originals = photos(tmp_path / "in", 1, (900, 600))
    originals[0].write_bytes(make_jpeg(size=(2000, 1400), exif=build_exif(orientation=6)))
    assert run("import", project, *originals)[0] == 0
    with Catalogue.open(project, backup=False) as cat:
        work = cat.works()[0]
        bad = dataclasses.replace(work.original, sha256="../../../../TRAVERSAL")
        cat.update_original(work.id, bad)
    out = tmp_path / "out" / "K.pdf"
    out.parent.mkdir()  # the export makes no folders (it names a missing one)
    code, _, err = run("export", "catalogue", project, "--out", out, "--force", "--dpi", "72")
    assert code == 1 and "not a SHA-256" in err
    assert not list(tmp_path.rglob("TRAVERSAL*")) and not list(Path("/").glob("TRAVERSAL*"))
    code, text, _ = run("check", project)
    assert code == 3 and "CATALOGUE No. 1: '../../../../TRAVERSAL' is not a SHA-256" in text


def test_relink_to_a_name_that_is_not_utf8_says_so(project: Path, tmp_path: Path) -> None:
    original = photos(tmp_path / "in", 1)[0]
    assert run("import", project, original)[0] == 0
    moved = tmp_path / "moved"
    moved.mkdir()
    if not _can_make(moved / BAD_NAME):
        pytest.skip("this file system does not take names that are not UTF-8")
    original.rename(moved / BAD_NAME)
    code, text, err = run("relink", project, moved)
    assert code == 3, err
    assert "is the original of No. 1" in text and "\\xff\\xfe" in text
