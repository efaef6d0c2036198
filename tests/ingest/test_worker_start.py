"""Worker processes start from the installed Exhibit whatever the working folder holds, and a
run whose workers cannot start stops with one error instead of blaming every photo."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core import processes
from exhibit.core.store import Catalogue
from exhibit.ingest import workers
from exhibit.testing import make_jpeg

BIN = Path(sys.executable).parent


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def shadowed(tmp_path: Path) -> Path:
    """A working folder holding an empty `exhibit/` folder (as `~` does after cloning into it)."""
    here = tmp_path / "home"
    (here / "exhibit").mkdir(parents=True)
    photos = here / "photos"
    photos.mkdir()
    for i in range(3):
        make_jpeg(photos / f"p{i}.jpg", size=(1200 + i, 800))  # the export resizes them
    return here


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONSAFEPATH", None)  # the working folder on sys.path, as for any user
    return env


def test_cli_import_from_a_folder_holding_exhibit(shadowed: Path) -> None:
    exhibit = BIN / "exhibit"
    if not exhibit.is_file():
        pytest.skip("the exhibit command is not installed beside this Python")
    new = subprocess.run(
        [exhibit, "new", "P.exhibit"], cwd=shadowed, env=environment(), capture_output=True
    )
    assert new.returncode == 0, new.stderr
    done = subprocess.run(
        [exhibit, "import", "P.exhibit", "photos", "--jobs", "2"],
        cwd=shadowed,
        env=environment(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "3 imported" in done.stdout
    assert "ImportError" not in done.stderr and "crashed" not in done.stdout


JOB_SCRIPT = """\
import sys
from pathlib import Path

from exhibit import __version__  # the package itself, as the app and the CLI import it
from exhibit.core.jobs import CancelToken
from exhibit.core.store import Catalogue


def import_photos(project):
    from exhibit.ingest.importer import ImportJob, ImportOptions

    with Catalogue.create(project, "P") as cat:
        job = ImportJob(cat, [Path("photos")], ImportOptions(jobs=2))
        job.check()
        report = job.run(lambda p: None, CancelToken())
    print("imported", sum(1 for o in report.outcomes if o.work_id is not None))


def export(project):
    from exhibit.export.catalogue.job import CatalogueExport
    from exhibit.export.catalogue.options import CatalogueOptions
    from exhibit.export.source import catalogue_source

    with Catalogue.open(project, backup=False) as cat:
        job = CatalogueExport(
            catalogue_source(cat), Path("K.pdf"), CatalogueOptions(dpi=72, processes=2),
            cache_dir=cat.paths.print_cache, force=True,
        )
        result = job.run(lambda p: None, CancelToken())
    print("images", sorted(result.images.items()))


if __name__ == "__main__":
    {"import": import_photos, "export": export}[sys.argv[1]](Path("P.exhibit"))
"""


@pytest.mark.slow
def test_import_and_export_jobs_from_a_folder_holding_exhibit(
    shadowed: Path, tmp_path: Path
) -> None:
    """The jobs as the app runs them: the program's own folder, not the working folder, first
    on sys.path (a script elsewhere), the working folder shadowing the package name."""
    script = tmp_path / "elsewhere" / "job.py"
    script.parent.mkdir()
    script.write_text(JOB_SCRIPT)
    for step, expected in (("import", "imported 3"), ("export", "('prepared', 4)")):
        done = subprocess.run(
            [sys.executable, script, step],
            cwd=shadowed,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, done.stderr
        assert expected in done.stdout, done.stdout
    assert (shadowed / "K.pdf").read_bytes().startswith(b"%PDF-")


def _phantom_worker_main(monkeypatch) -> str:
    """Make the worker's entry a function of a module that exists only in this process."""
    name = "exhibit_phantom_worker"
    module = types.ModuleType(name)

    def worker_main(*args) -> None:  # never runs: the worker cannot import it
        raise AssertionError("unreachable")

    worker_main.__module__, worker_main.__qualname__ = name, "worker_main"
    module.worker_main = worker_main
    monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(processes, "_worker_main", worker_main)
    return name


def test_workers_that_cannot_import_stop_the_import_with_one_error(
    tmp_path: Path, monkeypatch
) -> None:
    project = tmp_path / "P.exhibit"
    Catalogue.create(project, "P").close()
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(4):
        make_jpeg(photos / f"p{i}.jpg")
    name = _phantom_worker_main(monkeypatch)
    code, out, err = run("import", project, photos, "--jobs", "2")
    assert code == 1
    assert err.splitlines() == [
        "exhibit import: the import workers could not start: "
        f"ModuleNotFoundError: No module named '{name}'"
    ]
    assert "crashed" not in out and "p0.jpg" not in out
    with Catalogue.open(project) as cat:
        assert cat.works() == []


def _die_at_start(*args) -> None:
    os._exit(3)


def test_workers_that_die_at_start_up_stop_the_run(tmp_path: Path, monkeypatch) -> None:
    make_jpeg(tmp_path / "a.jpg")
    monkeypatch.setattr(processes, "_worker_main", _die_at_start)
    options = workers.RunnerOptions(workers=2)
    with pytest.raises(processes.WorkersCouldNotStart) as stop:
        list(workers.run_probes([tmp_path / "a.jpg"], ("de",), options))
    assert str(stop.value) == (
        "the import workers could not start: a worker process ended at start-up (exit code 3)"
    )
