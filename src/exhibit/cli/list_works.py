"""`exhibit list PROJECT [--json]`: the works in catalogue order."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.output import print_json, visible
from exhibit.cli.views import work_summary

HELP = "list the works in catalogue order"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with open_to_read(args.project, io, "list", reads_history=False) as cat:
        languages = cat.languages
        sections = {s.id: s for s in cat.sections()}
        rows = [work_summary(w, languages, sections) for w in cat.work_listing()]
    if args.json:
        print_json(rows, io.out)
        return 0
    heading = f"Title ({' / '.join(languages)})"
    io.say(f"{'No.':>4}  {heading}  [Section]  File")
    for r in rows:
        titles = " / ".join(visible(r["title"][lang] or "–") for lang in languages)
        section = visible(r["section"] or "–")
        io.say(f"{r['number']:>4}  {titles}  [{section}]  {visible(r['file'])}")
    io.say(f"{len(rows)} works")
    return 0
