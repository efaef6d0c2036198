"""Photo pixels, the same way for the import's thumbnails and the catalogue's print images.

Only the photo formats' Pillow plugins open a file (an original swapped for an EPS is not
handed to Ghostscript); the pixel count is checked from the header before anything is decoded;
whatever the file holds (CMYK, 16-bit, Lab, palette with transparency, RGBA) becomes 8-bit sRGB
or grey through the embedded ICC profile when there is one, composited on white; ``TRANSPOSE``
turns it upright per its EXIF orientation. Failures raise ``ImageRejected`` with a stable reason.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageCms

# Formats Exhibit imports (Pillow format names). Anything else Pillow could open (PSD, ICO,
# EPS, ...) is refused as unsupported rather than decoded by a rarely used plugin.
PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG", "TIFF", "WEBP", "GIF", "BMP", "AVIF", "HEIF"})

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
SIDEWAYS = frozenset({5, 6, 7, 8})  # orientations that swap width and height

_HIGH_BIT = {"I", "F", "I;16", "I;16L", "I;16B", "I;16N"}


class ImageRejected(Exception):
    """The image cannot be used; ``reason`` is a stable code, ``message`` names the file."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class BoundedReader(io.RawIOBase):
    """A file opened for its header that reads at most ``limit`` bytes in all (seeks are
    free): one more read raises ``ImageRejected("header_too_large")`` naming the file."""

    def __init__(self, raw: BinaryIO, limit: int, name: str = "the file") -> None:
        super().__init__()
        self._raw, self._left, self._name, self._limit = raw, limit, name, limit

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if len(buffer) > self._left:
            raise ImageRejected(
                "header_too_large",
                f"{self._name}: more than {self._limit >> 20} MB would have to be read to learn "
                "its size and colours; it was not read further",
            )
        count = self._raw.readinto(buffer)
        self._left -= count or 0
        return count  # type: ignore[return-value]


def open_image(source: bytes | Path | BinaryIO, name: str = "the file") -> Image.Image:
    """Open (header only) with the photo formats' plugins alone; others are unsupported."""
    Image.init()
    allowed = [f for f in PHOTO_FORMATS if f in Image.OPEN]
    fp = io.BytesIO(source) if isinstance(source, bytes) else source
    im = Image.open(fp, formats=allowed)
    if im.format not in PHOTO_FORMATS:
        im.close()
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


def orientation_of(im: Image.Image) -> int | None:
    """The EXIF orientation, or None when there is none or the EXIF is damaged."""
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # damaged EXIF: the metadata reader reports it
        return None
    return value if isinstance(value, int) else None


def eight_bit(im: Image.Image) -> Image.Image:
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


def srgb_icc() -> bytes:
    """The sRGB profile as bytes, to embed in the JPEGs Exhibit writes for others."""
    return _srgb().tobytes()


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
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


def on_white(im: Image.Image) -> Image.Image:
    """Transparent parts composited on white paper."""
    if im.mode != "RGBA":
        return im
    background = Image.new("RGB", im.size, "white")
    background.paste(im, mask=im.getchannel("A"))
    return background


def printable(im: Image.Image, icc: bytes | None) -> Image.Image:
    """A loaded image as 8-bit sRGB or grey on white (not yet resized or turned upright)."""
    return on_white(to_srgb(eight_bit(im), icc))


def load_fitted(source: Path, long_edge: int) -> Image.Image:
    """A photo decoded at the smallest scale that still fills ``long_edge``, printable, upright.

    Never enlarged: a smaller photo keeps its pixels.
    """
    with open_image(source, source.name) as im:
        orientation = orientation_of(im) or 1
        scale = min(1.0, long_edge / max(im.size))
        want = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
        im.draft("RGB", want)
        im.load()
        image = printable(im, im.info.get("icc_profile"))
    if image.size != want:
        image = image.resize(want, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in TRANSPOSE:
        image = image.transpose(TRANSPOSE[orientation])
    return image
