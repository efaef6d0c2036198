"""`exhibit conflicts PROJECT [--json]`: fields both offices changed differently, side by side."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.merge import _value
from exhibit.cli.output import print_json

HELP = "list open merge conflicts (ours kept until resolved)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def where(c) -> str:
    if c.entity == "work":
        return f"No. {c.work_number}" if c.work_number else "removed work"
    return c.entity


def run(args: argparse.Namespace, io) -> int:
    with open_to_read(args.project, io, "conflicts") as cat:
        found = cat.conflicts()
    if args.json:
        print_json([asdict(c) for c in found], io.out)
    else:
        for c in found:
            field = f"{c.field}.{c.lang}" if c.lang else c.field
            io.say(f"#{c.id}  {where(c)} {field}")
            io.say(
                f"    ours:   {_value(c.ours)}  [{c.ours_author} / {c.ours_office}, {c.ours_at}]"
            )
            io.say(
                f"    theirs: {_value(c.theirs)}  "
                f"[{c.theirs_author} / {c.theirs_office}, {c.theirs_at}]"
            )
        if not found:
            io.say("no open conflicts")
    return ExitCode.PROBLEMS if found else ExitCode.OK
