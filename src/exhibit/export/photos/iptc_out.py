"""IPTC-IIM for delivery copies: UTF-8 with its character-set marker, cut at the byte limits.

IIM holds one language: the caption's default language (what x-default says in the XMP).
Each dataset is cut to its limit in bytes without breaking a character, as the IIM 4.2
specification's maximum lengths demand and older readers enforce.
"""

from __future__ import annotations

import struct

from exhibit.export.photos.captions import PhotoCaption

UTF8_MARKER = b"\x1b%G"  # 1:90 CodedCharacterSet: ESC % G is UTF-8

# (record, dataset) -> maximum length in bytes
OBJECT_NAME, BY_LINE, SUBLOCATION, CREDIT, COPYRIGHT, CAPTION, DATE_CREATED = (
    (2, 5),
    (2, 80),
    (2, 92),
    (2, 110),
    (2, 116),
    (2, 120),
    (2, 55),
)
LIMITS = {
    OBJECT_NAME: 64,
    BY_LINE: 32,
    SUBLOCATION: 32,
    CREDIT: 32,
    COPYRIGHT: 128,
    CAPTION: 2000,
    DATE_CREATED: 8,
}


def cut_utf8(text: str, limit: int) -> bytes:
    """``text`` in UTF-8, at most ``limit`` bytes, never ending inside a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return data
    return data[:limit].decode("utf-8", "ignore").encode("utf-8")


def iptc_block(caption: PhotoCaption) -> bytes:
    """The IIM datasets of the caption (record 1 marker, record 2 version and fields)."""
    out = [_dataset((1, 90), UTF8_MARKER), _dataset((2, 0), b"\x00\x04")]
    fields = (
        (OBJECT_NAME, caption.default(caption.title)),
        (CAPTION, caption.default(caption.description)),
        (SUBLOCATION, caption.default(caption.location)),
        (CREDIT, caption.credit),
        (COPYRIGHT, caption.default(caption.rights)),
    )
    for key, text in fields:
        if text:
            out.append(_dataset(key, cut_utf8(text, LIMITS[key])))
    for creator in caption.creators:
        out.append(_dataset(BY_LINE, cut_utf8(creator, LIMITS[BY_LINE])))
    if caption.date_created and caption.date_created[:10].replace("-", "").isdigit():
        out.append(_dataset(DATE_CREATED, caption.date_created[:10].replace("-", "").encode()))
    return b"".join(out)


def _dataset(key: tuple[int, int], data: bytes) -> bytes:
    record, number = key
    return struct.pack(">BBBH", 0x1C, record, number, len(data)) + data


def photoshop_app13(iptc: bytes) -> bytes:
    """A JPEG APP13 segment holding the IIM block as Photoshop resource 0x0404."""
    body = iptc + (b"\x00" if len(iptc) % 2 else b"")
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    payload = b"Photoshop 3.0\x00" + resource + body
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def insert_after_app_headers(jpeg: bytes, segment: bytes) -> bytes:
    """Put a segment after SOI and the APP0/APP1/APP2 segments Pillow wrote."""
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF and jpeg[pos + 1] in (0xE0, 0xE1, 0xE2):
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        pos += 2 + length
    return jpeg[:pos] + segment + jpeg[pos:]
