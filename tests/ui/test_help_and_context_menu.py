"""Help menu (shortcuts, About with version and licences), the grid's context menu."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_main_window import select_rows

from exhibit import __version__


def test_about_names_version_and_licences(window) -> None:
    text = window.help.about_text()
    assert __version__ in text
    assert "GNU General Public License" in text and "Open Font License" in text


def test_shortcuts_list_every_menu_key(window) -> None:
    html = window.help.shortcuts_html()
    for words in ("Move Up", "Ctrl+Up", "Selected", "Edit Title", "F2", "Quit", "Ctrl+Q"):
        assert words in html
    assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"


def test_context_menu_has_what_curators_look_for(window) -> None:
    texts = [a.text() for a in window.grid.actions()]
    for wanted in (
        "Full-Screen Preview",
        "Remove from Catalogue",
        "Move to Section",
        "Loan Status",
        "Open Original",
        "Show in File Manager",
    ):
        assert wanted in texts


def test_open_original_and_folder(window, catalogue, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        "exhibit.ui.dialogs.export_dialog.open_with_desktop", lambda p: opened.append(p)
    )
    select_rows(window, [0])
    window.open_original_action.trigger()
    window.show_folder_action.trigger()
    work = catalogue.works()[0]
    assert opened == [catalogue.original_path(work), catalogue.original_path(work).parent]
