"""The sections list: "All works", the sections in order, and the works in no section.

Each row shows the section's title in the project's first language (falling back to the others)
and how many works it holds. Works dragged from the grid onto a section ask, through
``worksDropped``, to move there; the window makes that an undo command.
"""

from __future__ import annotations

import json
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal, Slot

from exhibit.core.model import Section
from exhibit.core.store import Catalogue, Change
from exhibit.ui.models.filter_proxy import ALL_SECTIONS, NO_SECTION
from exhibit.ui.models.works_model import MIME_WORKS, WorksModel


class SectionRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1  # ALL_SECTIONS, NO_SECTION or a section id
    SECTION = ID + 1  # the Section value, None for the two fixed rows
    NAME = SECTION + 1  # the title alone, without the count
    COUNT = NAME + 1  # how many works the row holds


class SectionsModel(QAbstractListModel):
    worksDropped = Signal(object, object)  # work ids, section id (None: no section)

    def __init__(self, catalogue: Catalogue, works: WorksModel, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.works = works
        self._sections: list[Section] = []
        self._counts: dict[int | None, int] = {}
        works.countsChanged.connect(self._recount)
        works.modelReset.connect(self._recount)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._sections = self.catalogue.sections()
        self._languages = self.catalogue.languages  # read here, not on every paint
        self._counts = self.works.section_counts()
        self.endResetModel()

    def sections(self) -> list[Section]:
        return list(self._sections)

    @Slot(object)
    def apply_changes(self, changes: list[Change]) -> None:
        if any(
            c.kind == "sections" or (c.kind == "exhibition" and c.touches("languages"))
            for c in changes
        ):
            self.reload()

    @Slot()
    def _recount(self) -> None:
        counts = self.works.section_counts()
        if counts != self._counts:
            self._counts = counts
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections) + 2

    def section_id_at(self, row: int) -> int:
        if row == 0:
            return ALL_SECTIONS
        if row == len(self._sections) + 1:
            return NO_SECTION
        return self._sections[row - 1].id

    def row_of(self, section_id: int) -> int:
        if section_id == ALL_SECTIONS:
            return 0
        for i, s in enumerate(self._sections, 1):
            if s.id == section_id:
                return i
        return len(self._sections) + 1

    def title(self, section: Section) -> str:
        langs = self._languages
        return section.value("title", langs[0], langs[1:]) or self.tr("Untitled section")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        sid = self.section_id_at(row)
        section = self._sections[row - 1] if sid > 0 else None
        if role == SectionRole.ID:
            return sid
        if role == SectionRole.SECTION:
            return section
        if role == SectionRole.NAME:
            return self._name_count(sid, section)[0]
        if role == SectionRole.COUNT:
            return self._name_count(sid, section)[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name, count = self._name_count(sid, section)
            return self.tr("{name} ({count})").format(name=name, count=count)
        return None

    def _name_count(self, sid: int, section: Section | None) -> tuple[str, int]:
        if sid == ALL_SECTIONS:
            return self.tr("All works"), sum(self._counts.values())
        if sid == NO_SECTION:
            return self.tr("Without section"), self._counts.get(None, 0)
        return self.title(section), self._counts.get(sid, 0)  # type: ignore[arg-type]

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.section_id_at(index.row()) != ALL_SECTIONS:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_WORKS]

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME_WORKS) and parent.isValid()

    def dropMimeData(self, data, action, row, column, parent):
        if not (data.hasFormat(MIME_WORKS) and parent.isValid()):
            return False
        sid = self.section_id_at(parent.row())
        if sid == ALL_SECTIONS:
            return False
        ids = json.loads(bytes(data.data(MIME_WORKS)).decode())
        self.worksDropped.emit(ids, None if sid == NO_SECTION else sid)
        return True
