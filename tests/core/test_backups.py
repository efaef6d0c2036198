"""Backups: thinned over time within a budget, made before every migration, only of a sound
catalogue, and restorable; a schema-1 catalogue saved by an earlier version upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_store import new_work

from exhibit.core import migrations, schema, store_backups
from exhibit.core.errors import BackupError, CatalogueDamagedError
from exhibit.core.fields import Owner
from exhibit.core.model import TranslationStatus
from exhibit.core.project import ProjectPaths
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import Backup, backups, describe, kept, make_backup, restore

sys.path.insert(0, str(Path(__file__).parent))

SCHEMA1 = Path(__file__).resolve().parents[1] / "data" / "catalogue-schema1.sqlite"
T0 = datetime(2026, 11, 29, 14, 0, 0)


def _project(project_dir: Path, works: int = 2) -> ProjectPaths:
    with Catalogue.create(project_dir, "Düren") as cat:
        for n in range(1, works + 1):
            cat.add_work(new_work(n))
    return ProjectPaths(project_dir)


def _works_in(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM works").fetchone()[0]
    finally:
        conn.close()


# ----------------------------------------------------------------- thinning


def test_backups_reach_back_in_time(project_dir: Path) -> None:
    """A backup a day for 70 days: the last five, one a day for a week, one a week for two
    months remain, and five quick edits no longer push out everything older."""
    paths = _project(project_dir)
    start = T0 - timedelta(days=70)
    for day in range(70):
        make_backup(paths, now=start + timedelta(days=day, hours=day % 5))
    for seconds in range(5):  # five edits within 25 s
        make_backup(paths, now=T0 + timedelta(seconds=5 * seconds))
    found = backups(paths)
    now = T0 + timedelta(seconds=20)
    ages = [now - b.when for b in found]
    assert ages[0] == timedelta(0)
    assert max(ages) > timedelta(weeks=8)  # two months back
    days = {b.when.date() for b in found}
    assert {(now - timedelta(days=k)).date() for k in range(7)} <= days  # one a day for a week
    weeks = {b.when.isocalendar()[:2] for b in found}
    assert len(weeks) >= 9
    assert len(found) <= 5 + 7 + 9 + 1
    assert all(_works_in(b.path) == 2 for b in found)


def test_thinning_keeps_the_first_of_a_day_and_the_newest_within_the_budget() -> None:
    def b(hours: float, size: int = 100) -> Backup:
        when = T0 - timedelta(hours=hours)
        return Backup(Path(f"catalogue-{when:%Y%m%d-%H%M%S-%f}-open.sqlite"), when, "open", size)

    found = [b(h) for h in (0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 13.9)]  # newest first
    chosen = kept(found, T0)
    assert [x.when for x in chosen] == [x.when for x in found[:5]] + [found[-1].when]
    assert kept(found, T0, budget=250) == found[:2]  # the oldest go first
    assert kept([b(0, 10_000)], T0, budget=1) == [b(0, 10_000)]  # never the newest


def test_a_backup_that_cannot_be_written_is_said_and_reading_goes_on(project_dir: Path) -> None:
    paths = _project(project_dir)
    shutil.rmtree(paths.backups)
    paths.backups.write_text("not a folder")  # nothing can be written where backups go
    with pytest.raises(BackupError, match=r"no backup could be written in .*backups"):
        make_backup(paths)
    with Catalogue.open(project_dir) as cat:  # a writer opening with a backup
        assert any("no backup could be written" in n for n in cat.notices)
        assert cat.count_works() == 2
    assert not list(project_dir.glob("backups*.part"))


def test_a_backup_on_a_full_disk_says_so(project_dir: Path, monkeypatch) -> None:
    """ENOSPC injected where the backup is written (the copy's own connection)."""
    paths = _project(project_dir)
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if str(target).endswith(".part"):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(store_backups.sqlite3, "connect", connect)
    with pytest.raises(BackupError, match=r"\(the disk is full\); the catalogue was not changed"):
        make_backup(paths)
    monkeypatch.undo()
    assert backups(paths) == [] and not list(paths.backups.iterdir())


# ----------------------------------------------------------------- migrations


def _with_second_step(monkeypatch, seen: list) -> None:
    """A throw-away step 2 that notes, when it runs, which backups exist."""
    real = migrations.steps()
    extra = migrations.Step(len(real) + 1, "throwaway", "CREATE TABLE throwaway (x);\n")
    monkeypatch.setattr(migrations, "steps", lambda: (*real, extra))
    run_step = schema._run_step

    def noting(conn, step):
        if step is extra:
            seen.append([b.label for b in backups(ProjectPaths(Path(conn_path(conn)).parent))])
        run_step(conn, step)

    monkeypatch.setattr(schema, "_run_step", noting)


def conn_path(conn: sqlite3.Connection) -> str:
    return conn.execute("PRAGMA database_list").fetchone()[2]


@pytest.mark.parametrize(
    "how",
    [
        {"backup": False},
        {"backup": True},
        {"read_only": True},
    ],
    ids=["writer-without-backup", "writer", "reader"],
)
def test_migrations_always_back_up_first(project_dir: Path, monkeypatch, how) -> None:
    _project(project_dir)
    seen: list = []
    _with_second_step(monkeypatch, seen)
    with Catalogue.open(project_dir, **how) as cat:
        assert cat.count_works() == 2
    assert seen == [["migration"]]  # the backup existed before the step ran
    (before,) = [b for b in backups(ProjectPaths(project_dir)) if b.label == "migration"]
    conn = sqlite3.connect(before.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1
    conn.close()
    assert _works_in(before.path) == 2


def test_no_migration_without_a_backup(project_dir: Path, monkeypatch) -> None:
    paths = _project(project_dir)
    seen: list = []
    _with_second_step(monkeypatch, seen)
    shutil.rmtree(paths.backups)
    paths.backups.write_text("not a folder")
    with pytest.raises(BackupError):
        Catalogue.open(project_dir, backup=False)
    assert seen == []
    conn = sqlite3.connect(paths.catalogue)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1
    conn.close()


def _schema1_project(tmp_path: Path) -> Path:
    root = tmp_path / "Alt.exhibit"
    root.mkdir()
    shutil.copy(SCHEMA1, root / "catalogue.sqlite")
    return root


def test_a_schema1_catalogue_opens_with_its_works_and_texts(tmp_path: Path) -> None:
    root = _schema1_project(tmp_path)
    with Catalogue.open(root) as cat:
        assert cat._rows("PRAGMA user_version")[0]["user_version"] == migrations.latest_version()
        assert cat.exhibition().value("title", "zh-Hans") == "迪伦影像"
        works = cat.works()
        assert [w.value("title", "de") for w in works] == ["Marktplatz", "Rurufer", "Annakirmes"]
        assert works[0].text("title", "zh-Hans").status is TranslationStatus.APPROVED
        assert works[0].value("caption", "zh-Hans") == "五月的集市广场"
        assert works[0].print_width_cm == 40.0
        assert [s.texts["title"]["zh-Hans"].text for s in cat.sections()] == ["城市", "河流"]
        assert cat.integrity_problems() == []


def test_a_schema1_catalogue_upgrades_through_a_later_step(tmp_path: Path, monkeypatch) -> None:
    root = _schema1_project(tmp_path)
    seen: list = []
    if migrations.latest_version() == 1:
        _with_second_step(monkeypatch, seen)
    with Catalogue.open(root, read_only=True) as cat:
        assert cat.work_by_number(2).value("title", "zh-Hans") == "鲁尔河畔"
    assert any(b.label == "migration" for b in backups(ProjectPaths(root)))
    if seen:
        assert seen == [["migration"]]


# ----------------------------------------------------------------- damage


def _damaged_copy(project_dir: Path, page: int) -> ProjectPaths:
    """A project whose catalogue has one page mid-file overwritten with garbage (page 9 holds
    a table's b-tree page, 15 a page of texts)."""
    with Catalogue.create(project_dir, "Düren") as cat:
        for n in range(1, 32):
            w = cat.add_work(new_work(n))
            cat.set_text(Owner.WORK, w.id, "caption", "de", f"Bildunterschrift {n} " * 12)
            cat.set_text(Owner.WORK, w.id, "caption", "zh-Hans", f"图片说明 {n} " * 12)
    for _ in range(3):
        Catalogue.open(project_dir).close()  # three good backups
    paths = ProjectPaths(project_dir)
    size = paths.catalogue.stat().st_size
    assert size >= 16 * 4096
    with open(paths.catalogue, "r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(bytes(range(7, 250)) * 8)
    return paths


@pytest.mark.parametrize("page", [9, 15])
def test_a_damaged_catalogue_is_read_only_and_never_replaces_good_backups(
    project_dir: Path, page: int
) -> None:
    paths = _damaged_copy(project_dir, page)
    good = sorted(b.path.name for b in backups(paths))
    for _ in range(6):
        with pytest.raises(CatalogueDamagedError, match=r"damaged.*--restore newest"):
            Catalogue.open(project_dir)
        try:
            with Catalogue.open(project_dir, read_only=True) as cat:
                assert any("damaged" in n for n in cat.notices)
                cat.works()
        except CatalogueDamagedError:
            pass  # a page the listing needs is unreadable: said, never a raw sqlite3 error
    assert sorted(b.path.name for b in backups(paths)) == good
    assert all(info.good and info.works == 31 for info in describe(backups(paths)))


def _pages_of(catalogue: Path, table: str) -> list[int]:
    conn = sqlite3.connect(catalogue)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()


@pytest.mark.parametrize("table", ["history", "works"])
def test_a_reader_that_never_reads_the_history_checks_every_other_table(
    project_dir: Path, table: str
) -> None:
    with Catalogue.create(project_dir, "Düren") as cat:
        for n in range(1, 32):
            w = cat.add_work(new_work(n))
            cat.set_text(Owner.WORK, w.id, "caption", "de", f"Bildunterschrift {n} " * 12)
    paths = ProjectPaths(project_dir)
    page = _pages_of(paths.catalogue, table)[-1]
    with open(paths.catalogue, "r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(bytes(range(7, 250)) * 8)
    for how in ({}, {"reads_history": False}):  # by default the whole file is checked
        if table == "history" and how:
            with Catalogue.open(project_dir, read_only=True, **how) as cat:
                assert not cat.notices
                assert len(cat.work_listing()) == 31  # what the listing reads is sound
            continue
        try:  # damage is said (as a notice, or refused), never passed over
            with Catalogue.open(project_dir, read_only=True, **how) as cat:
                assert any("damaged" in n for n in cat.notices), how
        except CatalogueDamagedError:
            pass


def test_an_empty_catalogue_is_never_recreated_over_backups(project_dir: Path) -> None:
    paths = _project(project_dir, works=3)
    Catalogue.open(project_dir).close()
    paths.catalogue.write_bytes(b"")
    for how in ({}, {"backup": False}, {"read_only": True}):
        with pytest.raises(CatalogueDamagedError, match=r"empty .0 bytes.*--restore newest"):
            Catalogue.open(project_dir, **how)
    assert paths.catalogue.stat().st_size == 0
    paths.catalogue.unlink()
    with pytest.raises(CatalogueDamagedError, match=r"missing.*backups"):
        Catalogue.open(project_dir)
    assert not paths.catalogue.exists()
    done = restore(paths, "newest")
    assert done.backup.works == 3 and done.saved_as is None
    with Catalogue.open(project_dir, read_only=True) as cat:
        assert cat.count_works() == 3


def test_restore_keeps_the_current_catalogue_first(project_dir: Path) -> None:
    paths = _project(project_dir, works=2)
    first = make_backup(paths, now=T0 - timedelta(days=2))
    with Catalogue.open(project_dir, backup=False) as cat:
        cat.add_work(new_work(3))
    done = restore(paths, first.stamp[:15], now=T0)
    assert _works_in(paths.catalogue) == 2
    assert done.saved_as is not None and _works_in(done.saved_as) == 3
    labels = {b.label: b for b in backups(paths)}
    assert labels["restore"].path == done.saved_as
    assert first.path.exists()


def test_restore_sets_a_damaged_catalogue_aside(project_dir: Path) -> None:
    paths = _damaged_copy(project_dir, 9)
    done = restore(paths, "newest")
    assert done.saved_as is not None and done.saved_as.name.startswith("damaged-")
    with Catalogue.open(project_dir) as cat:
        assert cat.count_works() == 31 and cat.integrity_problems() == []


def test_restore_names_what_it_cannot_find(project_dir: Path) -> None:
    paths = _project(project_dir)
    make_backup(paths, now=T0)
    with pytest.raises(BackupError, match="is not a backup of this project"):
        restore(paths, "19990101")
    assert store_backups.find(describe(backups(paths)), "2026-11-29").backup.when == T0
