"""`exhibit demo [PATH]`: make the built-in demo exhibition, export its catalogue, show it."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.open_app import has_display, start_app
from exhibit.cli.output import JOBS_HELP, ProgressBar
from exhibit.core.errors import ProjectExistsError
from exhibit.core.jobs import CancelToken

HELP = "create the demo exhibition (Düren – Jinhua) and its PDF catalogue"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "path", type=Path, nargs="?", help="where to create it (default: a new temporary folder)"
    )
    p.add_argument("--no-open", action="store_true", help="do not open the desktop app")
    p.add_argument("--no-catalogue", action="store_true", help="do not export the PDF")
    p.add_argument("--jobs", type=int, default=None, help=JOBS_HELP)


def run(args: argparse.Namespace, io) -> int:
    from exhibit.demo import create_demo

    path = args.path or Path(tempfile.mkdtemp(prefix="exhibit-demo-")) / "Dueren-Jinhua.exhibit"
    if path.exists() and any(path.iterdir()):
        raise ProjectExistsError(f"{path}: the folder exists and is not empty")
    bar = ProgressBar(io.err)
    create_demo(path, bar, CancelToken(), jobs=args.jobs)
    bar.finish()
    io.say(f"Demo exhibition created: {path}")
    if not args.no_catalogue:
        code = _export_catalogue(path, io)
        if code != ExitCode.OK:
            return code
    if not args.no_open and has_display():
        return start_app(path, io)
    return ExitCode.OK


def _export_catalogue(path: Path, io) -> int:
    try:
        from exhibit.cli.export import export_catalogue
    except ImportError:  # pragma: no cover - export not installed
        return ExitCode.OK
    out = path / "Katalog.pdf"
    code = export_catalogue(path, out, io, force=True)
    return code
