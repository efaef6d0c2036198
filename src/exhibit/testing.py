"""Test factories shared by every test package: photos with known EXIF, XMP and IPTC.

``make_jpeg(...)`` builds a small JPEG in memory (and writes it when given a path) carrying
exactly the metadata asked for. EXIF is written with Pillow's ``Image.Exif`` (incl. the Exif
and GPS IFDs); XMP (APP1) and IPTC-IIM (APP13, Photoshop resource 0x0404) segments are built
by hand and inserted after the existing APPn segments. ``hooked_probe`` is a probe function
for the process-runner tests: file names containing ``sleep``, ``crash`` or ``hog`` make it
sleep, kill its process or allocate memory. Nothing here runs at import time.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import time
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from exhibit.ingest.containers import PHOTOSHOP_HEADER, XMP_JPEG_HEADER
from exhibit.ingest.probe import ProbeLimits, ProbeResult, probe_file

EXIF_IFD, GPS_IFD = 0x8769, 0x8825

IPTC_DATASETS = {
    "object_name": (2, 5),
    "by_line": (2, 80),
    "city": (2, 90),
    "headline": (2, 105),
    "copyright": (2, 116),
    "caption": (2, 120),
}

# Quadrant colours of the asymmetric test image: top-left, top-right, bottom-left, bottom-right.
QUADRANTS = ((220, 30, 30), (30, 200, 30), (30, 30, 220), (240, 240, 240))

# The transpose that turns an upright image into what a camera stores with orientation N
# (the inverse of what a viewer applies).
STORE_AS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def asymmetric_image(size: tuple[int, int] = (96, 64)) -> Image.Image:
    """An upright image with four coloured quadrants, so any flip or turn shows."""
    width, height = size
    im = Image.new("RGB", size)
    boxes = (
        (0, 0, width // 2, height // 2),
        (width // 2, 0, width, height // 2),
        (0, height // 2, width // 2, height),
        (width // 2, height // 2, width, height),
    )
    for box, colour in zip(boxes, QUADRANTS, strict=True):
        im.paste(colour, box)
    return im


def _rational(value: float | Fraction | tuple[int, int]) -> IFDRational:
    if isinstance(value, tuple):
        return IFDRational(*value)
    fraction = Fraction(value).limit_denominator(100_000)
    return IFDRational(fraction.numerator, fraction.denominator)


def _dms(value: float) -> tuple[IFDRational, ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return (IFDRational(degrees, 1), IFDRational(minutes, 1), _rational(seconds))


def _ascii(text: str) -> bytes:
    return text.encode("utf-8")  # Pillow would write str as ASCII with '?' for the rest


def build_exif(
    *,
    date_taken: str | None = None,
    date_digitized: str | None = None,
    date_time: str | None = None,
    make: str | None = None,
    model: str | None = None,
    lens: str | None = None,
    exposure: tuple[int, int] | None = None,
    f_number: float | None = None,
    iso: int | None = None,
    focal_length: float | None = None,
    gps: tuple[float, float, float | None] | None = None,
    orientation: int | None = None,
    artist: str | None = None,
    copyright: str | None = None,
    description: str | None = None,
    xp_title: str | None = None,
    xp_comment: str | None = None,
    user_comment: bytes | None = None,
) -> Image.Exif:
    """EXIF with the given fields; dates as EXIF writes them ('2024:05:01 10:00:00')."""
    exif = Image.Exif()
    ifd0 = {
        0x010F: make, 0x0110: model, 0x013B: artist, 0x8298: copyright,
        0x010E: description, 0x0132: date_time,
    }  # fmt: skip
    for tag, value in ifd0.items():
        if value is not None:
            exif[tag] = _ascii(value)
    if orientation is not None:
        exif[0x0112] = orientation
    if xp_title is not None:
        exif[0x9C9B] = (xp_title + "\0").encode("utf-16-le")
    if xp_comment is not None:
        exif[0x9C9C] = (xp_comment + "\0").encode("utf-16-le")
    sub = _exif_ifd(date_taken, date_digitized, lens, exposure, f_number, iso, focal_length)
    if user_comment is not None:
        sub[0x9286] = user_comment
    if sub:
        exif[EXIF_IFD] = sub
    if gps is not None:
        exif[GPS_IFD] = _gps_ifd(*gps)
    return exif


def _exif_ifd(date_taken, date_digitized, lens, exposure, f_number, iso, focal_length) -> dict:
    sub: dict[int, object] = {}
    for tag, value in ((0x9003, date_taken), (0x9004, date_digitized), (0xA434, lens)):
        if value is not None:
            sub[tag] = _ascii(value)
    if exposure is not None:
        sub[0x829A] = _rational(exposure)
    if f_number is not None:
        sub[0x829D] = _rational(f_number)
    if iso is not None:
        sub[0x8827] = iso
    if focal_length is not None:
        sub[0x920A] = _rational(focal_length)
    return sub


def _gps_ifd(lat: float, lon: float, alt: float | None) -> dict:
    ifd: dict[int, object] = {
        0: b"\x02\x02\x00\x00",
        1: "N" if lat >= 0 else "S",
        2: _dms(lat),
        3: "E" if lon >= 0 else "W",
        4: _dms(lon),
    }
    if alt is not None:
        ifd[5] = 0 if alt >= 0 else 1
        ifd[6] = _rational(abs(alt))
    return ifd


# Pillow types bytes in the Exif IFD as BYTE; cameras write these as ASCII or UNDEFINED.
_ASCII_TAGS = {0x9003, 0x9004, 0xA434, 0x0132}
_UNDEFINED_TAGS = {0x9286}


def exif_bytes(exif: Image.Exif) -> bytes:
    """``exif.tobytes()`` with the Exif-IFD text tags typed as cameras type them."""
    data = bytearray(exif.tobytes())
    tiff = memoryview(data)[6:]
    order = "<" if bytes(tiff[:2]) == b"II" else ">"
    (first,) = struct.unpack_from(f"{order}I", tiff, 4)
    pending, seen = [first], set()
    while pending:
        offset = pending.pop()
        if offset in seen or offset + 2 > len(tiff):
            continue
        seen.add(offset)
        (count,) = struct.unpack_from(f"{order}H", tiff, offset)
        for i in range(count):
            entry = offset + 2 + 12 * i
            tag, kind = struct.unpack_from(f"{order}HH", tiff, entry)
            if tag in (EXIF_IFD, GPS_IFD):
                pending.append(struct.unpack_from(f"{order}I", tiff, entry + 8)[0])
            elif kind == 1 and (tag in _ASCII_TAGS or tag in _UNDEFINED_TAGS):
                struct.pack_into(f"{order}H", tiff, entry + 2, 2 if tag in _ASCII_TAGS else 7)
    return bytes(data)


def user_comment(text: str, charset: str = "UNICODE") -> bytes:
    """A UserComment value: 8-byte charset prefix, then the text."""
    if charset == "UNICODE":
        return b"UNICODE\x00" + text.encode("utf-16-le")
    return b"ASCII\x00\x00\x00" + text.encode("ascii")


# --- XMP and IPTC segments ----------------------------------------------------------------


def segment(marker: int, payload: bytes) -> bytes:
    """One JPEG segment: 0xFF, marker, big-endian length (incl. itself), payload."""
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def xmp_segment(packet: bytes) -> bytes:
    return segment(0xE1, XMP_JPEG_HEADER + packet)


def iptc_block(
    fields: Mapping[str, str | Sequence[str]], *, encoding: str = "utf-8", declare_utf8: bool = True
) -> bytes:
    """IPTC-IIM datasets; with ``declare_utf8`` record 1:90 says ESC % G (UTF-8)."""
    out = b""
    if declare_utf8:
        out += _dataset(1, 90, b"\x1b%G")
    out += _dataset(2, 0, b"\x00\x04")  # record version
    for name, value in fields.items():
        record, number = IPTC_DATASETS[name]
        for item in [value] if isinstance(value, str) else value:
            out += _dataset(record, number, item.encode(encoding))
    return out


def _dataset(record: int, number: int, data: bytes) -> bytes:
    return bytes([0x1C, record, number]) + struct.pack(">H", len(data)) + data


def photoshop_segment(iptc: bytes, *, digest: bytes | bool | None = None) -> bytes:
    """APP13 with resource 0x0404; ``digest=True`` adds a matching MWG digest (0x0425)."""
    resources = _resource(0x0404, iptc)
    if digest is True:
        digest = hashlib.md5(iptc).digest()
    if digest:
        resources += _resource(0x0425, digest)
    return segment(0xED, PHOTOSHOP_HEADER + resources)


def _resource(rid: int, data: bytes) -> bytes:
    padded = data + (b"\x00" if len(data) % 2 else b"")
    return b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data)) + padded


def insert_segments(jpeg: bytes, segments: Sequence[bytes]) -> bytes:
    """Insert segments after the SOI and the APPn segments already there."""
    pos = 2
    while jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        pos += 2 + length
    return jpeg[:pos] + b"".join(segments) + jpeg[pos:]


# --- whole files ------------------------------------------------------------------------


def make_jpeg(
    path: str | os.PathLike[str] | None = None,
    *,
    image: Image.Image | None = None,
    size: tuple[int, int] = (96, 64),
    exif: Image.Exif | Mapping[str, object] | None = None,
    xmp: bytes | None = None,
    iptc: bytes | None = None,
    iptc_digest: bytes | bool | None = None,
    quality: int = 90,
) -> bytes:
    """A JPEG with the given metadata (``exif`` may be build_exif() keyword arguments)."""
    im = image if image is not None else asymmetric_image(size)
    if exif is not None and not isinstance(exif, Image.Exif):
        exif = build_exif(**exif)  # type: ignore[arg-type]
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, **({"exif": exif_bytes(exif)} if exif else {}))
    extra = ([xmp_segment(xmp)] if xmp else []) + (
        [photoshop_segment(iptc, digest=iptc_digest)] if iptc else []
    )
    data = insert_segments(out.getvalue(), extra) if extra else out.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data


def oriented_jpeg(orientation: int, path: str | os.PathLike[str] | None = None) -> bytes:
    """The asymmetric image stored as a camera with EXIF orientation ``orientation`` would."""
    stored = asymmetric_image()
    if orientation in STORE_AS:
        stored = stored.transpose(STORE_AS[orientation])
    return make_jpeg(path, image=stored, exif={"orientation": orientation})


# --- process-runner hooks -----------------------------------------------------------------


def hooked_probe(
    path: str | os.PathLike[str],
    languages: tuple[str, ...],
    thumb_dir: str | os.PathLike[str] | None = None,
    limits: ProbeLimits | None = None,
) -> ProbeResult:
    """probe_file, except for names with 'sleep' (hangs), 'crash' (dies), 'hog' (eats RAM)."""
    name = Path(path).name
    if "sleep" in name:
        time.sleep(600)
    if "crash" in name:
        os._exit(3)
    if "hog" in name:
        hog = bytearray(8 << 30)  # more than any test's address-space limit
        del hog
    return probe_file(path, languages, thumb_dir, limits)


def pool_task(task: str) -> str:
    """A task for BoundedPool tests: 'sleep' hangs, 'crash' dies, 'hog' eats RAM, 'raise'
    raises; anything else comes back upper-cased."""
    if "sleep" in task:
        time.sleep(600)
    if "crash" in task:
        os._exit(3)
    if "hog" in task:
        hog = bytearray(8 << 30)
        del hog
    if "raise" in task:
        raise ValueError(f"{task} refused")
    return task.upper()
