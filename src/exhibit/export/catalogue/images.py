"""Photos at print resolution: probe, downsample for the placed size, cache, over all cores.

Each photo is resized to the pixels its placed size needs at the chosen dpi (JPEG draft mode,
then Lanczos), EXIF orientation applied and an embedded ICC profile converted to sRGB, because
reportlab ignores both. A baseline-ready JPEG that already has no more pixels than needed is used
as it is (reportlab copies it into the PDF byte for byte). Results are cached under the project's
cache folder by content hash, pixel size, dpi and quality, so a re-export after a caption change
reads them back instead of decoding 24 MP originals again.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageCms

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken, default_workers, worker_context
from exhibit.imaging import (
    SIDEWAYS,
    TRANSPOSE,
    ImageRejected,
    open_image,
    orientation_of,
    printable,
)

MAX_PIXELS = 200_000_000  # checked from the header before any decode


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


def probe(path: Path) -> ImageInfo:
    """Read the header only. Raises ImageError naming the file when it is not a readable photo."""
    try:
        with open_image(path, path.name) as im:
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise ImageError(f"{path.name}: {width} x {height} pixels is too large to print")
            orientation = orientation_of(im) or 1
            icc = im.info.get("icc_profile") or b""
            return ImageInfo(
                *((height, width) if orientation in SIDEWAYS else (width, height)),
                format=im.format or "",
                orientation=int(orientation),
                mode=im.mode,
                icc_description=_icc_description(icc),
            )
    except ImageRejected as exc:
        raise ImageError(exc.message) from None
    except (OSError, SyntaxError, ValueError, TypeError, Image.DecompressionBombError) as exc:
        raise ImageError(f"{path.name}: not a readable photo ({exc})") from None


def _icc_description(icc: bytes) -> str:
    if not icc:
        return ""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.getProfileDescription(profile).strip() or "unnamed profile"
    except (OSError, ImageCms.PyCMSError):
        return "unreadable profile"


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
    name = f"{task.digest[:40]}-{task.width}x{task.height}-{task.dpi}dpi-q{task.quality}.jpg"
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
    image = _load(source, task.width, task.height)
    cache_dir.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
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
) -> dict[str, PreparedImage]:
    """Prepare every task, in a process pool unless ``processes`` is 0; stream results back."""
    done: dict[str, PreparedImage] = {}
    to_decode = []
    for task in tasks:  # a re-export after a caption change finds every photo here
        ready = ready_without_decoding(task, cache_dir)
        if ready is None:
            to_decode.append(task)
        else:
            done[task.key] = ready
            on_done(ready)
    tasks = to_decode
    if processes == 0 or len(tasks) <= 1:
        for task in tasks:
            cancel.raise_if_cancelled()
            done[task.key] = result = prepare(task, cache_dir)
            on_done(result)
        return done
    workers = processes or default_workers()
    # no fork of a Qt thread, and nothing imported from the working folder
    context = worker_context(preload=["exhibit.export.catalogue.images"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: set[Future[PreparedImage]] = set()
        queue = iter(tasks)
        try:
            while True:
                while len(pending) < workers * 2 and (task := next(queue, None)) is not None:
                    pending.add(pool.submit(prepare, task, cache_dir))
                if not pending:
                    break
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    result = future.result()
                    done[result.key] = result
                    on_done(result)
                cancel.raise_if_cancelled()
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return done
