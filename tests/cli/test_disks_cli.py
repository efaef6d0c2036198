"""Full and read-only disks: one clear message naming the disk or the permission, nothing lost,
reading still possible. A real small disk (a tmpfs in a private mount namespace) and a real
non-root user (setpriv) are used where the machine allows; ENOSPC is also injected at the store's
write layer so the COMMIT case runs everywhere."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from tests.conftest import lock_down

from exhibit.core.errors import StorageFullError
from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue

SRC = Path(__file__).resolve().parents[2] / "src"


class _FullDiskOnCommit:
    """A connection whose COMMIT fails as on a full disk: SQLite has rolled back already."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args):
        if sql == "COMMIT":
            self._conn.execute("ROLLBACK")
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode = 13  # SQLITE_FULL
            raise exc
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_a_failed_commit_on_a_full_disk_says_the_disk_is_full(catalogue: Catalogue) -> None:
    catalogue.set_text(Owner.EXHIBITION, 1, "title", "de", "Vorher")
    real = catalogue._conn
    catalogue._conn = _FullDiskOnCommit(real)
    try:
        with pytest.raises(StorageFullError, match="is full; the last change was not saved"):
            catalogue.set_text(Owner.EXHIBITION, 1, "title", "de", "Nachher")
    finally:
        catalogue._conn = real
    assert catalogue.exhibition().value("title", "de") == "Vorher"
    catalogue.set_text(Owner.EXHIBITION, 1, "title", "de", "Später")  # the store goes on
    assert catalogue.exhibition().value("title", "de") == "Später"


# ----------------------------------------------------------------- a real full disk

FULL_DISK = textwrap.dedent(
    """
    import io, json, os, sys
    from pathlib import Path
    from exhibit.cli.main import main
    from exhibit.core.store import Catalogue
    disk = Path(sys.argv[1])
    project = disk / "P.exhibit"
    with Catalogue.create(project, "Düren") as cat:
        pass
    def run(*args):
        out, err = io.StringIO(), io.StringIO()
        code = main([str(a) for a in args], out, err)
        return [code, out.getvalue(), err.getvalue()]
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)  # fill the disk to the last block
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    os.close(fd)
    results = {}
    results["set"] = run("set", project, "exhibition", "title.de", "Ü" * 40000)
    results["import"] = run("import", project, disk / "nothing")
    results["list"] = run("list", project)
    os.truncate(disk / "filler", max(0, (disk / "filler").stat().st_size - 20 * 1024))
    results["list_20k"] = run("list", project)
    results["set_20k"] = run("set", project, "exhibition", "title.de", "Ü" * 40000)
    with Catalogue.open(project, read_only=True) as cat:
        results["title"] = cat.exhibition().value("title", "de")
        results["problems"] = cat.integrity_problems()
    print(json.dumps(results))
    """
)


def _small_disk_runner(tmp_path: Path) -> list[str] | None:
    """A command prefix that runs Python on a 512 KB tmpfs mounted at tmp_path/disk, or None."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    disk = tmp_path / "disk"
    disk.mkdir()
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", f"mount -t tmpfs -o size=512k tmpfs '{disk}'"],
        capture_output=True,
    )
    if probe.returncode != 0:
        return None
    return [unshare, "-rm", "sh", "-c", 'mount -t tmpfs -o size=512k tmpfs "$0" && exec "$@"']


def test_a_full_disk_is_named_and_reading_goes_on(tmp_path: Path) -> None:
    prefix = _small_disk_runner(tmp_path)
    if prefix is None:
        pytest.skip("cannot mount a small tmpfs here (no user namespaces)")
    disk = tmp_path / "disk"
    out = subprocess.run(
        [*prefix, str(disk), sys.executable, "-c", FULL_DISK, str(disk)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout.strip().splitlines()[-1])
    for name in ("set", "set_20k"):
        code, _, err = results[name]
        assert code == 1, (name, err)
        assert "is full" in err, (name, err)
        assert "cannot rollback" not in err and "Traceback" not in err
        assert "not a readable" not in err and "damaged" not in err
    code, _, err = results["import"]
    assert "Traceback" not in err and ("is full" in err or "no backup could be written" in err)
    for name in ("list", "list_20k"):
        code, out_text, err = results[name]
        assert code == 0, (name, err)
        assert "0 works" in out_text
        assert "not a readable" not in err and "damaged" not in err
    assert results["title"] == "Düren" and results["problems"] == []


# ----------------------------------------------------------------- read-only folders

READ_ONLY = textwrap.dedent(
    """
    import io, json, sys
    from exhibit.cli.main import main
    def run(*args):
        out, err = io.StringIO(), io.StringIO()
        return [main(list(args), out, err), out.getvalue(), err.getvalue()]
    p = sys.argv[1]
    print(json.dumps({
        "list": run("list", p), "show": run("show", p, "1"),
        "set": run("set", p, "1", "title.de", "x"), "import": run("import", p, p),
        "check": run("check", p),
    }))
    """
)


def _shared_project(folder_writable: bool) -> Path:
    """A project outside pytest's private temp folder, readable by everyone."""
    base = Path(tempfile.mkdtemp(prefix="exhibit-ro-"))
    os.chmod(base, 0o755)
    root = base / "P.exhibit"
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        from exhibit.core.model import NewWork, OriginalRef

        w = cat.add_work(NewWork(original=OriginalRef("a.jpg", "a" * 64, 1, 1.0, "JPEG")))
        cat.set_text(Owner.WORK, w.id, "title", "de", "Marktplatz")
    (root / ".lock").unlink()  # readers must not need one
    lock_down(root, folder_writable=folder_writable)
    return root


def _as_other_user(script: str, *args: str) -> subprocess.CompletedProcess | None:
    if os.geteuid() != 0:
        return subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120
        )
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    env = {**os.environ, "PYTHONPATH": str(SRC), "HOME": tempfile.gettempdir()}
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run([*command, sys.executable, "-c", "import exhibit"], env=env)
    if probe.returncode != 0:
        return None
    return subprocess.run(
        [*command, sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder", "catalogue-file"])
def test_a_read_only_project_can_be_read_and_refuses_writes_in_words(folder_writable) -> None:
    root = _shared_project(folder_writable)
    try:
        if os.geteuid() != 0:
            os.chmod(root / "catalogue.sqlite", stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        out = _as_other_user(READ_ONLY, str(root))
        if out is None:
            pytest.skip("no way to run as a user the permissions apply to (setpriv missing)")
        assert out.returncode == 0, out.stderr
        results = json.loads(out.stdout.strip().splitlines()[-1])
        assert results["list"][0] == 0, results["list"]
        assert "Marktplatz" in results["list"][1]
        assert results["show"][0] == 0 and "Marktplatz" in results["show"][1]
        assert results["check"][0] != 1 and "Traceback" not in results["check"][2]
        for name in ("set", "import"):
            code, _, err = results[name]
            assert code == 1, (name, err)
            assert "permission denied" in err, (name, err)
            assert len(err.strip().splitlines()) == 1 and "readonly database" not in err
        assert folder_writable or not (root / ".lock").exists()
    finally:
        os.chmod(root, 0o755)
        shutil.rmtree(root.parent, ignore_errors=True)
