"""Camera boilerplate: text a camera (or a tool that pasted its EXIF) wrote where a caption goes.

One definition for the import, which skips such text (``ingest.metadata``), and preflight,
which flags a caption that still looks like it (``export.preflight``): "OLYMPUS DIGITAL CAMERA",
"SONY DSC", file numbers such as "DSC00006", the camera's make or model, placeholders such as
"Default", and EXIF dumps ("Make: NIKON Model: D750 ISO: 200 ExposureTime: 1/250 …").
"""

from __future__ import annotations

import re

_PHRASES = re.compile(
    r"^(?:[\w.,&-]+\s+){0,3}(?:digital\s+(?:still\s+)?camera|dsc|digital\s+image|camera)$"
    r"|^(?:olympus|sony|nikon|canon|panasonic|fujifilm|kodak|samsung|pentax|leica)\s+image$"
    r"|^(?:default|image|picture|untitled|no description|exif_jpeg_picture|<no description>)$"
    r"|^(?:[A-Za-z]{2,6}[_-]?\d{3,}|P\d{5,}|\d{5,})$",  # file numbers: DSC00006, IMG_1234
    re.IGNORECASE,
)
_EXIF_KEYS = re.compile(
    r"\b(?:ISO|F-?Number|Exposure|Aperture|Shutter|Focal ?Length|Make|Model|White ?Balance|"
    r"Flash|Metering|Lens|Orientation|Resolution|DateTime)\b",
    re.IGNORECASE,
)
EXIF_DUMP_KEYS = 4  # distinct EXIF tag names that make a text a dump, not a caption


def is_camera_boilerplate(text: str, camera: tuple[str | None, ...] = ()) -> bool:
    """True for text a camera wrote, not a person; ``camera`` is (make, model) when known."""
    text = text.strip()
    if not text:
        return False
    names = {c.strip().casefold() for c in camera if c and c.strip()}
    if _PHRASES.match(text) or text.casefold() in names:
        return True
    return len({k.lower() for k in _EXIF_KEYS.findall(text)}) >= EXIF_DUMP_KEYS
