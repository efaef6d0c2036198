"""A date as people write it: a QDateEdit with a calendar in the UI language's format
(15.05.2026 in German, 2026年5月15日 in Chinese), which may also be empty.

    field = DateField(date(2026, 5, 15))   # or None
    field.iso()                            # "2026-05-15", or None when empty

Empty is the lowest date the editor allows, shown as "–" (Qt's special value text); the
Clear button next to it (or deleting the date) empties it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

EMPTY = QDate(1900, 1, 1)


def date_format(locale: QLocale) -> str:
    """Short format with a four-digit year; Chinese as written: 2026年5月15日."""
    if locale.language() == QLocale.Language.Chinese:
        return "yyyy年M月d日"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


class DateField(QWidget):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format(QLocale()))
        self.edit.setMinimumDate(EMPTY)
        self.edit.setSpecialValueText("–")
        layout.addWidget(self.edit, 1)
        self.clear = QToolButton()
        self.clear.setText(self.tr("Clear"))
        self.clear.clicked.connect(lambda: self.edit.setDate(EMPTY))
        layout.addWidget(self.clear)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY)

    def iso(self) -> str | None:
        chosen = self.edit.date()
        return None if chosen == EMPTY else chosen.toString("yyyy-MM-dd")

    def text(self) -> str:
        return self.edit.text()
