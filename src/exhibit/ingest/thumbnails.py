"""Thumbnails: a 512 px (long edge) upright sRGB JPEG of a photo, made safely.

The pixel count is checked from the header before anything is decoded; JPEGs are decoded at
a reduced scale (``draft``), so a 24 MP photo is never decoded in full. Whatever Pillow opens
(CMYK, 16-bit, Lab, palette with transparency, RGBA, the first frame of animations, MPO and
multipage TIFF) becomes 8-bit sRGB (via the embedded ICC profile when there is one) or grey,
composited on white, and turned upright per the EXIF orientation. Truncated files are refused
(``LOAD_TRUNCATED_IMAGES`` stays off). Failures raise ``ImageRejected`` with a stable reason.
"""

from __future__ import annotations

import functools
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, UnidentifiedImageError

from exhibit.core.model import Problem
from exhibit.ingest import formats

THUMB_EDGE = 512
DEFAULT_MAX_PIXELS = 100_000_000
JPEG_QUALITY = 85

# Pillow's transpose per EXIF orientation (the same table as ImageOps.exif_transpose).
TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_HIGH_BIT = {"I", "F", "I;16", "I;16L", "I;16B", "I;16N"}
_UNIFORM_TOLERANCE = 2  # grey levels: JPEG noise on an all-black frame


class ImageRejected(Exception):
    """The image cannot be made into a thumbnail; ``reason`` is a stable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


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
    found = _orientation(im)  # read even when given: Pillow warns about damaged EXIF
    orientation = orientation or found
    frames = _has_frames(im)
    if im.format in ("JPEG", "MPO"):
        # DCT scaling: decode at 1/2, 1/4 or 1/8. Ask for the thumbnail's own aspect: asking
        # for edge x edge would keep a 6000x4000 photo at 1/4 (the short side must stay >=).
        im.draft(im.mode, _draft_size(stored, edge))
    im.load()
    icc = im.info.get("icc_profile")
    im = _eight_bit(im)
    im.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
    im = _on_white(_to_srgb(im, icc))
    if orientation in TRANSPOSE:
        im = im.transpose(TRANSPOSE[orientation])
    width, height = stored[::-1] if orientation in (5, 6, 7, 8) else stored
    out = io.BytesIO()
    im.save(out, "JPEG", quality=JPEG_QUALITY)
    notes = (_uniform_warning(name),) if width * height > 100 and is_uniform(im) else ()
    return Thumbnail(out.getvalue(), *im.size, width, height, fmt, frames, notes)


def _draft_size(size: tuple[int, int], edge: int) -> tuple[int, int]:
    scale = edge / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def open_image(data: bytes, name: str = "the file") -> Image.Image:
    """Open (header only) with the photo formats' plugins alone; others are unsupported."""
    Image.init()
    allowed = [f for f in formats.PHOTO_FORMATS if f in Image.OPEN]
    im = Image.open(io.BytesIO(data), formats=allowed)
    if im.format not in formats.PHOTO_FORMATS:
        raise ImageRejected("unsupported_format", f"{name}: {im.format} files are not supported.")
    return im


def check_pixels(size: tuple[int, int], max_pixels: int, name: str = "the file") -> None:
    """Refuse images whose header promises more pixels than ``max_pixels``."""
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageRejected("corrupt", f"{name} says it is {width} x {height} pixels.")
    if width * height > max_pixels:
        megapixels = width * height / 1e6
        raise ImageRejected(
            "too_many_pixels",
            f"{name} is {width} x {height} pixels ({megapixels:.0f} MP), "
            f"more than the limit of {max_pixels / 1e6:.0f} MP.",
        )


def _orientation(im: Image.Image) -> int | None:
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # damaged EXIF: the metadata reader reports it
        return None
    return value if isinstance(value, int) else None


def _has_frames(im: Image.Image) -> bool:
    try:
        return bool(getattr(im, "is_animated", False)) or getattr(im, "n_frames", 1) > 1
    except Exception:
        return False


def _eight_bit(im: Image.Image) -> Image.Image:
    """Modes that resize well: 16-bit and float stretched to grey, palettes expanded."""
    if im.mode in _HIGH_BIT:
        return _stretch(im)
    if im.mode in ("P", "PA"):
        return im.convert("RGBA")
    if im.mode == "1":
        return im.convert("L")
    if im.mode in ("LA", "La", "RGBa"):
        return im.convert("RGBA")
    return im


def _stretch(im: Image.Image) -> Image.Image:
    """16-bit or float grey to 8-bit, its own darkest to brightest value spread over 0-255."""
    if im.mode != "F":
        im = im.convert("I")
    low, high = im.getextrema()
    if high <= low:
        return Image.new("L", im.size, max(0, min(255, int(low))))
    scale = 255.0 / (high - low)
    return im.point(lambda v: v * scale - low * scale).convert("L")


@functools.cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB (or L) in sRGB: through the ICC profile when there is one, else Pillow's convert."""
    if im.mode == "LAB" and not icc:
        transform = ImageCms.buildTransform(ImageCms.createProfile("LAB"), _srgb(), "LAB", "RGB")
        return ImageCms.applyTransform(im, transform)
    if icc and im.mode in ("RGB", "RGBA", "CMYK", "LAB"):
        try:
            out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            return ImageCms.profileToProfile(im, source, _srgb(), outputMode=out_mode)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a broken profile: show the numbers as they are
    if im.mode in ("L", "RGB", "RGBA"):
        return im
    return im.convert("RGB")


def _on_white(im: Image.Image) -> Image.Image:
    if im.mode != "RGBA":
        return im
    background = Image.new("RGB", im.size, "white")
    background.paste(im, mask=im.getchannel("A"))
    return background


def is_uniform(im: Image.Image) -> bool:
    """Every pixel the same colour (within JPEG noise): an all-black frame, a blank scan."""
    extrema = im.getextrema()
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    return all(high - low <= _UNIFORM_TOLERANCE for low, high in bands)


def _uniform_warning(name: str) -> Problem:
    return Problem("uniform_image", f"{name} shows one colour only (blank or black frame?).")


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
