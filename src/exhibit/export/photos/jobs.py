"""The two jobs that send captions out with the photos: XMP sidecars and delivery copies.

Both read a snapshot of the catalogue (values, never the store) and write files only: the
sidecars beside the originals (merged with a sidecar already there), the copies into a folder
of the curator's choice. Original photo files are never opened for writing.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
)
from exhibit.core.model import Exhibition, Work
from exhibit.core.project import resolve_path, temp_beside
from exhibit.export.photos.captions import caption_of
from exhibit.export.photos.iptc_out import insert_after_app_headers, iptc_block, photoshop_app13
from exhibit.export.photos.xmp_out import XmpWriteError, render_caption_xmp
from exhibit.imaging import ImageRejected, load_fitted, srgb_icc

NAMINGS = ("jpg.xmp", "xmp")  # digiKam and darktable: IMG_1.jpg.xmp; Adobe: IMG_1.xmp
MAX_APP1_XMP = 65502 - 29  # one APP1 segment less the XMP namespace header


@dataclass(frozen=True, slots=True)
class PhotoSnapshot:
    """What the photo exports read: the exhibition and the chosen works, as values."""

    exhibition: Exhibition
    works: tuple[Work, ...]
    project_root: Path


def sidecar_path(original: Path, naming: str = "jpg.xmp") -> Path:
    """Where the sidecar goes; an existing sidecar in another letter case is used instead."""
    if naming not in NAMINGS:
        raise ValueError(f"naming must be one of {', '.join(NAMINGS)}, not {naming!r}")
    wanted = original.with_name(
        original.name + ".xmp" if naming == "jpg.xmp" else original.stem + ".xmp"
    )
    try:
        siblings = {p.name.casefold(): p for p in original.parent.iterdir()}
    except OSError:
        return wanted
    return siblings.get(wanted.name.casefold(), wanted)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a reader never sees half a file."""
    temp = temp_beside(path)  # a killed export's leftover beside it is removed first
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


class SidecarExport:
    """XMP sidecars beside the originals, merged into existing ones."""

    def __init__(self, snapshot: PhotoSnapshot, naming: str = "jpg.xmp") -> None:
        if naming not in NAMINGS:
            raise ValueError(f"--naming must be one of {', '.join(NAMINGS)}, not {naming!r}")
        self.snapshot, self.naming = snapshot, naming

    def check(self) -> Plan:
        n = len(self.snapshot.works)
        return Plan(f"write XMP sidecars for {n} works", total=n)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        return each_work(self.snapshot.works, self._one, progress, cancel)

    def _one(self, work: Work) -> FileOutcome:
        original = resolve_path(work.original.path, self.snapshot.project_root)
        target = sidecar_path(original, self.naming)
        fail = _failure(work, str(target))
        if not original.is_file():
            return fail("missing", f"No. {work.number}: the original {original} is missing")
        try:
            existing = target.read_bytes() if target.is_file() else None
            caption = caption_of(work, self.snapshot.exhibition.languages)
            write_atomically(target, render_caption_xmp(caption, existing))
        except XmpWriteError as exc:
            return fail("sidecar_unreadable", f"{target}: {exc}; it was left as it is")
        except OSError as exc:
            return fail("write_failed", f"{target}: cannot be written ({exc.strerror or exc})")
        return FileOutcome(str(target), Outcome.OK, work.number, work.id)


class DeliveryCopies:
    """JPEG copies in sRGB with the captions embedded as XMP (and IPTC-IIM on request)."""

    def __init__(
        self,
        snapshot: PhotoSnapshot,
        out_dir: Path,
        *,
        long_edge: int = 3000,
        iptc: bool = False,
        default_lang: str | None = None,
        quality: int = 90,
    ) -> None:
        if not 64 <= long_edge <= 20000:
            raise ValueError(f"--long-edge must be between 64 and 20000 pixels, not {long_edge}")
        languages = snapshot.exhibition.languages
        if default_lang is not None and default_lang not in languages:
            raise ValueError(f"{default_lang!r} is not a language of this project")
        self.snapshot, self.out_dir = snapshot, Path(out_dir)
        self.long_edge, self.iptc, self.quality = long_edge, iptc, quality
        self.default_lang = default_lang or languages[0]

    def check(self) -> Plan:
        n = len(self.snapshot.works)
        errors = ()
        if not self.out_dir.parent.is_dir():
            errors = (f"{self.out_dir.parent}: the folder does not exist",)
        return Plan(f"write {n} delivery copies to {self.out_dir}", total=n, errors=errors)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        plan = self.check()
        if plan.errors:
            raise FileNotFoundError(plan.errors[0])
        self.out_dir.mkdir(exist_ok=True)
        return each_work(self.snapshot.works, self._one, progress, cancel)

    def copy_name(self, work: Work) -> str:
        stem = Path(work.original.path).stem
        safe = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("._") or "photo"
        return f"{work.number:03d}-{safe[:80]}.jpg"

    def _one(self, work: Work) -> FileOutcome:
        original = resolve_path(work.original.path, self.snapshot.project_root)
        target = self.out_dir / self.copy_name(work)
        fail = _failure(work, str(target))
        if not original.is_file():
            return fail("missing", f"No. {work.number}: the original {original} is missing")
        caption = caption_of(work, self.snapshot.exhibition.languages, self.default_lang)
        packet = render_caption_xmp(caption)
        if len(packet) > MAX_APP1_XMP:
            return fail("xmp_too_long", f"No. {work.number}: the captions are too long for XMP")
        try:
            image = load_fitted(original, self.long_edge)
            buffer = io.BytesIO()
            image.save(
                buffer,
                "JPEG",
                quality=self.quality,
                optimize=True,
                xmp=packet,
                icc_profile=srgb_icc() if image.mode == "RGB" else None,
            )
            data = buffer.getvalue()
            if self.iptc:
                data = insert_after_app_headers(data, photoshop_app13(iptc_block(caption)))
            write_atomically(target, data)
        except ImageRejected as exc:
            return fail(exc.reason, exc.message)
        except OSError as exc:
            return fail("unreadable", f"No. {work.number}: {original.name}: {exc}")
        return FileOutcome(str(target), Outcome.OK, work.number, work.id)


def each_work(works, one, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
    """``one(work)`` for each work in turn, with progress; cancel stops before the next."""
    clock = ProgressClock(progress, len(works))
    outcomes: list[FileOutcome] = []
    for work in works:
        if cancel.cancelled:
            break
        outcomes.append(one(work))
        clock.report(outcomes[-1].path, advance=1)
    return JobReport(
        tuple(outcomes),
        cancelled=len(outcomes) < len(works),
        elapsed=clock.elapsed,
        not_started=len(works) - len(outcomes),
    )


def _failure(work: Work, path: str):
    def fail(reason: str, message: str) -> FileOutcome:
        return FileOutcome(path, Outcome.FAILED, work.number, work.id, reason, message)

    return fail
