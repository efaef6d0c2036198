"""`exhibit list PROJECT [--json]`: the works in catalogue order."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.output import print_json, visible
from exhibit.cli.views import file_name, summary_section, work_summary

HELP = "list the works in catalogue order"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with open_to_read(args.project, io, "list", reads_history=False) as cat:
        languages = cat.languages
        sections = {s.id: s for s in cat.sections()}
        listing = cat.work_listing()
    if args.json:
        print_json([work_summary(w, languages, sections) for w in listing], io.out)
        return 0
    # the same values as work_summary gives --json, formatted straight from the listing
    # (10 000 works: one dict each and a print per line were a third of the command's time)
    section_titles = {i: summary_section(s, languages) for i, s in sections.items()}
    heading = f"Title ({' / '.join(languages)})"
    lines = [f"{'No.':>4}  {heading}  [Section]  File"]
    for w in listing:
        titles = " / ".join(w.title(lang) or "–" for lang in languages)
        section = section_titles.get(w.section_id) or "–"
        # no separator above holds a control character: one escape per line is one per value
        lines.append(visible(f"{w.number:>4}  {titles}  [{section}]  {file_name(w.path)}"))
    lines.append(f"{len(listing)} works")
    io.say("\n".join(lines))
    return 0
