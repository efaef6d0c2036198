"""The main window: open, caption in both languages, undo, reorder, filter, batch edit, sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from exhibit.core.fields import Owner
from exhibit.core.jobs import FileOutcome, JobReport, Outcome
from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.core.store import Catalogue
from exhibit.ui.models.filter_proxy import NO_SECTION
from exhibit.ui.models.works_model import Role

T = TranslationStatus


def order(catalogue) -> list[int]:
    return [w.id for w in catalogue.works()]


def select_rows(window, rows: list[int]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def type_with_input_method(widget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr("exhibit.ui.main_window.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def test_opens_a_project_with_its_works_and_counts(window, catalogue) -> None:
    assert window.proxy.rowCount() == 6
    assert "Düren in Bildern" in window.windowTitle()
    text = window.status_label.text()
    assert "6 work" in text
    assert "6 without complete translation" in text  # captions are missing everywhere
    assert window.grid.model().index(0, 0).data(Role.TITLE) == "Der Markt am Samstag"


def test_caption_editing_in_both_languages_reaches_the_store(qtbot, window, catalogue) -> None:
    work = catalogue.works()[0]
    window.select_ids([work.id])
    assert window.inspector.works[0].id == work.id
    cells = window.inspector.captions.cells
    caption_de = cells[("caption", "de")].editor
    caption_de.setFocus()
    qtbot.keyClicks(caption_de, "Markt an der Annakirche")
    title_zh = cells[("title", "zh-Hans")].editor
    title_zh.setFocus()
    title_zh.selectAll()
    type_with_input_method(title_zh, "安娜教堂旁的集市")  # as a Pinyin input method commits
    stored = catalogue.work(work.id)
    assert stored.value("caption", "de") == "Markt an der Annakirche"
    assert stored.value("title", "zh-Hans") == "安娜教堂旁的集市"
    assert cells[("caption", "de")].count.text() == "23 / 4000"
    # one undo step per field edited, named in the Edit menu
    assert window.undo_action.text() == "Undo Edit Title (zh-Hans)"
    window.undo_action.trigger()
    assert catalogue.work(work.id).value("title", "zh-Hans") == "周六的集市"
    assert title_zh.text() == "周六的集市"
    window.undo_action.trigger()
    assert catalogue.work(work.id).value("caption", "de") == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert catalogue.work(work.id).value("title", "zh-Hans") == "安娜教堂旁的集市"


def test_status_is_chosen_per_field_and_language(window, catalogue) -> None:
    work = catalogue.works()[0]
    window.select_ids([work.id])
    status = window.inspector.captions.cells[("title", "zh-Hans")].status
    index = status.findData(T.APPROVED)
    status.setCurrentIndex(index)
    status.activated.emit(index)
    assert catalogue.work(work.id).text("title", "zh-Hans").status is T.APPROVED
    catalogue.set_text(Owner.WORK, work.id, "title", "de", "Der Markt, neu")
    assert status.currentData() == T.OUTDATED  # shown, derived from the changed source
    window.undo_action.trigger()
    assert catalogue.work(work.id).text("title", "zh-Hans").status is T.DRAFT


def test_reorder_by_drag_and_drop_renumbers_and_undoes(qtbot, window, catalogue) -> None:
    before = order(catalogue)
    grid = window.grid
    data = window.proxy.mimeData([window.proxy.index(4, 0)])
    target = grid.visualRect(window.proxy.index(1, 0))
    drop = QDropEvent(
        QPointF(target.left() + 5, target.center().y()),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.dropEvent(drop)
    assert order(catalogue) == [before[0], before[4], before[1], before[2], before[3], before[5]]
    assert [w.number for w in catalogue.works()] == [1, 2, 3, 4, 5, 6]
    qtbot.waitUntil(lambda: grid.model().index(1, 0).data(Role.ID) == before[4])
    assert grid.model().index(1, 0).data(Role.NUMBER) == 2
    window.undo_action.trigger()
    assert order(catalogue) == before
    # the view's helper: two works dropped after the last one
    select_rows(window, [0, 1])
    data = window.proxy.mimeData(grid.selectionModel().selectedIndexes())
    assert grid.drop_works_at(data, 5, after=True)
    assert order(catalogue) == before[2:] + before[:2]


def test_files_dropped_on_the_grid_start_an_import(window, tmp_path, monkeypatch) -> None:
    from exhibit.core.jobs import default_workers

    asked, jobs = [], []

    class FakeDialog:
        running = False

        def __init__(self, paths, options):
            asked.append(paths)
            jobs.append(options.jobs)
            self.report_ready = type("S", (), {"connect": lambda *_: None})()
            self.destroyed = self.report_ready

        @classmethod
        def for_paths(cls, catalogue, paths, options, parent=None):
            return cls(paths, options)

        def setAttribute(self, *_):
            pass

        def open(self):
            pass

    monkeypatch.setattr("exhibit.ui.dialogs.import_dialog.ImportDialog", FakeDialog)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "Fotos"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.grid.dropEvent(drop)
    assert asked == [[tmp_path / "Fotos"]]
    assert jobs == [default_workers()]  # the window passes the job count, as the CLI does


def test_an_import_is_one_undo_step(qtbot, window, catalogue, add_works) -> None:
    new = add_works(catalogue, 3, start=20)
    report = JobReport(
        outcomes=(
            *tuple(FileOutcome(w.original.path, Outcome.IMPORTED, w.number, w.id) for w in new),
            FileOutcome("x.jpg", Outcome.FAILED, reason="not_an_image"),
        )
    )
    window.import_finished(report)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 9)
    assert window.undo_action.text() == "Undo Import 3 photo(s)"
    window.undo_action.trigger()
    assert catalogue.count_works() == 6
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6)
    window.redo_action.trigger()
    assert catalogue.count_works() == 9


def test_search_and_filters(qtbot, window, catalogue) -> None:
    bar = window.filter_bar
    type_with_input_method(bar.search, "集市")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert "1 shown" in window.status_label.text()
    bar.reset()
    assert window.proxy.rowCount() == 6
    works = catalogue.works()
    catalogue.set_loan_status([works[2].id], LoanStatus.PACKED)
    bar.loan.setCurrentIndex(bar.loan.findData(LoanStatus.PACKED))
    assert window.proxy.work_ids() == [works[2].id]
    bar.reset()
    for w in works:
        for lang, text in (("de", "Text"), ("zh-Hans", "文字")):
            catalogue.set_text(Owner.WORK, w.id, "caption", lang, text)
    bar.translation.setCurrentIndex(1)  # missing or outdated
    assert window.proxy.rowCount() == 2  # every third work lacks its Chinese title


def test_batch_edit_of_selected_works(window, catalogue) -> None:
    select_rows(window, [0, 2, 3])
    ids = window.selected_ids()
    assert len(ids) == 3
    fields = window.inspector.fields
    photographer = fields.editors["photographer"]
    assert photographer.placeholderText() == ""
    photographer.setText("Jürgen Weber")
    photographer.editingFinished.emit()
    assert [catalogue.work(i).photographer for i in ids] == ["Jürgen Weber"] * 3
    loan = fields.editors["loan_status"]
    loan.setCurrentIndex(loan.findData("selected"))
    loan.activated.emit(loan.currentIndex())
    assert {catalogue.work(i).loan_status for i in ids} == {LoanStatus.SELECTED}
    tags = fields.editors["tags"]
    tags.setText("Rur, Wasser")
    tags.editingFinished.emit()
    assert catalogue.work(ids[1]).tags == ("Rur", "Wasser")
    section = catalogue.add_section({"de": "Die Stadt", "zh-Hans": "城市"})
    box = fields.section
    box.setCurrentIndex(box.findData(section.id))
    box.activated.emit(box.currentIndex())
    assert {w.section_id for w in catalogue.works(ids)} == {section.id}
    window.undo_action.trigger()  # section
    window.undo_action.trigger()  # tags
    window.undo_action.trigger()  # loan status
    assert {catalogue.work(i).loan_status for i in ids} == {LoanStatus.CANDIDATE}
    window.undo_action.trigger()
    assert [catalogue.work(i).photographer for i in ids] == [""] * 3
    window.select_ids([*ids[:1], catalogue.works()[1].id])
    photographer.setText("Anna")
    photographer.editingFinished.emit()
    window.select_ids(ids)
    assert photographer.placeholderText() == "(multiple values)"


def test_a_refused_value_is_shown_and_nothing_changes(window, catalogue, errors) -> None:
    window.select_ids([catalogue.works()[0].id])
    width = window.inspector.fields.editors["print_width_cm"]
    width.setText("9999")
    width.editingFinished.emit()
    assert "maximum" in str(errors[0])
    assert catalogue.works()[0].print_width_cm is None
    assert window.stack.count() == 0


def test_sections_add_rename_reorder_delete(qtbot, window, catalogue) -> None:
    panel = window.sections
    panel.ask_titles = lambda titles: {"de": "Die Stadt", "zh-Hans": "城市"}
    panel.add()
    (city,) = catalogue.sections()
    assert city.value("title", "zh-Hans") == "城市"
    panel.select(NO_SECTION)
    panel.ask_titles = lambda titles: {"de": "Der Kreis", "zh-Hans": "县域"}
    panel.add()
    county = catalogue.sections()[1]
    panel.select(county.id)
    panel.ask_titles = lambda titles: {**titles, "de": "Rur und Eifel"}
    panel.rename()
    assert catalogue.section(county.id).value("title", "de") == "Rur und Eifel"
    assert catalogue.section(county.id).value("title", "zh-Hans") == "县域"
    panel.move(-1)
    assert [s.id for s in catalogue.sections()] == [county.id, city.id]
    ids = order(catalogue)
    window._move_to_section(ids[:2], city.id)
    assert "Die Stadt (2)" in [
        window.sections_model.index(r).data() for r in range(window.sections_model.rowCount())
    ]
    panel.select(city.id)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2)
    panel.ask_move_target = lambda section: (True, county.id)
    panel.delete()
    assert [s.id for s in catalogue.sections()] == [county.id]
    assert {w.section_id for w in catalogue.works(ids[:2])} == {county.id}
    assert catalogue.count_works() == 6  # never lost
    window.undo_action.trigger()
    assert catalogue.section(city.id).value("title", "de") == "Die Stadt"
    assert {w.section_id for w in catalogue.works(ids[:2])} == {city.id}


def test_remove_works_and_undo(window, catalogue) -> None:
    before = order(catalogue)
    select_rows(window, [1, 2])
    window.remove_action.trigger()
    assert order(catalogue) == [before[0], *before[3:]]
    window.undo_action.trigger()
    assert order(catalogue) == before
    assert window.proxy.rowCount() == 6


def test_full_screen_preview_steps_in_exhibition_order(qtbot, window, catalogue) -> None:
    ids = order(catalogue)
    window.select_ids([ids[1]])
    window.show_preview()
    preview = window._preview
    qtbot.waitExposed(preview)
    assert preview.current.id == ids[1]
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert preview.current.id == ids[3]
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    qtbot.keyClick(preview, Qt.Key.Key_End)
    assert preview.current.id == ids[5]
    preview.grab()  # paints without error
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window._preview is None)
    assert window.selected_ids() == [ids[5]]


def test_exhibition_settings_dialog(window, catalogue) -> None:
    from exhibit.ui.dialogs.exhibition_settings import ExhibitionSettingsDialog

    dialog = ExhibitionSettingsDialog(catalogue, window)
    dialog.texts.cells[("venue", "zh-Hans")].editor.setText("金华市展览服务中心")
    dialog.dates["opening"].setText("2026-09-18")
    dialog.languages.setText("de, zh-CN")
    assert dialog.language_names.text() == "Deutsch | 中文"
    window.stack.push_command(dialog.command())
    ex = catalogue.exhibition()
    assert ex.value("venue", "zh-Hans") == "金华市展览服务中心"
    assert ex.opening.isoformat() == "2026-09-18"
    dialog.dates["closing"].setText("18.09.2026")
    dialog.accept()
    assert "not a date" in dialog.error.text()
    window.undo_action.trigger()
    assert catalogue.exhibition().opening is None


def test_projects_open_errors_and_start_page(qtbot, tmp_path, ui_settings, monkeypatch) -> None:
    from exhibit.ui.app import Projects

    shown = []
    monkeypatch.setattr("exhibit.ui.app.show_error", lambda _p, exc: shown.append(exc))
    root = tmp_path / "Dueren.exhibit"
    Catalogue.create(root, "Düren").close()
    projects = Projects(ui_settings)
    assert not projects.open_project(tmp_path / "nowhere.exhibit")
    assert "no such project" in str(shown[-1])
    holder = Catalogue.open(root)  # "open elsewhere"
    assert not projects.open_project(root)
    assert shown[-1].code == "project_open_elsewhere"
    holder.close()
    assert projects.open_project(root)
    qtbot.addWidget(projects.window)
    assert ui_settings.recent_projects() == [root.absolute()]
    projects.window.close()
    assert projects.catalogue is None
    projects.show_start()
    qtbot.addWidget(projects.start_page)
    assert projects.start_page.recent.item(0).text() == "Dueren.exhibit"


def test_settings_are_declared_once_with_defaults(ui_settings) -> None:
    from exhibit.ui import settings as S

    assert ui_settings.get(S.THUMBNAIL_SIZE) == 160
    ui_settings.set(S.THUMBNAIL_SIZE, 200)
    ui_settings.sync()
    reopened = S.Settings(
        type(ui_settings.qsettings)(
            ui_settings.qsettings.fileName(), ui_settings.qsettings.format()
        )
    )
    assert reopened.get(S.THUMBNAIL_SIZE) == 200
    assert reopened.get(S.SHOW_CAPTIONS_IN_GRID) is True
    for i in range(12):
        ui_settings.add_recent(Path(f"/p{i}"))
    assert len(ui_settings.recent_projects()) == S.MAX_RECENT


def test_main_opens_the_project_given_and_returns(tmp_path) -> None:
    """In its own process: after app.exec() returns, Qt no longer delivers queued signals."""
    import subprocess
    import sys

    root = tmp_path / "Dueren.exhibit"
    Catalogue.create(root, "Düren").close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "def look():\n"
        "    print([w.objectName() for w in app.topLevelWidgets() if w.isVisible()])\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, look)\n"
        "from exhibit.ui.app import main\n"
        "sys.exit(main(['exhibit'], project=Path(sys.argv[1])))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "mainWindow" in done.stdout
    Catalogue.open(root).close()  # closed again: not left locked


def test_projects_offer_the_newest_good_backup_for_a_damaged_catalogue(
    qtbot, tmp_path, ui_settings, monkeypatch
) -> None:
    from exhibit.ui.app import Projects

    shown = []
    monkeypatch.setattr("exhibit.ui.app.show_error", lambda _p, exc: shown.append(exc))
    root = tmp_path / "Dueren.exhibit"
    with Catalogue.create(root, "Düren") as cat:
        cat.add_section({"de": "Stadt"})
    Catalogue.open(root).close()  # a backup
    (root / "catalogue.sqlite").write_bytes(b"")
    offered = []
    projects = Projects(ui_settings)
    monkeypatch.setattr(
        projects, "confirm_restore", lambda good, exc: offered.append(good) or False
    )
    assert not projects.open_project(root)
    assert shown[-1].code == "catalogue_damaged" and offered[0].good
    assert (root / "catalogue.sqlite").stat().st_size == 0  # declined: nothing touched
    monkeypatch.setattr(projects, "confirm_restore", lambda good, exc: True)
    assert projects.open_project(root)
    qtbot.addWidget(projects.window)
    assert [s.value("title", "de") for s in projects.catalogue.sections()] == ["Stadt"]
    projects.window.close()


def test_confirm_restore_asks_with_the_backups_date_and_works(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from exhibit.core.project import ProjectPaths
    from exhibit.core.store_backups import backups, describe, make_backup
    from exhibit.ui.app import Projects

    root = tmp_path / "P.exhibit"
    Catalogue.create(root, "Düren").close()
    make_backup(ProjectPaths(root))
    (good,) = describe(backups(ProjectPaths(root)))
    seen = []

    def fake_exec(box):
        seen.append(box.informativeText())
        roles = {box.buttonRole(b): b for b in box.buttons()}
        roles[QMessageBox.ButtonRole.AcceptRole].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert Projects(None).confirm_restore(good, Exception("damaged")) is True
    assert "0 works" in seen[0] and "newest good backup" in seen[0]


def test_projects_say_when_no_backup_could_be_made(qtbot, tmp_path, ui_settings) -> None:
    import shutil

    from exhibit.ui.app import Projects

    root = tmp_path / "Dueren.exhibit"
    Catalogue.create(root, "Düren").close()
    shutil.rmtree(root / "backups")
    (root / "backups").write_text("not a folder")  # nowhere to write a backup
    projects = Projects(ui_settings)
    assert projects.open_project(root)  # the project opens all the same
    qtbot.addWidget(projects.window)
    message = projects.window.statusBar().currentMessage()
    assert message.startswith("When the project was opened: no backup could be written in")
    projects.window.close()
