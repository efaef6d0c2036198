"""A PO file coming back: msgctxt names the unit, fuzzy means "needs review"."""

from __future__ import annotations

from pathlib import Path

import polib

from exhibit.core.model import TranslationStatus
from exhibit.core.translation import Fingerprints, Returned, ReturnedFile, meta_from_items
from exhibit.ingest.translation.sheet import TranslationFileError

BASE_PREFIX = "exhibit-base: "


def read_po(path: Path) -> ReturnedFile:
    try:
        po = polib.pofile(str(path), wrapwidth=0)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise TranslationFileError(f"{path.name}: not a readable PO file ({exc})") from exc
    items = {
        k[len("X-Exhibit-") :].replace("-", "_").lower(): v
        for k, v in po.metadata.items()
        if k.startswith("X-Exhibit-")
    }
    items.setdefault("target_language", po.metadata.get("Language", ""))
    units = []
    for entry in po:
        if entry.obsolete or not entry.msgctxt:
            continue
        base = None
        for line in (entry.comment or "").splitlines():
            if line.startswith(BASE_PREFIX):
                base = Fingerprints.decode(line[len(BASE_PREFIX) :])
        fuzzy = "fuzzy" in entry.flags
        state = "fuzzy" if fuzzy else ("translated" if entry.msgstr.strip() else "untranslated")
        status = TranslationStatus.NEEDS_REVIEW if fuzzy else TranslationStatus.DRAFT
        units.append(Returned(entry.msgctxt, entry.msgid, entry.msgstr, status, state, base))
    return ReturnedFile(meta_from_items(items), tuple(units))
