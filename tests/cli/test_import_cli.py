"""Import end to end: through `exhibit import`, and the job's cancel and report."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.jobs import CancelToken, Outcome
from exhibit.core.store import Catalogue
from exhibit.ingest.importer import ImportJob, ImportOptions
from exhibit.ingest.xmp import render_xmp
from exhibit.testing import make_jpeg


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


def digests(folder: Path) -> dict[str, tuple[str, float]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "Fotos"
    (folder / "Unterordner").mkdir(parents=True)
    exif = {
        "date_taken": "2024:05:01 10:00:00",
        "make": "Canon",
        "model": "Canon EOS 7D",
        "gps": (50.8, 6.48, 120.0),
        "exposure": (1, 250),
        "f_number": 8.0,
        "iso": 200,
    }
    xmp = render_xmp(title={"de": "Rurtal", "zh-CN": "鲁尔河谷"}, description={}, creators=[])
    make_jpeg(folder / "a.jpg", exif=exif, xmp=xmp, size=(120, 80))
    make_jpeg(folder / "Unterordner" / "b.jpg", exif={"orientation": 6}, size=(80, 120))
    (folder / "Unterordner" / "copy of a.jpg").write_bytes((folder / "a.jpg").read_bytes())
    (folder / "kaputt.jpg").write_bytes(b"<html>404 Not Found</html>")
    (folder / "halb.jpg").write_bytes((folder / "a.jpg").read_bytes()[:600])
    return folder


def test_import_folder_reports_every_file(tmp_path: Path, photos: Path) -> None:
    project = tmp_path / "P.exhibit"
    run("new", project)
    before = digests(photos)
    code, out, err = run("import", project, photos, "--json", "--jobs", "2")
    assert code == 3, err  # some files failed
    report = json.loads(out)
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert by_name["a.jpg"]["outcome"] == "imported"
    assert by_name["b.jpg"]["outcome"] == "imported"
    assert by_name["copy of a.jpg"]["outcome"] == "duplicate"
    assert by_name["copy of a.jpg"]["number"] == by_name["a.jpg"]["number"]
    assert by_name["kaputt.jpg"]["reason"] == "not_an_image"
    assert "kaputt.jpg" in by_name["kaputt.jpg"]["message"]
    assert by_name["halb.jpg"]["reason"] == "truncated"
    assert report["counts"] == {"imported": 2, "duplicate": 1, "failed": 2}
    assert digests(photos) == before  # originals untouched
    with Catalogue.open(project) as cat:
        assert cat.integrity_problems() == []
        a = cat.work_by_number(by_name["a.jpg"]["number"])
        assert a.exif.camera == "Canon EOS 7D"
        assert a.exif.date_taken == "2024-05-01T10:00:00"
        assert a.value("title", "zh-Hans") == "鲁尔河谷"
        assert a.text("title", "de").status.value == "draft"
        assert cat.thumbnail_path(a).is_file()
        b = cat.work_by_number(by_name["b.jpg"]["number"])
        assert (b.exif.width, b.exif.height) == (120, 80)  # orientation 6 applied


def test_import_text_summary_and_exit_zero_when_all_is_well(tmp_path: Path) -> None:
    project = tmp_path / "P.exhibit"
    run("new", project)
    make_jpeg(tmp_path / "ok.jpg")
    code, out, _ = run("import", project, tmp_path / "ok.jpg", "--jobs", "0")
    assert code == 0
    assert "1 imported" in out
    code, out, _ = run("import", project, tmp_path / "ok.jpg", "--jobs", "0")
    assert code == 0 and "duplicate of No. 1" in out


def test_import_missing_path_is_named(tmp_path: Path) -> None:
    project = tmp_path / "P.exhibit"
    run("new", project)
    code, _, err = run("import", project, tmp_path / "nowhere")
    assert code == 1
    assert "nowhere: no such file or folder" in err


def test_cancel_keeps_what_was_imported(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        make_jpeg(folder / f"p{i:02d}.jpg", size=(64 + i, 48))
    cancel = CancelToken()

    def progress(p) -> None:
        if p.done >= 3:
            cancel.cancel()

    with Catalogue.create(tmp_path / "P.exhibit", "x") as cat:
        report = ImportJob(cat, [folder], ImportOptions(jobs=2)).run(progress, cancel)
        assert report.cancelled
        imported = report.count(Outcome.IMPORTED)
        assert 3 <= imported < 12
        assert report.not_started == 12 - len(report.outcomes)
        assert cat.count_works() == imported
        assert cat.integrity_problems() == []
        # importing again picks up the rest and recognises what is there
        rest = ImportJob(cat, [folder], ImportOptions(jobs=2)).run(lambda p: None, CancelToken())
        assert rest.count(Outcome.DUPLICATE) == imported
        assert cat.count_works() == 12
