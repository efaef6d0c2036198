"""Window layout: panel sizes, wrapped section titles, toolbar icons, the app icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QToolBar

from exhibit.ui.app import app_icon


def test_splitter_starts_with_room_for_sections_and_inspector(window) -> None:
    sections, centre, inspector = window.splitter.sizes()
    assert 180 <= sections <= 240 and 400 <= inspector <= 460 and centre > 500


def test_long_section_titles_wrap_whole_with_their_count(qtbot, window, catalogue) -> None:
    title = "Der Kreis: Rur und Eifel, Wälder und Talsperren im Süden"
    catalogue.add_section({"de": title, "zh-Hans": "县域"})
    panel = window.sections
    panel.list.setFixedWidth(160)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    index = panel.model.index(1)
    option = QStyleOptionViewItem()
    option.initFrom(panel.list)
    option.widget = panel.list
    delegate = panel.list.itemDelegate()
    delegate.initStyleOption(option, index)
    assert option.text == f"{title} (0)"  # nothing cut
    assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    one_line = option.fontMetrics.height()
    hint = delegate.sizeHint(option, index)
    assert hint.height() >= 3 * one_line  # three lines at least in 160 px
    assert hint.width() <= panel.list.viewport().width()  # and never wider than the panel
    short = delegate.sizeHint(option, panel.model.index(0))
    assert short.height() < 2 * one_line
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{title} (0)"
    assert panel.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_toolbar_actions_have_icons_and_short_labels(window) -> None:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert all(not a.icon().isNull() for a in actions)
    assert window.export_action.iconText() == "Export"
    window.select_ids([window.works_model.works()[0].id])
    window.inspector.captions.cells[("caption", "de")].editor.setPlainText("Neu")
    assert window.undo_action.text().startswith("Undo ")  # the menu names the command
    assert window.undo_action.iconText() == "Undo"  # the toolbar stays short


def test_app_icon_is_readable(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert any(size.width() >= 64 for size in icon.availableSizes())
