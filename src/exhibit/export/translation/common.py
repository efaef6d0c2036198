"""What every translation file carries: the export's record and each unit's base."""

from __future__ import annotations

from dataclasses import dataclass

from exhibit.core.model import Text
from exhibit.core.translation import CHINESE_LABELS, ExportMeta, Fingerprints, Unit


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One unit as written: the unit, the stored text (for its base) and the file's state."""

    unit: Unit
    stored: Text
    state: str

    @property
    def base(self) -> Fingerprints:
        return Fingerprints.of(self.unit, self.stored, self.state)


def header_label(column: str, meta: ExportMeta) -> str:
    """'source (de) 原文': the English name tools and people match, the language, Chinese."""
    lang = {"source": meta.source_lang, "target": meta.target_lang}.get(column)
    name = f"{column} ({lang})" if lang else column
    return f"{name} {CHINESE_LABELS[column]}"
