"""Ordering works without the mouse: the window's Arrange menu and the grid's context menu.

    arrange = OrderingActions(window)
    window.menuBar().addMenu(arrange.menu)

Move Up/Down (Ctrl+Up/Down), Move to Position… (Ctrl+Shift+G), Move to Section (a submenu
with Ctrl+Alt+1…9 and Ctrl+Alt+0 for "no section", also offered as a list with Ctrl+Shift+M)
and Sort Section By (date taken, file name, photographer, title). Each computes the new order
with ``core.ordering`` and pushes one ``ReorderCommand``, so every one is a single undo step.
The questions (which position, which section) are methods a test can replace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from exhibit.core import ordering
from exhibit.core.ordering import SortKey
from exhibit.ui.errors import guard_slot
from exhibit.ui.models.filter_proxy import ALL_SECTIONS
from exhibit.ui.undo import ReorderCommand


class OrderingActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.move_up = self._action(self.tr("Move Up"), self._move_up, "Ctrl+Up")
        self.move_down = self._action(self.tr("Move Down"), self._move_down, "Ctrl+Down")
        self.move_to = self._action(
            self.tr("Move to Position…"), self.move_to_position, "Ctrl+Shift+G"
        )
        self.to_section = self._action(
            self.tr("Move to Section…"), self.ask_and_move_to_section, "Ctrl+Shift+M"
        )
        self.section_menu = QMenu(self.tr("Move to Section"), window)
        self.section_menu.aboutToShow.connect(self._fill_sections)
        self.sort_menu = QMenu(self.tr("Sort Section By"), window)
        keys = [
            (SortKey.DATE_TAKEN, self.tr("Date Taken")),
            (SortKey.FILE_NAME, self.tr("File Name")),
            (SortKey.PHOTOGRAPHER, self.tr("Photographer")),
            (SortKey.TITLE, self.tr("Title")),
        ]
        for key, text in keys:
            self.sort_menu.addAction(self._action(text, lambda _c=False, k=key: self.sort(k)))
        self.section_shortcuts = [self._section_shortcut(n) for n in range(10)]
        self.menu = QMenu(self.tr("&Arrange"), window)
        self.menu.addActions([self.move_up, self.move_down, self.move_to])
        self.menu.addSeparator()
        self.menu.addMenu(self.section_menu)
        self.menu.addAction(self.to_section)
        self.menu.addMenu(self.sort_menu)
        window.addActions([self.move_up, self.move_down, self.move_to, self.to_section])
        window.addActions(self.section_shortcuts)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def _section_shortcut(self, n: int) -> QAction:
        """Ctrl+Alt+N: to section N (Ctrl+Alt+0: no section), without opening a menu."""
        action = QAction(self.window)
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{n}"))
        action.triggered.connect(lambda _c=False: self._to_section_number(n))
        return action

    # ----------------------------------------------------------------- what is chosen

    def _sections(self) -> list[tuple[int | None, str]]:
        model = self.window.sections_model
        named = [(s.id, model.title(s)) for s in model.sections()]
        return [*named, (None, self.tr("Without section"))]

    def _push(self, order, label) -> None:
        catalogue = self.window.catalogue
        if order != catalogue.order():
            self.window.stack.push_command(ReorderCommand(catalogue, order, label))

    def _selected(self) -> list[int]:
        return self.window.selected_ids()

    # ----------------------------------------------------------------- moves

    @guard_slot
    def _move_up(self, *_args) -> None:
        self._move(ordering.move_up, lambda: OrderingActions.tr("Move Up"))

    @guard_slot
    def _move_down(self, *_args) -> None:
        self._move(ordering.move_down, lambda: OrderingActions.tr("Move Down"))

    def _move(self, how, label) -> None:
        ids = self._selected()
        if ids:
            self._push(how(self.window.catalogue.order(), ids), label)
            self.window.select_ids(ids)

    def ask_position(self, current: int, count: int) -> int | None:
        value, ok = QInputDialog.getInt(
            self.window,
            self.tr("Move to Position"),
            self.tr("Catalogue number:"),
            current,
            1,
            count,
        )
        return value if ok else None

    @guard_slot
    def move_to_position(self, *_args) -> None:
        ids = self._selected()
        order = self.window.catalogue.order()
        if not ids:
            return
        current = next(n for n, (wid, _) in enumerate(order, 1) if wid in ids)
        position = self.ask_position(current, len(order))
        if position is not None:
            label = lambda: OrderingActions.tr("Move to position {number}").format(  # noqa: E731
                number=position
            )
            self._push(ordering.move_to_position(order, ids, position), label)
            self.window.select_ids(ids)

    def ask_section(self, choices: list[str]) -> int | None:
        """Index into ``choices`` (a list the keyboard can walk), None when cancelled."""
        text, ok = QInputDialog.getItem(
            self.window, self.tr("Move to Section"), self.tr("Section:"), choices, 0, False
        )
        return choices.index(text) if ok and text in choices else None

    @guard_slot
    def ask_and_move_to_section(self, *_args) -> None:
        sections = self._sections()
        if self._selected():
            chosen = self.ask_section([title for _, title in sections])
            if chosen is not None:
                self.move_to_section(sections[chosen][0])

    def _to_section_number(self, n: int) -> None:
        sections = self._sections()
        if n == 0:
            self.move_to_section(None)
        elif n <= len(sections) - 1:
            self.move_to_section(sections[n - 1][0])

    @guard_slot
    def move_to_section(self, section_id: int | None) -> None:
        ids = self._selected()
        if ids:
            new = ordering.move_to_section(self.window.catalogue.order(), ids, section_id)
            self._push(new, lambda: OrderingActions.tr("Move to another section"))
            self.window.select_ids(ids)

    def _fill_sections(self) -> None:
        self.section_menu.clear()
        sections = self._sections()
        for n, (sid, title) in enumerate(sections, 1):
            key = 0 if sid is None else n
            if key <= 9:  # the window's Ctrl+Alt+N does it; the menu only shows the keys
                keys = QKeySequence(f"Ctrl+Alt+{key}").toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                title = f"{title}\t{keys}"
            action = self.section_menu.addAction(title)
            action.triggered.connect(lambda _c=False, s=sid: self.move_to_section(s))
        self.section_menu.setEnabled(bool(self._selected()))

    # ----------------------------------------------------------------- sorting

    def section_to_sort(self) -> int | bool | None:
        """The section of the first selected work, else the section shown; False: none."""
        works = self.window.selected_works()
        if works:
            return works[0].section_id
        shown = self.window._filter.section
        return False if shown == ALL_SECTIONS else (shown or None)

    @guard_slot
    def sort(self, key: SortKey) -> None:
        section = self.section_to_sort()
        if section is False:
            return
        window = self.window
        order = window.catalogue.order()
        works = window.works_model.works()
        new = ordering.sort_section(order, works, section, key, window.catalogue.languages)
        self._push(new, lambda: OrderingActions.tr("Sort section"))
