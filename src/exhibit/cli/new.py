"""`exhibit new PROJECT --title ...`: make an empty project folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.core.languages import DEFAULT_LANGUAGES
from exhibit.core.store import Catalogue

HELP = "create a new, empty exhibition project folder"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path, help="the project folder to create (e.g. Dueren.exhibit)")
    p.add_argument("--title", default="", help="exhibition title in the source language")
    p.add_argument(
        "--title-lang",
        action="append",
        default=[],
        metavar="LANG=TITLE",
        help="title in another language, e.g. zh-Hans=迪伦影像 (repeatable)",
    )
    p.add_argument(
        "--languages",
        default=",".join(DEFAULT_LANGUAGES),
        help="project languages, source first (default: %(default)s)",
    )


def run(args: argparse.Namespace, io) -> int:
    languages = [t.strip() for t in args.languages.split(",") if t.strip()]
    titles = {languages[0]: args.title} if languages else {}
    for item in args.title_lang:
        lang, sep, text = item.partition("=")
        if not sep:
            raise SystemExit(f"exhibit new: --title-lang wants LANG=TITLE, got {item!r}")
        titles[lang.strip()] = text
    with Catalogue.create(args.project, titles, languages) as cat:
        io.say(f"Created {cat.root} ({', '.join(cat.languages)})")
    return 0
