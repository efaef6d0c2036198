"""`exhibit open PROJECT` (and `exhibit` alone): start the desktop app.

PROJECT may also be a partner package (``.exhibit-pkg``): the app decides what it can do with it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from exhibit.cli.exit_codes import ExitCode

HELP = "open a project in the desktop app"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "project", type=Path, help="the project folder (or a partner package .exhibit-pkg)"
    )


def has_display() -> bool:
    """Whether a window can be shown: a desktop session, or a Qt platform chosen explicitly."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc"):
        return False  # a window there is seen by nobody sitting at this machine
    if platform:
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start_app(project: Path | None, io) -> int:
    if not has_display():
        io.warn(
            "exhibit: no display to show the app on (DISPLAY and WAYLAND_DISPLAY are not set). "
            "Use the commands listed by `exhibit --help`."
        )
        return ExitCode.ERROR
    try:
        from exhibit.ui.app import main as app_main
    except ImportError as exc:  # Qt libraries missing on this machine
        io.warn(f"exhibit: the desktop app cannot start: {exc}")
        return ExitCode.ERROR
    return app_main([sys.argv[0]], project=project)


def run(args: argparse.Namespace, io) -> int:
    return start_app(args.project, io)
