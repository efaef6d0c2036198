"""Photos at print resolution: probe, downsample for the placed size, cache, on bounded workers.

Each photo is resized to the pixels its placed size needs at the chosen dpi (JPEG draft mode,
then Lanczos), EXIF orientation applied and an embedded ICC profile converted to sRGB, because
reportlab ignores both. A baseline-ready JPEG that already has no more pixels than needed is used
as it is (reportlab copies it into the PDF byte for byte). Results are cached under the project's
cache folder by content hash, pixel size, dpi and quality, so a re-export after a caption change
reads them back instead of decoding 24 MP originals again.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image

from exhibit.core.errors import CatalogueValueError, ExhibitError
from exhibit.core.jobs import CancelToken, default_workers
from exhibit.core.processes import (
    FILE_TIMEOUT,
    WORKER_MEMORY,
    BoundedPool,
    PoolOptions,
    WorkerFailure,
    bounded_memory_limit,
    bounded_workers,
)
from exhibit.core.project import (
    NotARegularFile,
    checked_sha256,
    display_text,
    remove_stale_temp_files,
    temp_name,
)
from exhibit.headers import ImageError, ImageInfo, probe
from exhibit.imaging import (
    SIDEWAYS,
    TRANSPOSE,
    ImageRejected,
    open_image,
    orientation_of,
    printable,
)

PRINT_TEMP_PREFIX = ".print-"  # images being written: .print-<pid>.<random>.tmp


def _require_regular(path: Path) -> None:
    """Refuse a FIFO or a device before Pillow opens it (it would block or never end)."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotARegularFile(0, "not a regular file", display_text(str(path)))


class Outcome(StrEnum):
    PASSED_THROUGH = "passed_through"  # the original, unchanged
    CACHED = "cached"  # prepared by an earlier export
    PREPARED = "prepared"  # resized or converted now


@dataclass(frozen=True, slots=True)
class ImageTask:
    """One photo to prepare: where it is, what it is, and the pixels its placed size needs."""

    key: str  # "work-12", "cover"
    source: str
    digest: str
    width: int  # target pixels
    height: int
    dpi: int
    quality: int = 90
    info: ImageInfo | None = None  # the header as the plan read it (else read again)


@dataclass(frozen=True, slots=True)
class PreparedImage:
    key: str
    path: str  # a .jpg path for reportlab
    width: int
    height: int
    outcome: Outcome


def cache_path(task: ImageTask, cache_dir: Path) -> Path:
    """Where the prepared copy is cached; the digest must be a SHA-256 (it names the file)."""
    try:
        digest = checked_sha256(task.digest)
    except CatalogueValueError as exc:
        raise ImageError(f"{display_text(Path(task.source).name)}: {exc}") from None
    name = f"{digest[:40]}-{task.width}x{task.height}-{task.dpi}dpi-q{task.quality}.jpg"
    return cache_dir / name


def ready_without_decoding(task: ImageTask, cache_dir: Path) -> PreparedImage | None:
    """The original itself (small enough, plain sRGB JPEG) or a cached copy, else None."""
    source = Path(task.source)
    info = task.info or probe(source)
    if _can_pass_through(info, source, task):
        kept = Outcome.PASSED_THROUGH
        return PreparedImage(task.key, str(source), info.width, info.height, kept)
    target = cache_path(task, cache_dir)
    if target.exists():
        return PreparedImage(task.key, str(target), task.width, task.height, Outcome.CACHED)
    return None


def prepare(task: ImageTask, cache_dir: Path) -> PreparedImage:
    """Prepare one photo (runs in a worker process)."""
    ready = ready_without_decoding(task, cache_dir)
    if ready is not None:
        return ready
    source, target = Path(task.source), cache_path(task, cache_dir)
    try:
        image = _load(source, task.width, task.height)
    except ImageRejected as exc:
        raise ImageError(exc.message) from None
    except OSError as exc:  # gone, unreadable, or no longer a regular file since the plan
        raise ImageError(f"{display_text(str(source))}: {exc.strerror or exc}") from None
    cache_dir.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(temp_name(PRINT_TEMP_PREFIX, ".tmp"))
    try:
        image.save(temp, "JPEG", quality=task.quality, dpi=(task.dpi, task.dpi))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return PreparedImage(task.key, str(target), image.width, image.height, Outcome.PREPARED)


def _can_pass_through(info: ImageInfo, source: Path, task: ImageTask) -> bool:
    return (
        info.format == "JPEG"
        and source.suffix.lower() in (".jpg", ".jpeg")
        and info.orientation == 1
        and not info.needs_colour_conversion
        and info.width <= task.width
        and info.height <= task.height
    )


def _load(source: Path, width: int, height: int) -> Image.Image:
    """Decoded at the smallest scale that still has the pixels, printable, upright."""
    _require_regular(source)
    with open_image(source, source.name) as im:
        orientation = orientation_of(im) or 1
        im.draft("RGB", (height, width) if orientation in SIDEWAYS else (width, height))
        im.load()
        image = printable(im, im.info.get("icc_profile"))
    if orientation in TRANSPOSE:
        image = image.transpose(TRANSPOSE[orientation])
    if image.width > width or image.height > height:
        image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return image


def target_pixels(
    info: ImageInfo, placed_width: float, placed_height: float, dpi: int
) -> tuple[int, int]:
    """Pixels needed for a placed size in points at ``dpi``, never more than the photo has."""
    width = min(info.width, max(1, round(placed_width / 72 * dpi)))
    height = min(info.height, max(1, round(placed_height / 72 * dpi)))
    return width, height


def prepare_all(
    tasks: Iterable[ImageTask],
    cache_dir: Path,
    *,
    processes: int | None,
    cancel: CancelToken,
    on_done: Callable[[PreparedImage], None],
    timeout: float = FILE_TIMEOUT,
    memory_limit: int | None = WORKER_MEMORY,
) -> dict[str, PreparedImage]:
    """Prepare every task and stream results back: in worker processes bounded per photo in
    time and memory like the import's (core/processes.py), or in this process when
    ``processes`` is 0 (None: the default worker count)."""
    done: dict[str, PreparedImage] = {}
    to_decode = []
    remove_stale_temp_files(cache_dir, PRINT_TEMP_PREFIX, ".tmp")  # a killed worker's
    for task in tasks:  # a re-export after a caption change finds every photo here
        ready = ready_without_decoding(task, cache_dir)
        if ready is None:
            to_decode.append(task)
        else:
            done[task.key] = ready
            on_done(ready)
    if processes == 0:
        for task in to_decode:
            cancel.raise_if_cancelled()
            done[task.key] = result = prepare(task, cache_dir)
            on_done(result)
        return done
    with BoundedPool(
        _pool_options(len(to_decode), cache_dir, processes, timeout, memory_limit)
    ) as pool:
        for task, result in pool.run(iter(to_decode), cancel):
            if isinstance(result, WorkerFailure):
                raise _image_failure(task, result)
            done[result.key] = result
            on_done(result)
    cancel.raise_if_cancelled()
    return done


def _pool_options(
    count: int, cache_dir: Path, processes: int | None, timeout: float, memory_limit: int | None
) -> PoolOptions:
    limit = bounded_memory_limit(memory_limit)
    workers = bounded_workers(min(processes or default_workers(), max(1, count)), limit)
    return PoolOptions(
        function=functools.partial(prepare, cache_dir=cache_dir),
        workers=workers,
        timeout=timeout,
        memory_limit=limit,
        preload=("exhibit.export.catalogue.images",),
        abandon_on_cancel=True,  # a cancelled export needs none of the photos in flight
        describe=lambda task: display_text(Path(task.source).name),
        label="the catalogue export's workers",
    )


def _image_failure(task: ImageTask, failure: WorkerFailure) -> Exception:
    """What a photo that could not be prepared raises in the exporting process."""
    if isinstance(failure.error, ExhibitError):
        return failure.error  # an ImageError naming the file, as in one process
    name = display_text(Path(task.source).name)
    if failure.reason == "timeout":
        return ImageError(failure.message)
    if failure.reason == "out_of_memory":
        return ImageError(f"{name}: needs more memory than allowed to prepare for print")
    return ImageError(f"{name}: preparing it for print failed ({failure.message})")
