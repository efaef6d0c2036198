"""A project is a folder: the catalogue file, caches, backups and the lock that keeps it single.

``Dueren-Jinhua.exhibit/`` holds ``catalogue.sqlite``, ``cache/thumbnails/``, ``cache/print/``,
``backups/`` and ``.lock``. Only one process may have a project open; a second gets
``ProjectLockedError`` instead of silently damaging the catalogue.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exhibit.core.errors import NotAProjectError, ProjectLockedError
from exhibit.core.model import OriginalRef

CATALOGUE_FILE = "catalogue.sqlite"
LOCK_FILE = ".lock"
KEEP_BACKUPS = 5

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class ProjectPaths:
    root: Path

    @property
    def catalogue(self) -> Path:
        return self.root / CATALOGUE_FILE

    @property
    def thumbnails(self) -> Path:
        return self.root / "cache" / "thumbnails"

    @property
    def previews(self) -> Path:
        """Screen-sized previews that came with a partner package (no originals here)."""
        return self.root / "cache" / "previews"

    @property
    def print_cache(self) -> Path:
        return self.root / "cache" / "print"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    def thumbnail(self, sha256: str) -> Path:
        return self.thumbnails / thumbnail_name(sha256)

    def preview(self, sha256: str) -> Path:
        return self.previews / thumbnail_name(sha256)

    def make_dirs(self) -> None:
        for folder in (self.thumbnails, self.print_cache, self.backups):
            folder.mkdir(parents=True, exist_ok=True)


def thumbnail_name(sha256: str) -> str:
    """A cached thumbnail's file name: the original's content hash (one name for any copy)."""
    return f"{sha256}.jpg"


def is_project(path: Path) -> bool:
    return (path / CATALOGUE_FILE).is_file()


def require_project(path: Path) -> ProjectPaths:
    if not path.exists():
        raise NotAProjectError(f"{path}: no such project folder")
    if not is_project(path):
        raise NotAProjectError(f"{path}: not an Exhibit project (no {CATALOGUE_FILE} inside)")
    return ProjectPaths(path)


class ProjectLock:
    """An exclusive advisory lock on the project's lock file, held while it is open."""

    def __init__(self, paths: ProjectPaths) -> None:
        self._paths = paths
        self._file = None

    def acquire(self) -> None:
        handle = open(self._paths.lock, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = self._holder(handle)
                handle.close()
                raise ProjectLockedError(
                    f"{self._paths.root.name} is already open{holder}. Close it there first."
                ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        handle.flush()
        self._file = handle

    @staticmethod
    def _holder(handle) -> str:
        with contextlib.suppress(ValueError, OSError):
            handle.seek(0)
            info = json.loads(handle.read() or "{}")
            if info.get("pid"):
                return f" (process {info['pid']} on {info.get('host', '?')})"
        return ""

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.truncate(0)
            self._file.close()  # closing drops the flock
            self._file = None


def backup_catalogue(paths: ProjectPaths, label: str = "open") -> Path | None:
    """Copy the catalogue with SQLite's backup API; keep the newest KEEP_BACKUPS copies."""
    if not paths.catalogue.exists():
        return None
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"catalogue-{stamp}-{label}.sqlite"
    source = sqlite3.connect(paths.catalogue)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    for old in list_backups(paths)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backups(paths: ProjectPaths) -> list[Path]:
    """Backups, newest first."""
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob("catalogue-*.sqlite"), reverse=True)


def stored_path(original: Path, project_root: Path) -> str:
    """The path kept for an original: relative to the project where that stays meaningful.

    Originals inside the project folder, or beside it (one level up, as when the project sits
    next to its photo folders on one disk), are stored relative so the whole tree can move.
    """
    original = original.absolute()
    root = project_root.absolute()
    try:
        rel = Path(os.path.relpath(original, root))
    except ValueError:  # another drive on Windows
        return original.as_posix()
    if rel.parts[:2] == ("..", "..") or rel.is_absolute():
        return original.as_posix()
    return rel.as_posix()


def resolve_path(stored: str, project_root: Path) -> Path:
    path = Path(stored)
    return path if path.is_absolute() else (project_root / path)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB pieces."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def current_sha256(path: Path, ref: OriginalRef) -> str:
    """The SHA-256 of an original as it is now, trusting the recorded one while size and
    modification time are what they were at import (reading 50 photos of 7 MB on every check
    would make preflight and rescans slow). Raises OSError when the file cannot be read.
    """
    st = path.stat()
    if ref.sha256 and st.st_size == ref.size and abs(st.st_mtime - ref.mtime) < 1e-3:
        return ref.sha256
    return file_sha256(path)
