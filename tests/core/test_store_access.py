"""Readers while the project is open, writers taking turns, and who holds a project."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from test_store import new_work

from exhibit.core import project as project_module
from exhibit.core.errors import CatalogueReadOnlyError, ProjectLockedError
from exhibit.core.fields import Owner
from exhibit.core.project import APP, COMMAND, LockHolder, ProjectLock, ProjectPaths
from exhibit.core.store import Catalogue

sys.path.insert(0, str(Path(__file__).parent))


def _project(project_dir: Path, works: int = 3) -> Path:
    with Catalogue.create(project_dir, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        for n in range(1, works + 1):
            w = cat.add_work(new_work(n))
            cat.set_text(Owner.WORK, w.id, "title", "de", f"Werk {n}")
    return project_dir


def test_a_reader_reads_while_the_app_holds_the_project(project_dir: Path) -> None:
    _project(project_dir)
    with Catalogue.open(project_dir, program=APP) as app:
        app.set_text(Owner.WORK, 1, "title", "zh-Hans", "作品一")  # written, not yet checkpointed
        with Catalogue.open(project_dir, read_only=True) as reader:
            assert reader.read_only
            assert [w.value("title", "de") for w in reader.works()] == [
                "Werk 1",
                "Werk 2",
                "Werk 3",
            ]
            assert reader.work(1).value("title", "zh-Hans") == "作品一"
            with pytest.raises(CatalogueReadOnlyError, match="reading only"):
                reader.set_text(Owner.WORK, 1, "title", "de", "nein")
        assert app.work(1).value("title", "de") == "Werk 1"


def test_a_writer_is_refused_at_once_by_the_app_and_told_who_holds_it(
    project_dir: Path, monkeypatch
) -> None:
    _project(project_dir)
    naps: list[float] = []
    monkeypatch.setattr(project_module.time, "sleep", naps.append)
    with Catalogue.open(project_dir, program=APP), pytest.raises(ProjectLockedError) as caught:
        Catalogue.open(project_dir, wait=30)
    assert naps == []  # the app does not go away by itself: no waiting
    holder = caught.value.holder
    assert holder.is_app and holder.on_this_computer
    message = str(caught.value)
    assert "Exhibit (the app) on this computer, process" in message
    assert f"process {holder.pid}, since " in message


def test_a_writer_waits_for_another_command_line_writer(project_dir: Path) -> None:
    _project(project_dir)
    first = ProjectLock(ProjectPaths(project_dir), COMMAND, "exhibit set")
    first.acquire()  # another command-line writer, done in 0.3 s
    timer = threading.Timer(0.3, first.release)
    timer.start()
    try:
        with Catalogue.open(project_dir, wait=20, command="exhibit set") as second:
            second.set_text(Owner.WORK, 1, "title", "de", "danach")
    finally:
        timer.join()
    with Catalogue.open(project_dir, read_only=True) as cat:
        assert cat.work(1).value("title", "de") == "danach"


def test_a_command_line_writer_gives_up_after_its_wait(project_dir: Path, monkeypatch) -> None:
    _project(project_dir)
    clock = iter(range(0, 1000, 1))
    monkeypatch.setattr(project_module.time, "monotonic", lambda: float(next(clock)))
    monkeypatch.setattr(project_module.time, "sleep", lambda s: None)
    with (
        Catalogue.open(project_dir, command="exhibit import"),
        pytest.raises(ProjectLockedError, match="the command `exhibit import`"),
    ):
        Catalogue.open(project_dir, wait=5)


def test_lock_file_names_the_holder(project_dir: Path) -> None:
    _project(project_dir)
    with Catalogue.open(project_dir, program=APP):
        info = json.loads((project_dir / ".lock").read_text(encoding="utf-8"))
    assert info["program"] == APP and info["since"]
    holder = LockHolder.from_json(json.dumps(info))
    assert holder is not None and holder.is_app
    other = LockHolder(COMMAND, 77, "atelier-pc", "2026-11-28T09:15:00+01:00", "exhibit set")
    assert other.describe().startswith("the command `exhibit set` on the computer 'atelier-pc'")
    assert LockHolder.from_json("") is None and LockHolder.from_json("{nonsense") is None


def test_a_reader_needs_no_lock_file(project_dir: Path) -> None:
    _project(project_dir)
    (project_dir / ".lock").unlink(missing_ok=True)
    with Catalogue.open(project_dir, read_only=True) as reader:
        assert reader.count_works() == 3
    assert not (project_dir / ".lock").exists()


def test_lock_is_released_when_refused(project_dir: Path) -> None:
    _project(project_dir)
    lock = ProjectLock(ProjectPaths(project_dir), APP)
    lock.acquire()
    with pytest.raises(ProjectLockedError):
        ProjectLock(ProjectPaths(project_dir)).acquire()
    lock.release()
    ProjectLock(ProjectPaths(project_dir)).acquire()


LOOP = textwrap.dedent(
    """
    import io, sys
    from exhibit.cli.main import main
    project, field, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for n in range(rounds):
        err = io.StringIO()
        code = main(["set", project, "1", field, f"{field} {n}"], io.StringIO(), err)
        if code != 0:
            print(f"round {n}: exit {code}: {err.getvalue()}")
            sys.exit(1)
    """
)


def test_two_scripts_running_set_in_loops_do_not_fail_each_other(project_dir: Path) -> None:
    _project(project_dir)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", LOOP, str(project_dir), field, "25"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for field in ("caption.de", "caption.zh-Hans")
    ]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with Catalogue.open(project_dir, read_only=True) as cat:
        work = cat.work_by_number(1)
        assert work.value("caption", "de") == "caption.de 24"
        assert work.value("caption", "zh-Hans") == "caption.zh-Hans 24"


def test_a_reader_of_an_older_schema_says_why_while_the_app_holds_it(
    project_dir: Path, monkeypatch
) -> None:
    from exhibit.core import migrations
    from exhibit.core.errors import SchemaTooOldError

    _project(project_dir)
    with Catalogue.open(project_dir, program=APP):  # an older Exhibit, at today's schema
        real = migrations.steps()
        later = migrations.Step(len(real) + 1, "later", "CREATE TABLE later (x);\n")
        monkeypatch.setattr(migrations, "steps", lambda: (*real, later))
        held = r"older version of Exhibit.*Exhibit \(the app\)"
        with pytest.raises(SchemaTooOldError, match=held):
            Catalogue.open(project_dir, read_only=True)
    with Catalogue.open(project_dir, read_only=True) as cat:  # free again: upgraded, then read
        assert cat.count_works() == 3
        assert cat._rows("PRAGMA user_version")[0]["user_version"] == len(real) + 1
