"""Benchmark the command line's start-up (not a test): how long a short command takes.

Times, as the median of 10 runs each, ``exhibit --version``, ``exhibit list DEMO`` and
``exhibit show DEMO 3`` on a project of 50 works with German and Chinese titles and captions,
beside ``python -c "import sqlite3, json"`` (the same interpreter starting and loading what any
command needs at least), and prints each command's difference from it. Goal: at most 0.12 s
more than that Python start. The runs are interleaved, and the CPU time is printed beside the
wall time: on a machine shared with other work wall times stretch, CPU times much less. The
project is made in a temporary folder (or kept in ``--project``) through the store, so the
bench needs no photos.

    .venv/bin/python bench/cli_bench.py [--project DIR] [-n 10]

Measured on the 2-core CI-like machine: see the README (Speed).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 0.12  # seconds more than the Python start


def make_project(root: Path, works: int = 50) -> Path:
    from exhibit.core.fields import Owner
    from exhibit.core.model import NewWork, OriginalRef
    from exhibit.core.store import Catalogue

    if (root / "catalogue.sqlite").is_file():
        return root
    with Catalogue.create(root, {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"}) as cat:
        for i in range(works):
            work = cat.add_work(
                NewWork(original=OriginalRef(f"Fotos/{i + 1:02d}.jpg", f"{i + 1:064x}", 1000, 1.0))
            )
            for name, de, zh in (
                ("title", f"Markt am Samstag {i + 1}", f"周六的集市 {i + 1}"),
                ("caption", "Wochenmarkt rund um die Annakirche.", "圣安娜教堂周围的每周集市。"),
            ):
                cat.set_text(Owner.WORK, work.id, name, "de", de)
                cat.set_text(Owner.WORK, work.id, name, "zh-Hans", zh)
    return root


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds (user + system) of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, help="keep the 50-work project here")
    parser.add_argument("-n", type=int, default=10, help="runs of each command (default 10)")
    args = parser.parse_args()
    exhibit = str(Path(sys.executable).with_name("exhibit"))
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(args.project or Path(tmp) / "DEMO.exhibit")
        commands = {
            'python -c "import sqlite3, json"': [sys.executable, "-c", "import sqlite3, json"],
            "exhibit --version": [exhibit, "--version"],
            "exhibit list DEMO": [exhibit, "list", str(project)],
            "exhibit show DEMO 3": [exhibit, "show", str(project), "3"],
        }
        for command in commands.values():  # warm the file cache and the .pyc files
            run_once(command)
        times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.n):  # interleaved, so a busy machine slows all of them alike
            for label, command in commands.items():
                times[label].append(run_once(command))
    medians = {label: statistics.median(w for w, _ in t) for label, t in times.items()}
    cpu = {label: statistics.median(c for _, c in t) for label, t in times.items()}
    labels = list(commands)
    python = medians[labels[0]]
    print(f"{'median of ' + str(args.n) + ' runs':32} {'wall':>8} {'more':>9} {'cpu':>8}")
    print(f"{labels[0]:32} {python:6.3f} s {'':9} {cpu[labels[0]]:6.3f} s")
    worst = 0.0
    for label in labels[1:]:
        more = medians[label] - python
        worst = max(worst, more)
        print(f"{label:32} {medians[label]:6.3f} s {more:+7.3f} s {cpu[label]:6.3f} s")
    verdict = "met" if worst <= GOAL else "missed"
    print(f"goal: at most +{GOAL:.2f} s over the Python start: {verdict} (worst +{worst:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
