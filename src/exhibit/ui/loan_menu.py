"""Loan status from the grid, as Lightroom flags a pick: a submenu and one key each.

    loans = LoanActions(window)          # window.grid gets the keys, menus get ``loans.menu``

P marks the selected works Selected, U puts them back to Candidate; every status is in the
submenu (Edit menu and the grid's context menu). The keys work while the grid has the focus,
so typing a caption never sets a status. Each choice is one ``SetFieldCommand``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from exhibit.core.model import LoanStatus
from exhibit.ui.errors import guard_slot
from exhibit.ui.models.labels import loan_label
from exhibit.ui.undo import SetFieldCommand

KEYS = {LoanStatus.SELECTED: "P", LoanStatus.CANDIDATE: "U"}


class LoanActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("Loan Status"), window)
        self.actions: dict[LoanStatus, QAction] = {}
        self.shortcuts: list[QShortcut] = []  # the grid's keys (off in a read-only window)
        group = QActionGroup(self)
        for status in LoanStatus:
            key = KEYS.get(status)
            # the menu only shows the key: the grid's own shortcut does it (a caption being
            # typed, or a list box with the focus, keeps its letters)
            action = QAction(loan_label(status) + (f"\t{key}" if key else ""), window)
            action.setCheckable(True)
            group.addAction(action)
            if key:
                shortcut = QShortcut(QKeySequence(key), window.grid)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda s=status: self.set_status(s))
                self.shortcuts.append(shortcut)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.menu.addAction(action)
            self.actions[status] = action
        self.menu.aboutToShow.connect(self._show_current)

    def _show_current(self) -> None:
        statuses = {w.loan_status for w in self.window.selected_works()}
        for status, action in self.actions.items():
            action.setChecked(statuses == {status})
        self.menu.setEnabled(bool(statuses))

    @guard_slot
    def set_status(self, status: LoanStatus) -> None:
        ids = self.window.selected_ids()
        if ids:
            command = SetFieldCommand(self.window.catalogue, ids, "loan_status", status.value)
            self.window.stack.push_command(command)
