"""`exhibit preflight PROJECT [--json]`: what would stop or spoil the printed catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.export import add_option_arguments, chosen_options
from exhibit.cli.output import print_json

HELP = "check the catalogue before printing: resolution, translations, characters, originals"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    add_option_arguments(p, preflight=True)
    p.add_argument("--json", action="store_true", help="machine-readable report")


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.preflight import preflight
    from exhibit.export.source import catalogue_source

    options = chosen_options(args)
    with open_to_read(args.project, io, "preflight", reads_history=False) as cat:
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
