"""How commands open a project: readers without the lock, writers waiting for each other.

Readers (`list`, `show`, `preflight`, `export catalogue`, `check` when the project is held)
take no lock and work while the app or another command writes. Writers wait up to
``WRITER_WAIT`` seconds for another command-line writer, so that scripts running `exhibit set`
in loops take turns; a project held by the app is refused at once. What the store has to say
on opening (a backup that could not be written, a damaged catalogue) goes to stderr.
"""

from __future__ import annotations

from pathlib import Path

from exhibit.core.project import COMMAND, WRITER_WAIT
from exhibit.core.store import Catalogue


def open_to_read(project: Path, io, command: str, *, reads_history: bool = True) -> Catalogue:
    """``reads_history=False``: the command never reads the revision history, so its check of
    the file for damage leaves that out (most of a large catalogue's file)."""
    cat = Catalogue.open(
        project, read_only=True, command=f"exhibit {command}", reads_history=reads_history
    )
    _tell(cat, io)
    return cat


def open_to_write(project: Path, io, command: str, *, backup: bool = True) -> Catalogue:
    cat = Catalogue.open(
        project, backup=backup, wait=WRITER_WAIT, program=COMMAND, command=f"exhibit {command}"
    )
    _tell(cat, io)
    return cat


def _tell(cat: Catalogue, io) -> None:
    for notice in cat.notices:
        io.warn(f"warning: {notice}")
