"""Entry point of the `exhibit` command: argparse subcommands, one module per command.

With no command, the desktop app starts. Every command is a short function over the core;
errors become one line naming the file or field and the problem, and an exit code from
`exit_codes` (documented in `exhibit --help`).

Start-up time counts (a script runs `exhibit list` or `exhibit set` many times): the command
modules import only the core at their top, anything heavier (the importer, Pillow, ReportLab,
Qt) inside the functions that use it, and only the command being run gets its arguments
declared, so `exhibit list` never loads what `exhibit export` needs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from exhibit import __version__
from exhibit.cli.exit_codes import EPILOG, ExitCode, for_error

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


class IO:
    """Where a command writes: results to out, progress and messages to err."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command`` (all commands when None) is loaded and declared, and
    "" (no command named, no --help asked) loads no command module at all."""
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
    if command == "":  # `exhibit --version`, or no command: no command module is needed
        for name in COMMANDS:
            sub.add_parser(name)
        return parser
    for name, module_name in COMMANDS.items():
        if command and command != name:  # `exhibit list` loads the list command only
            sub.add_parser(name)
            continue
        module = importlib.import_module(f"exhibit.cli.{module_name}")
        p = sub.add_parser(
            name,
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if command is None or command == name:
            module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command named on the command line: the first word not an option; None when none
    is named and help is asked for (every command is listed), else ""."""
    word = next((a for a in argv if not a.startswith("-")), "")
    if word in COMMANDS:
        return word
    return None if {"-h", "--help"} & set(argv) else ""


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    io = IO(out or sys.stdout, err or sys.stderr)
    argv = documents_as_open(list(sys.argv[1:] if argv is None else argv), io)
    args = build_parser(_command_in(argv)).parse_args(argv)
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

        from exhibit.core.jobs import Cancelled

        if isinstance(exc, Cancelled):
            io.warn(f"exhibit {args.command}: cancelled")
            return ExitCode.CANCELLED
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
