"""End-to-end through the command line: new, set, list, show, check, relink, exit codes."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.project import stored_path
from exhibit.core.store import Catalogue


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def add_file_work(cat: Catalogue, path: Path) -> int:
    data = path.read_bytes()
    st = path.stat()
    ref = OriginalRef(
        stored_path(path, cat.root),
        hashlib.sha256(data).hexdigest(),
        st.st_size,
        st.st_mtime,
        "JPEG",
    )
    return cat.add_work(NewWork(original=ref)).id


@pytest.fixture
def project(tmp_path: Path) -> Path:
    p = tmp_path / "P.exhibit"
    code, _out, err = run("new", p, "--title", "Düren", "--title-lang", "zh-Hans=迪伦")
    assert code == 0, err
    return p


def test_help_for_every_command() -> None:
    from exhibit.cli.main import COMMANDS

    for name in COMMANDS:
        with pytest.raises(SystemExit) as stop:
            main([name, "--help"], io.StringIO(), io.StringIO())
        assert stop.value.code == 0


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "exhibit", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert "exit codes" in out.stdout


def test_new_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("x")
    code, _, err = run("new", tmp_path)
    assert code == 1
    assert "not empty" in err


def test_set_list_show_round_trip(project: Path, tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8fake")
    with Catalogue.open(project) as cat:
        add_file_work(cat, photo)
    assert run("set", project, "1", "title.de", "Der Markt")[0] == 0
    assert run("set", project, "1", "title.zh-Hans", "集市")[0] == 0
    code, out, _ = run("set", project, "1", "title.zh-Hans", "--status", "approved")
    assert code == 0 and "approved" in out
    assert run("set", project, "1", "print_width_cm", "40,5")[0] == 0
    assert run("set", project, "1", "tags", "Markt, Stadt")[0] == 0
    assert run("set", project, "exhibition", "foreword.zh-Hans", "前言")[0] == 0
    code, out, _ = run("show", project, "1", "--json")
    d = json.loads(out)
    assert d["texts"]["title"]["zh-Hans"] == {"text": "集市", "status": "approved"}
    assert d["print_width_cm"] == 40.5
    assert d["tags"] == ["Markt", "Stadt"]
    code, out, _ = run("list", project, "--json")
    assert json.loads(out)[0]["title"] == {"de": "Der Markt", "zh-Hans": "集市"}
    code, out, _ = run("list", project)
    assert "Der Markt / 集市" in out
    # changing the source makes the approved translation outdated
    run("set", project, "1", "title.de", "Der Wochenmarkt")
    d = json.loads(run("show", project, "1", "--json")[1])
    assert d["texts"]["title"]["zh-Hans"]["status"] == "outdated"


def test_bad_input_names_the_field(project: Path) -> None:
    code, _, err = run("set", project, "7", "title.de", "x")
    assert code == 1 and "No. 7" in err
    code, _, err = run("set", project, "exhibition", "colour", "red")
    assert code == 2 and "no field 'colour'" in err
    code, _, err = run("set", project, "exhibition", "title.fr", "Titre")
    assert code == 2 and "'fr' is not a language" in err
    code, _, err = run("list", project.parent / "nothing.exhibit")
    assert code == 1 and "no such project" in err


def test_project_open_elsewhere_exit_code(project: Path) -> None:
    with Catalogue.open(project):
        code, _, err = run("set", project, "exhibition", "title.de", "Neu")
    assert code == 4 and "already open" in err  # readers: tests/cli/test_store_safety_cli.py


def test_check_finds_missing_and_changed_then_relink(project: Path, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    a, b = photos / "a.jpg", photos / "b.jpg"
    a.write_bytes(b"\xff\xd8aaaa")
    b.write_bytes(b"\xff\xd8bbbb")
    with Catalogue.open(project) as cat:
        add_file_work(cat, a)
        add_file_work(cat, b)
    assert run("check", project)[0] == 0
    moved = tmp_path / "usb" / "deep"
    moved.mkdir(parents=True)
    shutil.move(a, moved / "renamed.jpg")
    b.write_bytes(b"\xff\xd8bbbb-edited")
    code, out, _ = run("check", project)
    assert code == 3
    # one fact per line, the work named by its number and file, the path not repeated
    lines = out.splitlines()
    assert "  No. 1 a.jpg: the original file is missing" in lines
    assert "  No. 2 b.jpg: the original file has changed since import" in lines
    assert not [line for line in lines if "a.jpg" in line and "No. 1 a.jpg:" not in line]
    code, out, _ = run("relink", project, tmp_path / "usb", "--json")
    report = json.loads(out)
    outcomes = {f["number"]: (f["outcome"], f["reason"]) for f in report["files"]}
    # No. 1 found again under a new name; No. 2's original content is nowhere to be found
    assert outcomes == {1: ("relinked", ""), 2: ("missing", "not_found")}
    with Catalogue.open(project) as cat:
        assert cat.original_path(cat.work_by_number(1)).resolve() == (moved / "renamed.jpg")
        assert [p.code for p in cat.work_by_number(1).problems] == []
    code, out, _ = run("check", project, "--json")
    states = {f["number"]: f["outcome"] for f in json.loads(out)["files"]}
    assert states == {1: "ok", 2: "changed"}


def test_originals_are_only_read(project: Path, tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8data")
    os.chmod(photo, 0o444)
    before = (photo.stat().st_mtime, photo.read_bytes())
    with Catalogue.open(project) as cat:
        add_file_work(cat, photo)
    run("check", project)
    run("relink", project, tmp_path)
    assert (photo.stat().st_mtime, photo.read_bytes()) == before


def test_demo_prints_where_it_is_without_a_display(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code, out, err = run("demo", tmp_path / "Demo.exhibit", "--jobs", "2")
    assert code == 0, err
    assert f"Demo exhibition created: {tmp_path / 'Demo.exhibit'}" in out
    assert "Catalogue written:" in out
    pdf = tmp_path / "Demo.exhibit" / "Katalog.pdf"
    assert pdf.is_file()
    assert (
        "No window was opened: there is no display (QT_QPA_PLATFORM is offscreen); "
        f"the catalogue is {pdf}."
    ) in out
    code, _, err = run()
    assert code == 1 and "no display" in err


def test_demo_with_a_display_opens_the_app_at_once(tmp_path: Path, monkeypatch) -> None:
    """The app starts straight away and makes the demo itself (tests/ui/test_demo_window.py);
    the command builds nothing before the window shows."""
    calls = []
    monkeypatch.setattr(
        "exhibit.ui.app.main", lambda argv, project=None, demo=None: calls.append(demo) or 0
    )
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    target = tmp_path / "Demo.exhibit"
    code, out, err = run("demo", target)
    assert code == 0, err
    assert calls == [target]
    assert not target.exists()
    assert f"Making the demo exhibition in {target}; the app shows its progress." in out
    assert f"Its catalogue will be {target / 'Katalog.pdf'}" in out


def test_progress_bar_shows_count_rate_eta_and_file() -> None:
    from exhibit.cli.output import ProgressBar
    from exhibit.core.jobs import Progress

    stream = io.StringIO()
    bar = ProgressBar(stream, enabled=True)
    bar(Progress(5, 10, "/photos/deep/Annakirche.jpg", elapsed=2.0))
    bar.finish()
    text = stream.getvalue()
    assert "5/10" in text and "2.5/s" in text and "ETA 00:02" in text
    assert "Annakirche.jpg" in text and "/photos" not in text
    quiet = io.StringIO()
    ProgressBar(quiet, enabled=False)(Progress(1, 2, "x"))
    assert quiet.getvalue() == ""
