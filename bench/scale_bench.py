"""Benchmark Exhibit at scale (not a test): a catalogue of 10 000 works of 640x480 photos.

Generates the photos and imports them once into ``--workdir`` (kept between runs), then times,
each beside a baseline measured in the same run on the same data:

- ``exhibit list P`` as a command (a new process) against a Python process that reads the
  same rows with the sqlite3 module and prints one line per work (the floor of any listing);
- preflight of the whole catalogue (plan and checks, no PDF), the first run and the runs after
  it in the same process (as the window repeats it), against reading every original's header
  with Pillow and stat-ing it (what a first preflight must at least look at);
- opening the window until it has shown the works (offscreen) against a bare QListView over
  a QStringListModel with as many rows.

    .venv/bin/python bench/scale_bench.py [--workdir DIR] [-n 10000] [--repeat 3]

Targets (issue 16): list < 0.3 s, preflight < 2 s, window < 1 s for 10 000 works.
"""

from __future__ import annotations

import argparse
import os
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


def make_project(workdir: Path, n: int) -> Path:
    from exhibit.core.jobs import CancelToken, no_progress
    from exhibit.core.store import Catalogue
    from exhibit.ingest.importer import ImportJob

    project = workdir / f"scale-{n}.exhibit"
    if project.exists():
        return project
    photos = make_photos(workdir / "photos", n)
    start = time.monotonic()
    with Catalogue.create(project, {"de": "Skala", "zh-Hans": "规模"}) as cat:
        ImportJob(cat, photos).run(no_progress, CancelToken())
        print(f"imported {cat.count_works()} works in {time.monotonic() - start:.1f} s")
    return project


def best(times: list[float]) -> str:
    return f"{min(times):.3f} s (median {statistics.median(times):.3f})"


def ratio(ours: list[float], floor: list[float]) -> str:
    """Our median over the baseline's median, both from this run."""
    return f"ratio {statistics.median(ours) / statistics.median(floor):.1f}"


def timed(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.monotonic()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
    return times


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
    ours = timed(exhibit, repeat)
    floor = timed([sys.executable, "-c", _RAW_LIST, str(project / "catalogue.sqlite")], repeat)
    print(f"list       {best(ours)}   baseline sqlite3 rows: {best(floor)}   {ratio(ours, floor)}")


def bench_preflight(project: Path, repeat: int) -> None:
    from PIL import Image

    from exhibit.core.store import Catalogue
    from exhibit.export.catalogue.options import CatalogueOptions
    from exhibit.export.preflight import preflight
    from exhibit.export.source import catalogue_source

    ours, floor = [], []
    with Catalogue.open(project, backup=False) as cat:
        for _ in range(repeat):
            start = time.monotonic()
            preflight(catalogue_source(cat), CatalogueOptions())
            ours.append(time.monotonic() - start)
            start = time.monotonic()
            for work in cat.works():
                path = cat.original_path(work)
                path.stat()
                with Image.open(path) as im:
                    im.size  # noqa: B018
            floor.append(time.monotonic() - start)
    again = ours[1:] or ours
    print(
        f"preflight  first {ours[0]:.3f} s, again in the same process {best(again)}"
        f"   baseline headers + stat: {best(floor)}"
        f"   first {ours[0] / statistics.median(floor):.1f}, again {ratio(again, floor)}"
    )


def bench_window(project: Path, repeat: int) -> None:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from exhibit.core.store import Catalogue
    from exhibit.ui.main_window import MainWindow
    from exhibit.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as config:
        settings = Settings.open(Path(config))
        for _ in range(repeat):
            with Catalogue.open(project, backup=False) as cat:
                start = time.monotonic()
                window = MainWindow(cat, settings)
                window.resize(1280, 800)
                window.show()
                app.processEvents()
                shown = window.works_model.rowCount()
                ours.append(time.monotonic() - start)
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
        f"window     {best(ours)}   baseline bare QListView: {best(floor)}   {ratio(ours, floor)}"
        f"  ({shown} works)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "exhibit-scale"
    )
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    project = make_project(args.workdir, args.n)
    bench_list(project, args.repeat)
    bench_preflight(project, args.repeat)
    bench_window(project, args.repeat)


if __name__ == "__main__":
    main()
