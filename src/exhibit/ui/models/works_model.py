"""The works of the catalogue as a list model in exhibition order, for the grid and the filter.

The model holds the Work values and what the views need from them (status per language,
search text, badges), computed once per change, so painting never runs SQL. It follows the
store's change records, which name the works touched: those works are read again by id and
their rows told, new works are read and inserted, removed ones taken out, and a new order is
applied from ``Catalogue.order()`` without reading every work. Only a change of the project
languages reads everything again.

Dragging works carries their ids (``MIME_WORKS``); a drop does not write the store itself but
asks for the move with ``moveRequested`` (the window turns that into an undo command). Files
dropped from a file manager come out as ``filesDropped``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from exhibit.core.fields import WORK_TEXT_FIELDS
from exhibit.core.model import TranslationStatus, Work, freeze_texts
from exhibit.core.store import Catalogue, Change
from exhibit.ingest.relink import MISSING  # the code the rescan notes on a work
from exhibit.ui.i18n import shown_first
from exhibit.ui.models.thumbnails import ThumbnailCache

MIME_WORKS = "application/x-exhibit-work-ids"
ALWAYS_EXPECTED = ("title", "caption")  # fields every work should have in every language

T = TranslationStatus
_SEVERITY = {T.MISSING: 4, T.OUTDATED: 3, T.NEEDS_REVIEW: 2, T.DRAFT: 1, T.APPROVED: 0}


class Role(IntEnum):
    WORK = Qt.ItemDataRole.UserRole + 1
    ID = WORK + 1
    NUMBER = WORK + 2
    THUMBNAIL = WORK + 3
    TITLE = WORK + 4
    LANG_STATUS = WORK + 5  # tuple[(lang, TranslationStatus)], worst status per language
    STATUS = WORK + 6  # worst status over all languages
    MISSING_ORIGINAL = WORK + 7
    PROBLEMS = WORK + 8  # tuple[Problem] other than the missing original
    SECTION_ID = WORK + 9
    LOAN = WORK + 10  # LoanStatus


@dataclass(frozen=True, slots=True)
class Derived:
    """What the views and filters need from one work, computed once per change."""

    lang_status: tuple[tuple[str, TranslationStatus], ...]
    status: TranslationStatus
    search: str
    missing_original: bool
    problems: tuple

    @property
    def lacks_translation(self) -> bool:
        return any(s in (T.MISSING, T.OUTDATED) for _, s in self.lang_status)

    @property
    def has_outdated(self) -> bool:
        return any(s is T.OUTDATED for _, s in self.lang_status)


def derive(work: Work, languages: tuple[str, ...]) -> Derived:
    per_lang = []
    expected = [  # fields every work should have, and those this work has begun in a language
        name
        for name in WORK_TEXT_FIELDS
        if name in ALWAYS_EXPECTED or any(not e.empty for e in work.texts.get(name, {}).values())
    ]
    for lang in languages:
        worst = T.APPROVED
        for name in expected:
            status = work.status(name, lang, languages)
            if _SEVERITY[status] > _SEVERITY[worst]:
                worst = status
        per_lang.append((lang, worst))
    overall = max((s for _, s in per_lang), key=_SEVERITY.__getitem__, default=T.APPROVED)
    words = [e.text for by_lang in work.texts.values() for e in by_lang.values()]
    words += [work.photographer, *work.tags, work.original.path.rsplit("/", 1)[-1]]  # "/" stored
    missing = any(p.code == MISSING for p in work.problems)
    others = tuple(p for p in work.problems if p.code != MISSING)
    return Derived(tuple(per_lang), overall, "\n".join(words).casefold(), missing, others)


def _placed(work: Work, number: int, section_id: int | None) -> Work:
    if work.number == number and work.section_id == section_id:
        return work
    return replace(work, number=number, position=number, section_id=section_id)


class WorksModel(QAbstractListModel):
    moveRequested = Signal(object, object, object)  # work ids, section id, before work id
    filesDropped = Signal(object)  # list[Path]
    countsChanged = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        thumbnails: ThumbnailCache | None = None,
        parent: QObject | None = None,
        thumb_size: int = 160,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.thumbnails = thumbnails
        self.thumb_size = thumb_size
        self._works: list[Work] = []
        self._derived: dict[int, Derived] = {}
        self._row: dict[int, int] = {}
        self._ids_by_sha: dict[str, list[int]] = {}
        self.languages: tuple[str, ...] = ()
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)
        self.reload()

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        self.beginResetModel()
        self.languages = self.catalogue.languages
        self._works = self.catalogue.works()
        self._derived = {w.id: derive(w, self.languages) for w in self._works}
        self._reindex()
        self.endResetModel()
        self.countsChanged.emit()

    def _reindex(self) -> None:
        self._row = {w.id: i for i, w in enumerate(self._works)}
        self._ids_by_sha = {}
        for w in self._works:
            self._ids_by_sha.setdefault(w.original.sha256, []).append(w.id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._works)

    def work_at(self, row: int) -> Work:
        return self._works[row]

    def derived_at(self, row: int) -> Derived:
        return self._derived[self._works[row].id]

    def row_of(self, work_id: int) -> int | None:
        return self._row.get(work_id)

    def index_of(self, work_id: int) -> QModelIndex:
        row = self._row.get(work_id)
        return self.index(row) if row is not None else QModelIndex()

    def works(self) -> list[Work]:
        return list(self._works)

    def work(self, work_id: int) -> Work | None:
        row = self._row.get(work_id)
        return self._works[row] if row is not None else None

    def title(self, work: Work) -> str:
        if not self.languages:
            return ""
        langs = shown_first(self.languages)  # the title in the UI's language where there is one
        return work.value("title", langs[0], langs[1:])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._works):
            return None
        work = self._works[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{work.number}  {self.title(work)}".strip()
        if role in (Role.TITLE, Qt.ItemDataRole.ToolTipRole):
            return self.title(work) or Path(work.original.path).name
        if role == Role.WORK:
            return work
        if role == Role.ID:
            return work.id
        if role == Role.NUMBER:
            return work.number
        if role == Role.SECTION_ID:
            return work.section_id
        if role == Role.LOAN:
            return work.loan_status.value  # a str through Qt (an enum would not survive)
        if role == Role.THUMBNAIL:
            if self.thumbnails is None:
                return None
            return self.thumbnails.pixmap(work.original.sha256, self.thumb_size)
        derived = self._derived[work.id]
        return {
            Role.LANG_STATUS: derived.lang_status,
            Role.STATUS: derived.status,
            Role.MISSING_ORIGINAL: derived.missing_original,
            Role.PROBLEMS: derived.problems,
        }.get(role)

    def counts(self) -> tuple[int, int, int]:
        """Works, how many lack a translation, how many have warnings or a missing original."""
        d = self._derived.values()
        return (
            len(self._works),
            sum(1 for x in d if x.lacks_translation),
            sum(1 for x in d if x.problems or x.missing_original),
        )

    def section_counts(self) -> dict[int | None, int]:
        out: dict[int | None, int] = {}
        for w in self._works:
            out[w.section_id] = out.get(w.section_id, 0) + 1
        return out

    # ----------------------------------------------------------------- refreshing

    @Slot(object)
    def apply_changes(self, changes: list[Change]) -> None:
        """Bring the rows the changes name up to date (on the window's thread)."""
        languages = any(c.kind == "exhibition" and c.touches("languages") for c in changes)
        if languages and self.catalogue.languages != self.languages:
            self.reload()
            return
        removed = {i for c in changes if c.kind == "removed" for i in c.ids}
        touched = {i for c in changes if c.kind == "works" for i in c.ids} - removed
        new_ids = {i for i in touched if i not in self._row}
        gone = removed & self._row.keys()
        if gone:
            self._remove_works(gone)
        if new_ids:  # an import adds works batch by batch: read those, not the catalogue
            self._insert_works(new_ids)
            touched -= new_ids
        if touched:
            fields = {
                f for c in changes if c.kind == "works" and touched & set(c.ids) for f in c.fields
            }
            self._refresh_works(touched, texts_only=all("." in f for f in fields))
        if gone or new_ids or any(c.kind in ("order", "sections") for c in changes):
            self._apply_order()  # new works take their places; later numbers move
        self.countsChanged.emit()

    def _remove_works(self, ids: set[int]) -> None:
        rows = sorted((self._row[i] for i in ids), reverse=True)
        for row in rows:  # from the end, so the rows before stay where they are
            self.beginRemoveRows(QModelIndex(), row, row)
            work = self._works.pop(row)
            self._derived.pop(work.id, None)
            self.endRemoveRows()
        self._reindex()

    def _insert_works(self, ids: set[int]) -> None:
        works = self.catalogue.works(ids)
        if not works:
            return
        first = len(self._works)
        self.beginInsertRows(QModelIndex(), first, first + len(works) - 1)
        self._works.extend(works)
        self._derived.update({w.id: derive(w, self.languages) for w in works})
        self._reindex()
        self.endInsertRows()

    def _refresh_works(self, ids: set[int], *, texts_only: bool = False) -> None:
        if texts_only:  # a caption typed: read the texts of those works, nothing else
            texts = self.catalogue.work_texts(ids)
            fresh = [
                replace(self._works[self._row[i]], texts=texts.get(i) or freeze_texts({}))
                for i in ids
            ]
        else:
            fresh = self.catalogue.works(ids)
        for work in fresh:
            row = self._row[work.id]
            old = self._works[row]
            self._works[row] = work
            self._derived[work.id] = derive(work, self.languages)
            if old.original.sha256 != work.original.sha256:
                self._reindex()
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _apply_order(self) -> None:
        order = self.catalogue.order()
        if {wid for wid, _ in order} != self._row.keys():
            self.reload()
            return
        current = [(w.id, w.section_id) for w in self._works]
        if order == current and all(w.number == n for n, w in enumerate(self._works, 1)):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [w.id for w in self._works]
        by_id = {w.id: w for w in self._works}
        self._works = [_placed(by_id[wid], n, sid) for n, (wid, sid) in enumerate(order, 1)]
        self._row = {w.id: i for i, w in enumerate(self._works)}  # the hashes stay as they were
        persistent = self.persistentIndexList()
        moved_to = [self.index(self._row[old_ids[p.row()]]) for p in persistent]
        self.changePersistentIndexList(persistent, moved_to)
        self.layoutChanged.emit()

    @Slot(str)
    def _on_thumbnail(self, sha256: str) -> None:
        for wid in self._ids_by_sha.get(sha256, ()):
            index = self.index_of(wid)
            if index.isValid():
                self.dataChanged.emit(index, index, [Role.THUMBNAIL])

    # ----------------------------------------------------------------- drag and drop

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_WORKS, "text/uri-list"]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_WORKS, json.dumps([self._works[r].id for r in rows]).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME_WORKS) or data.hasUrls()

    def dropMimeData(self, data, action, row, column, parent):
        if data.hasFormat(MIME_WORKS):
            ids = json.loads(bytes(data.data(MIME_WORKS)).decode())
            return self.request_move(ids, parent.row() if parent.isValid() else row)
        if data.hasUrls():
            paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            if paths:
                self.filesDropped.emit(paths)
                return True
        return False

    def request_move(self, ids: list[int], row: int) -> bool:
        """Ask to place ``ids`` before the work now at ``row`` (at the end when row < 0)."""
        row = len(self._works) if row < 0 else row
        # dropping onto a moving work (or just after it) keeps the block where it is
        while row < len(self._works) and self._works[row].id in ids:
            row += 1
        if row < len(self._works):
            target = self._works[row]
            section_id, before = target.section_id, target.id
        elif self._works:
            section_id, before = self._works[-1].section_id, None
        else:
            return False
        self.moveRequested.emit(list(ids), section_id, before)
        return True

    def request_move_after(self, ids: list[int], row: int) -> bool:
        """Ask to place ``ids`` just after the work at ``row``, in that work's section."""
        while row >= 0 and self._works[row].id in ids:
            row -= 1
        if row < 0:
            return self.request_move(ids, 0)
        target = self._works[row]
        following = self._works[row + 1 :]
        nxt = next((w for w in following if w.id not in ids), None)
        before = nxt.id if nxt is not None and nxt.section_id == target.section_id else None
        self.moveRequested.emit(list(ids), target.section_id, before)
        return True
