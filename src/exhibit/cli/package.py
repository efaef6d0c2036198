"""`exhibit package PROJECT --out FILE.exhibit-pkg`: the file to send to the partner office."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.cli.output import ProgressBar, print_json

HELP = "make a partner package (catalogue, screen previews, manifest) to mail or carry"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the package file (.exhibit-pkg)")
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.partner import send_package  # loads Pillow: only when run

    bar = ProgressBar(io.err, enabled=None if not args.json else False)
    with open_to_write(args.project, io, "package") as cat:
        report = send_package(cat, args.out, progress=bar)
    bar.finish()
    d = {
        "file": str(report.path),
        "bytes": report.size,
        "previews": report.previews,
        "works_without_preview": list(report.missing_previews),
        "exhibition": report.manifest.exhibition,
        "package": report.manifest.package,
        "revision": report.manifest.revision,
        "office": report.manifest.office,
        "created": report.manifest.created,
    }
    if args.json:
        print_json(d, io.out)
    else:
        io.say(
            f"{report.path.name}: {report.manifest.works} works, {report.previews} previews, "
            f"{report.size / 1e6:.1f} MB (from {report.manifest.office or 'an unnamed office'})"
        )
        for n in report.missing_previews:
            io.warn(f"  No. {n}: neither the original nor a preview is here; sent without image")
    return 0
