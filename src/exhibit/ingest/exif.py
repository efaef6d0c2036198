"""EXIF through exifread (``details=False``): camera facts, date, GPS and EXIF text fields.

``read_exif`` never raises: exifread's exceptions and its warnings (corrupt IFDs) become
problems, and each fact that does not make sense (zero dates, GPS at 0/0, a damaged GPS IFD)
is left out. Text fields are decoded as UTF-8 where they are valid UTF-8, ``XP*`` tags as
UTF-16LE and ``UserComment`` after its 8-byte charset prefix.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import exifread

from exhibit.core.model import ExifFacts, Problem
from exhibit.ingest.containers import APP1, jpeg_segments

_DATE = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")

# exifread warnings that only say there is no EXIF: not a problem with the file.
_NOT_PROBLEMS = ("does not have exif", "no exif", "file format not recognized", "not recognized")


@dataclass(frozen=True, slots=True)
class ExifRead:
    """Facts and text fields read from EXIF, with what went wrong on the way."""

    facts: ExifFacts = field(default_factory=ExifFacts)
    xp_title: str = ""
    xp_comment: str = ""
    user_comment: str = ""
    tiff_iptc: bytes = b""  # TIFF tag 33723 (IPTC-NAA), which exifread reads as numbers
    problems: tuple[Problem, ...] = ()


def read_exif(data: bytes, name: str = "the file") -> ExifRead:
    """Read the EXIF of a file's bytes; problems are noted, never raised."""
    with _captured_warnings() as warnings:
        try:
            tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
        except Exception as exc:  # exifread raises IndexError, UnicodeDecodeError, ...
            problem = Problem("exif_unreadable", f"EXIF of {name} cannot be read: {_why(exc)}")
            return ExifRead(problems=(problem,))
    problems = [Problem("exif_damaged", f"EXIF of {name} is damaged: {w}") for w in warnings]
    facts, gps_problem = _facts(tags, name)
    if gps_problem:
        problems.append(gps_problem)
    return ExifRead(
        facts=facts,
        xp_title=_utf16(tags.get("Image XPTitle")),
        xp_comment=_utf16(tags.get("Image XPComment")),
        user_comment=user_comment(_user_comment_bytes(data, tags)),
        tiff_iptc=_tiff_iptc(tags.get("Image IPTC/NAA"), big_endian=data[:2] == b"MM"),
        problems=tuple(problems),
    )


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _facts(tags: dict[str, Any], name: str) -> tuple[ExifFacts, Problem | None]:
    gps, problem = _gps(tags, name)
    facts = ExifFacts(
        date_taken=_first_date(
            tags, "EXIF DateTimeOriginal", "EXIF DateTimeDigitized", "Image DateTime"
        ),
        make=_text(tags.get("Image Make")),
        model=_text(tags.get("Image Model")),
        lens=_text(tags.get("EXIF LensModel")),
        exposure_time=exposure(_ratio(tags.get("EXIF ExposureTime"))),
        f_number=_rounded(_ratio(tags.get("EXIF FNumber")), 1),
        iso=_iso(tags),
        focal_length=_rounded(_ratio(tags.get("EXIF FocalLength")), 1),
        gps_lat=gps[0],
        gps_lon=gps[1],
        gps_alt=gps[2],
        orientation=_orientation(tags.get("Image Orientation")),
        artist=_text(tags.get("Image Artist")),
        copyright=_text(tags.get("Image Copyright")),
        description=_text(tags.get("Image ImageDescription")),
    )
    return facts, problem


@contextmanager
def _captured_warnings() -> Iterator[list[str]]:
    """Collect exifread's log warnings from this thread while the block runs."""
    captured: list[str] = []
    thread = threading.get_ident()

    class _Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            lowered = message.lower()
            if record.thread != thread or any(p in lowered for p in _NOT_PROBLEMS):
                return
            if message[:200] not in captured:
                captured.append(message[:200])

    logger = logging.getLogger("exifread")
    handler = _Handler(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield captured
    finally:
        logger.removeHandler(handler)


# --- values -----------------------------------------------------------------------------


def _values(tag: Any) -> Any:
    return getattr(tag, "values", None)


def _text(tag: Any) -> str | None:
    """An ASCII tag as text: UTF-8 when valid (MWG), else Windows 1252; None when blank."""
    value = _values(tag)
    if isinstance(value, bytes):
        value = value.decode("cp1252", errors="replace")
    if isinstance(value, list):
        value = _decode_bytes(_raw_bytes(tag))
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _raw_bytes(tag: Any) -> bytes:
    value = _values(tag)
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, list) and all(isinstance(v, int) and 0 <= v < 256 for v in value):
        return bytes(value)
    return b""


def _decode_bytes(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _tiff_iptc(tag: Any, *, big_endian: bool) -> bytes:
    value = _values(tag)
    if getattr(tag, "field_type", None) != 4 or not isinstance(value, list):  # not LONG
        return _raw_bytes(tag)
    order = ">" if big_endian else "<"
    try:
        return struct.pack(f"{order}{len(value)}I", *value)
    except struct.error:
        return b""


def _user_comment_bytes(data: bytes, tags: dict[str, Any]) -> bytes:
    """exifread skips UserComment when details=False: read it from the Exif IFD directly."""
    offset = _values(tags.get("Image ExifOffset"))
    tiff = _jpeg_tiff(data) if data[:2] == b"\xff\xd8" else b""
    if not tiff or not isinstance(offset, list) or not offset:
        return b""
    order = "<" if tiff[:2] == b"II" else ">"
    try:
        (count,) = struct.unpack_from(f"{order}H", tiff, offset[0])
        for i in range(min(count, 512)):
            entry = offset[0] + 2 + 12 * i
            tag, _, size, where = struct.unpack_from(f"{order}HHII", tiff, entry)
            if tag == 0x9286:
                start = entry + 8 if size <= 4 else where
                return tiff[start : start + min(size, 65536)]
    except struct.error:
        pass  # a damaged IFD: exifread has said so already
    return b""


def _jpeg_tiff(data: bytes) -> bytes:
    for marker, payload in jpeg_segments(data):
        if marker == APP1 and payload.startswith(b"Exif\x00\x00"):
            return payload[6:]
    return b""


def _utf16(tag: Any) -> str:
    raw = _raw_bytes(tag)
    return raw.decode("utf-16-le", errors="replace").split("\x00", 1)[0].strip() if raw else ""


def user_comment(raw: bytes) -> str:
    """A UserComment: 8-byte charset prefix (ASCII, UNICODE, JIS or undefined), then text."""
    if len(raw) < 8:
        return ""
    prefix, body = raw[:8], raw[8:]
    if prefix.startswith(b"UNICODE"):
        big_endian = len(body) > 1 and body[0] == 0 and body[1] != 0
        text = body.decode("utf-16-be" if big_endian else "utf-16-le", errors="replace")
    elif prefix.startswith(b"JIS"):
        text = body.decode("shift_jis", errors="replace")
    else:
        text = _decode_bytes(body)
    text = text.replace("\x00", "").strip()
    return text if text.isprintable() else ""


def _ratio(tag: Any) -> Fraction | None:
    value = _values(tag)
    if isinstance(value, list) and value:
        value = value[0]
    try:
        result = Fraction(value)  # exifread's Ratio is a Fraction; ints pass too
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return result if result > 0 else None


def _rounded(value: Fraction | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def exposure(value: Fraction | None) -> str | None:
    """An exposure time as a photographer writes it: '1/250', '1/8', '2.5', '30'."""
    if value is None:
        return None
    if value < 1:
        return f"1/{round(1 / value)}"
    return f"{float(value):g}"


def _iso(tags: dict[str, Any]) -> int | None:
    for key in ("EXIF ISOSpeedRatings", "EXIF PhotographicSensitivity", "EXIF ISOSpeed"):
        value = _values(tags.get(key))
        if isinstance(value, list) and value and isinstance(value[0], int) and value[0] > 0:
            return value[0]
    return None


def _orientation(tag: Any) -> int | None:
    value = _values(tag)
    if isinstance(value, list) and value and value[0] in range(1, 9):
        return int(value[0])
    return None


def parse_date(text: str | None) -> str | None:
    """'2001:10:08 21:00:59' -> '2001-10-08T21:00:59'; zero or malformed dates -> None."""
    found = _DATE.match(text or "")
    if not found:
        return None
    year, month, day, hour, minute, second = found.groups()
    if year == "0000" or not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    if hour is None:
        return f"{year}-{month}-{day}"
    if int(hour) > 24 or int(minute) > 59 or int(second or 0) > 60:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"


def _first_date(tags: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        found = parse_date(_text(tags.get(key)))
        if found:
            return found
    return None


# --- GPS --------------------------------------------------------------------------------


def _gps(tags: dict[str, Any], name: str) -> tuple[tuple[float | None, ...], Problem | None]:
    """(lat, lon, alt) as signed floats, or Nones; a damaged GPS IFD is noted and ignored."""
    none = (None, None, None)
    if "GPS GPSLatitude" not in tags and "GPS GPSLongitude" not in tags:
        return none, None
    try:
        lat = _coordinate(tags["GPS GPSLatitude"], tags.get("GPS GPSLatitudeRef"), "S", 90)
        lon = _coordinate(tags["GPS GPSLongitude"], tags.get("GPS GPSLongitudeRef"), "W", 180)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError) as exc:
        return none, Problem("gps_invalid", f"GPS position in {name} is ignored: {_why(exc)}")
    if lat == 0 and lon == 0:  # 0/0 is what cameras write when they have no fix
        return none, None
    return (lat, lon, _altitude(tags)), None


def _coordinate(tag: Any, ref: Any, negative: str, limit: int) -> float:
    parts = _values(tag)
    if not isinstance(parts, list) or not 1 <= len(parts) <= 3:
        raise ValueError(f"unexpected GPS value {parts!r}")
    degrees = sum(float(Fraction(p)) / 60**i for i, p in enumerate(parts))
    if not 0 <= degrees <= limit:
        raise ValueError(f"GPS value {degrees} is out of range")
    sign = -1 if (_text(ref) or "").upper().startswith(negative) else 1
    return round(sign * degrees, 7)


def _altitude(tags: dict[str, Any]) -> float | None:
    try:
        value = _values(tags.get("GPS GPSAltitude"))
        altitude = float(Fraction(value[0]))
    except (TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    ref = _values(tags.get("GPS GPSAltitudeRef"))
    below = isinstance(ref, list) and ref and ref[0] == 1
    return round(-altitude if below else altitude, 2)
