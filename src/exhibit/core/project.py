"""A project is a folder: the catalogue file, caches, backups and the lock that keeps it single.

``Dueren-Jinhua.exhibit/`` holds ``catalogue.sqlite``, ``cache/thumbnails/``, ``cache/print/``,
``backups/`` and ``.lock``. Only one process may change a project at a time; a second writer
gets ``ProjectLockedError`` naming the holder instead of silently damaging the catalogue.
Readers take no lock.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import socket
import stat
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exhibit.core.errors import (
    CatalogueDamagedError,
    CatalogueValueError,
    NoPermissionError,
    NotAProjectError,
    ProjectLockedError,
    StorageFullError,
)
from exhibit.core.model import OriginalRef

CATALOGUE_FILE = "catalogue.sqlite"
LOCK_FILE = ".lock"
BACKUP_GLOB = "catalogue-*.sqlite"
APP, COMMAND = "app", "command"  # who holds a project (LockHolder.program)
WRITER_WAIT = 10.0  # seconds a command-line writer waits for another one before giving up
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
        """The cached thumbnail of an original; raises CatalogueValueError for a bad hash."""
        return self.thumbnails / thumbnail_name(sha256)

    def preview(self, sha256: str) -> Path:
        return self.previews / thumbnail_name(sha256)

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
    paths = ProjectPaths(path)
    if not is_project(path):
        if list_backups(paths):  # a project that lost its catalogue: never start a new one
            raise CatalogueDamagedError(
                f"{paths.catalogue} is missing, and the project has backups. Restore the newest "
                f"good one with `exhibit backups {path} --restore newest`."
            )
        raise NotAProjectError(f"{path}: not an Exhibit project (no {CATALOGUE_FILE} inside)")
    return paths


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a project: written into the lock file by the holder, read by whoever waits.

    ``program`` is ``"app"`` for the window, ``"command"`` for a command-line writer (then
    ``command`` names it, e.g. ``exhibit set``); ``since`` is an ISO time with its offset.
    """

    program: str
    pid: int
    host: str
    since: str
    command: str = ""

    @property
    def is_app(self) -> bool:
        return self.program == APP

    @property
    def on_this_computer(self) -> bool:
        return self.host == socket.gethostname()

    def since_time(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since)
        except ValueError:
            return None

    def describe(self) -> str:
        """In a curator's words: "Exhibit (the app) on this computer, process 1234, since 14:02"."""
        who = "Exhibit (the app)" if self.is_app else f"the command `{self.command or 'exhibit'}`"
        where = "on this computer" if self.on_this_computer else f"on the computer {self.host!r}"
        since = self.since_time()
        when = f", since {clock_words(since)}" if since else ""
        return f"{who} {where}, process {self.pid}{when}"

    def to_json(self) -> str:
        return json.dumps(
            {
                "program": self.program,
                "pid": self.pid,
                "host": self.host,
                "since": self.since,
                "command": self.command,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockHolder | None:
        try:
            info = json.loads(text or "{}")
            return cls(
                str(info.get("program", COMMAND)),
                int(info["pid"]),
                str(info.get("host", "?")),
                str(info.get("since", "")),
                str(info.get("command", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def clock_words(moment: datetime) -> str:
    """14:02 today, else 2026-11-28 14:02 (local time)."""
    local = moment.astimezone() if moment.tzinfo else moment
    if local.date() == datetime.now().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class ProjectLock:
    """An exclusive advisory lock on the project's lock file, held by the one writer.

    Readers never take it (SQLite's WAL lets them read while the writer writes). A writer
    that finds the project held by another command-line writer waits up to ``wait`` seconds
    for it (scripts running `exhibit set` in loops take turns); held by the app, it gives up
    at once. The holder's name, process and start time are written into the lock file so
    that whoever is refused can be told who holds the project.
    """

    def __init__(self, paths: ProjectPaths, program: str = COMMAND, command: str = "") -> None:
        self._paths = paths
        self._program = program
        self._command = command
        self._file = None

    def acquire(self, wait: float = 0.0) -> None:
        deadline = time.monotonic() + wait
        delay = 0.02
        while True:
            holder = self._try_acquire()
            if holder is _ACQUIRED:
                return
            if (holder is not None and holder.is_app) or time.monotonic() >= deadline:
                raise ProjectLockedError(self._refusal(holder), holder)
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 1.5, 0.25)

    def _try_acquire(self):
        """_ACQUIRED, or the holder found in the lock file (None when it says nothing)."""
        try:
            handle = open(self._paths.lock, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as exc:
            raise no_permission(self._paths, exc) from exc
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = self._holder(handle)
                handle.close()
                return holder
        me = LockHolder(
            self._program,
            os.getpid(),
            socket.gethostname(),
            datetime.now().astimezone().isoformat(timespec="seconds"),
            self._command,
        )
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(me.to_json())
            handle.flush()
        except OSError as exc:
            with contextlib.suppress(OSError):  # closing flushes, and fails the same way
                handle.close()
            raise no_permission(self._paths, exc) from exc
        self._file = handle
        return _ACQUIRED

    def _refusal(self, holder: LockHolder | None) -> str:
        who = f" in {holder.describe()}" if holder else " in another window or process"
        return f"{self._paths.root.name} is already open{who}. Close it there first."

    @staticmethod
    def _holder(handle) -> LockHolder | None:
        with contextlib.suppress(ValueError, OSError):
            handle.seek(0)
            return LockHolder.from_json(handle.read())
        return None

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.truncate(0)
            self._file.close()  # closing drops the flock
            self._file = None


_ACQUIRED = object()


def no_permission(paths: ProjectPaths, exc: OSError) -> Exception:
    """A refused write in the project folder, or a full disk, named in plain words (other
    errors pass through)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFullError(
            f"the disk holding {paths.root} is full; nothing was changed. Free some space and "
            "try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        place = "is on a read-only disk" if exc.errno == errno.EROFS else "is not writable"
        return NoPermissionError(
            f"{paths.root}: the project folder {place} for you (permission denied), so it can "
            "be read but not changed. Ask for write permission, or copy the project "
            "somewhere you may write."
        )
    return exc


def list_backups(paths: ProjectPaths) -> list[Path]:
    """Backups, newest first."""
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob(BACKUP_GLOB), reverse=True)


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


OLD_TEMP_AGE = 3600.0  # seconds after which a temporary file named without its pid is stale


def temp_name(prefix: str, suffix: str) -> str:
    """A temporary file's name that says which process made it: ``PREFIX<pid>.<random>SUFFIX``.

    ``remove_stale_temp_files`` later removes those whose process is gone (killed mid-write).
    """
    return f"{prefix}{os.getpid()}.{os.urandom(4).hex()}{suffix}"


def remove_stale_temp_files(
    folder: Path, prefix: str, suffix: str, *, old_after: float = OLD_TEMP_AGE
) -> list[Path]:
    """Remove the temporary files Exhibit left in ``folder`` for ``PREFIX…SUFFIX``: those named
    ``PREFIX<pid>.<random>SUFFIX`` whose process no longer runs, and, older than ``old_after``
    seconds, those earlier versions named without a pid (``PREFIX<8 random>SUFFIX`` from
    ``tempfile.mkstemp``, or ``PREFIX`` + ``SUFFIX`` without its dot, e.g. ``.K.zip.part``).
    Any other name is left alone."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _stale(entry, prefix, suffix, old_after):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _stale(entry: os.DirEntry, prefix: str, suffix: str, old_after: float) -> bool:
    name = entry.name
    if prefix.endswith(".") and name == prefix + suffix.lstrip("."):  # .K.zip.part: old, fixed
        middle = ""
    elif name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix + suffix):
        middle = name[len(prefix) : -len(suffix)]
    else:
        return False
    if not entry.is_file(follow_symlinks=False):
        return False
    ours = re.fullmatch(r"(\d+)\.[0-9a-z]{1,16}", middle)
    if ours:
        return not _process_runs(int(ours.group(1)))
    if middle and not re.fullmatch(r"[a-z0-9_]{8}", middle):
        return False
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > old_after
    except OSError:
        return False


def temp_beside(target: Path, suffix: str = ".part") -> Path:
    """Where to write ``target`` before renaming it into place: ``.NAME.<pid>.<random>.part``
    beside it, once what killed writers of ``target`` left there is removed."""
    prefix = f".{target.name}."
    remove_stale_temp_files(target.parent, prefix, suffix)
    return target.parent / temp_name(prefix, suffix)


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
