"""File > Export Catalogue: reachable from the menu, the toolbar and Ctrl+E, only with works."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QToolBar

from exhibit.ui.dialogs.export_dialog import ExportDialog
from exhibit.ui.main_window import MainWindow


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """PDFs the dialog asked the desktop to open (no viewer starts)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def _window(qtbot, catalogue, ui_settings) -> MainWindow:
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_export_action_in_menu_and_toolbar(window) -> None:
    action = window.export_action
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert action in toolbar.actions()


def test_export_needs_works(qtbot, catalogue, ui_settings, add_works) -> None:
    window = _window(qtbot, catalogue, ui_settings)
    assert not window.export_action.isEnabled()
    window.export_catalogue()
    assert window._export_dialog is None
    add_works(catalogue, 1)
    qtbot.waitUntil(window.export_action.isEnabled)
    window.close()


def test_export_from_the_window_writes_and_opens_the_pdf(
    qtbot, photos_project, ui_settings, tmp_path, opened
) -> None:
    window = _window(qtbot, photos_project, ui_settings)
    window.export_action.trigger()
    dialog = window._export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    window.export_action.trigger()  # a second trigger raises the same dialog
    assert window._export_dialog is dialog
    out = tmp_path / "Katalog.pdf"
    dialog.out_edit.setText(str(out))
    dialog.dpi.setValue(100)
    dialog.export_button.click()
    qtbot.waitUntil(
        lambda: dialog.force_button.isVisible() or dialog.result is not None, timeout=30_000
    )
    if dialog.force_button.isVisible():  # the small photos are under 150 ppi: a proof anyway
        dialog.force_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert opened == [str(out)]
    assert "Katalog.pdf" in window.statusBar().currentMessage()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window._export_dialog is None)  # deleted on close
    window.close()
