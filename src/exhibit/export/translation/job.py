"""Send texts for translation: one file (XLSX, XLIFF 1.2/2.0, PO) and, on request, a ZIP of
the photos' thumbnails with a contact sheet beside it.
"""

from __future__ import annotations

import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exhibit.core.languages import match
from exhibit.core.model import Exhibition, Section, Text, Work
from exhibit.core.project import temp_beside
from exhibit.core.translation import ExportMeta, Format, Only, Unit, collect_units, stable_key
from exhibit.export.translation.common import Outgoing


@dataclass(frozen=True, slots=True)
class TranslationSnapshot:
    exhibition: Exhibition
    sections: tuple[Section, ...]
    works: tuple[Work, ...]
    thumbnails: dict[int, Path]  # work id -> its thumbnail in the project's cache


def translation_snapshot(cat) -> TranslationSnapshot:
    """What a translation export reads from an open catalogue, as values."""
    works = tuple(cat.works())
    return TranslationSnapshot(
        cat.exhibition(),
        tuple(cat.sections()),
        works,
        {w.id: cat.thumbnail_path(w) for w in works},
    )


@dataclass(frozen=True, slots=True)
class TranslationResult:
    path: Path
    units: int
    export_id: str
    photos: Path | None = None

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "units": self.units,
            "export_id": self.export_id,
            "photos": str(self.photos) if self.photos else None,
        }


def export_translation(
    snapshot: TranslationSnapshot,
    out: Path,
    fmt: Format,
    target: str,
    *,
    only: Only = Only.ALL,
    code: str | None = None,
    photos: bool = False,
) -> TranslationResult:
    """Write the file (and the photos ZIP); raises ValueError for a wrong language or code."""
    ex, fmt, only = snapshot.exhibition, Format(fmt), Only(only)
    if not out.parent.is_dir():
        raise FileNotFoundError(f"{out.parent}: the folder does not exist")
    if code is not None and match(code, (target,)) != target:
        raise ValueError(f"--lang-code {code} does not name {target}")
    names = {wid: _photo_name(w) for w in snapshot.works for wid in (w.id,)}
    units = collect_units(ex, snapshot.sections, snapshot.works, target, only, names)
    meta = ExportMeta(
        export_id=uuid.uuid4().hex,
        source_lang=ex.languages[0],
        target_lang=code or target,
        exhibition=stable_key(ex),
        created=datetime.now().astimezone().isoformat(timespec="seconds"),
    )
    stored = _stored(snapshot, target)
    outgoing = [Outgoing(u, stored.get(u.id, Text()), _state(fmt, u)) for u in units]
    title = ex.value("title", ex.languages[0])
    _write(fmt, out, meta, outgoing, title)
    zip_path = _photos_zip(snapshot, out, names) if photos else None
    return TranslationResult(out, len(units), meta.export_id, zip_path)


def _write(fmt: Format, out: Path, meta, outgoing, title: str) -> None:
    temp = temp_beside(out)  # a killed export's leftover is removed first
    try:
        if fmt is Format.XLSX:
            from exhibit.export.translation.xlsx import write_xlsx

            write_xlsx(temp, meta, outgoing)
        elif fmt is Format.PO:
            from exhibit.export.translation.po import write_po

            write_po(temp, meta, outgoing, title)
        else:
            from exhibit.export.translation.xliff import write_xliff2, write_xliff12

            (write_xliff12 if fmt is Format.XLIFF else write_xliff2)(temp, meta, outgoing, title)
        temp.replace(out)
    finally:
        temp.unlink(missing_ok=True)


def _state(fmt: Format, unit: Unit) -> str:
    if fmt is Format.XLSX:
        from exhibit.core.translation import SHEET_STATUS

        return SHEET_STATUS[unit.status]
    if fmt is Format.PO:
        from exhibit.export.translation.po import state_po

        return state_po(unit.status)
    from exhibit.export.translation.xliff import state12, state20

    return (state12 if fmt is Format.XLIFF else state20)(unit.status)


def _stored(snapshot: TranslationSnapshot, target: str) -> dict[str, Text]:
    from exhibit.core.translation import stored_texts

    return stored_texts(snapshot.exhibition, snapshot.sections, snapshot.works, target)


def _photo_name(work: Work) -> str:
    return f"{work.number:03d}.jpg"


def _photos_zip(snapshot: TranslationSnapshot, out: Path, names: dict[int, str]) -> Path:
    """Thumbnails named by catalogue number, and a contact sheet of them all."""
    from exhibit.export.translation.contact_sheet import contact_sheet

    target = out.with_name(out.stem + "-photos.zip")
    temp = temp_beside(target)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_STORED) as z:
            present = []
            for w in snapshot.works:
                thumb = snapshot.thumbnails.get(w.id)
                if thumb is not None and thumb.is_file():
                    z.write(thumb, names[w.id])
                    present.append((w.number, thumb))
            z.writestr("contact-sheet.jpg", contact_sheet(present))
        temp.replace(target)
    finally:
        temp.unlink(missing_ok=True)
    return target
