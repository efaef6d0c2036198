"""Spreadsheets and CSV coming back from a translator.

Columns are found by the English names in the header row ("id", "source …", "target …",
"status …"), wherever the translator moved them. The XLSX's hidden sheet gives the export's
record and each unit's base; a CSV (saved from the spreadsheet) has none, and the import then
only fills empty fields and reports the rest as conflicts. A CSV may be UTF-8 with or without
BOM, GB18030 (Chinese Excel) or Windows-1252, with commas or semicolons: both are detected and
reported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from exhibit.core.errors import ExhibitError
from exhibit.core.translation import (
    ExportMeta,
    Fingerprints,
    Returned,
    ReturnedFile,
    meta_from_items,
    status_from_sheet,
)

SHEET, HIDDEN = "Translation", "exhibit"
ENCODINGS = ("utf-8", "gb18030", "cp1252")


class TranslationFileError(ExhibitError):
    """The file cannot be read as a translation; the message names it and the problem."""

    code = "translation_file_unreadable"


def read_xlsx(path: Path) -> ReturnedFile:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException ...
        raise TranslationFileError(f"{path.name}: not a readable spreadsheet ({exc})") from exc
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        rows = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
        meta, bases = _hidden(wb[HIDDEN]) if HIDDEN in wb.sheetnames else (None, {})
    finally:
        wb.close()
    units = _units(rows, path.name, bases)
    return ReturnedFile(meta, tuple(units))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _hidden(ws) -> tuple[ExportMeta | None, dict[str, Fingerprints]]:
    items: dict[str, str] = {}
    bases: dict[str, Fingerprints] = {}
    in_units = False
    for row in ws.iter_rows(values_only=True):
        key, value = (_cell(row[0]) if row else ""), (_cell(row[1]) if len(row) > 1 else "")
        if key == "unit" and value == "base":
            in_units = True
        elif in_units and key:
            base = Fingerprints.decode(value)
            if base is not None:
                bases[key] = base
        elif key:
            items[key] = value
    return meta_from_items(items), bases


def _units(rows: Sequence[Sequence[str]], name: str, bases: dict) -> list[Returned]:
    if not rows:
        raise TranslationFileError(f"{name}: the sheet is empty")
    cols = _columns(rows[0], name)
    units = []
    for number, row in enumerate(rows[1:], start=2):
        cells = list(row) + [""] * (len(rows[0]) - len(row))
        uid = cells[cols["id"]].strip()
        if not uid:
            continue
        state = cells[cols["status"]].strip() if "status" in cols else ""
        try:
            status = status_from_sheet(state) if state else None
        except ValueError as exc:
            raise TranslationFileError(f"{name}, row {number}: {exc}") from None
        units.append(
            Returned(
                id=uid,
                source=cells[cols["source"]] if "source" in cols else "",
                target=cells[cols["target"]],
                status=status,
                state=state.lower(),
                base=bases.get(uid),
            )
        )
    return units


def _columns(header: Iterable[str], name: str) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, label in enumerate(header):
        words = label.strip().lower().split()
        if words and words[0] in ("id", "source", "target", "status") and words[0] not in cols:
            cols[words[0]] = i
    for needed in ("id", "target"):
        if needed not in cols:
            raise TranslationFileError(
                f"{name}: no column named {needed!r} in the first row "
                "(the file must keep the header row Exhibit wrote)"
            )
    return cols


# ------------------------------------------------------------------------------ CSV


def read_csv(path: Path, known_sources: Iterable[str] = ()) -> ReturnedFile:
    data = path.read_bytes()
    text, encoding = decode_csv(data, set(known_sources))
    delimiter = _delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    units = _units(rows, path.name, {})
    said = "semicolons" if delimiter == ";" else "commas"
    note = f"{path.name}: read as {encoding} with {said}; a CSV keeps no record of the export"
    return ReturnedFile(None, tuple(units), (note,))


def decode_csv(data: bytes, known_sources: set[str] = frozenset()) -> tuple[str, str]:
    """The text and the encoding it was read with (UTF-8 first; else the likelier of the rest).

    GB18030 decodes almost any bytes, so between it and Windows-1252 the one whose source
    column matches texts this catalogue holds wins, then the one with fewer unusual characters.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 with BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in ENCODINGS[1:]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        matches = sum(1 for s in known_sources if s and s in text)
        scored.append((matches, -_oddness(text), encoding, text))
    if not scored:
        raise TranslationFileError("the CSV is neither UTF-8, GB18030 nor Windows-1252")
    _, _, encoding, text = max(scored)
    return text, {"gb18030": "GB18030", "cp1252": "Windows-1252"}[encoding]


def _oddness(text: str) -> int:
    """Characters rarely seen in captions: a sign of the wrong encoding."""
    common_cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() or ch in "äöüÄÖÜßéèàç–„“”’€")
    return len(text) - common_cjk - latin


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","
