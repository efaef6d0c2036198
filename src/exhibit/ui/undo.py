"""Undo commands: every edit the window makes goes through one of these, and each calls the store.

    stack = UndoStack()
    stack.error.connect(lambda exc: show_error(window, exc))
    stack.push_command(SetTextCommand(catalogue, Owner.WORK, 7, "caption", "de", "Am Markt"))

``push_command`` runs the command's first ``redo`` itself and pushes it only when that worked,
so a refused edit (a text too long, a full disk) never leaves a command on the stack that did
nothing. Undo and redo that fail later report through ``error`` instead of raising into Qt.
Texts typed into an editor merge into one command per field while the curator keeps typing.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from exhibit.core.fields import Owner
from exhibit.core.model import LoanStatus, Section, Text, TranslationStatus, Work
from exhibit.core.store import Catalogue
from exhibit.ui.models.labels import field_label, status_label

log = logging.getLogger(__name__)

_MERGE_TEXT = 1001


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommand", text)


class UndoStack(QUndoStack):
    """A QUndoStack that runs the first redo under a guard and reports failures as a signal."""

    error = Signal(object)  # the exception an edit raised

    def push_command(self, command: StoreCommand) -> bool:
        """Do ``command`` and put it on the stack; False (and ``error``) when it failed."""
        command.stack = self
        try:
            command.do()
        except Exception as exc:
            log.info("edit refused: %s", exc)
            self.error.emit(exc)
            return False
        command.done_once = True
        self.push(command)
        return True


class StoreCommand(QUndoCommand):
    """Base: ``do`` and ``undo_store`` call the store; Qt's redo/undo wrap them in a guard."""

    def __init__(self, catalogue: Catalogue, text: str) -> None:
        super().__init__(text)
        self.catalogue = catalogue
        self.stack: UndoStack | None = None
        self.done_once = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_store(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done_once:  # push_command already did it
            self.done_once = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_store)

    def _guarded(self, action) -> None:
        try:
            action()
        except Exception as exc:
            log.warning("%s failed: %s", self.text(), exc)
            self.setObsolete(True)  # the stack drops a command that can no longer be applied
            if self.stack is not None:
                self.stack.error.emit(exc)


# --------------------------------------------------------------------- texts


class SetTextCommand(StoreCommand):
    """One field in one language: the text and optionally its status."""

    def __init__(
        self,
        catalogue: Catalogue,
        owner: Owner,
        owner_id: int,
        name: str,
        lang: str,
        text: str,
        status: TranslationStatus | None = None,
        *,
        session: int | None = None,
    ) -> None:
        label = _tr("Edit {field} ({lang})").format(field=field_label(name, owner), lang=lang)
        super().__init__(catalogue, label)
        self.key = (owner, owner_id, name, lang)
        self.old: Text = catalogue.get_text(owner, owner_id, name, lang)
        self.new_text = text
        self.status = status
        self.session = session

    def id(self) -> int:
        return _MERGE_TEXT if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Keystrokes of one editing session in one field make one undo step."""
        if not isinstance(other, SetTextCommand) or other.key != self.key:
            return False
        if other.session is None or other.session != self.session:
            return False
        if other.status is not None or self.status is not None:
            return False
        self.new_text = other.new_text
        return True

    def do(self) -> None:
        self.catalogue.set_text(*self.key, self.new_text, self.status)

    def undo_store(self) -> None:
        self.catalogue.restore_text(*self.key, self.old)


class SetStatusCommand(StoreCommand):
    def __init__(
        self,
        catalogue: Catalogue,
        owner: Owner,
        owner_id: int,
        name: str,
        lang: str,
        status: TranslationStatus,
    ) -> None:
        super().__init__(
            catalogue,
            _tr("Mark {field} ({lang}) as {status}").format(
                field=field_label(name, owner), lang=lang, status=status_label(status)
            ),
        )
        self.key = (owner, owner_id, name, lang)
        self.old: Text = catalogue.get_text(owner, owner_id, name, lang)
        self.status = status

    def do(self) -> None:
        self.catalogue.set_status(*self.key, self.status)

    def undo_store(self) -> None:
        self.catalogue.restore_text(*self.key, self.old)


class SetTextsCommand(StoreCommand):
    """Several texts at once (the exhibition settings dialog): one undo step."""

    def __init__(
        self,
        catalogue: Catalogue,
        owner: Owner,
        owner_id: int,
        texts: dict[tuple[str, str], str],
        label: str,
    ) -> None:
        super().__init__(catalogue, label)
        self.owner, self.owner_id = owner, owner_id
        self.texts = texts
        self.old = {k: catalogue.get_text(owner, owner_id, *k) for k in texts}

    def do(self) -> None:
        with self.catalogue.transaction():
            for (name, lang), text in self.texts.items():
                if text != self.old[(name, lang)].text:
                    self.catalogue.set_text(self.owner, self.owner_id, name, lang, text)

    def undo_store(self) -> None:
        with self.catalogue.transaction():
            for (name, lang), entry in self.old.items():
                self.catalogue.restore_text(self.owner, self.owner_id, name, lang, entry)


# --------------------------------------------------------------------- exhibition


class SetExhibitionCommand(StoreCommand):
    """Dates and project languages of the exhibition, plus its texts, in one step."""

    def __init__(
        self,
        catalogue: Catalogue,
        texts: dict[tuple[str, str], str],
        dates: dict[str, str | None],
        languages: tuple[str, ...],
    ) -> None:
        super().__init__(catalogue, _tr("Change exhibition settings"))
        ex = catalogue.exhibition()
        self.texts = SetTextsCommand(catalogue, Owner.EXHIBITION, 1, texts, "")
        self.dates = dates
        self.old_dates = {
            "opening": ex.opening.isoformat() if ex.opening else None,
            "closing": ex.closing.isoformat() if ex.closing else None,
        }
        self.languages = languages
        self.old_languages = ex.languages

    def do(self) -> None:
        with self.catalogue.transaction():
            if self.languages != self.old_languages:
                self.catalogue.set_languages(self.languages)
            for name, value in self.dates.items():
                if value != self.old_dates.get(name):
                    self.catalogue.set_exhibition_date(name, value)
            self.texts.do()

    def undo_store(self) -> None:
        with self.catalogue.transaction():
            self.texts.undo_store()
            for name, value in self.old_dates.items():
                self.catalogue.set_exhibition_date(name, value)
            self.catalogue.set_languages(self.old_languages)


# --------------------------------------------------------------------- work fields


class SetFieldCommand(StoreCommand):
    """One single-valued field on one or more works (a batch edit is one step)."""

    def __init__(self, catalogue: Catalogue, work_ids: Iterable[int], name: str, value: object):
        ids = list(work_ids)
        label = UndoStack.tr("Set {field} of %n work(s)", "", len(ids))
        super().__init__(catalogue, label.format(field=field_label(name)))
        self.ids = ids
        self.name = name
        self.value = value
        works = catalogue.works(ids)
        self.old = {w.id: _field_value(w, name) for w in works}
        self.old_loans = {w.id: (w.loan_status, w.loan_history) for w in works}

    def do(self) -> None:
        self.catalogue.set_field(self.ids, self.name, self.value)

    def undo_store(self) -> None:
        if self.name == "loan_status":  # status and its dated history, exactly as they were
            with self.catalogue.transaction():
                for wid, (status, history) in self.old_loans.items():
                    self.catalogue.restore_loan(wid, status, history)
            return
        groups: dict[object, list[int]] = {}
        for wid, value in self.old.items():
            groups.setdefault(value, []).append(wid)
        with self.catalogue.transaction():
            for value, ids in groups.items():
                self.catalogue.set_field(ids, self.name, value)


def _field_value(work: Work, name: str) -> object:
    value = getattr(work, name)
    return value.value if isinstance(value, LoanStatus) else value


# --------------------------------------------------------------------- order and sections


class MoveWorksCommand(StoreCommand):
    """Works to a section, before a work (drag and drop, or a batch change of section)."""

    def __init__(
        self,
        catalogue: Catalogue,
        work_ids: Iterable[int],
        section_id: int | None,
        before: int | None = None,
        label: str | None = None,
    ) -> None:
        ids = list(work_ids)
        super().__init__(catalogue, label or UndoStack.tr("Move %n work(s)", "", len(ids)))
        self.ids, self.section_id, self.before = ids, section_id, before
        self.old_order = catalogue.order()

    def do(self) -> None:
        self.catalogue.move_works(self.ids, self.section_id, self.before)

    def undo_store(self) -> None:
        self.catalogue.set_order(self.old_order)


class _WorksComeAndGo(StoreCommand):
    """Removing works and putting them back as they were, in their places: shared by delete
    (do removes) and import (undo removes)."""

    def __init__(self, catalogue: Catalogue, work_ids: list[int], label: str) -> None:
        super().__init__(catalogue, label)
        self.ids = work_ids
        self.removed: list[Work] = []
        self.order_before: list[tuple[int, int | None]] = []

    def _remove(self) -> None:
        self.order_before = self.catalogue.order()
        self.removed = self.catalogue.delete_works(self.ids)

    def _put_back(self) -> None:
        with self.catalogue.transaction():
            self.catalogue.restore_works(self.removed)
            self.catalogue.set_order(self.order_before)


class DeleteWorksCommand(_WorksComeAndGo):
    """Remove works from the catalogue (the originals stay on disk)."""

    def __init__(self, catalogue: Catalogue, work_ids: Iterable[int]) -> None:
        ids = list(work_ids)
        super().__init__(catalogue, ids, UndoStack.tr("Remove %n work(s)", "", len(ids)))

    def do(self) -> None:
        self._remove()

    def undo_store(self) -> None:
        self._put_back()


class ImportCommand(_WorksComeAndGo):
    """An import that already happened: undo removes the works it made, redo puts them back."""

    def __init__(self, catalogue: Catalogue, work_ids: Iterable[int]) -> None:
        ids = list(work_ids)
        super().__init__(catalogue, ids, UndoStack.tr("Import %n photo(s)", "", len(ids)))

    def do(self) -> None:
        if self.removed:  # a redo after an undo; the first do found the import already done
            self._put_back()

    def undo_store(self) -> None:
        self._remove()


class AddSectionCommand(StoreCommand):
    def __init__(self, catalogue: Catalogue, titles: dict[str, str], index: int | None = None):
        super().__init__(catalogue, _tr("Add section"))
        self.titles, self.index = titles, index
        self.section: Section | None = None

    def do(self) -> None:
        if self.section is None:
            self.section = self.catalogue.add_section(self.titles, self.index)
        else:
            self.catalogue.restore_section(self.section)

    def undo_store(self) -> None:
        assert self.section is not None
        self.section = self.catalogue.section(self.section.id)
        self.catalogue.delete_section(self.section.id, None)


class MoveSectionCommand(StoreCommand):
    def __init__(self, catalogue: Catalogue, section_id: int, index: int) -> None:
        super().__init__(catalogue, _tr("Move section"))
        self.section_id, self.index = section_id, index
        self.old_index = [s.id for s in catalogue.sections()].index(section_id)

    def do(self) -> None:
        self.catalogue.move_section(self.section_id, self.index)

    def undo_store(self) -> None:
        self.catalogue.move_section(self.section_id, self.old_index)


class DeleteSectionCommand(StoreCommand):
    """Delete a section; its works move to another section (or to no section), never lost."""

    def __init__(self, catalogue: Catalogue, section_id: int, move_to: int | None) -> None:
        super().__init__(catalogue, _tr("Delete section"))
        self.section = catalogue.section(section_id)
        self.move_to = move_to
        self.old_order = catalogue.order()

    def do(self) -> None:
        self.catalogue.delete_section(self.section.id, self.move_to)

    def undo_store(self) -> None:
        with self.catalogue.transaction():
            self.catalogue.restore_section(self.section)
            self.catalogue.set_order(self.old_order)


# --------------------------------------------------------------------- translations


class ImportTranslationCommand(StoreCommand):
    """A returned translation applied as one step: undo puts every text back."""

    def __init__(self, catalogue: Catalogue, plan, file_name: str) -> None:
        n = len(plan.writes)
        super().__init__(catalogue, UndoStack.tr("Import %n translation(s)", "", n))
        self.plan, self.origin = plan, f"translation:{file_name}"
        self.applied = None

    def do(self) -> None:
        self.applied = self.catalogue.apply_translation(self.plan, self.origin)

    def undo_store(self) -> None:
        if self.applied is not None:
            self.catalogue.undo_translation(self.applied, self.plan.lang)


class SetExhibitionFieldsCommand(StoreCommand):
    """Single-valued exhibition fields (the web address, the language shown first) in one step."""

    def __init__(self, catalogue: Catalogue, values: dict[str, object]) -> None:
        super().__init__(catalogue, _tr("Change exhibition settings"))
        ex = catalogue.exhibition()
        self.values = dict(values)
        self.old = {name: getattr(ex, name) for name in values}

    def do(self) -> None:
        with self.catalogue.transaction():
            for name, value in self.values.items():
                self.catalogue.set_exhibition_field(name, value)

    def undo_store(self) -> None:
        with self.catalogue.transaction():
            for name, value in self.old.items():
                self.catalogue.set_exhibition_field(name, value)


# --------------------------------------------------------------------- whole-catalogue steps


class SnapshotCommand(StoreCommand):
    """A step that touches much of the catalogue at once (a merge, resolving conflicts).

    ``action(catalogue)`` runs once; undo and redo put back a copy of the whole catalogue as it
    was before and after (SQLite's backup API), so even a merge of a partner's package is one
    undo step. The copies live in a temporary folder that goes with the command.
    """

    def __init__(self, catalogue: Catalogue, label: str, action) -> None:
        super().__init__(catalogue, label)
        self._action = action
        self._folder = tempfile.TemporaryDirectory(prefix="exhibit-undo-")
        self._before = Path(self._folder.name) / "before.sqlite"
        self._after = Path(self._folder.name) / "after.sqlite"
        self.result: object = None
        self._ran = False

    def do(self) -> None:
        if not self._ran:
            self.catalogue.snapshot_to(self._before)
            self.result = self._action(self.catalogue)
            self.catalogue.snapshot_to(self._after)
            self._ran = True
        else:
            self.catalogue.restore_snapshot(self._after)

    def undo_store(self) -> None:
        self.catalogue.restore_snapshot(self._before)
