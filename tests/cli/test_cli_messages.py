"""What the command line says is true and complete: exit codes, names, headers, help."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.fields import Owner, spec
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.project import stored_path
from exhibit.core.store import Catalogue


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


def help_text(capsys, *args: str) -> str:
    """What `exhibit ARGS --help` prints (argparse writes help to sys.stdout)."""
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"], io.StringIO(), io.StringIO())
    assert stop.value.code == 0
    return capsys.readouterr().out


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with three works (their originals are small files, never decoded here)."""
    root = tmp_path / "P.exhibit"
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        for i in range(3):
            photo = tmp_path / f"{i + 1:02d}.jpg"
            photo.write_bytes(b"\xff\xd8" + bytes([i]) * 10)
            st = photo.stat()
            digest = hashlib.sha256(photo.read_bytes()).hexdigest()
            ref = OriginalRef(stored_path(photo, root), digest, st.st_size, st.st_mtime, "JPEG")
            cat.add_work(NewWork(original=ref))
    return root


def test_an_open_range_is_a_usage_error(project: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "catalogue", project, "--out", tmp_path / "K.pdf", "--works", "3-")
    assert code == 2
    assert "--works: '3-' is not a number or a range like 1-5" in err
    assert not (tmp_path / "K.pdf").exists()


def test_a_work_that_does_not_exist_is_named(project: Path, tmp_path: Path) -> None:
    code, _, err = run(
        "export", "catalogue", project, "--out", tmp_path / "K.pdf", "--works", "2,77"
    )
    assert code == 2
    assert "no work No. 77" in err and "No. 1 to 3" in err
    assert "No. 2" not in err  # the work that exists is not blamed
    assert not (tmp_path / "K.pdf").exists()


def test_out_in_a_missing_folder_is_refused_and_not_made(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "dir" / "K.pdf"
    code, _, err = run("export", "catalogue", project, "--out", out)
    assert code == 1
    assert f"the folder {out.parent} does not exist" in err
    assert not (tmp_path / "no").exists()


def test_import_of_a_folder_without_photos_names_what_it_skipped(tmp_path: Path) -> None:
    project = tmp_path / "P.exhibit"
    Catalogue.create(project, "P").close()
    folder = tmp_path / "Ordner"
    folder.mkdir()
    (folder / "notes.txt").write_text("Liste der Bilder")
    (folder / "a.xmp").write_text("<x:xmpmeta/>")
    (folder / ".DS_Store").write_bytes(b"\0")
    code, out, err = run("import", project, folder, "--jobs", "0")
    assert code == 3  # the documented "problems found"
    assert f"  SKIPPED   {folder / 'notes.txt'}: not a photo (by its name)" in out
    assert f"  SKIPPED   {folder / 'a.xmp'}: not a photo (by its name)" in out
    assert f"  SKIPPED   {folder / '.DS_Store'}: hidden or system file" in out
    assert f"no photos found in {folder} (3 files passed over)" in err
    with Catalogue.open(project) as cat:
        assert cat.works() == []


def test_list_prints_a_header_row(project: Path) -> None:
    with Catalogue.open(project) as cat:
        cat.set_text(Owner.WORK, cat.work_by_number(1).id, "title", "de", "Der Markt")
    code, out, _ = run("list", project)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["No.", "Title", "(de", "/", "zh-Hans)", "[Section]", "File"]
    assert lines[1].split()[:2] == ["1", "Der"]
    assert lines[-1] == "3 works"


def test_set_help_lists_the_choices_of_loan_status(capsys) -> None:
    text = help_text(capsys, "set")
    choices = spec(Owner.WORK, "loan_status").choices
    assert choices
    assert f"loan_status (one of: {', '.join(choices)})" in text


def test_export_catalogue_help_has_the_exit_code_table(capsys) -> None:
    text = help_text(capsys, "export", "catalogue")
    assert "exit codes:" in text
    assert "6  export stopped by preflight errors" in text
    assert "2  the command line was wrong" in text
