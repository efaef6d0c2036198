"""`exhibit demo [PATH]`: make the built-in demo exhibition, export its catalogue, show it.

With a display, the app opens at once and makes the demo behind a progress dialog (the same
job as here, on a worker thread); without one, the demo is made here with a progress bar and
the command says where the catalogue is and that no window was opened.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.open_app import no_display, start_app
from exhibit.cli.output import JOBS_HELP
from exhibit.core.errors import ProjectExistsError

HELP = "create the demo exhibition (Düren – Jinhua) and its PDF catalogue"
DESCRIPTION = f"""{HELP}.

With a display, the desktop app opens at once and makes the demo behind a progress dialog.
Without one (or with --no-open) it is made here, and the command says where the catalogue is.
Exit code 1 when the demo could not be made completely (for example when photos failed)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "path", type=Path, nargs="?", help="where to create it (default: a new temporary folder)"
    )
    p.add_argument("--no-open", action="store_true", help="do not open the desktop app")
    p.add_argument("--no-catalogue", action="store_true", help="do not export the PDF")
    p.add_argument("--jobs", type=int, default=None, help=JOBS_HELP)


def run(args: argparse.Namespace, io) -> int:
    from exhibit.demo import DemoJob

    path = args.path or Path(tempfile.mkdtemp(prefix="exhibit-demo-")) / "Dueren-Jinhua.exhibit"
    job = DemoJob(path, catalogue=not args.no_catalogue, jobs=args.jobs)
    plan = job.check()
    if plan.errors:
        raise ProjectExistsError(plan.errors[0])
    pdf = path / DemoJob.CATALOGUE_NAME
    why_not = no_display()
    if not why_not and not args.no_open:
        io.say(f"Making the demo exhibition in {path}; the app shows its progress.")
        if not args.no_catalogue:
            io.say(f"Its catalogue will be {pdf}")
        return start_app(None, io, demo=path)
    from exhibit.cli.jobrun import run_job

    result = run_job(job, io)
    io.say(f"Demo exhibition created: {result.path} ({result.works} works)")
    if result.catalogue is not None:
        io.say(f"Catalogue written: {result.catalogue} ({result.pages} pages)")
    if args.no_open:
        return ExitCode.OK
    where = f"; the catalogue is {result.catalogue}" if result.catalogue else ""
    io.say(
        f"No window was opened: there is no display ({why_not}){where}. "
        f"On a machine with a display, `exhibit open {result.path}` shows it."
    )
    return ExitCode.OK
