"""IPTC-IIM records (JPEG APP13 Photoshop resource 0x0404, TIFF tag 33723).

Reads caption (2:120), headline (2:105), object name (2:5), by-line (2:80), copyright (2:116)
and city (2:90). Text is UTF-8 when record 1:90 says so (ESC % G); without that marker it is
UTF-8 when it decodes strictly, else the 8-bit code page that reads most like text: Windows
1252 (Latin-1) or Mac Roman, both seen in the wild.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from exhibit.ingest.containers import irb_resources, photoshop_irb

IPTC_RESOURCE = 0x0404
DIGEST_RESOURCE = 0x0425
UTF8_MARKER = b"\x1b%G"

DATASETS = {
    (2, 5): "object_name",
    (2, 80): "by_line",
    (2, 90): "city",
    (2, 105): "headline",
    (2, 116): "copyright",
    (2, 120): "caption",
}

# Letters that make a decoding look right for German and other Latin-script captions.
_LIKELY = set("äöüÄÖÜßéèêàâçñóòôúùíìÉÀ€°©«»–—„“”‘’…")


class IptcError(ValueError):
    """The IPTC block is damaged beyond reading."""


@dataclass(frozen=True, slots=True)
class IptcData:
    """IPTC fields as text; ``digest_matches`` is None when no MWG digest is stored."""

    fields: dict[str, tuple[str, ...]]
    charset: str  # "utf-8" (declared), "utf-8?" (guessed), "cp1252", "mac_roman", "latin-1"
    digest_matches: bool | None = None

    def first(self, name: str) -> str:
        values = self.fields.get(name, ())
        return values[0] if values else ""


def iptc_from_jpeg(data: bytes) -> IptcData | None:
    """The IPTC of a JPEG, or None when it has none."""
    resources = irb_resources(photoshop_irb(data))
    block = resources.get(IPTC_RESOURCE)
    if not block:
        return None
    stored = resources.get(DIGEST_RESOURCE)
    matches = None if stored is None else hashlib.md5(block).digest() == stored[:16]
    result = parse_iptc(block)
    return IptcData(result.fields, result.charset, matches)


def parse_iptc(block: bytes) -> IptcData:
    """Decode the datasets Exhibit reads from an IPTC-IIM block."""
    raw: dict[str, list[bytes]] = {}
    charset_declared = False
    for record, dataset, value in _datasets(block):
        if (record, dataset) == (1, 90):
            charset_declared = value == UTF8_MARKER
        elif (record, dataset) in DATASETS:
            raw.setdefault(DATASETS[(record, dataset)], []).append(value)
    every = b"\n".join(v for values in raw.values() for v in values)
    charset = "utf-8" if charset_declared else guess_charset(every)
    fields = {name: tuple(_decode(v, charset) for v in values) for name, values in raw.items()}
    return IptcData({k: tuple(x for x in v if x) for k, v in fields.items()}, charset)


def _datasets(block: bytes):
    pos = 0
    while pos + 5 <= len(block):
        if block[pos] != 0x1C:
            if any(block[pos:]):  # trailing padding is fine, anything else is damage
                raise IptcError(f"IPTC damaged at byte {pos}")
            return
        record, dataset = block[pos + 1], block[pos + 2]
        (size,) = struct.unpack(">H", block[pos + 3 : pos + 5])
        pos += 5
        if size & 0x8000:  # extended dataset: the next (size & 0x7fff) bytes hold the length
            count = size & 0x7FFF
            size = int.from_bytes(block[pos : pos + count], "big")
            pos += count
        yield record, dataset, block[pos : pos + size]
        pos += size


def guess_charset(text: bytes) -> str:
    """The encoding of undeclared IPTC text: strict UTF-8, else the likelier 8-bit page."""
    try:
        text.decode("utf-8")
        return "utf-8?"
    except UnicodeDecodeError:
        pass
    scores = {}
    for name in ("cp1252", "mac_roman"):
        try:
            decoded = text.decode(name)
        except UnicodeDecodeError:
            continue
        scores[name] = sum(ch in _LIKELY for ch in decoded) - sum(
            not ch.isprintable() and ch not in "\r\n\t" for ch in decoded
        )
    if not scores:
        return "latin-1"
    return max(scores, key=lambda n: (scores[n], n == "cp1252"))


def _decode(value: bytes, charset: str) -> str:
    codec = charset.rstrip("?")
    text = value.decode(codec, errors="replace")
    return text.replace("\x00", "").strip()
