"""`exhibit check PROJECT`: the catalogue's consistency and every original's state."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import print_json
from exhibit.cli.report import exit_code, print_report
from exhibit.core.errors import CatalogueDamagedError, NoPermissionError, ProjectLockedError
from exhibit.core.store import Catalogue

HELP = "check the catalogue and find missing or changed originals"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.ingest.relink import RescanJob

    with _open(args.project, io) as cat:
        damage = cat.integrity_problems()
        report = run_job(RescanJob(cat), io, progress=not args.json)
    if args.json:
        print_json({"catalogue": damage, **report.to_dict()}, io.out)
        code = exit_code(report)
    else:
        for problem in damage:
            io.say(f"  CATALOGUE {problem}")
        code = print_report(report, io, as_json=False)
        if not damage and code == ExitCode.OK:
            io.say("catalogue consistent, all originals present and unchanged")
    return ExitCode.PROBLEMS if damage else code


def _open(project: Path, io) -> Catalogue:
    """Check records what it finds when it may write; while the project is held elsewhere,
    read-only or damaged, it still checks and says that nothing was recorded."""
    try:
        return Catalogue.open(project, backup=False, command="exhibit check")
    except (ProjectLockedError, NoPermissionError, CatalogueDamagedError) as exc:
        cat = open_to_read(project, io, "check")
        io.warn(f"note: {exc} Checking read-only; what is found is not recorded.")
        return cat
