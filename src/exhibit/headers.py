"""Header facts of originals: what a photo's header says, read once and kept between runs.

``ImageInfo`` is the displayed size (EXIF orientation applied), the format, the orientation,
the mode and the embedded ICC profile's description. ``header_facts`` reads them from an image
Pillow has opened (nothing decoded), so the import, which opens every photo for its thumbnail,
learns exactly what ``probe`` would read. ``KnownHeaders`` keeps them in the project's print
cache, keyed by path, size and modification time: the import records them there and the
preflight and the export take them as they are while the file is unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms

from exhibit.core.errors import ExhibitError
from exhibit.core.project import (
    NotARegularFile,
    display_text,
    open_regular,
    remove_stale_temp_files,
    temp_name,
)
from exhibit.imaging import SIDEWAYS, BoundedReader, ImageRejected, open_image, orientation_of

MAX_PIXELS = 200_000_000  # checked from the header before any decode
# What the main process reads of an original to learn its size and colours: far more than any
# photo's header with EXIF, XMP and ICC; a layered TIFF's tags may pass it and are then refused.
HEADER_BYTES = 256 << 20
HEADERS_FILE = "headers.json"  # in the project's print cache
HEADERS_TEMP_PREFIX = ".headers-"


class ImageError(ExhibitError):
    """An original that cannot be read as a photo."""

    code = "unreadable_original"


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What the header says: displayed size (orientation applied), format, colour facts."""

    width: int
    height: int
    format: str
    orientation: int
    mode: str
    icc_description: str  # "" when there is no embedded profile

    @property
    def aspect(self) -> float:
        return self.width / self.height

    @property
    def needs_colour_conversion(self) -> bool:
        return self.mode not in ("RGB", "L") or (
            bool(self.icc_description) and "srgb" not in self.icc_description.lower()
        )


def header_facts(im: Image.Image, name: str, orientation: int | None) -> ImageInfo:
    """The facts of an image just opened (before ``draft`` or ``load``), with its EXIF
    orientation as ``orientation_of(im)`` gives it; raises ImageError when it has more pixels
    than a print is made of."""
    width, height = im.size
    if width * height > MAX_PIXELS:
        raise ImageError(f"{name}: {width} x {height} pixels is too large to print")
    orientation = orientation or 1
    icc = im.info.get("icc_profile") or b""
    return ImageInfo(
        *((height, width) if orientation in SIDEWAYS else (width, height)),
        format=im.format or "",
        orientation=int(orientation),
        mode=im.mode,
        icc_description=icc_description(icc),
    )


def icc_description(icc: bytes) -> str:
    if not icc:
        return ""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.getProfileDescription(profile).strip() or "unnamed profile"
    except (OSError, ImageCms.PyCMSError):
        return "unreadable profile"


def probe(path: Path) -> ImageInfo:
    """Read the header only. Raises ImageError naming the file when it is not a readable photo.

    Only regular files are opened. The answer is remembered for the file as it is (path, size,
    modification time), so the window's repeated preflight of 10 000 works reads each header
    once; a file that changes is read again.
    """
    return _probe_as_is(path)


def _probe_as_is(path: Path, st: os.stat_result | None = None) -> ImageInfo:
    """``st``: the file's stat, when the caller has just made it."""
    name = display_text(path.name)
    try:
        st = st or path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(0, "not a regular file", display_text(str(path)))
        return _header(str(path), st.st_size, st.st_mtime_ns)
    except ImageRejected as exc:
        raise ImageError(exc.message) from None
    except (OSError, SyntaxError, ValueError, TypeError, Image.DecompressionBombError) as exc:
        raise ImageError(f"{name}: not a readable photo ({exc})") from None


@functools.lru_cache(maxsize=32768)
def _header(path: str, size: int, mtime_ns: int) -> ImageInfo:
    """The header facts of one version of a file (size and time are the cache key)."""
    name = display_text(Path(path).name)
    with (
        open_regular(path) as raw,
        BoundedReader(raw, HEADER_BYTES, name) as fh,
        open_image(fh, name) as im,  # type: ignore[arg-type]
    ):
        return header_facts(im, name, orientation_of(im))


_KEPT_TYPES = (int, int, int, int, str, int, str, str)  # size, mtime_ns, then ImageInfo's


def kept_entry(size: int, mtime_ns: int, info: ImageInfo) -> list:
    """How one file's facts are kept: its size and modification time, then the facts."""
    return [size, mtime_ns, info.width, info.height, info.format, info.orientation, info.mode,
            info.icc_description]  # fmt: skip


def _kept_info(entry: object, st: os.stat_result) -> ImageInfo | None:
    """The kept facts when they are of this version of the file (and well formed)."""
    if not (isinstance(entry, list) and len(entry) == len(_KEPT_TYPES)):
        return None
    if entry[0] != st.st_size or entry[1] != st.st_mtime_ns:
        return None
    if not all(type(v) is t for v, t in zip(entry, _KEPT_TYPES, strict=True)):
        return None  # written by another version, or edited by hand
    return ImageInfo(*entry[2:])


class KnownHeaders:
    """Header facts of originals kept between runs in the project's print cache.

        known = KnownHeaders(paths.print_cache)
        info = known.probe(path)    # like probe(); the file is opened only when it changed
        known.record(path, size, mtime_ns, info)   # facts learnt elsewhere (the import)
        known.save()                # what was read or recorded anew, for the next run

    Each file's facts are kept under its path with its size and modification time: while
    those are what they were, the facts are taken as they are (as the recorded SHA-256 is), so
    a first preflight of 10 000 works in a new process opens none of the originals; a file
    that changed is read again. Only readable photos are kept. It is a shortcut only: a
    cache that is missing, damaged or cannot be written means the headers are read.
    """

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / HEADERS_FILE if folder is not None else None
        self._entries: dict[str, list] = self._load()
        self._changed = False

    def _load(self) -> dict[str, list]:
        if self.file is None:
            return {}
        try:
            entries = json.loads(self.file.read_bytes())
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def probe(self, path: Path) -> ImageInfo:
        key = str(path)
        entry = self._entries.get(key)
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None and stat.S_ISREG(st.st_mode):
            info = _kept_info(entry, st)
            if info is not None:
                return info
        info = _probe_as_is(path, st)
        assert st is not None  # the probe raised otherwise
        self.record(path, st.st_size, st.st_mtime_ns, info)
        return info

    def record(self, path: Path, size: int, mtime_ns: int, info: ImageInfo) -> None:
        """Keep facts read elsewhere for the file at ``path`` as it was (size, time)."""
        entry = kept_entry(size, mtime_ns, info)
        if self._entries.get(str(path)) != entry:
            self._entries[str(path)] = entry
            self._changed = True

    def save(self) -> None:
        """Write what was read anew (atomically; another process may save at the same time)."""
        if self.file is None or not self._changed:
            return
        temp = self.file.with_name(temp_name(HEADERS_TEMP_PREFIX, ".tmp"))
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(self.file.parent, HEADERS_TEMP_PREFIX, ".tmp")
            text = json.dumps(self._entries, ensure_ascii=False, separators=(",", ":"))
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, self.file)
            self._changed = False
        except (OSError, ValueError):  # a read-only project, a full disk: headers are read
            with contextlib.suppress(OSError):
                temp.unlink()
