"""`exhibit unpack FILE.exhibit-pkg DIR`: make a full project of a partner package."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.output import print_json

HELP = "make a project of a partner package (originals stay with the sender)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("package", type=Path, help="the .exhibit-pkg file")
    p.add_argument("folder", type=Path, help="the new project folder (must not exist)")
    p.add_argument("--office", default="", help="this office's name, e.g. Jinhua")
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.partner import unpack_package  # loads Pillow: only when run

    m = unpack_package(args.package, args.folder, args.office)
    if args.json:
        print_json(
            {
                "project": str(args.folder),
                "exhibition": m.exhibition,
                "package": m.package,
                "from_office": m.office,
                "works": m.works,
            },
            io.out,
        )
        return 0
    io.say(f"{args.folder}: {m.works} works from {m.office or 'the partner'} ({m.created})")
    io.say("  originals stay with the sender; previews are shown and printed instead")
    if not args.office:
        io.say(f'  name this office: exhibit set {args.folder} office "NAME"')
    return 0
