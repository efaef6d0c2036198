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
import re
import socket
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exhibit.core.errors import CatalogueValueError, NotAProjectError, ProjectLockedError
from exhibit.core.model import OriginalRef

CATALOGUE_FILE = "catalogue.sqlite"
LOCK_FILE = ".lock"
KEEP_BACKUPS = 5
_SHA256 = re.compile(r"[0-9a-f]{64}")

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
    def print_cache(self) -> Path:
        return self.root / "cache" / "print"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    def thumbnail(self, sha256: str) -> Path:
        """The cached thumbnail of an original; raises CatalogueValueError for a bad hash."""
        return self.thumbnails / thumbnail_name(sha256)

    def make_dirs(self) -> None:
        for folder in (self.thumbnails, self.print_cache, self.backups):
            folder.mkdir(parents=True, exist_ok=True)


def thumbnail_name(sha256: str) -> str:
    """A cached thumbnail's file name: the original's content hash (one name for any copy)."""
    return f"{checked_sha256(sha256)}.jpg"


def checked_sha256(value: str) -> str:
    """``value`` when it is a SHA-256 hex digest (64 lower-case hex digits).

    Catalogue data names cache files; a value such as ``../../x`` from a damaged or merged
    catalogue must never become a path outside the project.
    """
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        shown = display_text(repr(value)[:80])
        raise CatalogueValueError(f"{shown} is not a SHA-256 content hash (64 hex digits)")
    return value


def display_text(text: str) -> str:
    """``text`` safe to print: bytes that are not UTF-8 (a file name's surrogate escapes)
    become ``\\xff``; everything else is left as it is."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_utf8_name(path: Path | str) -> bool:
    """False when a path holds bytes that are not UTF-8 (Python keeps them as surrogates)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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


def temp_name(prefix: str, suffix: str) -> str:
    """A temporary file's name that says which process made it: ``PREFIX<pid>.<random>SUFFIX``.

    ``remove_stale_temp_files`` later removes those whose process is gone (killed mid-write).
    """
    return f"{prefix}{os.getpid()}.{os.urandom(4).hex()}{suffix}"


def remove_stale_temp_files(folder: Path, prefix: str, suffix: str) -> list[Path]:
    """Remove ``PREFIX<pid>.*SUFFIX`` files in ``folder`` whose process no longer runs."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(suffix)):
                continue
            pid = name[len(prefix) :].split(".", 1)[0]
            if pid.isdigit() and not _process_runs(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _process_runs(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


class NotARegularFile(OSError):
    """A path that is a FIFO, a device, a socket or a folder where a photo file was expected."""


def open_regular(path: Path | str):  # -> BinaryIO
    """Open a user's file for reading only when it is a regular file; never blocks.

    A FIFO would block ``open()`` until a writer comes, and ``/dev/zero`` never ends: both are
    refused (``NotARegularFile``, an OSError) before a byte is read. The check is made on the
    opened descriptor, so a file swapped for a FIFO between a stat and the open is refused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(
                0, f"not a regular file ({_file_kind(mode)})", display_text(str(path))
            )
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def file_sha256(path: Path) -> str:
    """SHA-256 of a regular file's bytes, read in 1 MiB pieces (at most its size at opening)."""
    digest = hashlib.sha256()
    with open_regular(path) as fh:
        left = os.fstat(fh.fileno()).st_size
        while left > 0 and (chunk := fh.read(min(left, 1 << 20))):
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest()


def current_sha256(path: Path, ref: OriginalRef) -> str:
    """The SHA-256 of an original as it is now, trusting the recorded one while size and
    modification time are what they were at import (reading 50 photos of 7 MB on every check
    would make preflight and rescans slow). Raises OSError when the file cannot be read.
    """
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFile(0, f"not a regular file ({_file_kind(st.st_mode)})", str(path))
    if ref.sha256 and st.st_size == ref.size and abs(st.st_mtime - ref.mtime) < 1e-3:
        return ref.sha256
    return file_sha256(path)
