"""Dates as people write them: the UI language's format with a calendar; errors name labels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from exhibit.ui.widgets.date_field import DateField, date_format


@pytest.mark.parametrize(
    ("locale", "shown"), [("de", "15.05.2026"), ("zh_CN", "2026年5月15日"), ("en_US", "5/15/2026")]
)
def test_dates_in_the_ui_languages_format(qtbot, locale: str, shown: str) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        field = DateField(date(2026, 5, 15))
        qtbot.addWidget(field)
        assert field.text() == shown
        assert field.edit.calendarPopup()
        assert field.iso() == "2026-05-15"
    finally:
        QLocale.setDefault(previous)


def test_a_date_may_be_empty(qtbot) -> None:
    field = DateField(None)
    qtbot.addWidget(field)
    assert field.iso() is None and field.text() == "–"
    field.set_value(date(2026, 9, 18))
    field.clear.click()
    assert field.iso() is None


def test_date_format_has_four_digit_years() -> None:
    assert date_format(QLocale("de")) == "dd.MM.yyyy"
    assert date_format(QLocale("zh_CN")) == "yyyy年M月d日"


def test_a_too_long_text_is_named_by_its_label(window, catalogue) -> None:
    from exhibit.ui.dialogs.exhibition_settings import ExhibitionSettingsDialog

    dialog = ExhibitionSettingsDialog(catalogue, window)
    dialog.texts.cells[("title", "de")].editor.setText("x" * 5000)
    dialog.accept()
    assert dialog.error.text().startswith("Title (Deutsch):")
