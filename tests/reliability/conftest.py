"""Helpers of the reliability harness: processes run and killed, and what they leave behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from exhibit.testing import asymmetric_image, make_jpeg

REPO = Path(__file__).resolve().parents[2]


def exhibit_process(*args: object, cwd: Path) -> subprocess.Popen:
    """The exhibit command in a process of its own (its stdout and stderr discarded)."""
    return subprocess.Popen(
        [sys.executable, "-m", "exhibit.cli.main", *map(str, args)],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _parents() -> dict[int, int]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                found[int(entry)] = int(fields[1])
    return found


def descendants(pid: int) -> set[int]:
    """Living (not zombie) processes started by ``pid`` and by those, recursively."""
    parents = _parents()
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    living = _parents()
    return {p for p in pids if p in living}


def poll(condition: Callable[[], object], timeout: float = 60.0, step: float = 0.05) -> object:
    """Wait until ``condition()`` is true (returned) or fail after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not reached within {timeout} s: {condition}")


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)


@pytest.fixture
def proc_fs() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see child processes")


def photos(
    folder: Path, count: int, size: tuple[int, int] = (96, 64), orientation: int | None = None
) -> list[Path]:
    """``count`` different JPEGs; an orientation other than 1 makes the export decode each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    exif = {"orientation": orientation} if orientation else None
    for i in range(count):
        path = folder / f"photo-{i:03d}.jpg"
        image = asymmetric_image(size)
        image.paste((i * 37 % 256, i * 11 % 256, i % 256), (0, 0, 16, 16))  # each one differs
        make_jpeg(path, image=image, exif=exif)
        paths.append(path)
    return paths
