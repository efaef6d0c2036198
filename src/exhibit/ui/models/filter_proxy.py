"""Search and filters over the works model, keeping the exhibition order.

    proxy = WorksFilterProxy()
    proxy.setSourceModel(works_model)
    proxy.set_filter(WorkFilter(text="rur", translation=TranslationFilter.MISSING))

Free text matches titles, captions, locations and credits in every project language (plus the
catalogue number, photographer, tags and file name), case-insensitively, every word somewhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.ui.models.works_model import MIME_WORKS, WorksModel

ALL_SECTIONS = -1
NO_SECTION = 0  # works in no section (section ids start at 1)


class TranslationFilter(StrEnum):
    ANY = "any"
    MISSING = "missing"  # some language lacks a text
    OUTDATED = "outdated"  # some approved translation no longer matches its source
    INCOMPLETE = "incomplete"  # missing or outdated


@dataclass(frozen=True, slots=True)
class WorkFilter:
    text: str = ""
    translation: TranslationFilter = TranslationFilter.ANY
    status: TranslationStatus | None = None  # the work's worst status over all languages
    section: int = ALL_SECTIONS
    loan: LoanStatus | None = None


class WorksFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = WorkFilter()
        self._words: tuple[str, ...] = ()

    def set_filter(self, value: WorkFilter) -> None:
        if value == self._filter:
            return
        self.beginFilterChange()
        self._filter = value
        self._words = tuple(value.text.casefold().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source(self) -> WorksModel:
        return self.sourceModel()  # type: ignore[return-value]

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        f, model = self._filter, self.source()
        work, derived = model.work_at(row), model.derived_at(row)
        if f.section != ALL_SECTIONS and (work.section_id or NO_SECTION) != f.section:
            return False
        if f.loan is not None and work.loan_status != f.loan:
            return False
        if f.status is not None and derived.status != f.status:
            return False
        if f.translation == TranslationFilter.MISSING and not any(
            s is TranslationStatus.MISSING for _, s in derived.lang_status
        ):
            return False
        if f.translation == TranslationFilter.OUTDATED and not derived.has_outdated:
            return False
        if f.translation == TranslationFilter.INCOMPLETE and not derived.lacks_translation:
            return False
        number = str(work.number)  # not in the search text: it changes with the order
        return all(w == number or w in derived.search for w in self._words)

    def work_ids(self) -> list[int]:
        """Ids of the works shown, in order."""
        model = self.source()
        return [
            model.work_at(self.mapToSource(self.index(r, 0)).row()).id
            for r in range(self.rowCount())
        ]

    def dropMimeData(self, data, action, row, column, parent):
        count = self.rowCount()
        if data.hasFormat(MIME_WORKS) and not parent.isValid() and count and row >= count:
            # after the last work shown (say, the last of a section), not the catalogue's end
            ids = json.loads(bytes(data.data(MIME_WORKS)).decode())
            last = self.mapToSource(self.index(count - 1, 0)).row()
            return self.source().request_move_after(ids, last)
        return super().dropMimeData(data, action, row, column, parent)
