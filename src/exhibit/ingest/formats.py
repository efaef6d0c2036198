"""Photo file formats: content sniffing from magic bytes, and file-name extensions.

A file is recognised by what it holds, not by its name: ``holiday.png`` that holds a JPEG is
a JPEG. The extension only decides whether a file met in a folder walk is worth a look.
"""

from __future__ import annotations

from pathlib import PurePath

from exhibit.imaging import PHOTO_FORMATS

__all__ = ["NOT_IMAGE_FORMATS", "OTHER_IMAGE_FORMATS", "PHOTO_FORMATS", "sniff"]

# How many leading bytes sniff() needs.
SNIFF_BYTES = 64

# PHOTO_FORMATS, the formats Exhibit imports, is declared in exhibit.imaging with the pixel
# handling the import and the catalogue share.

# Image formats that are recognised but maybe not readable by this installation.
OTHER_IMAGE_FORMATS = frozenset({"HEIC", "PSD", "JXL", "JP2", "RAW", "ICO", "SVG"})

# Files that are clearly not images; rejected before any decoder sees them.
NOT_IMAGE_FORMATS = frozenset({"PDF", "HTML", "XML", "ZIP", "OLE", "RTF", "TEXT"})

PHOTO_EXTENSIONS = frozenset(
    {
        ".jpg", ".jpeg", ".jpe", ".jfif", ".mpo", ".png", ".tif", ".tiff", ".webp", ".gif",
        ".bmp", ".avif", ".heic", ".heif", ".hif", ".psd", ".jxl", ".jp2",
        ".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2", ".raf", ".pef", ".srw",
    }
)  # fmt: skip

# Extensions that are clearly not photos: skipped quietly in a folder walk.
NOT_PHOTO_EXTENSIONS = frozenset(
    {
        ".txt", ".md", ".rtf", ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods",
        ".csv", ".tsv", ".json", ".xml", ".xmp", ".html", ".htm", ".ini", ".log", ".db",
        ".sqlite", ".lrcat", ".zip", ".7z", ".rar", ".gz", ".tar", ".mp3", ".wav", ".aac",
        ".mp4", ".mov", ".avi", ".mkv", ".m4v", ".thm", ".aae", ".pp3", ".dop", ".on1",
        ".exe", ".dll", ".py", ".sh", ".bat", ".lnk", ".url", ".ds_store",
    }
)  # fmt: skip

_FTYP_BRANDS = {
    b"avif": "AVIF",
    b"avis": "AVIF",
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"heim": "HEIC",
    b"heis": "HEIC",
    b"hevc": "HEIC",
    b"hevx": "HEIC",
    b"mif1": "HEIC",
    b"msf1": "HEIC",
    b"crx ": "RAW",
}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"8BPS", "PSD"),
    (b"\xff\x0a", "JXL"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JXL"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JP2"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE"),
    (b"{\\rtf", "RTF"),
    (b"\x00\x00\x01\x00", "ICO"),
)


def sniff(head: bytes) -> str | None:
    """The format the leading bytes of a file show, or None when nothing is recognised."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return "BMP" if name == "BMP" and len(head) < 14 else name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12])
    return _sniff_text(head)


def _sniff_text(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "HTML"
    if text.startswith(b"<?xml") or text.startswith(b"<svg"):
        return "SVG" if b"<svg" in text else "XML"
    return None


def extension(path: str | PurePath) -> str:
    """The lower-case extension with its dot ('' when there is none)."""
    return PurePath(path).suffix.lower()


def is_photo_extension(path: str | PurePath) -> bool:
    return extension(path) in PHOTO_EXTENSIONS


def is_clearly_not_photo(path: str | PurePath) -> bool:
    """True for names like notes.txt or IMG_1.xmp (sidecars), skipped quietly in walks."""
    return extension(path) in NOT_PHOTO_EXTENSIONS


def describe(fmt: str | None) -> str:
    """A format name for messages: 'HEIC', 'PDF document', 'unknown content'."""
    names = {"PDF": "PDF document", "HTML": "HTML page", "OLE": "Office document",
             "ZIP": "ZIP archive (or Office document)", "RTF": "RTF document",
             "XML": "XML document", "SVG": "SVG drawing", "RAW": "camera raw file"}  # fmt: skip
    if fmt is None:
        return "unknown content"
    return names.get(fmt, fmt)
