"""Where metadata sits inside photo files: JPEG segments, XMP packets, Photoshop resources.

Only the bytes are looked at (no decoder): a JPEG's segments up to the image data, and a byte
search for an XMP packet in the other formats (TIFF, PNG, WebP, GIF all store it verbatim).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

XMP_JPEG_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
APP1, APP13, SOS, EOI = 0xE1, 0xED, 0xDA, 0xD9

_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def jpeg_segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(marker, payload) for each JPEG segment before the image data."""
    pos = 2 if data[:2] == b"\xff\xd8" else len(data)
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            pos = data.find(b"\xff", pos)  # junk between markers: resync on the next 0xFF
            if pos < 0:
                return
            continue
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in (SOS, EOI):
            return
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        yield marker, data[pos + 4 : pos + 2 + length]
        pos += 2 + length


def find_xmp(data: bytes, is_jpeg: bool) -> bytes | None:
    """The XMP packet (``<x:xmpmeta ...>...</x:xmpmeta>``) of a file, or None."""
    if not is_jpeg:
        return _xmpmeta(data)
    for marker, payload in jpeg_segments(data):
        if marker == APP1 and payload.startswith(XMP_JPEG_HEADER):
            return _xmpmeta(payload[len(XMP_JPEG_HEADER) :])
    return None  # a JPEG keeps XMP in APP1 only; others in the file belong to thumbnails


def find_extended_xmp(data: bytes, guid: str) -> bytes | None:
    """The extended XMP a JPEG splits over several APP1 segments (XMP part 3), joined.

    Each segment holds the GUID (the MD5 of the whole extension, named by the main packet's
    xmpNote:HasExtendedXMP), the full length and this chunk's offset; chunks are put in place
    by offset. None when the GUID is not found or the pieces do not add up.
    """
    want = guid.encode("ascii", "ignore")
    chunks: dict[int, bytes] = {}
    total = None
    for marker, payload in jpeg_segments(data):
        if marker != APP1 or not payload.startswith(XMP_EXTENSION_HEADER):
            continue
        head = payload[len(XMP_EXTENSION_HEADER) :]
        if len(head) < 40 or head[:32] != want:
            continue
        total, offset = struct.unpack(">II", head[32:40])
        chunks[offset] = head[40:]
    if total is None or not chunks:
        return None
    joined = bytearray()
    for offset in sorted(chunks):
        if offset != len(joined):
            return None
        joined += chunks[offset]
    return bytes(joined) if len(joined) == total else None


def _xmpmeta(data: bytes) -> bytes | None:
    for opener, closer in ((b"<x:xmpmeta", b"</x:xmpmeta>"), (b"<x:xapmeta", b"</x:xapmeta>")):
        start = data.find(opener)
        if start >= 0:
            end = data.find(closer, start)
            return data[start : end + len(closer)] if end >= 0 else data[start:]
    return None


def photoshop_irb(data: bytes) -> bytes:
    """The Photoshop image resource block of a JPEG (APP13 segments joined), or b''."""
    parts = [
        payload[len(PHOTOSHOP_HEADER) :]
        for marker, payload in jpeg_segments(data)
        if marker == APP13 and payload.startswith(PHOTOSHOP_HEADER)
    ]
    return b"".join(parts)


def irb_resources(irb: bytes) -> dict[int, bytes]:
    """Photoshop resources by id (0x0404 IPTC-IIM, 0x0425 IPTC digest); stops at damage."""
    resources: dict[int, bytes] = {}
    pos = 0
    while pos + 12 <= len(irb) and irb[pos : pos + 4] == b"8BIM":
        (rid,) = struct.unpack(">H", irb[pos + 4 : pos + 6])
        name_len = irb[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)  # Pascal name padded to an even length
        if pos + 4 > len(irb):
            break
        (size,) = struct.unpack(">I", irb[pos : pos + 4])
        resources.setdefault(rid, irb[pos + 4 : pos + 4 + size])
        pos += 4 + size + (size & 1)
    return resources
