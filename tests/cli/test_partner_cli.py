"""Partner packages through the command line: package, unpack, merge, conflicts, resolve."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.project import stored_path
from exhibit.core.store import Catalogue
from exhibit.export.partner import PackageError, read_manifest
from exhibit.testing import make_jpeg


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def dueren(tmp_path: Path) -> Path:
    """A project with three real photos (one 3000 px wide) and texts in both languages."""
    root = tmp_path / "Dueren.exhibit"
    photos = tmp_path / "Fotos"
    photos.mkdir()
    with Catalogue.create(root, {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"}) as cat:
        cat.set_office("Düren")
        cat.set_author("Anna")
        for n, size in enumerate(((3000, 2000), (640, 480), (480, 640)), 1):
            path = photos / f"p{n}.jpg"
            make_jpeg(path, size=size)
            data = path.read_bytes()
            ref = OriginalRef(
                stored_path(path, root),
                hashlib.sha256(data).hexdigest(),
                len(data),
                path.stat().st_mtime,
                "JPEG",
            )
            w = cat.add_work(NewWork(original=ref))
            cat.set_text(Owner.WORK, w.id, "title", "de", f"Bild {n}")
            cat.set_text(Owner.WORK, w.id, "title", "zh-Hans", f"图片{n}")
    return root


def package(project: Path, out: Path) -> Path:
    code, stdout, err = run("package", project, "--out", out, "--json")
    assert code == 0, err
    return Path(json.loads(stdout)["file"])


def test_package_holds_catalogue_previews_and_a_checked_manifest(dueren: Path, tmp_path) -> None:
    pkg = package(dueren, tmp_path / "an-jinhua")
    assert pkg.name == "an-jinhua.exhibit-pkg"
    manifest = read_manifest(pkg)
    with Catalogue.open(dueren, backup=False) as cat:
        assert manifest.exhibition == cat.exhibition_uid
        assert manifest.office == "Düren"
        originals = {w.original.sha256 for w in cat.works()}
    with zipfile.ZipFile(pkg) as zf:
        names = set(zf.namelist())
        assert names == {"manifest.json", "catalogue.sqlite"} | {
            f"previews/{sha}.jpg" for sha in originals
        }
        for name in names - {"manifest.json"}:
            assert hashlib.sha256(zf.read(name)).hexdigest() == manifest.members[name]
        big = Image.open(io.BytesIO(zf.read(f"previews/{sorted(originals)[0]}.jpg")))
        sizes = [Image.open(io.BytesIO(zf.read(n))).size for n in names if n.endswith(".jpg")]
    assert max(max(s) for s in sizes) == 2048  # the 3000 px photo, scaled down
    assert big.format == "JPEG"
    # previews are not the originals
    assert not originals & {hashlib.sha256(b).hexdigest() for b in _members(pkg)}


def _members(pkg: Path) -> list[bytes]:
    with zipfile.ZipFile(pkg) as zf:
        return [zf.read(n) for n in zf.namelist()]


def test_unpack_makes_a_full_project_without_originals(dueren: Path, tmp_path: Path) -> None:
    pkg = package(dueren, tmp_path / "p")
    dest = tmp_path / "elsewhere" / "Jinhua.exhibit"
    code, out, err = run("unpack", pkg, dest, "--office", "Jinhua")
    assert code == 0, err
    with Catalogue.open(dest, backup=False) as cat, Catalogue.open(dueren, backup=False) as src:
        assert cat.office == "Jinhua"
        assert cat.replica_id != src.replica_id
        assert cat.exhibition_uid == src.exhibition_uid
        assert [w.uid for w in cat.works()] == [w.uid for w in src.works()]
        for w in cat.works():
            assert not cat.original_path(w).exists()
            assert cat.paths.preview(w.original.sha256).is_file()
            assert cat.thumbnail_path(w).is_file()
    code, out, err = run("show", dest, "1")
    assert code == 0 and "图片1" in out
    # print at full resolution says why it cannot be done here
    code, out, err = run("preflight", dest)
    assert code == 3 and "stays with the partner office" in out + err
    # a package can be made again from the copy without originals (from its previews)
    back = package(dest, tmp_path / "zurueck")
    assert len([n for n in read_manifest(back).members if n.startswith("previews/")]) == 3


def test_unpack_into_a_folder_in_use_is_refused(dueren: Path, tmp_path: Path) -> None:
    pkg = package(dueren, tmp_path / "p")
    code, _, err = run("unpack", pkg, dueren)
    assert code == 1 and "not empty" in err


def test_three_rounds_of_exchange(dueren: Path, tmp_path: Path) -> None:
    jinhua = tmp_path / "Jinhua.exhibit"
    assert run("unpack", package(dueren, tmp_path / "r1"), jinhua, "--office", "Jinhua")[0] == 0
    run("set", jinhua, "author", "王丽")
    # round 1: Jinhua writes Chinese, Düren German; Jinhua's package merges into Düren
    assert run("set", jinhua, "1", "caption.zh-Hans", "市政厅")[0] == 0
    assert run("set", dueren, "1", "caption.de", "Das Rathaus")[0] == 0
    code, out, err = run("merge", dueren, package(jinhua, tmp_path / "j1"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [(t["field"], t["lang"]) for t in report["taken"]] == [("caption", "zh-Hans")]
    # round 2: Düren sends back; Jinhua gets the German caption and keeps its own
    assert run("set", dueren, "2", "notes", "Rahmen prüfen")[0] == 0
    assert run("merge", jinhua, package(dueren, tmp_path / "d2"))[0] == 0
    # round 3: both change the same title: a conflict on each side, resolved once
    run("set", jinhua, "3", "title.de", "Bild drei (Jinhua)")
    run("set", dueren, "3", "title.de", "Bild drei (Düren)")
    code, out, _ = run("merge", dueren, package(jinhua, tmp_path / "j3"))
    assert code == 3 and "CONFLICT No. 3 title.de" in out
    code, out, _ = run("conflicts", dueren, "--json")
    (c,) = json.loads(out)
    assert c["ours_office"] == "Düren" and c["theirs_office"] == "Jinhua"
    assert c["theirs_author"] == "王丽"
    assert run("resolve", dueren, str(c["id"]), "--take", "theirs")[0] == 0
    assert run("merge", jinhua, package(dueren, tmp_path / "d3"))[0] == 0
    for project in (dueren, jinhua):
        with Catalogue.open(project, backup=False) as cat:
            w1, w2, w3 = cat.works()
            assert w1.text("caption", "zh-Hans").text == "市政厅"
            assert w1.text("caption", "de").text == "Das Rathaus"
            assert w2.notes == "Rahmen prüfen"
            assert w3.text("title", "de").text == "Bild drei (Jinhua)"
            assert cat.conflicts() == []
            rev = cat.last_change(Owner.WORK, w1.id, "caption", "zh-Hans")
            assert (rev.office, rev.author) == ("Jinhua", "王丽")


def test_merging_the_same_package_twice_changes_nothing(dueren: Path, tmp_path: Path) -> None:
    jinhua = tmp_path / "J.exhibit"
    run("unpack", package(dueren, tmp_path / "r1"), jinhua)
    run("set", jinhua, "2", "title.zh-Hans", "第二张")
    pkg = package(jinhua, tmp_path / "j1")
    assert run("merge", dueren, pkg)[0] == 0
    with Catalogue.open(dueren, backup=False) as cat:
        revision = cat.revision
    code, out, _ = run("merge", dueren, pkg, "--json")
    assert code == 0
    assert json.loads(out)["taken"] == []
    with Catalogue.open(dueren, backup=False) as cat:
        assert cat.revision == revision


def test_dry_run_changes_nothing(dueren: Path, tmp_path: Path) -> None:
    jinhua = tmp_path / "J.exhibit"
    run("unpack", package(dueren, tmp_path / "r1"), jinhua)
    run("set", jinhua, "2", "title.zh-Hans", "第二张")
    code, out, _ = run("merge", dueren, package(jinhua, tmp_path / "j1"), "--dry-run")
    assert code == 0 and "would take 1 fields" in out
    with Catalogue.open(dueren, backup=False) as cat:
        assert cat.work_by_number(2).text("title", "zh-Hans").text == "图片2"


def _rewrite(pkg: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(pkg) as src, zipfile.ZipFile(out, "w") as dst:
        members = {n: src.read(n) for n in src.namelist()}
        for name, data in change(members).items():
            dst.writestr(name, data)
    return out


def _unchanged(project: Path):
    with Catalogue.open(project, backup=False) as cat:
        return cat.revision, [w.text("title", "de").text for w in cat.works()]


def test_truncated_altered_and_foreign_packages_change_nothing(
    dueren: Path, tmp_path: Path
) -> None:
    jinhua = tmp_path / "J.exhibit"
    run("unpack", package(dueren, tmp_path / "r1"), jinhua)
    run("set", jinhua, "1", "title.de", "verändert")
    pkg = package(jinhua, tmp_path / "j1")
    before = _unchanged(dueren)
    data = pkg.read_bytes()

    truncated = tmp_path / "truncated.exhibit-pkg"
    truncated.write_bytes(data[: len(data) // 2])
    code, _, err = run("merge", dueren, truncated)
    assert code == 1 and "truncated" in err

    def alter(members):
        name = next(n for n in members if n.startswith("previews/"))
        members[name] = members[name][:-10] + b"0123456789"
        return members

    altered = _rewrite(pkg, tmp_path / "altered.exhibit-pkg", alter)
    code, _, err = run("merge", dueren, altered)
    assert code == 1 and "checksum" in err

    def add_script(members):
        members["previews/run.sh"] = b"#!/bin/sh\nrm -rf ~\n"
        return members

    code, _, err = run("merge", dueren, _rewrite(pkg, tmp_path / "x.exhibit-pkg", add_script))
    assert code == 1 and "no place" in err

    other = tmp_path / "Other.exhibit"
    Catalogue.create(other, "Andere Ausstellung").close()
    foreign = package(other, tmp_path / "foreign")
    code, _, err = run("merge", dueren, foreign)
    assert code == 1 and "another exhibition" in err

    not_zip = tmp_path / "notes.exhibit-pkg"
    not_zip.write_text("hello", encoding="utf-8")
    with pytest.raises(PackageError, match="not a complete package"):
        read_manifest(not_zip)
    assert _unchanged(dueren) == before
    # and the good one still merges
    assert run("merge", dueren, pkg)[0] == 0
    assert _unchanged(dueren)[1][0] == "verändert"


def test_set_office_and_author(dueren: Path) -> None:
    assert run("set", dueren, "office", "Düren Ost")[0] == 0
    assert run("set", dueren, "author", "Jan")[0] == 0
    with Catalogue.open(dueren, backup=False) as cat:
        assert (cat.office, cat.author) == ("Düren Ost", "Jan")
    code, _, err = run("set", dueren, "office", " ")
    assert code == 2 and "office" in err


def test_condition_checks_from_both_offices_are_all_kept(dueren: Path, tmp_path: Path) -> None:
    from datetime import date

    from exhibit.core.loan import ConditionCheck, Grade, HandOver, Zone

    jinhua = tmp_path / "J.exhibit"
    run("unpack", package(dueren, tmp_path / "r1"), jinhua, "--office", "Jinhua")
    with Catalogue.open(dueren, backup=False) as cat:
        w = cat.work_by_number(1)
        cat.add_condition_checks(
            [ConditionCheck(HandOver.DISPATCH, date(2026, 8, 1), "Düren", "Anna", work_id=w.id)]
        )
    with Catalogue.open(jinhua, backup=False) as cat:
        w = cat.work_by_number(1)
        arrival = ConditionCheck(
            HandOver.ARRIVAL,
            date(2026, 9, 2),
            "Jinhua",
            "李娜",
            grades=((Zone.FRAME, Grade.FAIR),),
            note="左下角有划痕",
            work_id=w.id,
        )
        cat.add_condition_checks([arrival])
    back = package(jinhua, tmp_path / "j1")
    code, out, _ = run("merge", dueren, back, "--json")
    assert code == 0 and json.loads(out)["condition_checks_added"] == 1
    code, out, _ = run("merge", dueren, back, "--json")  # again: nothing doubled
    assert json.loads(out)["condition_checks_added"] == 0
    with Catalogue.open(dueren, backup=False) as cat:
        checks = cat.condition_history(cat.work_by_number(1).id).checks
        assert [(c.event, c.place, c.note) for c in checks] == [
            (HandOver.DISPATCH, "Düren", ""),
            (HandOver.ARRIVAL, "Jinhua", "左下角有划痕"),
        ]
        assert checks[1].grade(Zone.FRAME) is Grade.FAIR
    # and back: Jinhua gets Düren's dispatch check, keeps its own
    assert run("merge", jinhua, package(dueren, tmp_path / "d2"))[0] == 0
    with Catalogue.open(jinhua, backup=False) as cat:
        assert len(cat.condition_history(cat.work_by_number(1).id).checks) == 2
