"""`exhibit preflight PROJECT [--json]`: what would stop or spoil the printed catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json

HELP = "check the catalogue before printing: resolution, translations, characters, originals"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from exhibit.export.catalogue.options import Layout, PageSize

    p.add_argument("project", type=Path)
    p.add_argument("--page-size", choices=[s.value for s in PageSize], default="a4")
    p.add_argument("--layout", choices=[x.value for x in Layout], default="one")
    p.add_argument("--dpi", type=int, default=300)
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.catalogue.options import CatalogueOptions, Layout, PageSize
    from exhibit.export.preflight import preflight
    from exhibit.export.source import catalogue_source

    options = CatalogueOptions(
        page_size=PageSize(args.page_size), layout=Layout(args.layout), dpi=args.dpi
    )
    with open_to_read(args.project, io, "preflight") as cat:
        report = preflight(catalogue_source(cat), options)
    if args.json:
        print_json(report.to_dict(), io.out)
    else:
        for f in report.findings:
            io.say(f"  {f.severity.value.upper():7} {f.message}")
        io.say(
            f"{len(report.errors)} errors, {len(report.warnings)} warnings ({report.works} works)"
        )
    return ExitCode.PROBLEMS if report.errors else ExitCode.OK
