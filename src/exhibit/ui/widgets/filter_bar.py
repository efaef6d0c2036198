"""Search and filters above the grid: free text, translation state, status, loan status.

The section filter comes from the sections list; this bar emits the rest of the ``WorkFilter``
whenever something changes (the text after a short pause while typing).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.ui.models.filter_proxy import TranslationFilter, WorkFilter
from exhibit.ui.models.labels import loan_label, status_label

TYPING_PAUSE_MS = 200


class FilterBar(QWidget):
    changed = Signal(object)  # WorkFilter without the section

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setToolTip(
            self.tr(
                "Titles, captions, locations and credits in every language, "
                "catalogue numbers, photographers, tags and file names"
            )
        )
        self.search.setMinimumWidth(80)
        layout.addWidget(self.search, 2)
        self.translation = QComboBox()
        self.translation.setObjectName("translationFilter")
        for value, text in (
            (TranslationFilter.ANY, self.tr("All translations")),
            (TranslationFilter.INCOMPLETE, self.tr("Missing or outdated")),
            (TranslationFilter.MISSING, self.tr("Missing translation")),
            (TranslationFilter.OUTDATED, self.tr("Outdated translation")),
        ):
            self.translation.addItem(text, value)
        layout.addWidget(self.translation)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Any status"), None)
        for s in TranslationStatus:
            self.status.addItem(status_label(s), s)
        layout.addWidget(self.status)
        self.loan = QComboBox()
        self.loan.setObjectName("loanFilter")
        self.loan.addItem(self.tr("Any loan status"), None)
        for s in LoanStatus:
            self.loan.addItem(loan_label(s), s)
        layout.addWidget(self.loan)
        for box in (self.translation, self.status, self.loan):
            # narrow windows (1024 wide, 200 % scaling): the boxes shrink, the grid stays
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 3 + 28)
        self.clear = QToolButton()
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Show every work again"))
        self.clear.clicked.connect(self.reset)
        layout.addWidget(self.clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.translation, self.status, self.loan):
            box.currentIndexChanged.connect(self._emit)

    def value(self) -> WorkFilter:
        # QVariant gives StrEnum members back as plain strings
        status, loan = self.status.currentData(), self.loan.currentData()
        return WorkFilter(
            text=self.search.text(),
            translation=TranslationFilter(self.translation.currentData()),
            status=TranslationStatus(status) if status else None,
            loan=LoanStatus(loan) if loan else None,
        )

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.value())

    def reset(self) -> None:
        for box in (self.translation, self.status, self.loan):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()
