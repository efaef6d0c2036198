"""Benchmark Exhibit at scale (not a test): a catalogue of 10 000 works of 640x480 photos.

Generates the photos and imports them once into ``--workdir`` (kept between runs), then times,
each beside a baseline measured in the same run on the same data:

- ``exhibit list P`` as a command (a new process) against a Python process that reads the
  same rows with the sqlite3 module and prints one line per work (the floor of any listing);
- preflight of the whole catalogue (plan and checks, no PDF): the first (right after the
  import, which keeps the header facts it read; or, on a project found in ``--workdir``, the
  first ever, with those facts removed), the first of a new process (headers kept, nothing
  measured in memory) and the runs after it in the same process (as the window repeats it), against
  reading every original's header with Pillow and stat-ing it;
- opening the window until it has shown the works (offscreen) against a bare QListView over
  a QStringListModel with as many rows.

    .venv/bin/python bench/scale_bench.py [--workdir DIR] [-n 10000] [--repeat 3]

Targets (issue 16): list < 0.3 s, preflight < 2 s, window < 1 s for 10 000 works. Each line
prints the median wall time beside its target (and their ratio, under 1 meets it), the CPU time
of the same runs (what to compare on a machine shared with other jobs, whose load average is
printed first and last) and the baseline with our ratio to it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_photos(folder: Path, n: int) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    base = Image.effect_noise((640, 480), 40).convert("RGB")
    paths = []
    for i in range(n):
        path = folder / f"IMG_{i:05d}.jpg"
        if not path.exists():
            image = base.copy()
            for bit in range(16):  # the number in black and white squares: each photo differs
                colour = (255, 255, 255) if i >> bit & 1 else (0, 0, 0)
                image.paste(colour, (bit * 16, 0, bit * 16 + 16, 16))
            image.save(path, "JPEG", quality=80)
        paths.append(path)
    return paths


def make_project(workdir: Path, n: int) -> tuple[Path, bool]:
    """The project, and whether it was imported just now (by this code)."""
    from exhibit.core.jobs import CancelToken, no_progress
    from exhibit.core.store import Catalogue
    from exhibit.ingest.importer import ImportJob

    project = workdir / f"scale-{n}.exhibit"
    if project.exists():
        return project, False
    photos = make_photos(workdir / "photos", n)
    start = time.monotonic()
    with Catalogue.create(project, {"de": "Skala", "zh-Hans": "规模"}) as cat:
        ImportJob(cat, photos).run(no_progress, CancelToken())
        print(f"imported {cat.count_works()} works in {time.monotonic() - start:.1f} s")
    return project, True


TARGETS = {"list": 0.3, "preflight": 2.0, "window": 1.0}  # seconds, for 10 000 works (issue 16)


def best(times: list[float]) -> str:
    return f"{min(times):.3f} s (median {statistics.median(times):.3f})"


def ratio(ours: list[float], floor: list[float]) -> str:
    """Our median over the baseline's median, both from this run."""
    return f"ratio {statistics.median(ours) / statistics.median(floor):.1f}"


def against_target(name: str, wall: list[float], cpu: list[float]) -> str:
    """The median wall time, the target and their ratio; the CPU time of the same runs."""
    target, median = TARGETS[name], statistics.median(wall)
    return (
        f"{median:.3f} s (target {target:g} s, {median / target:.2f} of it; "
        f"CPU {statistics.median(cpu):.3f} s)"
    )


def timed(command: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) time of each run of ``command`` as a new process."""
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpu


_RAW_LIST = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
texts = {}
for work, field, lang, text in db.execute(
    "SELECT owner_id, field, lang, text FROM texts WHERE owner = 'work'"
):
    texts[(work, field, lang)] = text
for wid, number, path in db.execute("SELECT id, number, path FROM works ORDER BY number"):
    print(number, texts.get((wid, "title", "de")), texts.get((wid, "title", "zh-Hans")), path)
"""


def bench_list(project: Path, repeat: int) -> None:
    exhibit = [sys.executable, "-m", "exhibit.cli.main", "list", str(project)]
    ours, cpu = timed(exhibit, repeat)
    floor, _ = timed([sys.executable, "-c", _RAW_LIST, str(project / "catalogue.sqlite")], repeat)
    print(
        f"list       {against_target('list', ours, cpu)}   best {min(ours):.3f} s"
        f"   baseline sqlite3 rows: {best(floor)}   {ratio(ours, floor)}"
    )


def bench_preflight(project: Path, repeat: int, after_import: bool) -> None:
    """``after_import``: the first run is the first after the import, with the header facts
    the import kept; else they are removed first (a project imported by an older version)."""
    from PIL import Image

    from exhibit import headers
    from exhibit.core.store import Catalogue
    from exhibit.export.catalogue import plan
    from exhibit.export.catalogue.options import CatalogueOptions
    from exhibit.export.preflight import preflight
    from exhibit.export.source import catalogue_source

    ours, cpu, floor = [], [], []
    with Catalogue.open(project, backup=False) as cat:
        if not after_import:
            (cat.paths.print_cache / headers.HEADERS_FILE).unlink(missing_ok=True)
        for run in range(repeat + 1):
            if run < 2:  # the first (after the import, or ever), then the first of a new process
                headers._header.cache_clear()
                plan._MEASURED.clear()
            start, start_cpu = time.monotonic(), time.process_time()
            preflight(catalogue_source(cat), CatalogueOptions())
            ours.append(time.monotonic() - start)
            cpu.append(time.process_time() - start_cpu)
            start = time.monotonic()
            for work in cat.works():
                path = cat.original_path(work)
                path.stat()
                with Image.open(path) as im:
                    im.size  # noqa: B018
            floor.append(time.monotonic() - start)
    again, again_cpu = ours[2:], cpu[2:]
    base = statistics.median(floor)
    first = "after the import" if after_import else "ever"
    print(
        f"preflight  first {first} {against_target('preflight', ours[:1], cpu[:1])}"
        f"   first of a new process {against_target('preflight', ours[1:2], cpu[1:2])}"
        f"   again in the same process {against_target('preflight', again, again_cpu)}"
        f"   baseline headers + stat: {best(floor)}"
        f"   ratios {ours[0] / base:.1f}, {ours[1] / base:.1f}, {ratio(again, floor)}"
    )


def bench_window(project: Path, repeat: int) -> None:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from exhibit.core.store import Catalogue
    from exhibit.ui.main_window import MainWindow
    from exhibit.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    ours, cpu, floor = [], [], []
    with tempfile.TemporaryDirectory() as config:
        settings = Settings.open(Path(config))
        for _ in range(repeat):
            with Catalogue.open(project, backup=False) as cat:
                start, start_cpu = time.monotonic(), time.process_time()
                window = MainWindow(cat, settings)
                window.resize(1280, 800)
                window.show()
                app.processEvents()
                shown = window.works_model.rowCount()
                ours.append(time.monotonic() - start)
                cpu.append(time.process_time() - start_cpu)  # the check's thread counts too
                window.originals.stop()
                window.rebuilder.stop()
                window.close()
                window.deleteLater()
                app.processEvents()
            start = time.monotonic()
            view = QListView()
            view.setModel(QStringListModel([f"No. {i}" for i in range(shown)], view))
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            floor.append(time.monotonic() - start)
            view.close()
    print(
        f"window     {against_target('window', ours, cpu)}   best {min(ours):.3f} s"
        f"   baseline bare QListView: {best(floor)}   {ratio(ours, floor)}  ({shown} works)"
    )


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "exhibit-scale"
    )
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    project, imported = make_project(args.workdir, args.n)
    print(f"load average {load()} (2 cores: above 2, the machine is shared)")
    bench_list(project, args.repeat)
    bench_preflight(project, args.repeat, imported)
    bench_window(project, args.repeat)
    print(f"load average {load()}")


if __name__ == "__main__":
    main()
