"""The import dialog: progress off the UI thread, cancel that keeps what was done, the report."""

from __future__ import annotations

import json
import threading

import pytest
from fake_jobs import FakeImportJob
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_language import ui_language

from exhibit.core.jobs import JobReport, Outcome, Progress
from exhibit.ui.dialogs.import_dialog import ImportDialog, format_duration


@pytest.fixture
def shown_errors(monkeypatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


def _open(qtbot, job) -> ImportDialog:
    dialog = ImportDialog(job)
    qtbot.addWidget(dialog)
    return dialog


def _run_to_report(qtbot, job) -> tuple[ImportDialog, JobReport]:
    dialog = _open(qtbot, job)
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000) as blocker:
        dialog.show()
    return dialog, blocker.args[0]


def test_runs_the_import_and_reports_every_file(qtbot) -> None:
    job = FakeImportJob(20)
    dialog, report = _run_to_report(qtbot, job)
    assert job.checked
    assert job.thread_name != threading.current_thread().name
    assert dialog.report is report and len(report.outcomes) == 20
    assert "16" in dialog.heading.text()  # 16 imported, 2 duplicates, 2 failed
    assert "Duplicates: 2" in dialog.summary_label.text()
    assert "Failed: 2" in dialog.summary_label.text()
    table = dialog.table
    assert table.topLevelItemCount() == 20
    assert table.topLevelItem(0).text(1) == "failed"  # problems first
    assert table.topLevelItem(0).text(2) == "truncated: the image data ends early"
    assert "cut short" in table.topLevelItem(0).toolTip(2)
    assert table.topLevelItem(2).text(2) == "duplicate of No. 1"
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()


def test_problems_only_filter(qtbot) -> None:
    dialog, _ = _run_to_report(qtbot, FakeImportJob(20))
    dialog.problems_only.setChecked(True)
    assert dialog.table.topLevelItemCount() == 4


def test_progress_shows_count_current_file_rate_and_time_left(qtbot) -> None:
    dialog = _open(qtbot, FakeImportJob(10))
    dialog._on_progress(Progress(4, 10, "/photos/Düren/Markt 004.jpg", elapsed=2.0))
    assert dialog.count_label.text() == "4 of 10"
    assert dialog.current_label.toolTip().endswith("Markt 004.jpg")
    assert dialog.progress_bar.value() == 4 and dialog.progress_bar.maximum() == 10
    assert dialog.rate_label.text() == "2.0 photos per second, about 3 s left"


def test_cancel_stops_promptly_and_keeps_what_was_imported(qtbot) -> None:
    job = FakeImportJob(500, delay=0.005)
    dialog = _open(qtbot, job)
    reports: list[JobReport] = []
    dialog.report_ready.connect(reports.append)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 3)
    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        dialog.cancel_button.click()
    report = reports[0]
    assert report.cancelled and 3 <= len(report.outcomes) < 500
    assert "cancelled" in dialog.heading.text().lower()
    assert "not started" in dialog.summary_label.text()
    qtbot.wait(20)
    assert len(reports) == 1


def test_closing_while_running_cancels_and_shows_the_report(qtbot) -> None:
    gate = threading.Event()
    dialog = _open(qtbot, FakeImportJob(50, gate=gate))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.running and dialog.plan is not None)
    dialog.reject()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.report_ready) as blocker:
        gate.set()
    assert blocker.args[0].cancelled
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_plan_errors_stop_before_running(qtbot) -> None:
    job = FakeImportJob(5, plan_errors=("/photos/nowhere: no such folder",))
    dialog = _open(qtbot, job)
    dialog.show()
    qtbot.waitUntil(lambda: "nowhere" in dialog.summary_label.text())
    assert job.thread_name == ""  # run() never started
    assert dialog.report is None


def test_nothing_to_import(qtbot) -> None:
    dialog = _open(qtbot, FakeImportJob(0))
    dialog.show()
    qtbot.waitUntil(dialog.report_page.isVisible)
    assert dialog.heading.text() == "No photos to import"


def test_a_failing_job_shows_an_error_and_keeps_the_window(qtbot, shown_errors) -> None:
    dialog = _open(qtbot, FakeImportJob(5, fail_with=OSError(28, "No space left on device")))
    dialog.show()
    qtbot.waitUntil(lambda: bool(shown_errors))
    assert "disk is full" in shown_errors[0].text()
    assert dialog.heading.text() == "The import stopped"
    assert dialog.close_button.isVisible() and not dialog.save_button.isVisible()


def test_copy_report(qtbot) -> None:
    dialog, _ = _run_to_report(qtbot, FakeImportJob(20))
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert "Markt 010.jpg\tfailed\t" in text
    assert "duplicate of No. 1" in text


def test_save_report_as_text_and_json(qtbot, tmp_path, monkeypatch) -> None:
    dialog, report = _run_to_report(qtbot, FakeImportJob(20))
    monkeypatch.setattr(dialog, "ask_report_path", lambda: tmp_path / "report.json")
    dialog.save_button.click()
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(report.to_dict()))
    assert data["counts"] == {"imported": 16, "duplicate": 2, "failed": 2}
    dialog.save_report(tmp_path / "report.txt")
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "Markt 007.jpg\tduplicate\tduplicate of No. 1" in text


def test_stop_and_wait(qtbot) -> None:
    gate = threading.Event()
    dialog = _open(qtbot, FakeImportJob(50, gate=gate))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.running and dialog.plan is not None)
    gate.set()
    assert dialog.stop_and_wait(5000)
    assert dialog.report is not None and not dialog.running


def test_imported_outcomes_name_their_number(qtbot) -> None:
    dialog, report = _run_to_report(qtbot, FakeImportJob(3))
    first = report.of(Outcome.IMPORTED)[0]
    assert dialog.outcome_text(first) == ("imported", "as No. 1")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.2, "less than a second"), (12, "12 s"), (185, "3 min 5 s"), (4800, "1 h 20 min")],
)
def test_format_duration(qapp, seconds, text) -> None:
    assert format_duration(seconds) == text


def test_with_the_real_import_job(qtbot, catalogue, tmp_path) -> None:
    from exhibit.ingest.importer import ImportOptions
    from exhibit.testing import make_jpeg

    folder = tmp_path / "Fotos"
    folder.mkdir()
    for i in range(4):
        make_jpeg(path=folder / f"Markt {i}.jpg", size=(64 + i, 48))
    make_jpeg(path=folder / "Markt 0 copy.jpg", size=(64, 48))
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    dialog = ImportDialog.for_paths(catalogue, [folder], ImportOptions(jobs=0))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000) as blocker:
        dialog.show()
    report = blocker.args[0]
    assert report.count(Outcome.IMPORTED) == 4 == catalogue.count_works()
    assert report.count(Outcome.DUPLICATE) == 1 and report.count(Outcome.FAILED) == 1
    assert "duplicate of No. 1" in dialog.report_text()


@pytest.mark.parametrize("language", ["de", "zh_CN"])
def test_every_reason_a_file_fails_is_said_in_the_ui_language(qtbot, qapp, language) -> None:
    from exhibit.ingest.probe import REASONS

    dialog = _open(qtbot, FakeImportJob(1))
    english = dialog.reasons()
    assert set(REASONS) <= set(english)  # a new reason cannot reach the report unexplained
    with ui_language(qapp, language):
        translated = dialog.reasons()
    assert not [code for code in REASONS if translated[code] == english[code]]
