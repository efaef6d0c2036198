"""Web gallery of 50 photos of 24 MP: time and folder size, beside vipsthumbnail making the
same JPEG widths in the same run (the ratio is printed), and the 30 MB budget.

    .venv/bin/python bench/web_bench.py [-n 50] [--photos DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_bench import ensure_photos, make_source

from exhibit.core.jobs import CancelToken
from exhibit.export.web.gallery import SIZES, WebGallery, WebOptions, WebSource

BUDGET = 30e6


def vips_bound(photos: list[Path], scratch: Path) -> float:
    jobs = [
        ["vipsthumbnail", str(p), "--size", f"{edge}x{edge}", "-o",
         f"{scratch}/{p.stem}-{edge}.jpg[Q=80,strip]"]
        for p in photos for edge in SIZES
    ]  # fmt: skip
    start = time.perf_counter()
    with ThreadPoolExecutor(1) as pool:  # the gallery decodes in one process
        list(pool.map(lambda cmd: subprocess.run(cmd, check=True), jobs))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--photos", type=Path, default=Path(tempfile.gettempdir()) / "exhibit-bench"
    )
    parser.add_argument("-n", type=int, default=50)
    args = parser.parse_args()
    photos = ensure_photos(args.photos, args.n)
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-web-bench-"))
    try:
        cat = make_source(photos, scratch)
        source = WebSource(cat.exhibition, cat.sections, cat.works, cat.project_root)
        for webp in (True, False):
            out = scratch / f"web-{webp}"
            start = time.perf_counter()
            result = WebGallery(source, out, WebOptions(webp=webp)).run(
                lambda _: None, CancelToken()
            )
            took = time.perf_counter() - start
            label = "JPEG + WebP" if webp else "JPEG only  "
            print(f"{label}: {took:6.2f} s, {result.bytes / 1e6:5.1f} MB "
                  f"({'within' if result.bytes <= BUDGET else 'OVER'} the 30 MB budget), "
                  f"{result.images} images, {result.pages} pages")  # fmt: skip
        if shutil.which("vipsthumbnail"):
            (scratch / "vips").mkdir()
            bound = vips_bound(photos, scratch / "vips")
            print(
                f"vipsthumbnail, the same JPEG widths: {bound:6.2f} s; "
                f"JPEG-only gallery / vips = {took / bound:.2f}"
            )
        print(f"{len(photos)} photos of 24 MP, {os.cpu_count()} cores")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
