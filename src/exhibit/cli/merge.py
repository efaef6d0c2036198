"""`exhibit merge PROJECT FILE [--dry-run] [--json]`: merge a package from the partner office.

Field by field against the common base: changed on one side only is taken, changed on both is a
conflict (ours kept; see `exhibit conflicts` and `exhibit resolve`). Exit code 3 when
conflicts are open after the merge.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from exhibit.cli.access import open_to_read, open_to_write
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json

HELP = "merge a partner package into the project, field by field"
DESCRIPTION = __doc__


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("package", type=Path, help="the .exhibit-pkg file from the partner")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--json", action="store_true", help="machine-readable report")


def _value(v: object) -> str:
    if isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v):
        return f"{v[0]!r} ({v[1]})"
    if isinstance(v, dict):
        return "(the whole work)"
    return "—" if v is None else repr(v)


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.partner import merge_package  # loads Pillow: only when run

    opener = open_to_read if args.dry_run else open_to_write  # a dry run changes nothing
    with opener(args.project, io, "merge") as cat:
        report = merge_package(cat, args.package, dry_run=args.dry_run)
        open_conflicts = len(cat.conflicts())
    if args.json:
        d = asdict(report)
        d["open_conflicts"] = open_conflicts
        print_json(d, io.out)
    else:
        verb = "would take" if args.dry_run else "took"
        io.say(
            f"package from {report.sender_office or 'the partner'} ({report.created}): "
            f"{verb} {len(report.taken)} fields, {len(report.conflicts)} conflicts, "
            f"{report.added_works} works added, {report.removed_works} removed"
            + (", order changed" if report.reordered else "")
            + (
                f", {report.condition_checks_added} condition checks added"
                if report.condition_checks_added
                else ""
            )
        )
        for line in report.taken:
            field = f"{line.field}.{line.lang}" if line.lang else line.field
            io.say(
                f"  {line.where} {field}: {_value(line.ours)} -> {_value(line.theirs)}"
                f"  [{line.theirs_by}]"
            )
        for line in report.conflicts:
            field = f"{line.field}.{line.lang}" if line.lang else line.field
            io.say(f"  CONFLICT {line.where} {field}:")
            io.say(f"    ours:   {_value(line.ours)}  [{line.ours_by}]")
            io.say(f"    theirs: {_value(line.theirs)}  [{line.theirs_by}]")
        for note in report.notes:
            io.warn(f"  note: {note}")
        if not report.changes_anything:
            io.say("  nothing new: this package holds nothing the project lacks")
        if report.backup:
            io.say(f"  backup before the merge: backups/{report.backup}")
    return ExitCode.PROBLEMS if open_conflicts and not args.dry_run else ExitCode.OK
