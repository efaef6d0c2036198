"""`exhibit relink PROJECT FOLDER`: find missing or changed originals again by content."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.cli.jobrun import run_job
from exhibit.cli.report import print_report

HELP = "relink missing originals by searching a folder for files with the same content"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("folder", type=Path, help="folder to search (recursively)")
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.ingest.relink import RelinkJob

    with open_to_write(args.project, io, "relink") as cat:
        report = run_job(RelinkJob(cat, args.folder), io, progress=not args.json)
    return print_report(report, io, as_json=args.json, verbose_ok=True)
