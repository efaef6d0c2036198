"""Benchmark the partner package (not a test): 50 works of 24 MP, package, unpack, merge back.

Imports the photos into a fresh project (the real import job), writes the partner package
(previews of about 2048 px from the originals), unpacks it as the partner's project, edits a
caption there, packages it again (from the previews: the partner has no originals) and merges
that package back. Prints the package size against the 20 MB budget of issue 14 and against the
originals, and the time of each step, with ``zip -0`` storing the same previews as a reference
timed in the same run (writing the bytes is the floor for making the package).

Photos come from ``../shared/bench/make_photos.py`` (needs NumPy) and are kept in ``--photos``
between runs.

    .venv/bin/python bench/package_bench.py [--photos DIR] [-n 50]

Measured on the shared 2-core machine: package 9.5 MB for 50 works (2.8% of 335 MB of
originals, budget 20 MB), written in 18-26 s (zip -0 of the same members: 0.1 s; the time is
decoding 24 MP originals for the previews), unpack 0.6 s, merge back 0.14 s.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from exhibit.core.fields import Owner
from exhibit.core.jobs import CancelToken, no_progress
from exhibit.core.store import Catalogue
from exhibit.export.partner import merge_package, send_package, unpack_package
from exhibit.ingest.importer import ImportJob, ImportOptions

REPO = Path(__file__).resolve().parents[1]
MAKE_PHOTOS = REPO.parent / "shared" / "bench" / "make_photos.py"
BUDGET = 20e6


def ensure_photos(folder: Path, n: int) -> list[Path]:
    photos = sorted(folder.glob("photo_*.jpg"))[:n]
    if len(photos) < n:
        if not MAKE_PHOTOS.exists():
            sys.exit(f"{MAKE_PHOTOS} is missing")
        print(f"making {n} photos of 24 MP in {folder} ...", flush=True)
        subprocess.run(
            [sys.executable, str(MAKE_PHOTOS), str(folder), "-n", str(n)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        photos = sorted(folder.glob("photo_*.jpg"))[:n]
    return photos


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--photos", type=Path, default=Path(tempfile.gettempdir()) / "exhibit-bench"
    )
    parser.add_argument("-n", type=int, default=50)
    args = parser.parse_args()
    photos = ensure_photos(args.photos, args.n)
    originals = sum(p.stat().st_size for p in photos)
    work = Path(tempfile.mkdtemp(prefix="exhibit-pkg-bench-"))
    try:
        root = work / "Dueren.exhibit"
        with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
            cat.set_office("Düren")
            timed(
                f"import {len(photos)} photos",
                lambda: ImportJob(cat, photos, ImportOptions()).run(no_progress, CancelToken()),
            )
            report = timed(
                "package (previews from the originals)", lambda: send_package(cat, work / "d")
            )
        size = report.size
        print(
            f"package: {size / 1e6:.1f} MB for {report.manifest.works} works "
            f"({size / originals:.1%} of {originals / 1e6:.0f} MB of originals); "
            f"budget {BUDGET / 1e6:.0f} MB: {'within' if size <= BUDGET else 'OVER'}"
        )
        members = work / "members"
        with zipfile.ZipFile(report.path) as zf:
            zf.extractall(members)
        if shutil.which("zip"):
            timed(
                "reference: zip -0 of the same members",
                lambda: subprocess.run(
                    ["zip", "-0", "-q", "-r", str(work / "ref.zip"), "."],
                    cwd=members,
                    check=True,
                ),
            )
        partner = work / "Jinhua.exhibit"
        timed(
            "unpack as the partner's project",
            lambda: unpack_package(report.path, partner, "Jinhua"),
        )
        with Catalogue.open(partner, backup=False) as cat:
            cat.set_text(Owner.WORK, cat.works()[0].id, "caption", "zh-Hans", "金华写的说明")
            back = timed("package again (from the previews)", lambda: send_package(cat, work / "j"))
        print(f"package back: {back.size / 1e6:.1f} MB")
        with Catalogue.open(root, backup=False) as cat:
            merged = timed("merge the partner's package", lambda: merge_package(cat, back.path))
        print(f"merged: {len(merged.taken)} fields taken, {len(merged.conflicts)} conflicts")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
