"""Loan status on each thumbnail and set with one key (P selected, U candidate) or the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.test_main_window import order, select_rows

from exhibit.core.model import LoanStatus
from exhibit.ui.models.works_model import Role


def test_p_and_u_set_the_loan_status_of_the_selection(qtbot, window, catalogue) -> None:
    ids = order(catalogue)
    select_rows(window, [0, 2])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_P)
    assert [w.loan_status for w in catalogue.works(ids[:3])] == [
        LoanStatus.SELECTED,
        LoanStatus.CANDIDATE,
        LoanStatus.SELECTED,
    ]
    assert window.proxy.index(0, 0).data(Role.LOAN) == LoanStatus.SELECTED  # the grid knows
    assert window.stack.count() == 1  # one step for both works
    qtbot.keyClick(window.grid, Qt.Key.Key_U)
    assert {w.loan_status for w in catalogue.works()} == {LoanStatus.CANDIDATE}
    window.undo_action.trigger()
    assert catalogue.work(ids[2]).loan_status is LoanStatus.SELECTED


def test_typing_p_in_a_caption_does_not_set_a_status(qtbot, window, catalogue) -> None:
    window.select_ids([order(catalogue)[0]])
    title = window.inspector.captions.cells[("title", "de")].editor
    title.setFocus()
    qtbot.keyClicks(title, "p")
    assert catalogue.works()[0].loan_status is LoanStatus.CANDIDATE


def test_loan_menu_in_edit_and_context_menu(window, catalogue) -> None:
    select_rows(window, [1])
    menu = window.loans.menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Candidate\tU" and texts[1] == "Selected\tP"
    assert menu.actions()[0].isChecked()
    menu.actions()[3].trigger()  # packed
    assert catalogue.works()[1].loan_status is LoanStatus.PACKED
    assert menu.menuAction() in window.grid.actions()


def test_the_flag_is_painted_on_the_thumbnail(qtbot, window, catalogue) -> None:
    from PySide6.QtGui import QColor

    from exhibit.ui.widgets.work_delegate import LOAN_COLOURS

    select_rows(window, [0])
    window.loans.set_status(LoanStatus.SELECTED)
    window.grid.clearSelection()
    qtbot.waitUntil(lambda: window.proxy.index(0, 0).data(Role.LOAN) == LoanStatus.SELECTED)
    rect = window.grid.visualRect(window.proxy.index(0, 0))
    image = window.grid.viewport().grab().toImage()
    want = QColor(LOAN_COLOURS[LoanStatus.SELECTED])
    size = window.grid.delegate.thumb_size
    corner = [
        image.pixelColor(x, y)
        for x in range(rect.x() + size - 20, rect.x() + size + 6)
        for y in range(rect.y() + size - 20, rect.y() + size + 6)
    ]
    assert want in corner
