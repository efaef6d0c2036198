"""Which reader a returned file needs, by its content (a translator may rename it)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from exhibit.core.translation import ReturnedFile
from exhibit.ingest.translation.sheet import TranslationFileError, read_csv, read_xlsx

MAX_BYTES = 64 * 2**20


def read_translation(path: Path, known_sources: Iterable[str] = ()) -> ReturnedFile:
    """Read an XLSX, CSV, XLIFF 1.2/2.0 or PO file; a clear error names anything else."""
    path = Path(path)
    try:
        if not path.is_file():
            raise TranslationFileError(f"{path}: no such file")
        if path.stat().st_size > MAX_BYTES:
            raise TranslationFileError(f"{path.name}: larger than 64 MB, not a translation file")
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise TranslationFileError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    text_head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text_head.startswith(b"<") or suffix in (".xlf", ".xliff", ".xml"):
        from exhibit.ingest.translation.xliff import read_xliff

        return read_xliff(path)
    if suffix in (".po", ".pot") or b"msgid" in head or b"msgctxt" in head:
        from exhibit.ingest.translation.po import read_po

        return read_po(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path, known_sources)
    raise TranslationFileError(
        f"{path.name}: not a translation file Exhibit reads (XLSX, CSV, XLIFF, PO)"
    )
