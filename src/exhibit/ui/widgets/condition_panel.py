"""The inspector's Condition part: every check of the selected work, oldest first.

One column per check (date and hand-over above; place, examiner, a row per zone, notes); a
grade worse than at the check before is shown bold on a red ground. "Record Check…" opens the
dialog for the selected works (or a whole crate); the inspector pushes the checks as an undo
command.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
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
        # one column per check, oldest first; rows: place, examiner, each zone, notes
        self.table = QTableWidget(len(Zone) + 3, 0)
        self.table.setObjectName("conditionTable")
        self.table.setVerticalHeaderLabels(
            [self.tr("Place"), self.tr("Examiner")]
            + [zone_label(z) for z in Zone]
            + [self.tr("Notes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader()
        self.table.setMinimumHeight(rows.length() + self.table.horizontalHeader().height() + 40)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        # the buttons side by side, or one below the other in a narrow column
        row = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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

    def _buttons_width(self) -> int:
        buttons = (self.record.sizeHint().width(), self.remove.sizeHint().width())
        return sum(buttons) + self._buttons.spacing()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider button: narrower than both, they go one below the other."""
        hint = super().minimumSizeHint()
        others = (self.table.minimumSizeHint().width(), self.summary.minimumSizeHint().width())
        buttons = (self.record.sizeHint().width(), self.remove.sizeHint().width())
        hint.setWidth(max(*others, *buttons))
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        D = QBoxLayout.Direction
        wide = event.size().width() >= self._buttons_width()
        self._buttons.setDirection(D.LeftToRight if wide else D.TopToBottom)

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
        self.table.setColumnCount(len(self.history.checks))
        for col, check in enumerate(self.history.checks):
            self._fill_column(col, check, self.history.worsened(col))

    def _fill_column(self, col: int, check: ConditionCheck, worse: tuple[Zone, ...]) -> None:
        head = QTableWidgetItem(f"{check.date.isoformat()}\n{hand_over_label(check.event)}")
        head.setData(Qt.ItemDataRole.UserRole, check.id)
        self.table.setHorizontalHeaderItem(col, head)
        self.table.setItem(0, col, QTableWidgetItem(check.place))
        self.table.setItem(1, col, QTableWidgetItem(check.examiner))
        for n, zone in enumerate(Zone):
            grade = check.grade(zone)
            item = QTableWidgetItem("" if grade is Grade.NOT_CHECKED else grade_label(grade))
            if zone in worse:
                item.setBackground(QBrush(WORSE))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Worse than at the check before"))
            self.table.setItem(2 + n, col, item)
        photos = ConditionPanel.tr("%n photo(s)", "", len(check.photos)) if check.photos else ""
        item = QTableWidgetItem(" ".join(v for v in (check.note, photos) if v))
        item.setToolTip(check.note)
        self.table.setItem(2 + len(Zone), col, item)

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.table.selectedItems()))

    def _remove(self) -> None:
        cols = {i.column() for i in self.table.selectedItems()}
        if cols and min(cols) < len(self.history.checks):
            self.removeRequested.emit(self.history.checks[min(cols)])
