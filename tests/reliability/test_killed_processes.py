"""SIGKILL of the exhibit command in the middle of an export or an import: no process is left
behind, the catalogue stays consistent and the next export cleans up the killed one's file."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.store import Catalogue

from .conftest import alive, descendants, exhibit_process, kill, photos, poll

pytestmark = pytest.mark.usefixtures("proc_fs")


def run(*args: object) -> int:
    return main([str(a) for a in args], io.StringIO(), io.StringIO())


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    """A project of photos large enough that preparing them for print takes a while."""
    root = tmp_path_factory.mktemp("kill")
    project = root / "K.exhibit"
    assert run("new", project, "--title", "K") == 0
    files = photos(root / "photos", 24, (3000, 2000), orientation=6)
    assert run("import", project, *files, "--jobs", "2") == 0
    return project


def test_killed_export_leaves_no_process_and_its_part_file_is_removed(
    big_project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "K.pdf"
    process = exhibit_process(
        "export", "catalogue", big_project, "--out", out, "--dpi", "300", cwd=tmp_path
    )
    # Workers: the forkserver, the resource tracker and at least one worker under them.
    children = poll(lambda: (d := descendants(process.pid)) and len(d) >= 3 and d)
    kill(process)
    poll(lambda: not alive(children))  # they end by themselves once their parent is gone
    parts = list(tmp_path.glob(".K.pdf.*.part"))
    assert parts, "the killed export had reserved its temporary file"
    with Catalogue.open(big_project, backup=False) as cat:
        assert cat.integrity_problems() == [] and cat.count_works() == 24
    assert run("export", "catalogue", big_project, "--out", out, "--dpi", "72") == 0
    assert out.is_file()
    assert not list(tmp_path.glob(".K.pdf.*.part"))


def test_killed_import_keeps_a_consistent_catalogue(tmp_path: Path) -> None:
    project = tmp_path / "I.exhibit"
    assert run("new", project, "--title", "I") == 0
    files = photos(tmp_path / "photos", 40, (640, 480))
    process = exhibit_process("import", project, tmp_path / "photos", "--jobs", "2", cwd=tmp_path)
    seen = poll(lambda: (d := descendants(process.pid)) and len(d) >= 3 and d)
    # Somewhere in the import: after the first works were stored, or before.
    poll(lambda: random.random() < 0.05 or process.poll() is not None)
    kill(process)
    poll(lambda: not alive(seen))
    with Catalogue.open(project, backup=False) as cat:
        assert cat.integrity_problems() == []
        stored = cat.count_works()
    # What a new import adds is exactly what the killed one had not stored.
    assert run("import", project, tmp_path / "photos", "--jobs", "2") in (0, 3)
    with Catalogue.open(project, backup=False) as cat:
        assert cat.count_works() == len(files) >= stored
        assert cat.integrity_problems() == []


_BUSY_RUNNER = """
import sys
from exhibit.ingest.workers import RunnerOptions, run_probes
from exhibit.testing import hooked_probe
options = RunnerOptions(workers=1, probe=hooked_probe, timeout=600)
for _ in run_probes([sys.argv[1]], ("de",), options):
    pass
"""


def test_a_busy_worker_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    """The worker is in the middle of a file (hooked_probe sleeps on 'sleep' names), so it
    is not waiting on its pipe: only the lifeline can end it."""
    photo = photos(tmp_path, 1)[0].rename(tmp_path / "sleep.jpg")
    process = subprocess.Popen([sys.executable, "-c", _BUSY_RUNNER, str(photo)], cwd=tmp_path)
    children = poll(lambda: (d := descendants(process.pid)) and len(d) >= 3 and d)
    kill(process)
    poll(lambda: not alive(children))


_EDITOR = """
import sys
from pathlib import Path
from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue
with Catalogue.open(Path(sys.argv[1]), backup=False) as cat:
    work = cat.works()[0]
    for i in range(1_000_000):
        cat.set_text(Owner.WORK, work.id, "caption", "de", f"Fassung {i}")
        print(i, flush=True)  # after the commit: this edit is stored
"""


def test_killed_edits_lose_nothing_that_was_committed(tmp_path: Path) -> None:
    project = tmp_path / "E.exhibit"
    assert run("new", project, "--title", "E") == 0
    assert run("import", project, *photos(tmp_path / "in", 1), "--jobs", "0") == 0
    editor = subprocess.Popen(
        [sys.executable, "-c", _EDITOR, str(project)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert editor.stdout is not None
    stop_after = random.randint(3, 60)
    committed = -1
    while committed < stop_after:
        committed = int(editor.stdout.readline())
    kill(editor)
    with Catalogue.open(project, backup=False) as cat:
        assert cat.integrity_problems() == []
        text = cat.works()[0].value("caption", "de")
    assert int(text.split()[1]) >= committed


def test_temporary_files_of_dead_processes_are_removed_only(tmp_path: Path) -> None:
    from exhibit.core.project import remove_stale_temp_files, temp_name

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = int(done.stdout)  # a process that has ended
    stale = tmp_path / f".thumb-{dead}.abcd.part"
    mine = tmp_path / temp_name(".thumb-", ".part")
    other = tmp_path / "photo.part"  # not one of Exhibit's
    for path in (stale, mine, other):
        path.write_bytes(b"")
    assert remove_stale_temp_files(tmp_path, ".thumb-", ".part") == [stale]
    assert not stale.exists() and mine.exists() and other.exists()


def test_import_removes_thumbnails_half_written_by_a_killed_import(tmp_path: Path) -> None:
    project = tmp_path / "T.exhibit"
    assert run("new", project, "--title", "T") == 0
    thumbs = project / "cache" / "thumbnails"
    thumbs.mkdir(parents=True, exist_ok=True)
    left = thumbs / ".thumb-999999999.dead.part"  # no such process
    left.write_bytes(b"\xff\xd8")
    assert run("import", project, *photos(tmp_path / "in", 1), "--jobs", "0") == 0
    assert not left.exists()
