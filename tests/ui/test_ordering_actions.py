"""Ordering without the mouse: Arrange menu, keys, context menu; each move is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from tests.ui.test_main_window import order, select_rows

from exhibit.core.ordering import SortKey


def _sections(catalogue):
    market = catalogue.add_section({"de": "Markt", "zh-Hans": "集市"})
    river = catalogue.add_section({"de": "Fluss", "zh-Hans": "河"})
    return market, river


def test_move_up_down_by_keys_and_undo(qtbot, window, catalogue) -> None:
    before = order(catalogue)
    select_rows(window, [2])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert order(catalogue) == [before[0], before[2], before[1], *before[3:]]
    assert window.selected_ids() == [before[2]]  # the moved work stays selected
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order(catalogue) == [before[0], before[2], before[1], *before[3:]]
    assert window.stack.count() == 3
    assert window.stack.undoText() == "Move Down"
    for _ in range(3):
        window.undo_action.trigger()
    assert order(catalogue) == before


def test_move_to_position_asks_a_number(window, catalogue) -> None:
    before = order(catalogue)
    select_rows(window, [4, 5])
    asked = []
    window.arrange.ask_position = lambda current, count: asked.append((current, count)) or 1
    window.arrange.move_to.trigger()
    assert asked == [(5, 6)]
    assert order(catalogue) == [before[4], before[5], *before[:4]]
    window.undo_action.trigger()
    assert order(catalogue) == before


def test_move_to_section_by_list_menu_and_keys(qtbot, window, catalogue) -> None:
    market, river = _sections(catalogue)
    ids = order(catalogue)
    select_rows(window, [0, 1])
    window.arrange.ask_section = lambda choices: choices.index("Fluss")
    window.arrange.to_section.trigger()
    assert [w.section_id for w in catalogue.works(ids[:2])] == [river.id, river.id]
    window.select_ids([ids[3]])
    qtbot.keyClick(
        window.grid,
        Qt.Key.Key_1,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert catalogue.work(ids[3]).section_id == market.id
    assert catalogue.works()[0].id == ids[3]  # the market is the first section
    # the submenu lists the sections and "no section", and shows the keys
    window.arrange.section_menu.aboutToShow.emit()
    texts = [a.text() for a in window.arrange.section_menu.actions()]
    assert texts[0].startswith("Markt\t") and "1" in texts[0]
    assert texts[-1].startswith("Without section")
    window.select_ids([ids[0]])
    window.arrange.section_menu.actions()[-1].trigger()
    assert catalogue.work(ids[0]).section_id is None
    for _ in range(3):
        window.undo_action.trigger()
    assert order(catalogue) == ids
    assert all(w.section_id is None for w in catalogue.works())


def test_sort_section_is_one_undo_step(window, catalogue) -> None:
    market, _river = _sections(catalogue)
    ids = order(catalogue)
    catalogue.move_works(ids, market.id)
    for wid, who in zip(ids, ["Zhang", "Becker", "Abt", "Yu", "Meyer", "Chen"], strict=True):
        catalogue.set_field([wid], "photographer", who)
    window.select_ids([ids[0]])
    before = order(catalogue)
    window.arrange.sort(SortKey.PHOTOGRAPHER)
    names = [w.photographer for w in catalogue.works()]
    assert names == ["Abt", "Becker", "Chen", "Meyer", "Yu", "Zhang"]
    assert window.stack.undoText() == "Sort section"
    window.undo_action.trigger()
    assert order(catalogue) == before
    labels = [a.text() for a in window.arrange.sort_menu.actions()]
    assert labels == ["Date Taken", "File Name", "Photographer", "Title"]


def test_context_menu_and_arrange_menu_offer_the_moves(window) -> None:
    grid_texts = [a.text() for a in window.grid.actions()]
    for text in ("Move Up", "Move Down", "Move to Position…", "Move to Section", "Sort Section By"):
        assert text in grid_texts
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    arrange = [a for a in menus["&Arrange"].actions() if not a.isSeparator()]
    assert all(a.shortcut().toString() or a.menu() for a in arrange)
    assert isinstance(arrange[0], QAction)


def test_grid_viewport_accepts_drops(window) -> None:
    """The drop of a reorder reaches the grid only through its viewport (the xcb bug)."""
    assert window.grid.viewport().acceptDrops()


def test_section_dividers_in_all_works(qtbot, window, catalogue) -> None:
    market, river = _sections(catalogue)
    ids = order(catalogue)
    catalogue.move_works(ids[:2], market.id)
    catalogue.move_works(ids[2:4], river.id)
    delegate, proxy = window.grid.delegate, window.proxy
    qtbot.waitUntil(lambda: bool(delegate.section_titles))
    starts = [delegate.section_starts(proxy.index(r, 0)) for r in range(6)]
    assert starts == ["Markt", None, "Fluss", None, "Without section", None]
    window.sections.select(river.id)
    assert delegate.section_starts(proxy.index(0, 0)) is None  # one section shown: no divider


def test_section_names_follow_the_ui_language(window, catalogue) -> None:
    from PySide6.QtCore import QLocale

    market, _river = _sections(catalogue)
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        assert window.sections_model.title(catalogue.section(market.id)) == "集市"
        first = catalogue.works()[0]
        assert window.works_model.title(first) == "周六的集市"
    finally:
        QLocale.setDefault(previous)
    assert window.sections_model.title(catalogue.section(market.id)) == "Markt"
