"""`exhibit import PROJECT PATH... [--jobs N] [--json]`: batch-import photos and folders."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import JOBS_HELP, print_json, visible
from exhibit.cli.report import print_report
from exhibit.core.errors import ExhibitError

HELP = "import photos and folders (recursively) into a project"
DESCRIPTION = f"""{HELP}.

Reads JPEG, TIFF, PNG and WebP (HEIC/AVIF where this installation can decode them). Every file
gets one line in the report when it could not be imported, with the reason; duplicates (same
content as a work already in the catalogue) are reported as "duplicate of No. N". Originals are
only read. Exit code 3 when some files failed, or when no photo was found at all (then every
file passed over is listed with the reason)."""

# Why scan passed a file over (see exhibit.ingest.scan.Skipped), for a person.
_SKIPPED = {
    "hidden": "hidden or system file",
    "not_a_photo": "not a photo (by its name)",
    "not_a_file": "not a regular file (a broken link, socket or pipe)",
    "symlink_loop": "folder already read (a link loop)",
}


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
    from exhibit.ingest.importer import ImportJob, ImportOptions

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
                return ExitCode.ERROR
        report = run_job(job, io, progress=not args.json)
    if plan.total:
        return print_report(report, io, as_json=args.json)
    return _no_photos(args, job.skipped, report, io)


def _no_photos(args: argparse.Namespace, skipped, report, io) -> int:
    """Nothing was a photo: say so, and name every file passed over or failed, and why."""
    where = ", ".join(visible(p) for p in args.paths)
    if args.json:
        print_json(
            {
                **report.to_dict(),
                "skipped": [{"path": str(s.path), "reason": s.reason} for s in skipped],
            },
            io.out,
        )
    else:
        for s in skipped:
            io.say(f"  SKIPPED   {visible(s.path)}: {_SKIPPED.get(s.reason, s.reason)}")
        print_report(report, io, as_json=False)
        io.warn(f"exhibit import: no photos found in {where} ({len(skipped)} files passed over)")
    return ExitCode.PROBLEMS
