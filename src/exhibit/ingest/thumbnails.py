"""Thumbnails: a 512 px (long edge) upright sRGB JPEG of a photo, made safely.

The pixel count is checked from the header before anything is decoded; JPEGs are decoded at
a reduced scale (``draft``), so a 24 MP photo is never decoded in full. Whatever Pillow opens
(CMYK, 16-bit, Lab, palette with transparency, RGBA, the first frame of animations, MPO and
multipage TIFF) becomes 8-bit sRGB (via the embedded ICC profile when there is one) or grey,
composited on white, and turned upright per the EXIF orientation. Truncated files are refused
(``LOAD_TRUNCATED_IMAGES`` stays off). Failures raise ``ImageRejected`` with a stable reason.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from exhibit.core.model import Problem
from exhibit.headers import ImageError, ImageInfo, header_facts
from exhibit.imaging import (
    SIDEWAYS,
    TRANSPOSE,
    ImageRejected,
    check_pixels,
    eight_bit,
    on_white,
    open_image,
    orientation_of,
    to_srgb,
)
from exhibit.ingest import formats

THUMB_EDGE = 512
DEFAULT_MAX_PIXELS = 100_000_000
JPEG_QUALITY = 85

_UNIFORM_TOLERANCE = 2  # grey levels: JPEG noise on an all-black frame
# Every 8x8 block of a JPEG's luminance costs at least one bit (its DC code): a file with
# fewer bytes than pixels / 512 cannot hold the picture its header declares (libjpeg fills
# what is missing with grey and says so only on stderr). Half that, to be safe.
_JPEG_MIN_PIXELS_PER_BYTE = 1024


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """A JPEG thumbnail and what was learnt making it."""

    data: bytes
    width: int  # of the thumbnail
    height: int
    image_width: int  # of the photo as displayed (orientation applied)
    image_height: int
    format: str  # the photo's format as Pillow names it: JPEG, PNG, TIFF, ...
    frames: bool = False  # the photo has more frames or pages; the first is shown
    warnings: tuple[Problem, ...] = ()
    header: ImageInfo | None = None  # what the print's probe reads (None: too large to print)


def make_thumbnail(
    data: bytes,
    *,
    edge: int = THUMB_EDGE,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    orientation: int | None = None,
    name: str = "the file",
) -> Thumbnail:
    """A thumbnail of an image file's bytes; raises ImageRejected with a reason code."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = _thumbnail(data, edge, max_pixels, orientation, name)
        except ImageRejected:
            raise
        except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, TypeError...
            reason = classify_error(exc, formats.sniff(data[: formats.SNIFF_BYTES]))
            raise ImageRejected(reason, describe_failure(reason, name, exc)) from exc
    notes = tuple(
        Problem(_warning_code(str(w.message)), f"{name}: {w.message}"[:300])
        for w in caught
        if not issubclass(w.category, Image.DecompressionBombWarning)
    )
    return _with_warnings(result, notes)


def _warning_code(message: str) -> str:
    return "exif_damaged" if "exif" in message.lower() else "image_warning"


def _with_warnings(thumb: Thumbnail, notes: tuple[Problem, ...]) -> Thumbnail:
    if not notes:
        return thumb
    return Thumbnail(**{**_fields(thumb), "warnings": thumb.warnings + notes})


def _fields(thumb: Thumbnail) -> dict:
    return {f: getattr(thumb, f) for f in Thumbnail.__dataclass_fields__}


def _thumbnail(
    data: bytes, edge: int, max_pixels: int, orientation: int | None, name: str
) -> Thumbnail:
    im = open_image(data, name)
    stored, fmt = im.size, im.format or ""
    check_pixels(stored, max_pixels, name)
    found = orientation_of(im)  # read even when given: Pillow warns about damaged EXIF
    orientation = orientation or found
    frames = _has_frames(im)
    header = _header_facts(im, name, found)  # before draft and load change the image
    if im.format in ("JPEG", "MPO"):
        # DCT scaling: decode at 1/2, 1/4 or 1/8. Ask for the thumbnail's own aspect: asking
        # for edge x edge would keep a 6000x4000 photo at 1/4 (the short side must stay >=).
        im.draft(im.mode, _draft_size(stored, edge))
    im.load()
    icc = im.info.get("icc_profile")
    im = eight_bit(im)
    im.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
    im = on_white(to_srgb(im, icc))
    if orientation in TRANSPOSE:
        im = im.transpose(TRANSPOSE[orientation])
    width, height = stored[::-1] if orientation in SIDEWAYS else stored
    out = io.BytesIO()
    im.save(out, "JPEG", quality=JPEG_QUALITY)
    notes = (_uniform_warning(name),) if width * height > 100 and is_uniform(im) else ()
    if fmt in ("JPEG", "MPO") and len(data) * _JPEG_MIN_PIXELS_PER_BYTE < width * height:
        notes += (_thin_data_warning(name, width, height),)
    return Thumbnail(out.getvalue(), *im.size, width, height, fmt, frames, notes, header)


def _header_facts(im: Image.Image, name: str, orientation: int | None) -> ImageInfo | None:
    """The header facts the catalogue's print reads, learnt here for free (the import keeps
    them, so the first preflight opens no original)."""
    try:
        return header_facts(im, name, orientation)
    except ImageError:  # more pixels than a print takes: the preflight says so itself
        return None


def _draft_size(size: tuple[int, int], edge: int) -> tuple[int, int]:
    scale = edge / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _has_frames(im: Image.Image) -> bool:
    try:
        return bool(getattr(im, "is_animated", False)) or getattr(im, "n_frames", 1) > 1
    except Exception:
        return False


def is_uniform(im: Image.Image) -> bool:
    """Every pixel the same colour (within JPEG noise): an all-black frame, a blank scan."""
    extrema = im.getextrema()
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    return all(high - low <= _UNIFORM_TOLERANCE for low, high in bands)


def _uniform_warning(name: str) -> Problem:
    return Problem("uniform_image", f"{name} shows one colour only (blank or black frame?).")


def _thin_data_warning(name: str, width: int, height: int) -> Problem:
    return Problem(
        "image_data_missing",
        f"{name} declares {width} x {height} pixels but holds data for far fewer: "
        "most of the picture is missing (a damaged or tampered header?).",
    )


def classify_error(exc: BaseException, sniffed: str | None) -> str:
    """The stable reason code for an exception raised while opening or decoding an image."""
    text = str(exc).lower()
    if isinstance(exc, Image.DecompressionBombError):
        return "too_many_pixels"
    if isinstance(exc, MemoryError):
        return "out_of_memory"
    if isinstance(exc, UnidentifiedImageError):
        return _unidentified(sniffed)
    if "truncated" in text or isinstance(exc, EOFError):
        return "truncated"
    if "decompressed data too large" in text or "too much memory used in text chunks" in text:
        return "metadata_too_large"
    return "corrupt"


def _unidentified(sniffed: str | None) -> str:
    if sniffed is None or sniffed in formats.NOT_IMAGE_FORMATS:
        return "not_an_image"
    if sniffed in formats.PHOTO_FORMATS:
        return "corrupt"
    return "unsupported_format"


def describe_failure(reason: str, name: str, exc: BaseException | None = None) -> str:
    """One sentence naming the file and the problem."""
    detail = f" ({type(exc).__name__}: {exc})"[:200] if exc is not None else ""
    sentences = {
        "too_many_pixels": f"{name} has too many pixels to open safely{detail}.",
        "out_of_memory": f"{name} needs more memory than allowed{detail}.",
        "not_an_image": f"{name} is not an image{detail}.",
        "unsupported_format": f"{name} is in a format this installation cannot read{detail}.",
        "truncated": f"{name} is truncated: the image data ends early{detail}.",
        "metadata_too_large": f"{name} carries a text or metadata block too large to read "
        f"safely{detail}.",
        "corrupt": f"{name} is damaged and cannot be decoded{detail}.",
    }
    return sentences.get(reason, f"{name} cannot be read{detail}.")
