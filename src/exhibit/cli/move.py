"""`exhibit move PROJECT NO [NO…] (--to POS | --after NO | --section N)`: reorder works.

The works keep their order among themselves. ``--to`` gives the first of them that catalogue
number (they take the section of the works around that place), ``--after`` places them just
after another work in its section, ``--section`` at the end of section N (1 = the first
section, 0 = no section). The new order is computed by ``core.ordering`` and stored in one
transaction; the works are listed with their new numbers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.output import print_json
from exhibit.core import ordering
from exhibit.core.errors import FieldError
from exhibit.core.store import Catalogue

HELP = "reorder works, e.g. `exhibit move P 12 13 --after 3`"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("numbers", nargs="+", type=int, metavar="NO", help="catalogue numbers")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=int, metavar="POS", help="the first work gets number POS")
    where.add_argument("--after", type=int, metavar="NO", help="just after work NO")
    where.add_argument(
        "--section", type=int, metavar="N", help="to the end of section N (0: no section)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with Catalogue.open(args.project, backup=False) as cat:
        numbers = {n: wid for wid, n in cat.numbers().items()}
        ids = [_work_id(numbers, n, "NO") for n in args.numbers]
        order = cat.order()
        if args.to is not None:
            if not 1 <= args.to <= len(order):
                raise FieldError(f"--to {args.to}: a position from 1 to {len(order)}")
            new = ordering.move_to_position(order, ids, args.to)
        elif args.after is not None:
            after = _work_id(numbers, args.after, "--after")
            if after in ids:
                raise FieldError(f"--after {args.after}: is one of the works to move")
            new = ordering.move_after(order, ids, after)
        else:
            new = ordering.move_to_section(order, ids, _section_id(cat, args.section))
        cat.set_order(new)
        moved = [(w.number, w.original.path) for w in cat.works(ids)]
    rows = [{"number": n, "file": Path(p).name} for n, p in sorted(moved)]
    if args.json:
        print_json(rows, io.out)
    else:
        for r in rows:
            io.say(f"{r['number']:>4}  {r['file']}")
    return 0


def _work_id(numbers: dict[int, int], number: int, what: str) -> int:
    if number not in numbers:
        raise FieldError(f"{what} {number}: no work has this catalogue number")
    return numbers[number]


def _section_id(cat: Catalogue, index: int) -> int | None:
    sections = cat.sections()
    if index == 0:
        return None
    if not 1 <= index <= len(sections):
        raise FieldError(f"--section {index}: a section from 1 to {len(sections)} (0: none)")
    return sections[index - 1].id
