"""Opening a catalogue safely: the checks and the connection behind ``Catalogue.open``.

An empty catalogue is refused (never taken for a new one), a writer is refused at once in words
when the file may not be written or fails SQLite's quick check, a backup that cannot be written
becomes a notice, and SQLite errors of the disk or the file become ExhibitErrors.
"""

from __future__ import annotations

import os
import sqlite3

from exhibit.core.errors import BackupError, CatalogueDamagedError
from exhibit.core.project import ProjectPaths, list_backups, no_permission
from exhibit.core.schema import (
    connect_read_only,
    harden,
    migrate,
    quick_check,
    raise_database_error,
    restore_hint,
)
from exhibit.core.store_backups import make_backup


def check_not_empty(paths: ProjectPaths) -> None:
    """An empty catalogue is never opened (SQLite would take it for a new one and the next
    command would build an empty catalogue over the project)."""
    if paths.catalogue.stat().st_size > 0:
        return
    have = len(list_backups(paths))
    if have:
        raise CatalogueDamagedError(
            f"{paths.catalogue} is empty (0 bytes): the catalogue was lost, and the project has "
            f"{have} backups. Restore the newest good one with "
            f"`exhibit backups {paths.root} --restore newest`."
        )
    raise CatalogueDamagedError(
        f"{paths.catalogue} is empty (0 bytes) and the project has no backups; it was not "
        "opened, so nothing more is lost."
    )


def check_writable(paths: ProjectPaths) -> None:
    """Refuse a writer at once, in words, when the catalogue file may not be written (the
    folder was checked by the lock file)."""
    if paths.catalogue.exists() and not os.access(paths.catalogue, os.W_OK):
        raise no_permission(paths, PermissionError(13, "Permission denied", str(paths.catalogue)))


def refuse_damaged(paths: ProjectPaths) -> None:
    try:
        conn = connect_read_only(paths.catalogue)
        try:
            damage = quick_check(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise_database_error(exc, paths)
    if damage:
        raise CatalogueDamagedError(
            f"{paths.catalogue} is damaged ({'; '.join(damage[:3])}). It can still be read "
            f"(`exhibit list`, `exhibit show`) but not changed. {restore_hint(paths)}."
        )


def backup_or_notice(paths: ProjectPaths) -> list[str]:
    """A backup on opening; one that cannot be written is said, and does not stop the work."""
    try:
        make_backup(paths, "open")
    except BackupError as exc:
        return [str(exc)]
    return []


def connect_writer(paths: ProjectPaths) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(paths.catalogue, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise_database_error(exc, paths)
    try:
        harden(conn, writer=True)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        migrate(conn, paths)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise_database_error(exc, paths)
        raise
    return conn
