"""File > Send for Translation and File > Import Translation: preview, apply, one undo."""

from __future__ import annotations

from tests.translation.edit import set_target

from exhibit.core.fields import Owner
from exhibit.core.translation import Change, Format, stable_key
from exhibit.ingest.translation.read import read_translation
from exhibit.ui.dialogs.translation_dialogs import (
    ImportTranslationDialog,
    SendForTranslationDialog,
)


def test_send_then_import_with_preview_and_one_undo(qtbot, window, tmp_path):
    cat = window.catalogue
    send = SendForTranslationDialog(cat, tmp_path, window)
    qtbot.addWidget(send)
    send.format.setCurrentIndex(send.format.findData(Format.XLSX.value))
    send.photos.setChecked(False)
    path = tmp_path / "Texte.xlsx"
    send.save_to(path)
    assert send.written == path and path.is_file()
    assert len(read_translation(path).units) == len(cat.works()) + 1  # titles + exhibition title

    third = cat.work_by_number(3)  # no Chinese title yet
    first = cat.work_by_number(1)
    set_target(path, Format.XLSX, f"work.{stable_key(third)}.title", "造纸厂")
    set_target(path, Format.XLSX, f"work.{stable_key(first)}.title", "集市（周六）")
    cat.set_text(Owner.WORK, first.id, "title", "zh-Hans", "星期六的集市")  # edited here too

    dialog = ImportTranslationDialog(cat, path, window.stack, window)
    qtbot.addWidget(dialog)
    shown = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown == {"No. 3 title": "new", "No. 1 title": "conflict: ours kept"}
    assert "1 new" in dialog.summary.text() and "1 conflict" in dialog.summary.text()
    dialog.apply()
    assert cat.work(third.id).text("title", "zh-Hans").text == "造纸厂"
    assert cat.work(first.id).text("title", "zh-Hans").text == "星期六的集市"
    assert window.stack.undoText().startswith("Import 1 translation")
    assert len(cat.conflicts()) == 1

    window.stack.undo()
    assert cat.work(third.id).text("title", "zh-Hans").empty
    assert cat.conflicts() == []
    window.stack.redo()
    assert cat.work(third.id).text("title", "zh-Hans").text == "造纸厂"
    assert len(cat.conflicts()) == 1


def test_a_file_of_another_exhibition_cannot_be_applied(qtbot, window, tmp_path):
    from exhibit.core.store import Catalogue

    other = Catalogue.create(tmp_path / "other.exhibit", {"de": "Andere", "zh-Hans": "别的"})
    send = SendForTranslationDialog(other, tmp_path, window)
    qtbot.addWidget(send)
    send.photos.setChecked(False)
    path = tmp_path / "other.po"
    send.format.setCurrentIndex(send.format.findData(Format.PO.value))
    send.save_to(path)
    other.close()
    dialog = ImportTranslationDialog(window.catalogue, path, window.stack, window)
    qtbot.addWidget(dialog)
    assert "another exhibition" in dialog.summary.text()
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).isEnabled()
    assert dialog.plan.count(Change.NEW) == 0


def test_a_suggestion_is_accepted_in_the_inspector(qtbot, window, tmp_path):
    cat = window.catalogue
    first = cat.work_by_number(1)
    path = tmp_path / "t.xlsx"
    send = SendForTranslationDialog(cat, tmp_path, window)
    qtbot.addWidget(send)
    send.photos.setChecked(False)
    send.save_to(path)
    set_target(path, Format.XLSX, f"work.{stable_key(first)}.title", "集市（周六）")
    cat.set_text(Owner.WORK, first.id, "title", "zh-Hans", "星期六的集市")
    dialog = ImportTranslationDialog(cat, path, window.stack, window)
    qtbot.addWidget(dialog)
    dialog.apply()
    window.inspector.show_works([cat.work(first.id)])
    label = window.inspector.captions.cells[("title", "zh-Hans")].suggestion
    assert not label.isHidden() and "集市（周六）" in label.text() and "t.xlsx" in label.text()
    (conflict,) = cat.conflicts()
    label.linkActivated.emit(f"theirs:{conflict.id}")
    assert cat.work(first.id).text("title", "zh-Hans").text == "集市（周六）"
    assert cat.conflicts() == []
    assert label.isHidden()
    window.stack.undo()
    assert cat.work(first.id).text("title", "zh-Hans").text == "星期六的集市"
