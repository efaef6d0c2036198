"""Finding photo files: walk files and folders, recognise photos, report what is not one.

``scan()`` yields a ``Candidate`` per file worth probing, in a stable order: the paths in the
order given, each folder's files in natural name order before its subfolders. Hidden files,
OS junk (``.DS_Store``, ``Thumbs.db``, AppleDouble ``._*``) and files a folder walk meets whose
extension is clearly not a photo (``.txt``, ``.xmp`` sidecars) are skipped quietly: they go to
the optional ``on_skip`` callback, never to the report. Anything else that is not a photo is
yielded with a reason, so the import can say so. Names are kept exactly as the file system
gives them (NFD and NFC are different names here).
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from exhibit.core.project import display_text, is_utf8_name, open_regular
from exhibit.ingest import formats

JUNK_NAMES = frozenset(
    {"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", "__macosx", "$recycle.bin",
     "system volume information", "@eadir", "lost+found"}
)  # fmt: skip

_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to import. ``reason`` is a failure code already known from the scan, or ''."""

    path: Path
    explicit: bool  # named by the person rather than found in a folder
    sniffed: str | None = None  # the format its first bytes show
    reason: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file or folder passed over quietly, and why (hidden, junk, sidecar, symlink loop)."""

    path: Path
    reason: str


SkipCallback = Callable[[Skipped], None]


def natural_key(name: str) -> tuple:
    """Sort key: IMG_2 before IMG_10, case and normal form ignored, the raw name breaks ties."""
    folded = unicodedata.normalize("NFC", name).casefold()
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in _DIGITS.split(folded))
    return (parts, name)


def is_hidden_or_junk(entry: os.DirEntry[str] | Path) -> bool:
    """Dot files (incl. .DS_Store and AppleDouble ._*), Windows hidden files and OS junk."""
    name = entry.name
    if name.startswith(".") or name.lower() in JUNK_NAMES:
        return True
    try:
        attrs = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attrs & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def scan(
    paths: Iterable[str | os.PathLike[str]], *, on_skip: SkipCallback | None = None
) -> Iterator[Candidate]:
    """Yield the candidate photo files under ``paths`` (files and folders, recursively)."""
    walker = _Walker(on_skip or (lambda _: None))
    for raw in paths:
        yield from walker.top(Path(raw))


class _Walker:
    """One scan's state: folders and files already seen, so loops and repeats are skipped."""

    def __init__(self, on_skip: SkipCallback) -> None:
        self.on_skip = on_skip
        self.seen_dirs: set[tuple[int, int]] = set()
        self.seen_files: set[tuple[int, int]] = set()

    def top(self, path: Path) -> Iterator[Candidate]:
        try:
            st = path.stat()
        except OSError as exc:
            yield _missing(path, exc)
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self.folder(path, st)
        elif not stat.S_ISREG(st.st_mode):
            message = f"{display_text(str(path))} is not a regular file (a pipe or a device?)."
            yield Candidate(path, True, None, "unreadable", message)
        elif self._first_visit(self.seen_files, st):
            yield classify(path, explicit=True)

    def folder(self, path: Path, st: os.stat_result) -> Iterator[Candidate]:
        if not self._first_visit(self.seen_dirs, st):
            self.on_skip(Skipped(path, "symlink_loop"))
            return
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: natural_key(e.name))
        except OSError as exc:
            yield Candidate(path, False, None, "unreadable", f"Cannot read folder {path}: {exc}")
            return
        subdirs = []
        for entry in entries:
            kind = self._entry_kind(entry)
            if kind == "dir":
                subdirs.append(entry)
            elif kind == "file":
                yield from self.file(Path(entry.path), entry)
        for entry in subdirs:
            yield from self.folder(Path(entry.path), entry.stat())

    def file(self, path: Path, entry: os.DirEntry[str]) -> Iterator[Candidate]:
        if formats.is_clearly_not_photo(path):
            self.on_skip(Skipped(path, "not_a_photo"))
            return
        if self._first_visit(self.seen_files, entry.stat()):
            yield classify(path, explicit=False)

    def _entry_kind(self, entry: os.DirEntry[str]) -> str:
        if is_hidden_or_junk(entry):
            self.on_skip(Skipped(Path(entry.path), "hidden"))
            return ""
        try:
            if entry.is_dir():
                return "dir"
            if entry.is_file():
                return "file"
        except OSError:
            pass
        self.on_skip(Skipped(Path(entry.path), "not_a_file"))  # broken link, socket, fifo
        return ""

    @staticmethod
    def _first_visit(seen: set[tuple[int, int]], st: os.stat_result) -> bool:
        key = (st.st_dev, st.st_ino)
        if st.st_ino and key in seen:
            return False
        seen.add(key)
        return True


def _missing(path: Path, exc: OSError) -> Candidate:
    message = f"Cannot open {display_text(str(path))}: {exc.strerror or exc}"
    return Candidate(path, True, None, "unreadable", message)


def classify(path: Path, *, explicit: bool) -> Candidate:
    """Sniff a file's first bytes; note a reason when it is empty or clearly not an image.

    Only regular files are opened (a FIFO or a device is refused without blocking), and a
    name that is not UTF-8 is reported: the catalogue keeps paths as UTF-8 text.
    """
    shown = display_text(path.name)
    if not is_utf8_name(path):
        message = (
            f"{display_text(str(path))}: the file name is not valid UTF-8 text; "
            "rename the file (or its folder) to import it."
        )
        return Candidate(path, explicit, None, "unsupported_name", message)
    try:
        with open_regular(path) as fh:
            head = fh.read(formats.SNIFF_BYTES)
    except OSError as exc:
        message = f"Cannot read {display_text(str(path))}: {exc.strerror or exc}"
        return Candidate(path, explicit, None, "unreadable", message)
    if not head:
        return Candidate(path, explicit, None, "empty", f"{shown} is empty (0 bytes).")
    sniffed = formats.sniff(head)
    if sniffed in formats.NOT_IMAGE_FORMATS or (
        sniffed is None and not formats.is_photo_extension(path)
    ):
        message = f"{shown} is not an image ({formats.describe(sniffed)})."
        return Candidate(path, explicit, sniffed, "not_an_image", message)
    return Candidate(path, explicit, sniffed)
