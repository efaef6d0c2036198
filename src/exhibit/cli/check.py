"""`exhibit check PROJECT`: the catalogue's consistency, every original's state, and the
thumbnail cache (missing thumbnails are rebuilt from the originals and reported)."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import print_json, visible
from exhibit.cli.report import exit_code, print_report
from exhibit.core.errors import (
    CatalogueDamagedError,
    CatalogueValueError,
    NoPermissionError,
    ProjectLockedError,
)
from exhibit.core.jobs import JobReport, Outcome
from exhibit.core.store import Catalogue

HELP = "check the catalogue and find missing or changed originals"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.ingest.relink import RescanJob
    from exhibit.ingest.thumbnail_job import ThumbnailJob

    with _open(args.project, io) as cat:
        damage = cat.integrity_problems() + _bad_values(cat)
        report = run_job(RescanJob(cat), io, progress=not args.json)
        rebuilt = run_job(ThumbnailJob(cat), io, progress=not args.json)
    missing = len(rebuilt.outcomes) + rebuilt.not_started
    if args.json:
        thumbnails = {"missing": missing, **rebuilt.to_dict()}
        print_json({"catalogue": damage, "thumbnails": thumbnails, **report.to_dict()}, io.out)
        code = exit_code(report)
    else:
        for problem in damage:
            io.say(f"  CATALOGUE {visible(problem)}")
        _say_thumbnails(rebuilt, missing, io)
        code = print_report(report, io, as_json=False)
        if not damage and code == ExitCode.OK:
            io.say("catalogue consistent, all originals present and unchanged")
    return ExitCode.PROBLEMS if damage else code


def _bad_values(cat: Catalogue) -> list[str]:
    """Works whose recorded content hash is not one (it would name files outside the cache)."""
    found = []
    for work in cat.works():
        try:
            cat.thumbnail_path(work)
        except CatalogueValueError as exc:
            found.append(f"No. {work.number}: {exc}")
    return found


def _say_thumbnails(report: JobReport, missing: int, io) -> None:
    if not missing:
        return
    for o in report.outcomes:
        if o.outcome is not Outcome.OK:
            io.say(f"  THUMBNAIL {visible(o.message)}")
    io.say(f"{missing} thumbnails were missing: {report.count(Outcome.OK)} rebuilt")


def _open(project: Path, io) -> Catalogue:
    """Check records what it finds when it may write; while the project is held elsewhere,
    read-only or damaged, it still checks and says that nothing was recorded."""
    try:
        return Catalogue.open(project, backup=False, command="exhibit check")
    except (ProjectLockedError, NoPermissionError, CatalogueDamagedError) as exc:
        cat = open_to_read(project, io, "check")
        io.warn(f"note: {exc} Checking read-only; what is found is not recorded.")
        return cat
