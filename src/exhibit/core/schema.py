"""The catalogue schema: reading its version and bringing it up to date step by step."""

from __future__ import annotations

import sqlite3

from exhibit.core import migrations
from exhibit.core.errors import CatalogueDamagedError, SchemaTooNewError, StorageFullError
from exhibit.core.project import ProjectPaths


def schema_version(paths: ProjectPaths) -> int | None:
    if not paths.catalogue.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{paths.catalogue}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CatalogueDamagedError(
            f"{paths.catalogue}: not a readable catalogue ({exc}); backups are in "
            f"{paths.backups.name}/"
        ) from exc


def migrate(conn: sqlite3.Connection, paths: ProjectPaths) -> None:
    """Bring the schema up to date, one step per transaction; refuse a newer schema."""
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CatalogueDamagedError(f"{paths.catalogue}: not a readable catalogue ({exc})") from exc
    steps = migrations.steps()
    if current > len(steps):
        raise SchemaTooNewError(
            f"{paths.root.name} was saved by a newer version of Exhibit (catalogue schema "
            f"{current}, this version reads up to {len(steps)}). Please update Exhibit."
        )
    for step in steps[current:]:
        _run_step(conn, step)


def _run_step(conn: sqlite3.Connection, step: migrations.Step) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(step.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a step into statements (executescript would commit on its own)."""
    out, buf = [], []
    for line in sql.splitlines():
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    if "\n".join(buf).strip(" \n;") and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buf
    ):
        raise ValueError("incomplete statement at the end of a schema step")
    return out


def storage_error(exc: sqlite3.OperationalError, paths: ProjectPaths) -> Exception:
    if "full" in str(exc).lower():
        return StorageFullError(
            f"the disk holding {paths.root} is full; the last change was not saved. "
            "Free some space and try again."
        )
    return exc
