"""The window and the partner office: merge with a preview, one undo step, conflicts, packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue
from exhibit.export.partner import merge_package, send_package
from exhibit.ui.dialogs.partner import ConflictsDialog, MergePreviewDialog, merge_from_partner


@pytest.fixture
def partner(window, catalogue: Catalogue, tmp_path: Path):
    """Düren's window over six works, and Jinhua's copy made from Düren's package."""
    from exhibit.export.partner import unpack_package

    catalogue.set_office("Düren")
    catalogue.set_author("Anna")
    pkg = send_package(catalogue, tmp_path / "an-jinhua").path
    jinhua = tmp_path / "Jinhua.exhibit"
    unpack_package(pkg, jinhua, "Jinhua")
    cat = Catalogue.open(jinhua, backup=False)
    cat.set_author("王丽")
    yield cat
    cat.close()


def package_of(cat: Catalogue, tmp_path: Path, name: str) -> Path:
    return send_package(cat, tmp_path / name).path


def test_merge_with_preview_is_one_undo_step(window, catalogue, partner, tmp_path, qtbot):
    first = partner.work_by_number(1)
    partner.set_text(Owner.WORK, first.id, "caption", "zh-Hans", "周六的集市，金华写")
    partner.set_text(Owner.WORK, partner.work_by_number(2).id, "title", "de", "Jinhua-Titel")
    catalogue.set_text(Owner.WORK, catalogue.work_by_number(2).id, "title", "de", "Düren-Titel")
    partner.set_field([partner.work_by_number(3).id], "photographer", "李明")
    pkg = package_of(partner, tmp_path, "von-jinhua")
    seen = []

    def confirm(report) -> bool:
        dialog = MergePreviewDialog(report, window)
        qtbot.addWidget(dialog)
        seen.append(dialog.table.rowCount())
        assert dialog.merge_button.isEnabled()
        return True

    report = merge_from_partner(window, pkg, confirm=confirm)
    assert seen == [3]  # two fields taken, one conflict, all listed
    assert len(report.taken) == 2 and len(report.conflicts) == 1
    work = catalogue.work_by_number(1)
    assert work.text("caption", "zh-Hans").text == "周六的集市，金华写"
    assert catalogue.work_by_number(2).text("title", "de").text == "Düren-Titel"
    # the inspector says who changed the caption, where
    window.select_ids([work.id])
    note = window.inspector.captions.cells[("caption", "zh-Hans")].changed
    assert "Jinhua" in note.text() and "王丽" in note.text()
    assert note.text().startswith("changed in Jinhua by 王丽, ")
    window.select_ids([catalogue.work_by_number(3).id])
    tip = window.inspector.fields.editors["photographer"].toolTip()
    assert tip.startswith("changed in Jinhua by 王丽")
    window.select_ids([work.id])
    assert window.undo_action.text() == "Undo Merge from Jinhua"
    window.undo_action.trigger()
    assert catalogue.work_by_number(1).text("caption", "zh-Hans").text == ""
    assert catalogue.conflicts() == []
    window.redo_action.trigger()
    assert catalogue.work_by_number(1).text("caption", "zh-Hans").text == "周六的集市，金华写"
    assert len(catalogue.conflicts()) == 1
    for dialog in window.findChildren(ConflictsDialog):
        dialog.close()


def test_conflicts_dialog_takes_theirs_and_undoes(window, catalogue, partner, tmp_path, qtbot):
    for cat, text in ((catalogue, "Düren"), (partner, "Jinhua")):
        for n in (1, 2):
            cat.set_field([cat.work_by_number(n).id], "photographer", f"{text} {n}")
    merge_package(catalogue, package_of(partner, tmp_path, "j"))
    dialog = ConflictsDialog(catalogue, window.stack, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "Jinhua" in dialog.table.item(0, 3).text() and "王丽" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    dialog.take_button.click()
    assert catalogue.work_by_number(1).photographer == "Jinhua 1"
    assert dialog.table.rowCount() == 1
    dialog.keep_all_button.click()
    assert catalogue.conflicts() == []
    assert catalogue.work_by_number(2).photographer == "Düren 2"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert catalogue.work_by_number(1).photographer == "Düren 1"
    assert len(catalogue.conflicts()) == 2


def test_open_package_makes_a_project_and_opens_it(tmp_path, catalogue, add_works, ui_settings):
    from exhibit.ui.app import Projects

    add_works(catalogue, 3)
    pkg = package_of(catalogue, tmp_path, "p")
    projects = Projects(ui_settings)
    dest = tmp_path / "Jinhua.exhibit"
    assert projects.open_package(pkg, dest, "Jinhua")
    try:
        assert projects.catalogue is not None and projects.catalogue.office == "Jinhua"
        assert projects.window is not None and projects.window.works_model.rowCount() == 3
    finally:
        projects.window.close()
    assert projects.catalogue is None  # closing the window closed the project


def test_start_page_offers_to_open_a_package(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from exhibit.ui.widgets.start_page import StartPage

    page = StartPage([])
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.packageRequested):
        page.findChild(QPushButton, "packageButton").click()


def test_send_to_partner_makes_the_package_off_the_window_thread(
    window, catalogue, tmp_path, qtbot, monkeypatch
) -> None:
    from exhibit.export.partner import read_manifest

    catalogue.set_office("Düren")
    out = tmp_path / "an-jinhua.exhibit-pkg"
    monkeypatch.setattr(
        "exhibit.ui.dialogs.partner.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(out), ""),
    )
    window.send_to_partner()
    qtbot.waitUntil(lambda: "an-jinhua" in window.statusBar().currentMessage(), timeout=30_000)
    manifest = read_manifest(out)
    assert manifest.office == "Düren" and manifest.works == 6
