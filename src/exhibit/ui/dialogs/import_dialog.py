"""The import dialog: runs an import job off the window's thread, shows progress, then the report.

    dialog = ImportDialog.for_paths(catalogue, paths, parent=window)  # builds the core ImportJob
    dialog.report_ready.connect(window.import_finished)    # JobReport: push the undo command
    dialog.open()                                          # starts the job when first shown

or, with any job that has ``check() -> Plan`` and ``run(progress, cancel) -> JobReport``:
``ImportDialog(job, parent)``. ``exec()`` works too and the report is then in ``dialog.report``.

While the job runs the dialog shows the count, the current file, the rate and the time left
(``JobRunner`` throttles the updates). Cancel (or closing the dialog) sets the job's cancel token;
the job stops before its next file and keeps what it imported. At the end the dialog lists the
imported works, the duplicates ("duplicate of No. N") and the failures with their reasons; the
report can be copied to the clipboard or saved as text or JSON (``JobReport.to_dict()``).
``report_ready`` is emitted once, also for a cancelled import, so the window can offer to undo
exactly the works that came in. The job's pure ``check`` runs on the worker thread as well, so
a large folder being looked through never freezes the window.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.jobs import Cancelled, FileOutcome, JobReport, Outcome, Plan, Progress
from exhibit.ui.dialogs.job_dialog import CheckJob, JobDialog, format_duration, rate_text
from exhibit.ui.errors import describe_error, guard_slot, show_error

_PROBLEMS_FIRST = {Outcome.FAILED: 0, Outcome.DUPLICATE: 1, Outcome.SKIPPED: 2}


class ImportDialog(JobDialog):
    """Progress of an import, then its report. See the module docstring."""

    report_ready = Signal(object)  # JobReport, once, when the import has ended

    def __init__(self, job: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.report: JobReport | None = None
        self.plan: Plan | None = None
        self._started = False
        self.setWindowTitle(self.tr("Import photos"))
        self.setMinimumWidth(560)
        self._build()

    @classmethod
    def for_paths(
        cls,
        catalogue: Any,
        paths: Iterable[Path | str],
        options: Any = None,
        parent: QWidget | None = None,
    ) -> ImportDialog:
        """A dialog for the core import of ``paths`` (files and folders) into ``catalogue``."""
        from exhibit.ingest.importer import ImportJob  # the lead's job; imported when used

        job = ImportJob(catalogue, [Path(p) for p in paths], options)
        return cls(job, parent)

    # ----------------------------------------------------------------- layout

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Looking for photos…"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.progress_page = self._build_progress_page(self.count_label)
        self.progress_bar.setRange(0, 0)  # busy until the check says how many
        self.report_page = self._build_report_page()
        self.report_page.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button = self._add_button(self.tr("&Copy report"), self.copy_report)
        self.save_button = self._add_button(self.tr("&Save report…"), self.ask_save_report)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        for button in (self.copy_button, self.save_button, self.close_button):
            button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress_page)
        layout.addWidget(self.report_page, 1)
        layout.addWidget(self.buttons)

    def _add_button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_only = QCheckBox(self.tr("Show only duplicates and failures"))
        self.problems_only.toggled.connect(self._fill_table)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_only)
        layout.addWidget(self.table, 1)
        return page

    # ----------------------------------------------------------------- running

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """Check, then run the job (called when the dialog is first shown)."""
        if self._started:
            return
        self._started = True
        self._run(CheckJob(self.job), self._on_checked)

    @guard_slot
    def cancel(self) -> None:
        """Stop before the next file; what was imported stays. The report follows."""
        if self._runner is None:
            return
        self._runner.cancel()
        self.cancel_button.setEnabled(False)
        self.heading.setText(self.tr("Cancelling… (the current photo is finished first)"))

    @guard_slot
    def _on_checked(self, plan: Plan) -> None:
        self.plan = plan
        if self.cancel_requested:
            self._finish(JobReport(cancelled=True, not_started=plan.total))
            return
        if plan.errors or plan.total == 0:
            self._show_plan_problems(plan)
            return
        self.heading.setText(self.tr("Importing %n photo(s)…", "", plan.total))
        self.progress_bar.setRange(0, plan.total)
        self.count_label.setText(self.tr("{done} of {total}").format(done=0, total=plan.total))
        self._run(self.job, self._on_report)

    @guard_slot
    def _on_progress(self, progress: Progress) -> None:
        self._advance(progress)
        if not self.cancel_requested:  # the heading counts what the counter counts
            self.heading.setText(self.tr("Importing %n photo(s)…", "", progress.total))
        self.count_label.setText(
            self.tr("{done} of {total}").format(done=progress.done, total=progress.total)
        )
        self.current_label.set_full_text(str(progress.current or ""))
        self.rate_label.setText(rate_text(progress))

    @guard_slot
    def _on_report(self, report: JobReport) -> None:
        self._finish(report)

    @guard_slot
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._finish(JobReport(cancelled=True))
            return
        self._finish(None, exc)
        show_error(self, exc)

    # ----------------------------------------------------------------- the report

    def _finish(self, report: JobReport | None, exc: BaseException | None = None) -> None:
        self.report = report
        self._show_report_page(large=report is not None)
        self.cancel_button.hide()
        for button in (self.copy_button, self.save_button, self.close_button):
            button.setVisible(report is not None or button is self.close_button)
        self.close_button.setDefault(True)
        if report is None:
            self.heading.setText(self.tr("The import stopped"))
            text = describe_error(exc) if exc else None
            self.summary_label.setText(f"{text.what}\n{text.todo}" if text else "")
            return
        self.heading.setText(self._heading_for(report))
        self.summary_label.setText(self.summary_text(report))
        self.problems_only.setChecked(report.count(Outcome.IMPORTED) > 50)
        self._fill_table()
        self.report_ready.emit(report)

    def _show_report_page(self, *, large: bool) -> None:
        self.progress_page.hide()
        self.report_page.show()
        if not large:
            self.adjustSize()
            return
        width, height = 820, 500
        if self.parentWidget() is not None:
            room = self.parentWidget().size()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(max(width, self.width()), max(height, self.height()))

    def _show_plan_problems(self, plan: Plan) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.problems_only.hide()
        self.table.hide()
        self._show_report_page(large=False)
        if plan.errors:
            self.heading.setText(self.tr("Nothing was imported"))
        else:
            self.heading.setText(self.tr("No photos to import"))
        lines = [plan.summary, *plan.errors, *plan.warnings]
        self.summary_label.setText("\n".join(line for line in lines if line))

    def _heading_for(self, report: JobReport) -> str:
        imported = report.count(Outcome.IMPORTED)
        if report.cancelled:
            return self.tr("Import cancelled: %n photo(s) imported and kept", "", imported)
        return self.tr("Import finished: %n photo(s) imported", "", imported)

    def summary_text(self, report: JobReport) -> str:
        """One paragraph: the counts, the time taken, and what cancelling left."""
        parts = [
            self.tr("Imported: {n}").format(n=report.count(Outcome.IMPORTED)),
            self.tr("Duplicates: {n}").format(n=report.count(Outcome.DUPLICATE)),
            self.tr("Failed: {n}").format(n=report.count(Outcome.FAILED)),
        ]
        if report.count(Outcome.SKIPPED):
            parts.append(self.tr("Skipped: {n}").format(n=report.count(Outcome.SKIPPED)))
        text = self.tr("{counts} (in {time}).").format(
            counts=" · ".join(parts), time=format_duration(report.elapsed)
        )
        if report.cancelled and report.not_started:
            text += " " + self.tr("%n file(s) were not started.", "", report.not_started)
        return text

    def outcome_text(self, outcome: FileOutcome) -> tuple[str, str]:
        """(result, details) for one file, as the table and the text report show them."""
        if outcome.outcome is Outcome.IMPORTED:
            return self.tr("imported"), self._number(self.tr("as No. {number}"), outcome)
        if outcome.outcome is Outcome.DUPLICATE:
            return self.tr("duplicate"), self._number(self.tr("duplicate of No. {number}"), outcome)
        if outcome.outcome is Outcome.FAILED:
            return self.tr("failed"), self.reason_text(outcome)
        if outcome.outcome is Outcome.SKIPPED:
            return self.tr("skipped"), self.reason_text(outcome)
        return outcome.outcome.value, _without_name(outcome)

    def reason_text(self, outcome: FileOutcome) -> str:
        """Why a file failed, in the UI language when the reason code is a known one."""
        return self.reasons().get(outcome.reason) or _without_name(outcome) or outcome.reason

    def reasons(self) -> dict[str, str]:
        """Every reason code the import gives, in the UI language."""
        return {
            "unreadable": self.tr("the file cannot be read"),
            "empty": self.tr("the file is empty"),
            "file_too_large": self.tr("the file is too large"),
            "not_an_image": self.tr("not an image"),
            "unsupported_format": self.tr("a format this installation cannot read"),
            "truncated": self.tr("truncated: the image data ends early"),
            "corrupt": self.tr("damaged, cannot be decoded"),
            "too_many_pixels": self.tr("too many pixels to open safely"),
            "metadata_too_large": self.tr("a metadata block too large to read safely"),
            "out_of_memory": self.tr("needs more memory than allowed"),
            "timeout": self.tr("took too long and was stopped"),
            "crashed": self.tr("made the reading process stop"),
            "unsupported_name": self.tr(
                "the file name is not valid text: rename the file to import it"
            ),
        }

    @staticmethod
    def _number(template: str, outcome: FileOutcome) -> str:
        return template.format(number=outcome.number) if outcome.number is not None else ""

    def _fill_table(self) -> None:
        self.table.clear()
        if self.report is None:
            return
        problems_only = self.problems_only.isChecked()
        items = []
        for outcome in _sorted(self.report.outcomes):
            if problems_only and outcome.outcome is Outcome.IMPORTED:
                continue
            result, details = self.outcome_text(outcome)
            item = QTreeWidgetItem([Path(outcome.path).name, result, details])
            item.setToolTip(0, outcome.path)
            item.setToolTip(2, "\n".join(t for t in (outcome.message, *outcome.warnings) if t))
            items.append(item)
        self.table.addTopLevelItems(items)
        self._size_columns()

    def _size_columns(self) -> None:
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        widest = max(120, self.table.viewport().width() // 2)
        if self.table.columnWidth(0) > widest:
            self.table.setColumnWidth(0, widest)

    def report_text(self) -> str:
        """The report as plain text, in the UI language (for the clipboard and .txt files)."""
        report = self.report
        if report is None:
            return ""
        lines = [self.heading.text(), self.summary_text(report), ""]
        for outcome in _sorted(report.outcomes):
            result, details = self.outcome_text(outcome)
            lines.append("\t".join(part for part in (outcome.path, result, details) if part))
            if outcome.outcome is Outcome.FAILED and outcome.message:
                lines.append(f"\t\t{outcome.message}")
            lines.extend(f"\t\t{warning}" for warning in outcome.warnings)
        return "\n".join(lines) + "\n"

    @guard_slot
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def save_report(self, path: Path) -> None:
        """Write the report to ``path``: JSON when it ends in .json, else plain text."""
        path = Path(path)
        if path.suffix.lower() == ".json":
            data = json.dumps(self.report.to_dict() if self.report else {}, ensure_ascii=False)
            path.write_text(data + "\n", encoding="utf-8")
        else:
            path.write_text(self.report_text(), encoding="utf-8")

    @guard_slot
    def ask_save_report(self) -> None:
        path = self.ask_report_path()
        if path is not None:
            self.save_report(path)

    def ask_report_path(self) -> Path | None:
        """Ask where to save the report (tests replace this)."""
        text_filter = self.tr("Text (*.txt)")
        json_filter = self.tr("JSON (*.json)")
        name = f"import-report-{datetime.now():%Y-%m-%d-%H%M}.txt"
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), name, f"{text_filter};;{json_filter}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if selected == json_filter and path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        return path

    # ----------------------------------------------------------------- closing

    def done(self, result: int) -> None:
        """Closing while the job runs cancels it; the dialog stays to show the report."""
        if self.running:
            self.cancel()
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _sorted(outcomes: Sequence[FileOutcome]) -> list[FileOutcome]:
    """Failures first, then duplicates, skipped, imported; each in the order they finished."""
    return sorted(outcomes, key=lambda o: _PROBLEMS_FIRST.get(o.outcome, 3))


def _without_name(outcome: FileOutcome) -> str:
    """The message without the leading file name that the File column already shows."""
    message = outcome.message
    for prefix in (outcome.path, Path(outcome.path).name):
        if prefix and message.startswith(prefix):
            return message[len(prefix) :].lstrip(": ").strip()
    return message
