"""`exhibit import PROJECT PATH... [--jobs N] [--json]`: batch-import photos and folders."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import JOBS_HELP
from exhibit.cli.report import print_report
from exhibit.core.errors import ExhibitError
from exhibit.ingest.importer import ImportJob, ImportOptions

HELP = "import photos and folders (recursively) into a project"
DESCRIPTION = f"""{HELP}.

Reads JPEG, TIFF, PNG and WebP (HEIC/AVIF where this installation can decode them). Every file
gets one line in the report when it could not be imported, with the reason; duplicates (same
content as a work already in the catalogue) are reported as "duplicate of No. N". Originals are
only read. Exit code 3 when some files failed."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="photo files or folders")
    p.add_argument("--jobs", type=int, default=None, help=JOBS_HELP)
    p.add_argument(
        "--section",
        type=int,
        default=None,
        help="put the new works in section N (1 = the first section)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    with open_to_write(args.project, io, "import") as cat:
        section_id = None
        if args.section is not None:
            sections = cat.sections()
            if not 1 <= args.section <= len(sections):
                raise ExhibitError(
                    f"--section {args.section}: the project has {len(sections)} sections"
                )
            section_id = sections[args.section - 1].id
        job = ImportJob(cat, args.paths, ImportOptions(jobs=args.jobs, section_id=section_id))
        plan = job.check()
        if plan.errors:
            for e in plan.errors:
                io.warn(f"exhibit import: {e}")
            if plan.total == 0:
                return 1
        report = run_job(job, io, progress=not args.json)
    return print_report(report, io, as_json=args.json)
