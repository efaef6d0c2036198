"""Benchmark the command line's start-up (not a test): how long a short command takes.

Times, as the median of 10 runs each, ``exhibit --version``, ``exhibit list DEMO`` and
``exhibit show DEMO 3`` on a project of 50 works with German and Chinese titles and captions,
beside ``python -c "import sqlite3, json"`` (the same interpreter starting and loading what any
command needs at least), and prints each command's difference from it. Goal: at most 0.12 s
more than that Python start. The project is made in a temporary folder (or kept in
``--project``) through the store, so the bench needs no photos.

    .venv/bin/python bench/cli_bench.py [--project DIR] [-n 10]

Measured on the 2-core CI-like machine: see the README (Speed).
"""

from __future__ import annotations

import argparse
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


def median_time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, help="keep the 50-work project here")
    parser.add_argument("-n", type=int, default=10, help="runs of each command (default 10)")
    args = parser.parse_args()
    exhibit = str(Path(sys.executable).with_name("exhibit"))
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(args.project or Path(tmp) / "DEMO.exhibit")
        python = median_time([sys.executable, "-c", "import sqlite3, json"], args.n)
        reference = 'python -c "import sqlite3, json"'
        print(f"{reference:32} {python:6.3f} s")
        worst = 0.0
        for label, command in (
            ("exhibit --version", [exhibit, "--version"]),
            ("exhibit list DEMO", [exhibit, "list", str(project)]),
            ("exhibit show DEMO 3", [exhibit, "show", str(project), "3"]),
        ):
            seconds = median_time(command, args.n)
            worst = max(worst, seconds - python)
            print(f"{label:32} {seconds:6.3f} s  (+{seconds - python:.3f} s)")
    verdict = "met" if worst <= GOAL else "missed"
    print(f"goal: at most +{GOAL:.2f} s over the Python start: {verdict} (worst +{worst:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
