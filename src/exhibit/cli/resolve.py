"""`exhibit resolve PROJECT ID... --take ours|theirs` (or `all`): settle merge conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.core.errors import FieldError

HELP = "resolve merge conflicts by id (or all): keep ours or take theirs"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("ids", nargs="+", help="conflict ids from `exhibit conflicts`, or `all`")
    p.add_argument("--take", choices=["ours", "theirs"], required=True)


def run(args: argparse.Namespace, io) -> int:
    with open_to_write(args.project, io, "resolve") as cat:
        if args.ids == ["all"]:
            ids = [c.id for c in cat.conflicts()]
        else:
            try:
                ids = [int(i) for i in args.ids]
            except ValueError:
                raise FieldError(f"conflict ids are numbers (or `all`), not {args.ids}") from None
        cat.resolve_conflicts(ids, args.take)
        left = len(cat.conflicts())
    io.say(f"resolved {len(ids)} conflicts ({args.take}); {left} open")
    return 0
