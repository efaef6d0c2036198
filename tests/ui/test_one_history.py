"""One undo history: Ctrl+Z in a field, undo labels in the UI language of the moment."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from exhibit.core.fields import Owner
from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.ui.i18n import install_translators, remove_translators
from exhibit.ui.undo import SetFieldCommand

T = TranslationStatus
CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, widget, sequence: QKeySequence.StandardKey) -> None:
    keys = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, keys.key(), keys.keyboardModifiers())


def test_ctrl_z_in_a_caption_field_is_the_windows_undo(qtbot, window, catalogue) -> None:
    """The case of the issue: title back to a typo then blank, Chinese outdated, no Redo."""
    work = catalogue.works()[0]  # titled "Der Markt am Samstag" / "周六的集市"
    catalogue.set_status(Owner.WORK, work.id, "title", "zh-Hans", T.APPROVED)
    window.stack.push_command(SetFieldCommand(catalogue, [work.id], "loan_status", "selected"))
    window.select_ids([work.id])
    cells = window.inspector.captions.cells
    title = cells[("title", "de")].editor
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " im Regne")  # a typo
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.keyClicks(title, "en")
    assert catalogue.work(work.id).value("title", "de") == "Der Markt am Samstag im Regen"
    assert catalogue.work(work.id).status("title", "zh-Hans", catalogue.languages) is T.OUTDATED
    depth = window.stack.count()
    _press(qtbot, title, QKeySequence.StandardKey.Undo)
    stored = catalogue.work(work.id)
    assert stored.value("title", "de") == "Der Markt am Samstag"  # not a typo, not blank
    assert stored.status("title", "zh-Hans", catalogue.languages) is T.APPROVED
    assert title.text() == "Der Markt am Samstag"
    assert window.stack.count() == depth  # nothing new recorded by the undo itself
    assert window.redo_action.isEnabled()
    # the next Ctrl+Z in the field goes on through the window's history
    _press(qtbot, title, QKeySequence.StandardKey.Undo)
    assert catalogue.work(work.id).loan_status is LoanStatus.CANDIDATE
    assert catalogue.work(work.id).value("title", "de") == "Der Markt am Samstag"
    _press(qtbot, title, QKeySequence.StandardKey.Redo)
    _press(qtbot, title, QKeySequence.StandardKey.Redo)
    assert catalogue.work(work.id).value("title", "de") == "Der Markt am Samstag im Regen"
    assert title.text() == "Der Markt am Samstag im Regen"


def test_a_line_with_unsaved_typing_undoes_its_typing_first(qtbot, window, catalogue) -> None:
    work = catalogue.works()[0]
    window.stack.push_command(SetFieldCommand(catalogue, [work.id], "loan_status", "selected"))
    window.select_ids([work.id])
    photographer = window.inspector.fields.editors["photographer"]
    photographer.setFocus()
    qtbot.keyClicks(photographer, "Ana")
    _press(qtbot, photographer, QKeySequence.StandardKey.Undo)
    assert photographer.text() == ""  # the field's own typing, not yet stored
    assert catalogue.work(work.id).loan_status is LoanStatus.SELECTED
    _press(qtbot, photographer, QKeySequence.StandardKey.Undo)  # nothing typed: the window's
    assert catalogue.work(work.id).loan_status is LoanStatus.CANDIDATE


def test_undo_labels_follow_the_ui_language(window, catalogue, qapp) -> None:
    ids = [w.id for w in catalogue.works()[:3]]
    install_translators(qapp, "en")
    try:
        window.stack.push_command(SetFieldCommand(catalogue, ids, "loan_status", "selected"))
        assert window.stack.undoText() == "Set Loan status of 3 works"
        install_translators(qapp, "de")
        window.stack.retranslate()
        assert window.stack.undoText() == "Leihstatus von 3 Werken setzen"
        install_translators(qapp, "en")
        window.stack.retranslate()
        assert window.stack.undoText() == "Set Loan status of 3 works"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


def test_a_window_rebuilt_in_chinese_shows_chinese_labels(
    qtbot, window, catalogue, ui_settings, german
) -> None:
    from exhibit.ui.main_window import MainWindow

    ids = [w.id for w in catalogue.works()[:3]]
    window.stack.push_command(SetFieldCommand(catalogue, ids, "loan_status", "selected"))
    install_translators(german, "zh_CN")
    rebuilt = MainWindow(catalogue, ui_settings, stack=window.stack)
    qtbot.addWidget(rebuilt)
    assert rebuilt.undo_action.text().startswith("撤销")
    assert "Set" not in rebuilt.undo_action.text()
    rebuilt.stack.setParent(None)
