"""`exhibit crate PROJECT add|remove|list`: the crates the works travel in.

Works are put in a crate with `exhibit set PROJECT NO crate NUMBER`.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from exhibit.cli.output import print_json
from exhibit.core.errors import FieldError
from exhibit.core.loan import Crate
from exhibit.core.store import Catalogue

HELP = "add, remove or list the packing crates"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a crate or change one")
    add.add_argument("project", type=Path)
    add.add_argument("crate", help="the crate's number, e.g. 1 or K3")
    add.add_argument("--size", default="", metavar="WxHxD", help="outside size in cm")
    add.add_argument("--weight", type=float, default=None, metavar="KG", help="gross weight")
    add.add_argument("--notes", default="")
    rm = actions.add_parser("remove", help="remove a crate (its works keep no crate)")
    rm.add_argument("project", type=Path)
    rm.add_argument("crate")
    ls = actions.add_parser("list", help="the crates and the works in each")
    ls.add_argument("project", type=Path)
    ls.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with Catalogue.open(args.project, backup=False) as cat:
        if args.action == "add":
            cat.put_crate(Crate(args.crate, *parse_size(args.size), args.weight, args.notes))
            io.say(f"crate {args.crate} saved")
        elif args.action == "remove":
            freed = cat.remove_crate(args.crate)
            io.say(f"crate {args.crate} removed ({len(freed)} works now without a crate)")
        else:
            _list(cat, args.json, io)
    return 0


def _list(cat: Catalogue, as_json: bool, io) -> None:
    works = cat.works()
    rows = [
        {**dataclasses.asdict(c), "works": [w.number for w in works if w.crate == c.number]}
        for c in cat.crates()
    ]
    if as_json:
        print_json(rows, io.out)
        return
    for r in rows:
        crate = Crate(*(r[k] for k in ("number", "width_cm", "height_cm", "depth_cm")))
        weight = f"{r['weight_kg']:g} kg" if r["weight_kg"] else ""
        numbers = ", ".join(str(n) for n in r["works"]) or "empty"
        io.say(f"crate {r['number']}  {crate.dimensions}  {weight}  works: {numbers}")


def parse_size(text: str) -> tuple[float | None, float | None, float | None]:
    """'120x90x30' (cm) -> (120.0, 90.0, 30.0); '' -> no size."""
    if not text.strip():
        return None, None, None
    parts = text.lower().replace("×", "x").replace(",", ".").split("x")
    try:
        w, h, d = (float(p) for p in parts)
    except ValueError:
        raise FieldError(
            f"--size {text!r}: write width x height x depth in cm, e.g. 120x90x30"
        ) from None
    return w, h, d
