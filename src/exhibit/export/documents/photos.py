"""Photos of damage for the condition report: read (never written), turned upright and made
small in memory, since reportlab ignores EXIF orientation and would embed the whole file."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from exhibit.core.project import open_regular

MAX_PX = 900


def damage_image(path: Path, width: float, height: float) -> Image | None:
    """A flowable of the photo fitted into width x height points, or None when unreadable."""
    try:
        with open_regular(path) as fh, PILImage.open(fh) as im:  # a FIFO is refused, not waited on
            im.draft("RGB", (MAX_PX, MAX_PX))
            im = ImageOps.exif_transpose(im).convert("RGB")
            im.thumbnail((MAX_PX, MAX_PX))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=85)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return None
    buf.seek(0)
    reader = ImageReader(buf)
    iw, ih = reader.getSize()
    scale = min(width / iw, height / ih)
    return Image(buf, width=iw * scale, height=ih * scale)
