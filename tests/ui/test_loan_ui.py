"""The loan paperwork in the window: the inspector's Loan and Condition parts, the loan record
dialog with its crates, a condition check for a whole crate; every edit undoes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from exhibit.core.loan import ConditionCheck, Crate, Grade, HandOver, Zone
from exhibit.ui.widgets.condition_panel import WORSE


def test_loan_record_dialog_with_crates_is_one_undo_step(window, catalogue) -> None:
    from exhibit.ui.dialogs.loan_record import LoanRecordDialog

    catalogue.put_crate(Crate("1", 100, 80, 30, 40))
    wid = catalogue.works()[0].id
    catalogue.set_field([wid], "crate", "1")
    window.select_ids([wid])
    dialog = LoanRecordDialog(catalogue, window)
    dialog.editors["loan_number"].setText("LO-2026-001")
    dialog.editors["dispatch_date"].setText("2026-04-20")
    dialog.editors["insurance_excess"].setText("250,5")
    dialog.texts.cells[("borrower", "zh-Hans")].editor.setText("金华市展览服务中心")
    dialog.crates.removeRow(0)  # crate 1 goes: its work loses the crate
    dialog.add_crate_row(None)
    dialog.crates.item(0, 0).setText("2")
    dialog.crates.item(0, 4).setText("55")
    window.stack.push_command(dialog.command())
    ex = catalogue.exhibition()
    assert ex.loan.loan_number == "LO-2026-001" and ex.loan.insurance_excess == 250.5
    assert ex.loan.dispatch_date == date(2026, 4, 20)
    assert ex.value("borrower", "zh-Hans") == "金华市展览服务中心"
    assert catalogue.crates() == [Crate("2", weight_kg=55)]
    assert catalogue.work(wid).crate == ""
    crate_box = window.inspector.loan_fields.editors["crate"]
    assert crate_box.findData("2") > 0 and crate_box.findData("1") < 0  # the list follows
    assert crate_box.currentData() == ""  # the work lost its crate
    window.undo_action.trigger()
    assert catalogue.exhibition().loan.loan_number == ""
    assert crate_box.currentData() == "1"
    assert catalogue.crates() == [Crate("1", 100, 80, 30, 40)]
    assert catalogue.work(wid).crate == "1"
    dialog = LoanRecordDialog(catalogue, window)
    dialog.editors["return_due"].setText("bald")
    dialog.accept()
    assert "return_due" in dialog.error.text()


def test_inspector_loan_fields_and_crate(window, catalogue) -> None:
    catalogue.put_crate(Crate("K2"))
    wid = catalogue.works()[1].id
    window.select_ids([wid])
    inspector = window.inspector
    assert inspector.tabs.isVisibleTo(window)
    assert [inspector.tabs.tabText(i) for i in range(3)] == ["Details", "Loan", "Condition"]
    assert inspector.focus_field("frame_width_cm")
    assert inspector.tabs.currentWidget() is inspector.loan_tab
    crate = inspector.loan_fields.editors["crate"]
    crate.setCurrentIndex(crate.findData("K2"))
    crate.activated.emit(crate.currentIndex())
    frame = inspector.loan_fields.editors["frame_width_cm"]
    frame.setText("52,5")
    frame.editingFinished.emit()
    process = inspector.loan_texts.cells[("process", "zh-Hans")].editor
    process.setText("喷墨打印")
    process.textEdited.emit("喷墨打印")
    w = catalogue.work(wid)
    assert (w.crate, w.frame_width_cm, w.value("process", "zh-Hans")) == ("K2", 52.5, "喷墨打印")
    assert "process" not in {n for n, _ in inspector.captions.cells}
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert catalogue.work(wid).crate == ""


def test_condition_for_a_whole_crate_and_worse_grades(window, catalogue, monkeypatch) -> None:
    from exhibit.ui.dialogs import condition_check

    works = catalogue.works()
    catalogue.put_crate(Crate("3"))
    catalogue.set_field([works[0].id, works[2].id], "crate", "3")
    catalogue.add_condition_checks(
        [
            ConditionCheck(
                HandOver.DISPATCH, date(2026, 4, 20), "Düren", "Kessel",
                ((Zone.FRAME, Grade.GOOD), (Zone.GLAZING, Grade.EXCELLENT)), work_id=works[0].id,
            )
        ]
    )  # fmt: skip

    def fill(dialog) -> int:
        dialog.crate.setCurrentIndex(dialog.crate.findData("3"))
        dialog.event.setCurrentIndex(dialog.event.findData(HandOver.ARRIVAL))
        dialog.date.setDate(QDate(2026, 5, 2))
        dialog.place.setText("金华")
        dialog.examiner.setText("李伟")
        dialog.set_all(Grade.GOOD)
        combo = dialog.grades[Zone.GLAZING]
        combo.setCurrentIndex(combo.findData(Grade.FAIR))
        assert "No. 1, 3" in dialog.who.text()
        return 1

    monkeypatch.setattr(condition_check.ConditionCheckDialog, "exec", fill)
    window.select_ids([works[0].id])
    window.inspector.condition.record.click()
    histories = catalogue.condition_histories()
    assert sorted(histories) == [works[0].id, works[2].id]
    first = histories[works[0].id]
    assert first.worsened(1) == (Zone.GLAZING,)
    table = window.inspector.condition.table
    assert table.columnCount() == 2
    glazing = 2 + list(Zone).index(Zone.GLAZING)
    assert table.item(glazing, 1).background().color() == QColor(WORSE)
    assert table.item(2 + list(Zone).index(Zone.FRAME), 1).background().color() != QColor(WORSE)
    assert table.item(glazing, 0).background().color() != QColor(WORSE)
    window.undo_action.trigger()
    assert catalogue.condition_histories() == {works[0].id: first.__class__(first.checks[:1])}
    window.redo_action.trigger()
    assert len(catalogue.condition_history(works[2].id).checks) == 1
    table.selectColumn(0)
    window.inspector.condition.remove.click()
    assert [c.event for c in catalogue.condition_history(works[0].id).checks] == [HandOver.ARRIVAL]
    window.undo_action.trigger()
    assert len(catalogue.condition_history(works[0].id).checks) == 2


def test_print_documents_dialog_checks_previews_and_writes(window, catalogue, tmp_path) -> None:
    from exhibit.core.fields import Owner
    from exhibit.export.documents.options import DocumentKind
    from exhibit.ui.dialogs.documents_dialog import DocumentsDialog

    works = catalogue.works()
    catalogue.set_text(Owner.WORK, works[0].id, "caption", "de", "Wort " * 300)
    dialog = DocumentsDialog(catalogue, window.settings, [works[0].id, works[1].id], window)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    first = dialog.preview_image
    assert first.width == 420
    messages = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("does not fit" in m for m in messages)  # labels are first; No. 1 overflows
    assert dialog.save(tmp_path / "labels.pdf") is None and not (tmp_path / "labels.pdf").exists()
    dialog.captions.setChecked(False)
    dialog.qr.setText("https://example.org/w/{number}")
    dialog.refresh()
    assert dialog.save(tmp_path / "labels.pdf").pages >= 1
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.CHECKLIST))
    dialog.scope.setCurrentIndex(1)  # the two selected works
    dialog.refresh()
    assert dialog.preview_image.tobytes() != first.tobytes()
    result = dialog.save(tmp_path / "liste")
    assert result.path.name == "liste.pdf" and result.works == 2
    dialog.qr.setText("not a url")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.LABELS))
    dialog.refresh()
    assert not dialog.save_button.isEnabled()
    assert window.settings.get(__import__("exhibit.ui.settings").ui.settings.LABEL_QR).startswith(
        "https://example.org"
    )


def test_condition_dialog_leaves_zones_not_looked_at_ungraded(window, catalogue) -> None:
    from exhibit.ui.dialogs.condition_check import ConditionCheckDialog

    works = catalogue.works()[:2]
    dialog = ConditionCheckDialog(catalogue, works, window)
    combo = dialog.grades[Zone.FRAME]
    combo.setCurrentIndex(combo.findData(Grade.FAIR))
    dialog.place.setText("Düren")
    dialog.examiner.setText("Kessel")
    checks = dialog.checks()
    assert [c.work_id for c in checks] == [w.id for w in works]
    assert all(c.grades == ((Zone.FRAME, Grade.FAIR),) for c in checks)
    assert all(isinstance(c.event, HandOver) for c in checks)
    dialog.examiner.setText("")
    dialog.accept()
    assert "examiner" in dialog.error.text()
