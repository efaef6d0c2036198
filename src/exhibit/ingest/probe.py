"""Probing one photo file: read it once, hash it, read its metadata, make its thumbnail.

``probe_file`` never raises. It returns a ``ProbeResult`` that either holds what the import
needs (hash, metadata, thumbnail, problems worth noting) or a stable reason code and a
sentence naming the file. Reason codes: ``unreadable``, ``empty``, ``file_too_large``,
``not_an_image``, ``unsupported_format``, ``truncated``, ``corrupt``, ``too_many_pixels``,
``metadata_too_large``, ``out_of_memory``; the process runner (workers.py) adds ``timeout``
and ``crashed``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from exhibit.core.jobs import FileOutcome, Outcome
from exhibit.core.model import NewWork, OriginalRef, Problem
from exhibit.core.project import display_text, open_regular, temp_name, thumbnail_name
from exhibit.headers import ImageInfo
from exhibit.ingest import formats
from exhibit.ingest.metadata import PhotoMetadata, capped, read_metadata
from exhibit.ingest.thumbnails import (
    DEFAULT_MAX_PIXELS,
    THUMB_EDGE,
    ImageRejected,
    Thumbnail,
    classify_error,
    describe_failure,
    make_thumbnail,
)

REASONS = (
    "unreadable", "empty", "file_too_large", "not_an_image", "unsupported_format",
    "truncated", "corrupt", "too_many_pixels", "metadata_too_large", "out_of_memory",
    "timeout", "crashed", "unsupported_name",
)  # fmt: skip


THUMB_TEMP_PREFIX = ".thumb-"  # thumbnails being written: .thumb-<pid>.<random>.part


@dataclass(frozen=True, slots=True)
class ProbeLimits:
    """Bounds on one file's work."""

    max_pixels: int = DEFAULT_MAX_PIXELS
    max_file_bytes: int = 1 << 30  # the whole file is read into memory once
    thumb_edge: int = THUMB_EDGE


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """One file probed: what the import needs, or why it cannot be imported (``reason``)."""

    path: str
    reason: str = ""  # '' when the file can be imported, else one of REASONS
    message: str = ""
    sha256: str = ""
    size: int = 0
    mtime: float = 0.0
    mtime_ns: int = 0
    format: str = ""
    metadata: PhotoMetadata | None = None
    thumbnail: bytes | None = None  # the JPEG, when no thumbnail folder was given
    thumbnail_path: str | None = None  # where it was written, when one was
    thumbnail_size: tuple[int, int] = (0, 0)
    warnings: tuple[Problem, ...] = field(default_factory=tuple)
    header: ImageInfo | None = None  # the facts the print reads from the header (headers.py)

    @property
    def ok(self) -> bool:
        return not self.reason

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything worth noting on the work: metadata problems and image warnings (at
        most MAX_PROBLEMS of them, then one "and N more")."""
        found = (self.metadata.problems if self.metadata else ()) + self.warnings
        return capped(found, display_text(Path(self.path).name))

    def new_work(self, original_path: str, section_id: int | None = None) -> NewWork:
        """What the store needs to create the work; imported texts are drafts."""
        meta = self.metadata or PhotoMetadata()
        original = OriginalRef(original_path, self.sha256, self.size, self.mtime, self.format)
        return NewWork(
            original=original,
            exif=meta.exif,
            texts=meta.draft_texts(),
            photographer=meta.photographer,
            problems=self.problems,
            section_id=section_id,
        )

    def failure(self) -> FileOutcome:
        """The report line of a file that could not be imported."""
        return FileOutcome(self.path, Outcome.FAILED, reason=self.reason, message=self.message)


def failed(path: str | os.PathLike[str], reason: str, message: str, **known: Any) -> ProbeResult:
    """A result for a file that cannot be imported; ``known`` keeps sha256, size, mtime."""
    return ProbeResult(str(path), reason, message, **known)


def probe_file(
    path: str | os.PathLike[str],
    languages: tuple[str, ...],
    thumb_dir: str | os.PathLike[str] | None = None,
    limits: ProbeLimits | None = None,
) -> ProbeResult:
    """Probe one file (see the module docstring). Never raises, except KeyboardInterrupt."""
    limits = limits or ProbeLimits()
    try:
        return _probe(Path(path), languages, thumb_dir, limits)
    except MemoryError:
        return failed(
            path, "out_of_memory", describe_failure("out_of_memory", display_text(Path(path).name))
        )
    except Exception as exc:  # a bug or a library surprise: one file fails, not the batch
        reason = classify_error(exc, None)
        return failed(path, reason, describe_failure(reason, display_text(Path(path).name), exc))


def _probe(
    path: Path,
    languages: tuple[str, ...],
    thumb_dir: str | os.PathLike[str] | None,
    limits: ProbeLimits,
) -> ProbeResult:
    name = display_text(path.name)
    read = _read(path, limits)
    if isinstance(read, ProbeResult):
        return read
    data, st = read
    known = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": st.st_size,
        "mtime": st.st_mtime,
        "mtime_ns": st.st_mtime_ns,
    }
    sniffed = formats.sniff(data[: formats.SNIFF_BYTES])
    refused = _refuse_by_content(path, sniffed)
    if refused:
        return dataclasses.replace(refused, **known)
    metadata = read_metadata(data, languages, name, sidecar=read_sidecar(path))
    try:
        thumb = make_thumbnail(
            data,
            edge=limits.thumb_edge,
            max_pixels=limits.max_pixels,
            orientation=metadata.exif.orientation,
            name=name,
        )
    except ImageRejected as exc:
        message = _unsupported_message(name, sniffed) if exc.reason == "unsupported_format" else ""
        return failed(path, exc.reason, message or exc.message, **known)
    return _success(path, known, metadata, thumb, thumb_dir)


MAX_SIDECAR_BYTES = 4 * 2**20


def read_sidecar(path: Path) -> bytes | None:
    """The XMP sidecar beside a photo (``IMG_1.jpg.xmp`` or ``IMG_1.xmp``, any letter case).

    The digiKam naming wins when both exist. Only a regular file of at most 4 MB is read.
    """
    try:
        folder = path.parent
        found = _sidecars_in(str(folder), folder.stat().st_mtime_ns)
    except OSError:
        return None
    for key in (f"{path.name}.xmp".casefold(), f"{path.stem}.xmp".casefold()):
        if key not in found:
            continue
        candidate = path.parent / found[key]
        try:
            st = candidate.stat()
            if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_SIDECAR_BYTES:
                return candidate.read_bytes()
        except OSError:
            return None
    return None


@functools.lru_cache(maxsize=8)
def _sidecars_in(folder: str, mtime_ns: int) -> dict[str, str]:
    """Names of the .xmp files in a folder by their case-folded name (listed once per folder)."""
    with os.scandir(folder) as entries:
        return {e.name.casefold(): e.name for e in entries if e.name.casefold().endswith(".xmp")}


def _read(path: Path, limits: ProbeLimits) -> tuple[bytes, os.stat_result] | ProbeResult:
    """The file's bytes, read once, with its stat; or the failure."""
    name = display_text(path.name)
    try:
        with open_regular(path) as fh:
            st = os.fstat(fh.fileno())
            if st.st_size > limits.max_file_bytes:
                message = f"{name} is {st.st_size / 2**20:.0f} MB, more than Exhibit reads."
                return failed(path, "file_too_large", message, size=st.st_size)
            data = fh.read(st.st_size)  # bounded: a file that grows is read as it was
    except OSError as exc:
        return failed(path, "unreadable", f"{name} cannot be read: {exc.strerror or exc}.")
    if not data:
        return failed(path, "empty", f"{name} is empty (0 bytes).")
    return data, st


def _refuse_by_content(path: Path, sniffed: str | None) -> ProbeResult | None:
    if sniffed in formats.NOT_IMAGE_FORMATS:
        message = f"{display_text(path.name)} is not an image ({formats.describe(sniffed)})."
        return failed(path, "not_an_image", message)
    if sniffed in formats.OTHER_IMAGE_FORMATS and sniffed not in _readable_formats():
        return failed(
            path, "unsupported_format", _unsupported_message(display_text(path.name), sniffed)
        )
    return None


def _readable_formats() -> set[str]:
    Image.init()
    readable = set(Image.OPEN)
    if "HEIF" in readable:  # pillow-heif registers HEIF; the sniffer says HEIC
        readable.add("HEIC")
    return readable


def _unsupported_message(name: str, sniffed: str | None) -> str:
    if sniffed in ("HEIC", "AVIF", "JXL", "JP2"):
        return f"{name}: {sniffed} is not supported by this installation."
    if sniffed is None:
        return f"{name} is in a format Exhibit does not import."
    return f"{name}: {formats.describe(sniffed)} files are not imported; export as JPEG or TIFF."


def _success(
    path: Path,
    known: dict,
    metadata: PhotoMetadata,
    thumb: Thumbnail,
    thumb_dir: str | os.PathLike[str] | None,
) -> ProbeResult:
    exif = dataclasses.replace(metadata.exif, width=thumb.image_width, height=thumb.image_height)
    stored = _write_thumbnail(thumb.data, thumb_dir, known["sha256"]) if thumb_dir else None
    return ProbeResult(
        path=str(path),
        format=thumb.format,
        metadata=dataclasses.replace(metadata, exif=exif),
        thumbnail=None if stored else thumb.data,
        thumbnail_path=stored,
        thumbnail_size=(thumb.width, thumb.height),
        warnings=thumb.warnings,
        header=thumb.header,
        **known,
    )


def _write_thumbnail(data: bytes, folder: str | os.PathLike[str], sha256: str) -> str:
    """Write the thumbnail atomically (a reader never sees half a thumbnail)."""
    target = Path(folder) / thumbnail_name(sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / temp_name(THUMB_TEMP_PREFIX, ".part")  # says which process wrote it
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(target)
