#!/usr/bin/env python3
"""Import benchmark (not a test): Exhibit's whole import against vipsthumbnail's thumbnails.

Makes N photo-like 24 MP JPEGs with ../shared/bench/make_photos.py (or takes --folder),
imports them into fresh projects with 1 worker and with all cores, and prints photos per
second, time to the first thumbnail and peak memory (the whole process tree, workers
included). In the same run it
times libvips' `vipsthumbnail` making the same 512 px thumbnails (1 process, then one per
core) and prints the ratio exhibit / vipsthumbnail. Memory is measured for half and for all
of the photos, to show it does not grow with their number.

usage: bench/import_bench.py [-n 24] [--folder DIR] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAKE_PHOTOS = HERE.parent.parent / "shared" / "bench" / "make_photos.py"


def make_photos(folder: Path, n: int) -> None:
    if not MAKE_PHOTOS.exists():
        sys.exit(f"{MAKE_PHOTOS} not found: pass --folder with photos instead")
    print(f"making {n} 24 MP photos in {folder} ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(MAKE_PHOTOS),
            str(folder),
            "-n",
            str(n),
            "--jobs",
            str(os.cpu_count() or 1),
        ],
        check=True,
    )


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants now (Linux /proc), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * resource.getpagesize()
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


class PeakSampler(threading.Thread):
    """Samples the whole process tree's memory every 20 ms; ``peak`` is the largest sum."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(0.02):
            self.peak = max(self.peak, _tree_rss_mb(os.getpid()))

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.peak


def child(folder: Path, jobs: int, limit: int) -> None:
    """Run one import in this (fresh) process and print its figures as JSON."""
    from exhibit.core.jobs import CancelToken, Outcome
    from exhibit.core.store import Catalogue
    from exhibit.ingest.importer import ImportJob, ImportOptions

    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg"))[:limit]
    first: list[float] = []
    sampler = PeakSampler()
    sampler.start()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.monotonic()

        def progress(p) -> None:
            if p.done and not first:
                first.append(time.monotonic() - start)

        with Catalogue.create(Path(tmp) / "bench.exhibit", "bench") as cat:
            report = ImportJob(cat, files, ImportOptions(jobs=jobs)).run(progress, CancelToken())
        elapsed = time.monotonic() - start
    peak_mb = sampler.stop()
    print(
        json.dumps(
            {
                "n": len(files),
                "seconds": elapsed,
                "first": first[0] if first else None,
                "imported": report.count(Outcome.IMPORTED),
                "peak_mb": peak_mb,
            }
        )
    )


def measure(folder: Path, jobs: int, limit: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), str(jobs), str(limit)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def vips(files: list[Path], processes: int) -> float | None:
    exe = shutil.which("vipsthumbnail")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        chunks = [files[i::processes] for i in range(processes)]
        start = time.monotonic()
        procs = [
            subprocess.Popen([exe, "-s", "512", "-o", f"{tmp}/%s.jpg[Q=85]", *map(str, chunk)])
            for chunk in chunks
            if chunk
        ]
        for p in procs:
            p.wait()
        return time.monotonic() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=24)
    ap.add_argument("--folder", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the generated photos")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), int(args.child[2]))
        return
    tmp = None
    folder = args.folder
    if folder is None:
        tmp = tempfile.mkdtemp(prefix="exhibit-bench-")
        folder = Path(tmp)
        make_photos(folder, args.n)
    try:
        report(folder)
    finally:
        if tmp and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def report(folder: Path) -> None:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg"))
    n, cores = len(files), os.cpu_count() or 1
    print(f"{n} photos, {sum(f.stat().st_size for f in files) / 1e6:.0f} MB, {cores} cores")
    rows = []
    for jobs in (1, cores):
        ours = measure(folder, jobs, n)
        ref = vips(files, jobs)
        rows.append((jobs, ours, ref))
        ratio = f"{ours['seconds'] / ref:.2f}" if ref else "n/a (vipsthumbnail not installed)"
        print(
            f"jobs={jobs}: exhibit {ours['seconds']:.2f} s ({n / ours['seconds']:.1f} photos/s, "
            f"first thumbnail after {ours['first']:.2f} s, peak {ours['peak_mb']:.0f} MB); "
            f"vipsthumbnail {ref or float('nan'):.2f} s; ratio exhibit/vips = {ratio}"
        )
    half = measure(folder, cores, max(1, n // 2))
    print(
        f"peak memory, all cores: {half['peak_mb']:.0f} MB for {half['n']} photos, "
        f"{rows[-1][1]['peak_mb']:.0f} MB for {n} photos"
    )


if __name__ == "__main__":
    main()
