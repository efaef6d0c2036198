"""Batch editing of captions: several works selected, a caption typed once for all of them."""

from __future__ import annotations

from tests.ui.test_main_window import order, select_rows


def test_typing_a_caption_with_three_works_selected(qtbot, window, catalogue) -> None:
    ids = order(catalogue)
    select_rows(window, [0, 1, 2])
    inspector = window.inspector
    assert inspector.captions_box.isVisible()
    cells = inspector.captions.cells
    title = cells[("title", "de")].editor
    assert title.text() == "" and title.placeholderText() == "(multiple values)"
    assert not cells[("title", "de")].status.isEnabled()
    caption = cells[("caption", "de")].editor
    caption.setFocus()
    qtbot.keyClicks(caption, "Fotoclub Dueren 2024")
    for wid in ids[:3]:
        assert catalogue.work(wid).value("caption", "de") == "Fotoclub Dueren 2024"
    assert catalogue.work(ids[3]).value("caption", "de") == ""
    assert window.stack.count() == 1  # the keystrokes of one session: one step
    assert window.stack.undoText() == "Edit Caption (de) of 3 work(s)"
    window.undo_action.trigger()
    assert all(catalogue.work(wid).value("caption", "de") == "" for wid in ids[:3])


def test_a_shared_text_is_shown_for_the_selection(window, catalogue) -> None:
    from exhibit.core.fields import Owner

    ids = order(catalogue)
    for wid in ids[:2]:
        catalogue.set_text(Owner.WORK, wid, "location", "de", "Düren")
    select_rows(window, [0, 1])
    editor = window.inspector.captions.cells[("location", "de")].editor
    assert editor.text() == "Düren"
    assert editor.placeholderText() == ""
