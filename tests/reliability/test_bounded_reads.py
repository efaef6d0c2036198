"""Every read of a user's file is bounded (issue 16.2): preflight, which reads the originals'
headers in the main process, opens regular files only and reads a bounded amount of each; a
FIFO or a link to /dev/zero in place of an original is a finding, never a hang."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit import headers
from exhibit.cli.main import main
from exhibit.headers import ImageError, probe
from exhibit.imaging import BoundedReader, ImageRejected
from exhibit.testing import make_jpeg

from .conftest import photos

HANG = 60  # seconds after which preflight counts as hung


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "P.exhibit"
    assert run("new", path, "--title", "P")[0] == 0
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_preflight_with_a_fifo_and_dev_zero_for_originals_answers(
    project: Path, tmp_path: Path
) -> None:
    originals = photos(tmp_path / "in", 3)
    assert run("import", project, *originals)[0] == 0
    originals[0].unlink()
    os.mkfifo(originals[0])
    originals[1].unlink()
    originals[1].symlink_to("/dev/zero")
    done = subprocess.run(  # its own process: a hang fails this test, not the suite
        [sys.executable, "-m", "exhibit.cli.main", "preflight", str(project), "--json"],
        cwd=tmp_path,
        capture_output=True,
        timeout=HANG,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 3, done.stderr
    findings = json.loads(done.stdout)["findings"]
    unreadable = {f["work"]: f["message"] for f in findings if f["code"] == "unreadable_original"}
    assert sorted(unreadable) == [1, 2], findings
    assert all("not a regular file" in m for m in unreadable.values()), unreadable
    third = {f["code"] for f in findings if f.get("work") == 3}
    assert "unreadable_original" not in third and "missing_original" not in third  # read


def test_a_header_is_read_up_to_a_bound(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big-header.jpg"
    make_jpeg(path, size=(64, 48), exif={"description": "x" * 30_000})
    assert probe(path).width == 64  # within the bound: read as always
    path2 = tmp_path / "big-header-2.jpg"
    path2.write_bytes(path.read_bytes())  # another file: not answered from the cache
    monkeypatch.setattr(headers, "HEADER_BYTES", 8192)
    with pytest.raises(ImageError, match=r"big-header-2.jpg: more than .* not read further"):
        probe(path2)


def test_the_bounded_reader_counts_every_read_and_seeks_freely() -> None:
    reader = BoundedReader(io.BytesIO(bytes(100)), 64, "x.jpg")
    assert len(reader.read(40)) == 40
    reader.seek(0)
    assert len(reader.read(24)) == 24  # 64 read in all
    with pytest.raises(ImageRejected, match=r"x\.jpg: more than"):
        reader.read(1)


def test_a_fifo_swapped_in_after_the_check_is_refused_without_blocking(
    tmp_path: Path, monkeypatch
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "swapped.jpg"
    os.mkfifo(fifo)
    real_stat = Path.stat

    def looks_regular(self, *args, **kwargs):  # the stat saw a file; the open finds a FIFO
        if self == fifo:
            return real_stat(Path(__file__))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", looks_regular)
    signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG)  # a blocking open fails the test instead of hanging the suite
    try:
        with pytest.raises(ImageError, match="not a regular file"):
            probe(fifo)  # O_NONBLOCK and a check of the opened descriptor: no hang
    finally:
        signal.alarm(0)


def _hung(_signum, _frame) -> None:
    raise AssertionError("probe blocked on a FIFO")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_condition_photo_replaced_by_a_fifo_is_left_out_without_blocking(tmp_path) -> None:
    from exhibit.export.documents.photos import damage_image

    fifo = tmp_path / "damage.jpg"
    os.mkfifo(fifo)
    signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG)
    try:
        assert damage_image(fifo, 100, 100) is None
        assert damage_image(Path("/dev/zero"), 100, 100) is None
    finally:
        signal.alarm(0)
