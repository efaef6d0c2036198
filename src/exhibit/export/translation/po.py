"""The translation as a gettext PO file (polib), for Poedit, Weblate and OmegaT.

``msgctxt`` is the unit's stable id, ``msgid`` the source, ``msgstr`` the target. A unit that
needs review (or whose source moved on) is ``fuzzy``. The translator's note and Exhibit's
record of the unit's base are extracted comments (``#.``); the header records the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polib

from exhibit.core.model import TranslationStatus
from exhibit.core.translation import ExportMeta, meta_items
from exhibit.export.translation.common import Outgoing

BASE_PREFIX = "exhibit-base: "
FUZZY = (TranslationStatus.NEEDS_REVIEW, TranslationStatus.OUTDATED)


def state_po(status: TranslationStatus) -> str:
    if status is TranslationStatus.MISSING:
        return "untranslated"
    return "fuzzy" if status in FUZZY else "translated"


def write_po(path: Path, meta: ExportMeta, units: Sequence[Outgoing], title: str) -> None:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": title or "exhibition",
        "Language": meta.target_lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "Exhibit",
        **{f"X-Exhibit-{k.replace('_', '-').title()}": v for k, v in meta_items(meta)},
    }
    for out in units:
        u = out.unit
        entry = polib.POEntry(
            msgctxt=u.id,
            msgid=u.source,
            msgstr=u.target,
            comment=f"{u.note}\n{BASE_PREFIX}{out.base.encode()}",
        )
        if out.state == "fuzzy":
            entry.flags.append("fuzzy")
        po.append(entry)
    po.save(str(path))
