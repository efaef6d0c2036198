"""The exhibition settings dialog sets the cover's focal point, the ISBN and the print run as
one undo step, and refuses a wrong ISBN with the reason."""

from __future__ import annotations


def test_book_settings_in_the_exhibition_dialog(window, catalogue) -> None:
    from exhibit.ui.dialogs.exhibition_settings import ExhibitionSettingsDialog

    dialog = ExhibitionSettingsDialog(catalogue, window)
    dialog.book["cover_focus"].setText("0.5, 0.3")
    dialog.book["isbn"].setText("978-3-16-148410-0")
    dialog.book["print_run"].setText("500")
    window.stack.push_command(dialog.command())
    ex = catalogue.exhibition()
    assert (ex.cover_focus, ex.isbn, ex.print_run) == ("0.5,0.3", "978-3-16-148410-0", 500)
    window.undo_action.trigger()
    ex = catalogue.exhibition()
    assert (ex.cover_focus, ex.isbn, ex.print_run) == ("", "", None)
    window.redo_action.trigger()
    assert catalogue.exhibition().print_run == 500
    again = ExhibitionSettingsDialog(catalogue, window)
    assert again.book["isbn"].text() == "978-3-16-148410-0"
    assert again.command() is None  # nothing changed
    again.book["isbn"].setText("978-3-16-148410-1")
    again.accept()
    assert "check digit" in again.error.text()
    again.book["isbn"].setText("")
    again.book["cover_focus"].setText("2,2")
    again.accept()
    assert "cover_focus" in again.error.text()
