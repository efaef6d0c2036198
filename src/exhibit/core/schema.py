"""The catalogue schema: reading its version and bringing it up to date step by step."""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
from pathlib import Path
from typing import NoReturn

from exhibit.core import migrations
from exhibit.core.errors import (
    CatalogueDamagedError,
    ExhibitError,
    NoPermissionError,
    SchemaTooNewError,
    StorageFullError,
)
from exhibit.core.project import ProjectPaths

# SQLite's primary result codes that name a state of the disk or the file, not a bug.
_PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 8, 10, 11, 13, 14, 26
_LOW_SPACE = 1 << 20  # bytes free below which an I/O error is taken for a full disk


def schema_version(paths: ProjectPaths) -> int | None:
    if not paths.catalogue.exists():
        return None
    try:
        conn = connect_read_only(paths.catalogue)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise_database_error(exc, paths)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the catalogue (and needs no lock file).

    A reader of a WAL catalogue needs the WAL index beside it. Where that cannot be made (a
    folder the reader may not write, a full disk) and no WAL holds changes, nobody is writing
    and the file holds everything: it is then read as immutable.
    """
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(
        f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        harden(conn)
        conn.execute("PRAGMA busy_timeout=5000")  # a writer's checkpoint may hold it briefly
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if _primary(exc) not in (_CANTOPEN, _READONLY, _IOERR, _FULL) or _wal_in_use(path):
            raise
    conn = sqlite3.connect(
        f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
    )
    harden(conn)
    return conn


def harden(conn: sqlite3.Connection, *, writer: bool = False) -> None:
    """Every catalogue may have come from elsewhere (a partner's package, a copied project):
    no extension can be loaded, and functions with side effects are refused in its views,
    triggers and defaults (``trusted_schema=OFF``). Exhibit's own history triggers use the
    JSON functions, which some SQLite versions (3.40, Debian 12's) do not mark harmless: a
    writer on such a SQLite keeps the schema trusted, and a package's catalogue is checked
    instead (``foreign_schema``) before anything of it runs."""
    if hasattr(conn, "enable_load_extension"):  # absent where Python was built without it
        conn.enable_load_extension(False)
    if not writer or json_in_schema_allowed():
        conn.execute("PRAGMA trusted_schema=OFF")


@functools.cache
def json_in_schema_allowed() -> bool:
    """Whether this SQLite runs JSON functions in triggers of an untrusted schema."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("CREATE VIEW probe AS SELECT json_quote(1)")
        conn.execute("SELECT * FROM probe").fetchall()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def foreign_schema(path: Path) -> list[str]:
    """The views, triggers, tables and indexes of the catalogue at ``path`` that Exhibit's own
    schema steps (up to its version) do not make, or make differently, and those it lacks,
    e.g. ``trigger evil``. A catalogue from a partner's package must have none: a trigger of
    its own would run on every later edit of the project made from it."""
    try:
        conn = connect_read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            theirs = _objects(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise_database_error(exc, ProjectPaths(path.parent))
    if version > migrations.latest_version():
        return []  # refused on opening, in words that say to update Exhibit
    reference = _reference(version)
    try:
        ours = _objects(reference)
    finally:
        reference.close()
    odd = [
        f"{kind} {name}" for (kind, name), sql in theirs.items() if ours.get((kind, name)) != sql
    ]
    odd += [f"no {kind} {name}" for (kind, name) in ours.keys() - theirs.keys()]
    return sorted(odd)


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Schema objects by (type, name): the SQL of views and triggers (the code a catalogue
    carries), nothing for tables and indexes; SQLite's own (``sqlite_…``) left out."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return {(t, n): (sql or "") if t in ("view", "trigger") else "" for t, n, sql in rows}


def _reference(version: int) -> sqlite3.Connection:
    """An empty catalogue in memory made by the first ``version`` schema steps."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for step in migrations.steps()[:version]:
        _run_step(conn, step)
    return conn


def _wal_in_use(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's quick check finds wrong (empty when the file is sound). A page so damaged
    that the check itself stops is damage found, not an error: what else can be read still can."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if _primary(exc) in (_CORRUPT, _NOTADB):
            return [str(exc)]
        raise
    return [] if rows == ["ok"] else [" ".join(row.split()) for row in rows]  # one line each


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def database_error(exc: sqlite3.Error, paths: ProjectPaths) -> Exception:
    """The ExhibitError a person should read for a SQLite error about the disk or the file.

    Damage is named only for damage (a full disk or a refused write is not "damaged");
    errors of another kind (a constraint, a bug) come back unchanged.
    """
    code = _primary(exc)
    if code == _FULL or (code == _IOERR and _low_space(paths.root)):
        return StorageFullError(
            f"the disk holding {paths.root} is full; the last change was not saved. "
            "Free some space and try again."
        )
    if code in (_READONLY, _PERM) or (code == _CANTOPEN and _not_writable(paths)):
        return NoPermissionError(
            f"{paths.catalogue}: the catalogue or its folder is read-only for you (permission "
            "denied). Ask for write permission, or copy the project somewhere you may write."
        )
    if code in (_CORRUPT, _NOTADB):
        return CatalogueDamagedError(
            f"{paths.catalogue} is damaged ({exc}). {restore_hint(paths)}."
        )
    if code in (_IOERR, _CANTOPEN):
        return ExhibitError(f"{paths.catalogue}: the disk could not be read or written ({exc})")
    return exc


def raise_database_error(exc: sqlite3.Error, paths: ProjectPaths) -> NoReturn:
    """Raise what ``database_error`` makes of ``exc`` (``exc`` itself when it is no case of
    the disk or the file); call it in the ``except`` block that caught ``exc``."""
    error = database_error(exc, paths)
    if error is exc:
        raise exc
    raise error from exc


def restore_hint(paths: ProjectPaths) -> str:
    return (
        f"Restore the newest good backup with `exhibit backups {paths.root} --restore newest` "
        "(the damaged file is set aside in the backups folder, not deleted)"
    )


def _low_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False


def _not_writable(paths: ProjectPaths) -> bool:
    return not os.access(paths.root, os.W_OK) or (
        paths.catalogue.exists() and not os.access(paths.catalogue, os.W_OK)
    )


def migrate(conn: sqlite3.Connection, paths: ProjectPaths) -> None:
    """Bring the schema up to date, one step per transaction; refuse a newer schema."""
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise_database_error(exc, paths)
    steps = migrations.steps()
    check_not_too_new(current, paths)
    for step in steps[current:]:
        _run_step(conn, step)


def check_not_too_new(version: int, paths: ProjectPaths) -> None:
    latest = migrations.latest_version()
    if version > latest:
        raise SchemaTooNewError(
            f"{paths.root.name} was saved by a newer version of Exhibit (catalogue schema "
            f"{version}, this version reads up to {latest}). Please update Exhibit."
        )


def _run_step(conn: sqlite3.Connection, step: migrations.Step) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(step.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
    except BaseException:
        if conn.in_transaction:
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
