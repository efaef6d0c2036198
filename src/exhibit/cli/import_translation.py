"""`exhibit import-translation PROJECT FILE [--dry-run] [--json]`: texts back from translators.

Reads XLSX, CSV, XLIFF 1.2/2.0 or PO and compares each field three ways: what was exported,
what the catalogue holds now and what came back. One line per field that changes or needs
attention; the catalogue is backed up first and the whole import is one transaction.
Exit code 3 when fields were rejected or conflict (listed), 0 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json
from exhibit.core.errors import ExhibitError
from exhibit.core.store_backups import make_backup
from exhibit.core.translation import Change, ImportPlan

HELP = "take translated texts back from XLSX, CSV, XLIFF or PO"
DESCRIPTION = __doc__.split("\n", 1)[1].strip()

_WORD = {
    Change.NEW: "NEW",
    Change.CHANGED: "CHANGED",
    Change.OUTDATED: "OUTDATED",
    Change.CONFLICT: "CONFLICT",
    Change.REJECTED: "REJECTED",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, help="the file the translator sent back")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument(
        "--trust-approvals",
        action="store_true",
        help="keep 'approved' from the file (otherwise it comes back as 'needs review')",
    )
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.ingest.translation.plan import plan_translation

    with open_to_write(args.project, io, "import-translation", backup=False) as cat:
        plan = plan_translation(
            cat.exhibition(),
            cat.sections(),
            cat.works(),
            args.file,
            trust_approvals=args.trust_approvals,
        )
        if plan.errors:
            raise ExhibitError(f"{args.file.name}: {plan.errors[0]}; nothing was changed")
        applied = None
        if not args.dry_run and (plan.writes or plan.conflicts):
            make_backup(cat.paths, "translation")
            applied = cat.apply_translation(plan, f"translation:{args.file.name}")
    _print(plan, io, args, applied)
    bad = plan.count(Change.REJECTED) + plan.count(Change.CONFLICT)
    return ExitCode.PROBLEMS if bad else ExitCode.OK


def _print(plan: ImportPlan, io, args, applied) -> None:
    if args.json:
        print_json({"dry_run": args.dry_run, **plan.to_dict()}, io.out)
        return
    for note in plan.notes:
        io.say(note)
    for line in plan.lines:
        word = _WORD.get(line.change)
        if word is None:
            continue
        if line.change is Change.CONFLICT:
            io.say(f"  {word:9} {line.label}: here {line.ours.text!r}, file {line.theirs.text!r}")
        elif line.change is Change.REJECTED:
            io.say(f"  {word:9} {line.label}: {line.reason}")
        else:
            status = line.theirs.status.value.replace("_", " ")
            io.say(f"  {word:9} {line.label}: {line.theirs.text!r} ({status})")
    counts = ", ".join(f"{plan.count(c)} {c.value}" for c in Change if plan.count(c))
    tail = (
        "dry run, nothing written"
        if args.dry_run
        else (
            f"{applied.written} texts written, conflicts kept for review (exhibit conflicts)"
            if applied and applied.conflict_ids
            else (f"{applied.written} texts written" if applied else "nothing to write")
        )
    )
    io.say(f"{counts or 'no texts'} ({tail})")
