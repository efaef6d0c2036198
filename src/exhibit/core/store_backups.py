"""Backups of the catalogue: made only of a sound catalogue, thinned over time, restorable.

A backup is a copy made with SQLite's backup API into ``backups/`` under a name that carries
its time and why it was made (``catalogue-20261129-140233-123456-open.sqlite``). It is made
only when the catalogue passes SQLite's quick check, written beside its final name and renamed
when complete, so a damaged catalogue or a full disk never replaces a good backup. Old backups
are thinned, not simply dropped: the last few, the first of each of the last days, the first
of each of the last weeks, all within a size budget; the newest is always kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from exhibit.core.errors import BackupError, CatalogueDamagedError, ExhibitError
from exhibit.core.project import COMMAND, WRITER_WAIT, ProjectLock, ProjectPaths, list_backups
from exhibit.core.schema import connect_read_only, database_error, quick_check, restore_hint

KEEP_LAST = 5  # the newest backups, whatever their age
KEEP_DAYS = 7  # then the first backup of each of the last days
KEEP_WEEKS = 9  # then the first backup of each of the last weeks (two months)
BUDGET_BYTES = 512 * 1024 * 1024  # all backups together; the oldest go first beyond it
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"catalogue-(\d{8}-\d{6}-\d{6})-(\w+)\.sqlite")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: when it was made and why (``open``, ``migration``, ``restore``)."""

    path: Path
    when: datetime
    label: str
    size: int

    @property
    def stamp(self) -> str:
        return self.when.strftime(_STAMP)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup as the listing shows it: its id, how many works it holds, and whether it is
    sound (``problems`` empty)."""

    backup: Backup
    id: str
    works: int | None
    problems: tuple[str, ...]

    @property
    def good(self) -> bool:
        return not self.problems and self.works is not None


def backups(paths: ProjectPaths) -> list[Backup]:
    """The project's backups, newest first (files not named like a backup are left alone)."""
    found = []
    for path in list_backups(paths):
        m = _NAME.fullmatch(path.name)
        if not m:
            continue
        with contextlib.suppress(OSError, ValueError):
            found.append(
                Backup(path, datetime.strptime(m.group(1), _STAMP), m.group(2), path.stat().st_size)
            )
    return sorted(found, key=lambda b: b.when, reverse=True)


def describe(found: list[Backup]) -> list[BackupInfo]:
    """Each backup with its id (the time to the second, longer when two share a second),
    its works count and what SQLite's quick check says of it."""
    seconds = [b.stamp[:15] for b in found]
    out = []
    for b, short in zip(found, seconds, strict=True):
        ident = short if seconds.count(short) == 1 else b.stamp
        works, problems = _inspect(b.path)
        out.append(BackupInfo(b, ident, works, tuple(problems)))
    return out


def _inspect(path: Path) -> tuple[int | None, list[str]]:
    try:
        conn = connect_read_only(path)
        try:
            problems = quick_check(conn)
            works = conn.execute("SELECT COUNT(*) FROM works").fetchone()[0]
            return works, problems
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return None, [str(exc)]


def make_backup(
    paths: ProjectPaths,
    label: str = "open",
    *,
    now: datetime | None = None,
    budget: int = BUDGET_BYTES,
    protect: Iterable[Path] = (),
) -> Backup:
    """Back up a sound catalogue, then thin the older backups.

    Raises CatalogueDamagedError (and makes no backup) when the catalogue fails the quick
    check, BackupError when the copy cannot be written (disk full, no permission).
    """
    when = now or datetime.now()
    target = paths.backups / f"catalogue-{when.strftime(_STAMP)}-{label}.sqlite"
    part = target.with_name(target.name + ".part")
    try:
        source = connect_read_only(paths.catalogue)
    except sqlite3.Error as exc:
        raise _as_exhibit_error(database_error(exc, paths), paths) from exc
    try:
        damage = _checked(source, paths)
        if damage:
            raise CatalogueDamagedError(
                f"{paths.catalogue} fails SQLite's check ({'; '.join(damage[:3])}); no backup "
                f"was made of it, so the good ones are kept. {restore_hint(paths)}."
            )
        _copy(source, part, paths)
    finally:
        source.close()
    os.replace(part, target)
    made = Backup(target, when, label, target.stat().st_size)
    prune(paths, now=when, budget=budget, protect=(target, *protect))
    return made


def _checked(conn: sqlite3.Connection, paths: ProjectPaths) -> list[str]:
    try:
        return quick_check(conn)
    except sqlite3.Error as exc:
        error = database_error(exc, paths)
        if isinstance(error, CatalogueDamagedError):
            return [str(exc)]
        raise _as_exhibit_error(error, paths) from exc


def _copy(source: sqlite3.Connection, part: Path, paths: ProjectPaths) -> None:
    """SQLite's online backup into ``part``; a clear BackupError when it cannot be written."""
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(part)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise BackupError(_cannot_write(paths, exc)) from exc


def _cannot_write(paths: ProjectPaths, exc: Exception) -> str:
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or (
        "full" in str(exc).lower()
    )
    denied = getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS) or (
        "readonly" in str(exc).lower() or "permission" in str(exc).lower()
    )
    why = "the disk is full" if full else "permission denied" if denied else str(exc)
    return f"no backup could be written in {paths.backups} ({why}); the catalogue was not changed"


def _as_exhibit_error(error: Exception, paths: ProjectPaths) -> Exception:
    return error if isinstance(error, ExhibitError) else BackupError(_cannot_write(paths, error))


def kept(found: list[Backup], now: datetime, budget: int = BUDGET_BYTES) -> list[Backup]:
    """Which backups the thinning keeps (``found`` newest first): the last KEEP_LAST, the
    first of each of the last KEEP_DAYS days and of each of the last KEEP_WEEKS weeks; then,
    beyond the size budget, the oldest of those go, but never the newest backup."""
    keep = {b.path for b in found[:KEEP_LAST]}
    first_of: dict[tuple, Backup] = {}
    for b in found:  # newest first, so the last one seen per day or week is its first
        age = now - b.when
        if age < timedelta(days=KEEP_DAYS):
            first_of[("day", b.when.date())] = b
        if age < timedelta(weeks=KEEP_WEEKS):
            first_of[("week", *b.when.isocalendar()[:2])] = b
    keep |= {b.path for b in first_of.values()}
    chosen = [b for b in found if b.path in keep]
    while len(chosen) > 1 and sum(b.size for b in chosen) > budget:
        chosen.pop()  # the oldest
    return chosen


def prune(
    paths: ProjectPaths,
    *,
    now: datetime | None = None,
    budget: int = BUDGET_BYTES,
    protect: Iterable[Path] = (),
) -> list[Path]:
    """Delete the backups the thinning does not keep; returns what was deleted."""
    found = backups(paths)
    keep = {b.path for b in kept(found, now or datetime.now(), budget)} | set(protect)
    gone = []
    for b in found:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                gone.append(b.path)
    return gone


def find(infos: list[BackupInfo], ident: str) -> BackupInfo:
    """The backup named by its id (or a unique start of its time stamp), or ``newest``: the
    newest good one."""
    if ident in ("newest", "latest"):
        for info in infos:
            if info.good:
                return info
        raise BackupError("there is no good backup to restore")
    wanted = ident.replace("-", "").replace(":", "").replace("T", "")
    matches = [
        i for i in infos if i.id == ident or i.backup.stamp.replace("-", "").startswith(wanted)
    ]
    if len(matches) != 1:
        known = ", ".join(i.id for i in infos[:8]) or "none"
        problem = "matches several backups" if matches else "is not a backup of this project"
        raise BackupError(f"{ident!r} {problem} (backups: {known})")
    return matches[0]


def catalogue_problem(paths: ProjectPaths) -> str | None:
    """What is wrong with the catalogue file itself (missing, empty, damaged), or None."""
    if not paths.catalogue.exists():
        return "the catalogue file is missing"
    if paths.catalogue.stat().st_size == 0:
        return "the catalogue file is empty (0 bytes)"
    try:
        conn = connect_read_only(paths.catalogue)
        try:
            damage = quick_check(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = database_error(exc, paths)
        if isinstance(error, CatalogueDamagedError):
            return f"the catalogue is damaged ({exc})"
        raise error from exc
    return f"the catalogue is damaged ({'; '.join(damage[:3])})" if damage else None


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: the backup put back, and where the replaced catalogue went."""

    backup: BackupInfo
    saved_as: Path | None


def restore(
    paths: ProjectPaths, ident: str, *, now: datetime | None = None, wait: float = WRITER_WAIT
) -> Restored:
    """Put a good backup back as the catalogue, keeping the current catalogue first: as a new
    backup when it is sound, as ``damaged-…`` beside the backups when it is not."""
    lock = ProjectLock(paths, COMMAND, "exhibit backups --restore")
    lock.acquire(wait)
    try:
        chosen = find(describe(backups(paths)), ident)
        if not chosen.good:
            raise BackupError(
                f"backup {chosen.id} is damaged too ({'; '.join(chosen.problems[:2])}); "
                "choose another"
            )
        staged = paths.catalogue.with_name(paths.catalogue.name + ".restore.part")
        _stage(chosen.backup.path, staged, paths)
        try:
            saved = _keep_current(paths, now or datetime.now(), protect=chosen.backup.path)
            for suffix in ("-wal", "-shm"):  # they belong to the replaced file
                with contextlib.suppress(FileNotFoundError):
                    paths.catalogue.with_name(paths.catalogue.name + suffix).unlink()
            os.replace(staged, paths.catalogue)
        finally:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
        return Restored(chosen, saved)
    finally:
        lock.release()


def _stage(backup: Path, staged: Path, paths: ProjectPaths) -> None:
    source = connect_read_only(backup)
    try:
        dest = sqlite3.connect(staged)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        error = database_error(exc, paths)
        raise (error if isinstance(error, ExhibitError) else BackupError(str(exc))) from exc
    finally:
        source.close()


def _keep_current(paths: ProjectPaths, now: datetime, protect: Path) -> Path | None:
    catalogue = paths.catalogue
    if not catalogue.exists() or catalogue.stat().st_size == 0:
        return None
    try:
        return make_backup(paths, "restore", now=now, protect=(protect,)).path
    except CatalogueDamagedError:
        aside = paths.backups / f"damaged-{now.strftime(_STAMP)}.sqlite"
        for suffix in ("", "-wal"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(
                    catalogue.with_name(catalogue.name + suffix),
                    aside.with_name(aside.name + suffix),
                )
        return aside
