"""The sections list with its actions: add, rename (a title per language), reorder, delete.

Choosing a row filters the grid to that section. Deleting a section asks where its works go
(another section, or none): they are never lost. Every action is an undo command. The two
questions the panel asks (titles, where the works go) are methods, so tests can answer them.
A title too long for the panel's width wraps onto more lines, its count at the end, so a
small screen cuts nothing; the tooltip shows it whole too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.fields import Owner
from exhibit.core.languages import display_name
from exhibit.core.model import Section
from exhibit.core.store import Catalogue
from exhibit.ui.models.filter_proxy import ALL_SECTIONS, NO_SECTION
from exhibit.ui.models.sections_model import SectionRole, SectionsModel
from exhibit.ui.undo import (
    AddSectionCommand,
    DeleteSectionCommand,
    MoveSectionCommand,
    SetTextsCommand,
    UndoStack,
)


class SectionTitlesDialog(QDialog):
    """A section's title in every project language."""

    def __init__(self, languages: tuple[str, ...], titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Section title"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for lang in languages:
            edit = QLineEdit(titles.get(lang, ""))
            edit.setMinimumWidth(280)
            self.edits[lang] = edit
            form.addRow(display_name(lang), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def titles(self) -> dict[str, str]:
        return {lang: edit.text().strip() for lang, edit in self.edits.items()}


class WrappingSectionDelegate(QStyledItemDelegate):
    """Wraps a section's title onto as many lines as the panel's width needs: nothing is cut.

    The count stays at the end of the title ("Der Kreis: Rur und / Eifel (25)"); the row is as
    tall as its lines.
    """

    MARGIN = 3  # the item's text margin in the Fusion style, each side

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        view = option.widget
        if view is None:
            return hint
        width = max(view.viewport().width() - 4 * self.MARGIN, 20)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, max(hint.height(), box.height() + 2 * self.MARGIN))


class SectionsPanel(QWidget):
    sectionSelected = Signal(int)  # ALL_SECTIONS, NO_SECTION or a section id

    def __init__(
        self, catalogue: Catalogue, model: SectionsModel, stack: UndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.model, self.stack = catalogue, model, stack
        self.list = QListView()
        self.list.setObjectName("sectionsList")
        self.list.setModel(model)
        self.list.setItemDelegate(WrappingSectionDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the panel resizes
        self.list.setAcceptDrops(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.setDropIndicatorShown(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda _i: self.rename())
        model.modelReset.connect(self._restore_current)
        self._current = ALL_SECTIONS
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, tip, slot in (
            ("add", "+", self.tr("Add a section"), self.add),
            ("rename", "✎", self.tr("Rename the section"), self.rename),
            ("up", "↑", self.tr("Move the section up"), lambda: self.move(-1)),
            ("down", "↓", self.tr("Move the section down"), lambda: self.move(1)),
            ("delete", "−", self.tr("Delete the section (its works are kept)"), self.delete),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ----------------------------------------------------------------- current section

    def current_section(self) -> Section | None:
        return self.list.currentIndex().data(SectionRole.SECTION)

    def select(self, section_id: int) -> None:
        index = self.model.index(self.model.row_of(section_id))
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    @Slot()
    def _current_changed(self, current, _previous) -> None:
        sid = current.data(SectionRole.ID) if current.isValid() else ALL_SECTIONS
        self._update_buttons()
        if sid != self._current:
            self._current = sid
            self.sectionSelected.emit(sid)

    @Slot()
    def _restore_current(self) -> None:
        known = {s.id for s in self.model.sections()} | {ALL_SECTIONS, NO_SECTION}
        self.select(self._current if self._current in known else ALL_SECTIONS)

    def set_read_only(self) -> None:
        """Sections can be chosen to filter the grid, never added, renamed, moved or deleted."""
        self._read_only = True
        for button in self.buttons.values():
            button.hide()
        self.list.setAcceptDrops(False)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def _update_buttons(self) -> None:
        section = self.current_section()
        for key in ("rename", "delete", "up", "down"):
            self.buttons[key].setEnabled(section is not None)

    # ----------------------------------------------------------------- actions

    def ask_titles(self, titles: dict[str, str]) -> dict[str, str] | None:
        dialog = SectionTitlesDialog(self.catalogue.languages, titles, self)
        return dialog.titles() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_move_target(self, section: Section) -> tuple[bool, int | None]:
        """Where the works of a section being deleted go: (chosen, section id or None)."""
        others = [s for s in self.model.sections() if s.id != section.id]
        names = [self.model.title(s) for s in others] + [self.tr("(no section)")]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Delete section"),
            self.tr("Move the works of “{name}” to:").format(name=self.model.title(section)),
            names,
            0,
            False,
        )
        if not ok:
            return False, None
        index = names.index(name)
        return True, others[index].id if index < len(others) else None

    @Slot()
    def add(self) -> None:
        titles = self.ask_titles({})
        if titles is not None and any(titles.values()):
            current = self.current_section()
            index = None
            if current is not None:
                index = [s.id for s in self.model.sections()].index(current.id) + 1
            command = AddSectionCommand(self.catalogue, titles, index)
            if self.stack.push_command(command) and command.section is not None:
                self.select(command.section.id)

    @Slot()
    def rename(self) -> None:
        section = self.current_section()
        if section is None or self._read_only:  # a double click on a read-only catalogue
            return
        langs = self.catalogue.languages
        titles = self.ask_titles({lang: section.value("title", lang) for lang in langs})
        if titles is None:
            return
        texts = {("title", lang): text for lang, text in titles.items()}
        label = lambda: SectionsPanel.tr("Rename section")  # noqa: E731 (shown in the UI's language)
        self.stack.push_command(
            SetTextsCommand(self.catalogue, Owner.SECTION, section.id, texts, label)
        )

    def move(self, step: int) -> None:
        section = self.current_section()
        if section is None:
            return
        ids = [s.id for s in self.model.sections()]
        index = ids.index(section.id) + step
        if 0 <= index < len(ids):
            self.stack.push_command(MoveSectionCommand(self.catalogue, section.id, index))
            self.select(section.id)

    @Slot()
    def delete(self) -> None:
        section = self.current_section()
        if section is None:
            return
        chosen, target = self.ask_move_target(section)
        if chosen:
            self.stack.push_command(DeleteSectionCommand(self.catalogue, section.id, target))
