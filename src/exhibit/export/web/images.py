"""Web images: a few widths of each photo as JPEG (and WebP), sRGB, upright, without EXIF.

Nothing of the original's metadata is copied (no GPS, no serial numbers): the pixels only,
with the sRGB profile so that browsers show the colours as meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, features

from exhibit.imaging import load_fitted, srgb_icc

JPEG_QUALITY, WEBP_QUALITY = 80, 76


@dataclass(frozen=True, slots=True)
class WebImage:
    width: int
    height: int
    jpeg: Path
    webp: Path | None


def webp_available() -> bool:
    return bool(features.check("webp"))


def make_web_images(
    original: Path, folder: Path, name: str, sizes: Sequence[int], *, webp: bool = True
) -> list[WebImage]:
    """One image per width (never wider than the photo); the largest decode serves them all."""
    largest = load_fitted(original, max(sizes))
    long_edge = max(largest.size)
    widths = sorted({min(s, long_edge) for s in sizes})
    made = []
    webp = webp and webp_available()
    icc = srgb_icc()
    for edge in widths:
        scale = edge / long_edge
        size = (max(1, round(largest.width * scale)), max(1, round(largest.height * scale)))
        image = largest if size == largest.size else largest.resize(size, Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        jpeg = folder / f"{name}-{edge}.jpg"
        image.save(
            jpeg,
            "JPEG",
            quality=JPEG_QUALITY,
            optimize=True,
            progressive=True,
            icc_profile=icc if image.mode == "RGB" else None,
        )
        webp_path = None
        if webp:
            webp_path = folder / f"{name}-{edge}.webp"
            image.save(
                webp_path,
                "WEBP",
                quality=WEBP_QUALITY,
                method=4,
                icc_profile=icc if image.mode == "RGB" else None,
            )
        made.append(WebImage(image.width, image.height, jpeg, webp_path))
    return made
