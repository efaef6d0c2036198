"""Temporary files left by killed exports (issue 16.7): Exhibit's own, whose writer is gone
(named with its pid) or, named without a pid by earlier versions, older than an hour, are
removed on the next export into that folder; a file not of Exhibit's pattern never is."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.project import OLD_TEMP_AGE, remove_stale_temp_files, temp_beside

from .conftest import photos

HOUR_AGO = time.time() - OLD_TEMP_AGE - 60


def run(*args: object) -> tuple[int, str]:
    err = io.StringIO()
    return main([str(a) for a in args], io.StringIO(), err), err.getvalue()


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _leftovers(folder: Path, name: str) -> tuple[list[Path], list[Path]]:
    """(what the next export must remove, what it must keep) beside ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    dead, living = _dead_pid(), os.getpid()
    stale = [
        folder / f".{name}.{dead}.0badc0de.part",  # this version's, its writer killed
        folder / f".{name}.k3_x9q2a.part",  # an earlier version's (mkstemp), old
        folder / f".{name}.part",  # an earlier version's fixed name, old
    ]
    kept = [
        folder / f".{name}.{living}.0badc0de.part",  # a writer still at work
        folder / f".{name}.z8y7x6w5.part",  # without a pid, but new: may be at work
        folder / f".{name}.notes.part",  # not Exhibit's pattern
        folder / f"{name}.part",  # not hidden: someone else's
        folder / f".{name}.backup",  # another suffix
        folder / f".other.pdf.{dead}.0badc0de.part",  # another target's
        folder / f".{name}.abcdefgh.part.keep",
    ]
    for path in stale + kept:
        path.write_bytes(b"")
    for path in [*stale[1:], kept[-2]]:
        os.utime(path, (HOUR_AGO, HOUR_AGO))
    os.utime(folder / f".{name}.notes.part", (HOUR_AGO, HOUR_AGO))
    return stale, kept


def test_stale_temporary_files_of_both_styles_are_removed_and_nothing_else(tmp_path) -> None:
    stale, kept = _leftovers(tmp_path, "K.pdf")
    folder_like = tmp_path / ".K.pdf.a1b2c3d4.part"
    folder_like.mkdir()
    os.utime(folder_like, (HOUR_AGO, HOUR_AGO))
    removed = remove_stale_temp_files(tmp_path, ".K.pdf.", ".part")
    assert sorted(removed) == sorted(stale)
    assert all(p.exists() for p in kept) and folder_like.is_dir()


def test_temp_beside_cleans_first_and_names_its_writer(tmp_path) -> None:
    stale, kept = _leftovers(tmp_path, "K.pdf")
    temp = temp_beside(tmp_path / "K.pdf")
    assert temp.name.startswith(f".K.pdf.{os.getpid()}.") and temp.name.endswith(".part")
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)


@pytest.mark.parametrize("what", ["catalogue", "labels", "translation", "package", "copies"])
def test_the_next_export_into_a_folder_removes_what_killed_exports_left(
    tmp_path: Path, what: str
) -> None:
    project = tmp_path / "K.exhibit"
    assert run("new", project, "--title", "K")[0] == 0
    assert run("import", project, *photos(tmp_path / "in", 2), "--jobs", "0")[0] == 0
    names = {"catalogue": "K.pdf", "labels": "L.pdf", "translation": "T.xlsx"}
    name = names.get(
        what, {"package": "P.exhibit-pkg", "copies": "001-photo-000.jpg"}.get(what, "")
    )
    out = tmp_path / "out"
    stale, kept = _leftovers(out, name)
    if what == "package":
        code, err = run("package", project, "--out", out / name)
    elif what == "copies":  # a folder of copies named by number and original
        code, err = run("export", what, project, "--out", out)
    else:
        force = () if what == "translation" else ("--force",)  # tiny untitled photos
        code, err = run("export", what, project, "--out", out / name, *force)
    assert code in (0, 3) and (out / name).is_file(), err
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept)
    assert set(out.glob(f".{name}.{os.getpid()}.*")) == {kept[0]}  # its own is gone too
