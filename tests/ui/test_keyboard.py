"""The keyboard: Tab order as on screen, F2, Delete with a message, Ctrl+Q, grid keys, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_main_window import order, select_rows

K = Qt.Key


def test_tab_goes_through_titles_and_captions_first(qtbot, window) -> None:
    window.select_ids([order(window.catalogue)[0]])
    cells = window.inspector.captions.cells
    title_de = cells[("title", "de")].editor
    title_de.setFocus()
    seen = [title_de]
    widget = title_de
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        seen.append(widget)
    names = [w.objectName() for w in seen]
    assert names[:6] == [
        "title.de",
        "title.de.status",
        "title.zh-Hans",
        "title.zh-Hans.status",
        "caption.de",
        "caption.de.status",
    ]
    last = window.inspector.captions.last_in_tab_order()
    after = last.nextInFocusChain()
    assert after is window.inspector.fields.section  # the details after the captions
    tags = window.inspector.fields.editors["tags"]
    assert "tags" not in names[:8]
    assert tags.isVisibleTo(window)


def test_f2_puts_the_cursor_in_the_title(qtbot, window) -> None:
    select_rows(window, [1])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, K.Key_F2)
    focused = QApplication.focusWidget()
    assert focused is window.inspector.captions.cells[("title", "de")].editor


def test_delete_removes_and_says_how_to_undo(qtbot, window, catalogue) -> None:
    first = catalogue.works()[0]
    select_rows(window, [0])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, K.Key_Delete)
    assert catalogue.count_works() == 5
    message = window.statusBar().currentMessage()
    assert "No. 1" in message and "Der Markt am Samstag" in message and "Ctrl+Z" in message
    qtbot.keyClick(window.grid, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.work(first.id).number == 1
    select_rows(window, [0, 1])
    window.remove_action.trigger()
    assert "Removed 2 work" in window.statusBar().currentMessage()


def test_arrows_home_end_and_enter_in_the_grid(qtbot, window) -> None:
    grid = window.grid
    select_rows(window, [0])
    grid.setCurrentIndex(window.proxy.index(0, 0))
    grid.setFocus()
    qtbot.keyClick(grid, K.Key_Right)
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, K.Key_End)
    assert grid.currentIndex().row() == 5
    qtbot.keyClick(grid, K.Key_Home)
    assert grid.currentIndex().row() == 0
    assert window.selected_ids() == [order(window.catalogue)[0]]
    qtbot.keyClick(grid, K.Key_Return)
    assert window._preview is not None and window._preview.isVisible()
    preview = window._preview
    qtbot.keyClick(preview, K.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_ctrl_q_quits_from_the_start_page(qtbot) -> None:
    from exhibit.ui.widgets.start_page import StartPage

    page = StartPage([])
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.keyClick(page, K.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not page.isVisible()


def test_every_menu_has_a_mnemonic_and_shortcuts(window) -> None:
    for action in window.menuBar().actions():
        assert "&" in action.text(), action.text()
        entries = [a for a in action.menu().actions() if not a.isSeparator()]
        assert any(not a.shortcut().isEmpty() for a in entries), action.text()


def test_ctrl_q_quits_from_the_preview_and_the_window(qtbot, window) -> None:
    window.select_ids([order(window.catalogue)[0]])
    window.show_preview()
    preview = window._preview
    qtbot.keyClick(preview, K.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not preview.isVisible()
    assert not window.isVisible()
