"""Copy and paste captions between works; one undo step for the selection."""

from __future__ import annotations

from tests.ui.test_main_window import order, select_rows

from exhibit.core.model import TranslationStatus


def test_copy_captions_and_paste_onto_a_selection(window, catalogue) -> None:
    ids = order(catalogue)
    select_rows(window, [0])
    window.captions_clipboard.copy_action.trigger()
    assert "No. 1" in window.statusBar().currentMessage()
    select_rows(window, [3, 4])
    before = [catalogue.work(i) for i in ids[3:5]]
    window.captions_clipboard.paste_action.trigger()
    first = catalogue.work(ids[0])
    for wid in ids[3:5]:
        work = catalogue.work(wid)
        assert work.value("title", "de") == first.value("title", "de")
        assert work.value("title", "zh-Hans") == first.value("title", "zh-Hans")
        assert work.text("title", "de").status is TranslationStatus.DRAFT
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Paste captions onto 2 work(s)"
    window.undo_action.trigger()
    assert [catalogue.work(i).texts for i in ids[3:5]] == [w.texts for w in before]


def test_paste_is_off_until_something_was_copied(window) -> None:
    assert not window.captions_clipboard.paste_action.isEnabled()
    texts = [a.text() for a in window.grid.actions()]
    assert "Copy Captions" in texts and "Paste Captions" in texts
