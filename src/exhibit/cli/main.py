"""Entry point of the `exhibit` command: argparse subcommands, one module per command.

With no command, the desktop app starts. Every command is a short function over the core;
errors become one line naming the file or field and the problem, and an exit code from
`exit_codes` (documented in `exhibit --help`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from exhibit import __version__
from exhibit.cli.exit_codes import ExitCode, for_error

DOCUMENT_SUFFIXES = (".exhibit", ".exhibit-pkg")  # what the file manager hands the app
# Command name -> module in exhibit.cli; each has HELP, add_arguments(parser), run(args, io).
COMMANDS = {
    "new": "new",
    "import": "import_photos",
    "list": "list_works",
    "show": "show",
    "set": "set_field",
    "move": "move",
    "crate": "crate",
    "condition": "condition",
    "relink": "relink",
    "check": "check",
    "demo": "demo",
    "open": "open_app",
    "export": "export",
    "preflight": "preflight",
    "backups": "backups",
    "package": "package",
    "unpack": "unpack",
    "merge": "merge",
    "conflicts": "conflicts",
    "resolve": "resolve",
    "import-translation": "import_translation",
}

EPILOG = """exit codes:
  0  all is well
  1  an error stopped the command
  2  the command line was wrong
  3  some files failed or problems were found (listed in the report)
  4  the project is being changed in another window or process (readers are not refused)
  5  cancelled; what was finished is kept
  6  export stopped by preflight errors (--force exports anyway)

Run `exhibit` without a command to start the desktop app, `exhibit PROJECT` (or a partner
package) to open it there; `exhibit --self-test` checks this installation."""


class IO:
    """Where a command writes: results to out, progress and messages to err."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exhibit",
        description="Catalogue, caption and print a photo exhibition sent abroad.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"exhibit {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (demo, translations, window, import, PDF) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"exhibit.cli.{module_name}")
        p = sub.add_parser(
            name,
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    io = IO(out or sys.stdout, err or sys.stderr)
    args = build_parser().parse_args(
        documents_as_open(list(sys.argv[1:] if argv is None else argv), io)
    )
    if args.self_test:
        from exhibit.selftest import run_self_test

        return ExitCode.OK if run_self_test(io.out, io.err) else ExitCode.ERROR
    if args.command is None:
        from exhibit.cli.open_app import start_app

        return start_app(None, io)
    try:
        return int(args.run(args, io))
    except KeyboardInterrupt:
        io.warn("exhibit: cancelled")
        return ExitCode.CANCELLED
    except Exception as exc:
        import sqlite3

        from exhibit.core.errors import ExhibitError

        if isinstance(exc, sqlite3.DatabaseError):  # the store names known cases; never raw
            exc = ExhibitError(f"the catalogue could not be read or written ({exc})")
        if not isinstance(exc, ExhibitError | OSError):
            raise
        io.warn(f"exhibit {args.command}: {exc}")
        return for_error(exc)


def documents_as_open(argv: list[str], io: IO) -> list[str]:
    """``exhibit PROJECT|PACKAGE ...`` (the desktop file's ``%F``) means ``exhibit open`` it."""
    if not argv or argv[0] in COMMANDS or argv[0].startswith("-"):
        return argv
    paths = [a for a in argv if not a.startswith("-")]
    if not all(Path(p).suffix in DOCUMENT_SUFFIXES or Path(p).exists() for p in paths):
        return argv  # a mistyped command: argparse says which commands there are
    if len(paths) > 1:
        io.warn(f"exhibit: opening {paths[0]}; one project at a time ({len(paths) - 1} ignored)")
    return ["open", paths[0]]


if __name__ == "__main__":
    sys.exit(main())
