"""The command line beside an open project, with backups, and on damaged, full or read-only
disks: readers read, writers get one clear message, nothing is lost."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from test_cli_basic import add_file_work

from exhibit.cli.main import main
from exhibit.core.project import APP
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import backups
from exhibit.testing import make_jpeg


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "P.exhibit"
    photos = tmp_path / "photos"
    photos.mkdir()
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        for n in range(1, 4):
            make_jpeg(photos / f"{n}.jpg", size=(1200 + n, 800))
            wid = add_file_work(cat, photos / f"{n}.jpg")
            cat.set_text("work", wid, "title", "de", f"Werk {n}")
    return root


def test_readers_work_while_the_app_holds_the_project(project: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "K.pdf"
    with Catalogue.open(project, program=APP):
        results = {
            "list": run("list", project),
            "show": run("show", project, "2"),
            "check": run("check", project),
            "preflight": run("preflight", project),
            "export": run("export", "catalogue", project, "--out", pdf, "--force"),
            "set": run("set", project, "1", "title.de", "Neu"),
        }
    for name in ("list", "show", "check", "export"):
        assert results[name][0] == 0, (name, results[name])
    assert results["preflight"][0] in (0, 3) and "already open" not in results["preflight"][2]
    assert "Werk 2" in results["show"][1] and "3 works" in results["list"][1]
    assert pdf.is_file()
    assert "not recorded" in results["check"][2]
    code, _, err = results["set"]
    assert code == 4
    assert "Exhibit (the app) on this computer, process" in err and "since" in err
    with Catalogue.open(project, read_only=True) as cat:
        assert cat.work_by_number(1).value("title", "de") == "Werk 1"


def test_backups_lists_and_restores(project: Path) -> None:
    run("import", project, project.parent / "photos" / "1.jpg")  # a writer: backs up on open
    run("set", project, "1", "title.de", "Geändert")
    code, out, _ = run("backups", project)
    assert code == 0
    header, first, *_ = out.splitlines()
    assert header.split()[:5] == ["ID", "made", "size", "works", "reason"]
    ident = first.split()[0]
    assert " 3  open" in first and "KB" in first
    code, out, _ = run("backups", project, "--json")
    listed = json.loads(out)
    assert listed["catalogue_problem"] is None and listed["backups"][0]["works"] == 3
    code, out, err = run("backups", project, "--restore", ident)
    assert code == 0, err
    assert f"Restored backup {ident}" in out and "kept as" in out
    code, out, _ = run("show", project, "1")
    assert "Werk 1" in out
    assert any(b.label == "restore" for b in backups(Catalogue.open(project, read_only=True).paths))


def test_a_truncated_catalogue_survives_six_commands(project: Path) -> None:
    for _ in range(2):
        Catalogue.open(project).close()
    before = sorted(b.path.name for b in backups(Catalogue.open(project, read_only=True).paths))
    (project / "catalogue.sqlite").write_bytes(b"")
    commands = [
        ("list", project),
        ("show", project, "1"),
        ("set", project, "1", "title.de", "x"),
        ("check", project),
        ("preflight", project),
        ("import", project, project.parent / "photos"),
    ]
    for args in commands:
        code, out, err = run(*args)
        assert code == 1, (args, out, err)
        assert "empty (0 bytes)" in err and "--restore newest" in err, err
        assert "Traceback" not in err and "sqlite3" not in err
    assert (project / "catalogue.sqlite").stat().st_size == 0
    code, out, err = run("backups", project)
    assert code == 3 and "empty (0 bytes)" in err and "3 works" in err
    code, out, _ = run("backups", project, "--json")
    listed = json.loads(out)["backups"]
    assert sorted(b["file"] for b in listed) == before and all(b["works"] == 3 for b in listed)
    code, out, err = run("backups", project, "--restore", "newest")
    assert code == 0, err
    code, out, _ = run("list", project)
    assert code == 0 and "3 works" in out


def test_pages_corrupted_mid_file_give_a_clear_message(project: Path) -> None:
    cat = project / "catalogue.sqlite"
    Catalogue.open(project).close()
    conn = sqlite3.connect(cat)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with open(cat, "r+b") as fh:  # the works table's pages, wherever they are
        for page in range(2, pages + 1):
            fh.seek((page - 1) * 4096)
            head = fh.read(1)
            if head in (b"\x0d", b"\x05"):  # table b-tree pages
                fh.seek((page - 1) * 4096)
                fh.write(b"\xff" * 64)
    for args in (("list", project), ("show", project, "1"), ("set", project, "1", "title.de", "x")):
        code, _out, err = run(*args)
        assert code in (0, 1), (args, err)
        assert "Traceback" not in err and "DatabaseError" not in err
        assert "damaged" in err, (args, err)
    code, _, err = run("backups", project)
    assert code == 3 and "--restore newest" in err
