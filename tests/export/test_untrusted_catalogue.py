"""Catalogues that came from elsewhere: every connection refuses functions with side effects in
a catalogue's own views and triggers (``trusted_schema=OFF``) and loads no extension, and a
partner package whose catalogue carries a view or trigger Exhibit did not make is refused
before anything of it runs or lands in a project."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from exhibit.core.fields import Owner
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.project import CATALOGUE_FILE, ProjectPaths
from exhibit.core.schema import foreign_schema, json_in_schema_allowed
from exhibit.core.store import Catalogue
from exhibit.export.partner import (
    MANIFEST,
    PackageError,
    make_package,
    merge_package,
    unpack_package,
)

EVIL = (
    "CREATE TRIGGER evil AFTER UPDATE ON texts BEGIN DELETE FROM works; END",
    "CREATE VIEW spy AS SELECT load_extension('/tmp/not-there') AS x",
)


def _project(root: Path) -> Path:
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        cat.set_office("Düren")
        for n in range(2):
            ref = OriginalRef(f"missing/p{n}.jpg", f"{n + 1:064x}", 10, 1.0, "JPEG")
            work = cat.add_work(NewWork(original=ref))
            cat.set_text(Owner.WORK, work.id, "title", "de", f"Bild {n}")
    return root


def _tampered(package: Path, statements: tuple[str, ...], out: Path) -> Path:
    """The package with ``statements`` run in its catalogue, checksums made to match again
    (a package carries no signature: whoever alters it can recompute them)."""
    work = out.parent / "tamper"
    work.mkdir()
    with zipfile.ZipFile(package) as zf:
        zf.extractall(work)
    conn = sqlite3.connect(work / CATALOGUE_FILE)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    manifest = json.loads((work / MANIFEST).read_text(encoding="utf-8"))
    data = (work / CATALOGUE_FILE).read_bytes()
    manifest["members"][CATALOGUE_FILE] = hashlib.sha256(data).hexdigest()
    (work / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(work.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(work).as_posix())
    shutil.rmtree(work)
    return out


@pytest.fixture
def package(tmp_path: Path) -> Path:
    with Catalogue.open(_project(tmp_path / "Dueren.exhibit")) as cat:
        make_package(cat, tmp_path / "to-jinhua.exhibit-pkg", jobs=0)
    return tmp_path / "to-jinhua.exhibit-pkg"


def test_every_catalogue_connection_distrusts_the_schema(project_dir: Path) -> None:
    _project(project_dir)
    for how in ({}, {"read_only": True}):
        with Catalogue.open(project_dir, **how) as cat:
            conn = cat._conn
            trusted = conn.execute("PRAGMA trusted_schema").fetchone()[0]
            # a writer trusts the schema only where SQLite refuses JSON functions in it
            assert trusted == (0 if how or json_in_schema_allowed() else 1), how
            with pytest.raises(sqlite3.OperationalError):
                conn.execute("SELECT load_extension('/tmp/not-there')")


def test_a_view_calling_an_unsafe_function_does_not_run_it(project_dir: Path) -> None:
    _project(project_dir)
    conn = sqlite3.connect(project_dir / CATALOGUE_FILE)
    conn.execute(EVIL[1])
    conn.commit()
    conn.close()
    with (
        Catalogue.open(project_dir, read_only=True) as cat,
        pytest.raises(sqlite3.OperationalError, match="unsafe use of load_extension"),
    ):
        cat._conn.execute("SELECT * FROM spy").fetchall()


def test_an_untouched_package_has_only_exhibits_own_schema(package: Path, tmp_path) -> None:
    with zipfile.ZipFile(package) as zf:
        zf.extract(CATALOGUE_FILE, tmp_path / "plain")
    assert foreign_schema(tmp_path / "plain" / CATALOGUE_FILE) == []
    unpack_package(package, tmp_path / "Jinhua.exhibit", "Jinhua")
    with Catalogue.open(tmp_path / "Jinhua.exhibit", read_only=True) as cat:
        assert cat.count_works() == 2


@pytest.mark.parametrize("statement", EVIL, ids=["trigger", "view"])
def test_a_package_with_a_trigger_or_view_of_its_own_is_refused(
    package: Path, tmp_path: Path, statement: str
) -> None:
    evil = _tampered(package, (statement,), tmp_path / "evil.exhibit-pkg")
    name = statement.split()[2]
    dest = tmp_path / "Jinhua.exhibit"
    with pytest.raises(PackageError, match=rf"evil.exhibit-pkg: .*{name}.*refused"):
        unpack_package(evil, dest, "Jinhua")
    assert not dest.exists()
    root = tmp_path / "Dueren.exhibit"
    with Catalogue.open(root) as cat, pytest.raises(PackageError, match=name):
        merge_package(cat, evil)
    with Catalogue.open(root, read_only=True) as cat:
        assert cat.count_works() == 2
    assert foreign_schema(ProjectPaths(root).catalogue) == []  # nothing of it came in


def test_a_package_lacking_a_history_trigger_is_refused(package: Path, tmp_path: Path) -> None:
    evil = _tampered(package, ("DROP TRIGGER history_texts_update",), tmp_path / "evil.exhibit-pkg")
    with pytest.raises(PackageError, match="no trigger history_texts_update"):
        unpack_package(evil, tmp_path / "Jinhua.exhibit", "Jinhua")
