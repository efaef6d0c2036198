"""The inspector fits its column: no horizontal scroll bar in German and Chinese at 1024x700,
at 200 % on a 1920x1080 screen (960x540 logical pixels) and in a column dragged narrow; the
caption languages go one below the other when they do not fit side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from exhibit.ui.i18n import install_translators, remove_translators


@pytest.fixture(params=["de", "zh_CN"])
def translated(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def _window(qtbot, catalogue, ui_settings, size):
    from tests.ui.conftest import make_works

    from exhibit.ui.main_window import MainWindow

    make_works(catalogue, 3)
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._panels_checked)
    qtbot.wait(10)  # the panels are fitted to the window once it is shown (a zero timer)
    window.select_ids([catalogue.works()[0].id])
    return window


def _scrolls_sideways(qtbot, window) -> list[int]:
    """The tabs (by index) at which the inspector shows a horizontal scroll bar."""
    inspector = window.inspector
    found = []
    for index in range(inspector.tabs.count()):
        inspector.tabs.setCurrentIndex(index)
        qtbot.wait(20)  # the layout settles (no timing is measured)
        if inspector.horizontalScrollBar().isVisible():
            found.append(index)
    inspector.tabs.setCurrentIndex(0)
    return found


@pytest.mark.parametrize("size", [(1024, 700), (960, 540)], ids=["1024x700", "200%"])
def test_no_horizontal_scroll_bar(qtbot, catalogue, ui_settings, translated, size) -> None:
    window = _window(qtbot, catalogue, ui_settings, size)
    assert _scrolls_sideways(qtbot, window) == []
    assert not window.inspector.captions.stacked  # room enough: the languages side by side
    window.close()


def test_a_narrow_column_stacks_the_languages(qtbot, catalogue, ui_settings, translated) -> None:
    window = _window(qtbot, catalogue, ui_settings, (960, 540))
    sections, grid, inspector = window.splitter.sizes()
    window.splitter.setSizes([sections, grid + inspector - 230, 230])
    qtbot.waitUntil(lambda: window.inspector.captions.stacked)
    assert _scrolls_sideways(qtbot, window) == []
    cell = window.inspector.captions.cells[("title", "zh-Hans")]
    assert cell.language.isVisible()  # each editor says its language when stacked
    window.splitter.setSizes([sections, grid, inspector])
    qtbot.waitUntil(lambda: not window.inspector.captions.stacked)
    assert not cell.language.isVisible()
    window.close()


def test_a_status_box_is_never_cut_by_its_count(qtbot, catalogue, ui_settings, translated) -> None:
    """Where the column is narrow the count goes below the box: the box keeps its whole text."""
    from exhibit.ui.widgets.caption_editors import StatusRow

    window = _window(qtbot, catalogue, ui_settings, (1024, 700))
    rows = window.inspector.captions.findChildren(StatusRow)
    assert rows
    for row in rows:
        if not row.isVisible():
            continue
        status = row.status
        assert status.width() >= status.sizeHint().width(), status.objectName()
        if row.stacked:
            assert row.count.geometry().top() >= status.geometry().bottom()
        else:
            assert row.count.geometry().left() >= status.geometry().right()
    window.close()
