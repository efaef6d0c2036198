"""The inspector's Condition part: every check of the selected work, oldest first.

One row per check (date, hand-over, place, examiner, one column per zone, notes); a grade worse
than at the check before is shown bold on a red ground. "Record Check…" opens the dialog for
the selected works (or a whole crate); the window turns its checks into an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.loan import ConditionCheck, ConditionHistory, Grade, Zone
from exhibit.core.model import Work
from exhibit.ui.models.loan_labels import grade_label, hand_over_label, zone_label

WORSE = QColor("#f4c7c3")


class ConditionPanel(QWidget):
    recordRequested = Signal()
    removeRequested = Signal(object)  # the ConditionCheck

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = ConditionHistory()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5 + len(Zone))
        self.table.setObjectName("conditionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Hand-over"), self.tr("Place"), self.tr("Examiner")]
            + [zone_label(z) for z in Zone]
            + [self.tr("Notes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Record Check…"))
        self.record.setObjectName("recordCheck")
        self.record.clicked.connect(self.recordRequested.emit)
        self.remove = QPushButton(self.tr("Remove Check"))
        self.remove.setObjectName("removeCheck")
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.record)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout.addLayout(row)

    def show_history(self, works: list[Work], history: ConditionHistory) -> None:
        self.history = history if len(works) == 1 else ConditionHistory()
        self.record.setEnabled(bool(works))
        self.remove.setEnabled(False)
        self.table.setVisible(len(works) == 1)
        if len(works) > 1:
            text = ConditionPanel.tr("Record one check for all %n selected works.", "", len(works))
        elif len(works) == 1 and not history.checks:
            text = self.tr("No condition checks yet.")
        else:
            text = ""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.table.setRowCount(len(self.history.checks))
        for row, check in enumerate(self.history.checks):
            self._fill_row(row, check, self.history.worsened(row))

    def _fill_row(self, row: int, check: ConditionCheck, worse: tuple[Zone, ...]) -> None:
        cells = [check.date.isoformat(), hand_over_label(check.event), check.place, check.examiner]
        for col, text in enumerate(cells):
            self.table.setItem(row, col, QTableWidgetItem(text))
        for n, zone in enumerate(Zone):
            grade = check.grade(zone)
            item = QTableWidgetItem("" if grade is Grade.NOT_CHECKED else grade_label(grade))
            if zone in worse:
                item.setBackground(QBrush(WORSE))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Worse than at the check before"))
            self.table.setItem(row, 4 + n, item)
        note = check.note + (f" [{len(check.photos)} 📷]" if check.photos else "")
        item = QTableWidgetItem(note)
        item.setToolTip(check.note)
        self.table.setItem(row, 4 + len(Zone), item)
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, check.id)

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.table.selectedItems()))

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows and min(rows) < len(self.history.checks):
            self.removeRequested.emit(self.history.checks[min(rows)])
