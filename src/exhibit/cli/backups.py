"""`exhibit backups PROJECT [--restore ID] [--json]`: the catalogue's backups, and restoring one.

The listing shows each backup's id, when it was made, its size, how many works it holds and
why it was made; a damaged one is marked. When the catalogue itself is missing, empty or
damaged, it says so and names the newest good backup to restore. Restoring keeps the current
catalogue first (as a backup, or aside as `damaged-…` when it fails the check).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json
from exhibit.core.errors import NotAProjectError
from exhibit.core.project import ProjectPaths
from exhibit.core.store_backups import (
    BackupInfo,
    backups,
    catalogue_problem,
    describe,
    restore,
)

HELP = "list the catalogue's backups, or restore one (--restore ID, or --restore newest)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument(
        "--restore",
        metavar="ID",
        help="put this backup back as the catalogue (`newest`: the newest good one)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    paths = _paths(args.project)
    if args.restore:
        return _restore(paths, args.restore, io, as_json=args.json)
    infos = describe(backups(paths))
    problem = catalogue_problem(paths)
    if args.json:
        print_json({"catalogue_problem": problem, "backups": [_row(i) for i in infos]}, io.out)
        return ExitCode.PROBLEMS if problem else ExitCode.OK
    _print_table(infos, io)
    if problem:
        io.warn(f"exhibit backups: {paths.catalogue}: {problem}.")
        good = next((i for i in infos if i.good), None)
        if good is not None:
            io.warn(
                f"Restore the newest good backup ({good.id}, {good.works} works) with "
                f"`exhibit backups {paths.root} --restore newest`."
            )
        return ExitCode.PROBLEMS
    return ExitCode.OK


def _paths(project: Path) -> ProjectPaths:
    paths = ProjectPaths(project)
    if not project.is_dir() or not (paths.catalogue.exists() or paths.backups.is_dir()):
        raise NotAProjectError(f"{project}: not an Exhibit project (no catalogue, no backups)")
    return paths


def _restore(paths: ProjectPaths, ident: str, io, *, as_json: bool) -> int:
    done = restore(paths, ident)
    if as_json:
        print_json({"restored": _row(done.backup), "saved_as": done.saved_as}, io.out)
        return ExitCode.OK
    b = done.backup
    io.say(
        f"Restored backup {b.id} (made {b.backup.when:%Y-%m-%d %H:%M}, {b.works} works) "
        f"as the catalogue of {paths.root.name}."
    )
    if done.saved_as is not None:
        io.say(f"The catalogue it replaced is kept as {done.saved_as}.")
    return ExitCode.OK


def _row(info: BackupInfo) -> dict:
    b = info.backup
    return {
        "id": info.id,
        "made": b.when.isoformat(timespec="seconds"),
        "bytes": b.size,
        "works": info.works,
        "reason": b.label,
        "good": info.good,
        "problems": list(info.problems),
        "file": b.path.name,
    }


def _print_table(infos: list[BackupInfo], io) -> None:
    if not infos:
        io.say("no backups yet")
        return
    io.say(f"{'ID':<16} {'made':<16} {'size':>9} {'works':>6}  reason")
    for i in infos:
        b = i.backup
        works = "?" if i.works is None else str(i.works)
        state = "" if i.good else f"  DAMAGED: {'; '.join(i.problems[:1])}"
        io.say(
            f"{i.id:<16} {b.when:%Y-%m-%d %H:%M} {_size(b.size):>9} {works:>6}  {b.label}{state}"
        )
    io.say(f"{len(infos)} backup{'s' if len(infos) != 1 else ''}")


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1000 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"
