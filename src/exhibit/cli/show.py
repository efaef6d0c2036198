"""`exhibit show PROJECT NO [--json]`: everything about one work."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.output import print_json, visible
from exhibit.cli.views import work_detail
from exhibit.core.fields import WORK_COLUMNS

HELP = "show one work by its catalogue number"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("number", type=int, help="catalogue number")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with open_to_read(args.project, io, "show", reads_history=False) as cat:
        languages = cat.languages
        d = work_detail(
            cat.work_by_number(args.number), languages, {s.id: s for s in cat.sections()}
        )
    if args.json:
        print_json(d, io.out)
        return 0
    io.say(f"No. {d['number']}  {visible(d['file'])}  [{visible(d['section'] or 'no section')}]")
    for name, by_lang in d["texts"].items():
        for lang, entry in by_lang.items():
            if entry["text"] or name == "title":
                text = visible(entry["text"], multiline=True)
                io.say(f"  {name}.{lang} ({entry['status']}): {text}")
    for key, value in d["exif"].items():
        io.say(f"  exif.{key}: {visible(value)}")
    for f in WORK_COLUMNS:
        if d[f.name] not in (None, ""):
            io.say(f"  {f.name}: {visible(d[f.name], multiline=True)}")
    if d["tags"]:
        io.say(f"  tags: {visible(', '.join(d['tags']))}")
    for p in d["problems"]:
        io.say(f"  problem ({visible(p['code'])}): {visible(p['message'])}")
    return 0
