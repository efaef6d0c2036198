"""The preflight panel: what would go wrong in print, kept up to date while the curator works.

    panel = PreflightPanel(catalogue, settings)
    events.changed.connect(panel.schedule)       # re-check 500 ms after the last change
    panel.findingActivated.connect(go_to)        # a Finding, on double-click or Enter
    panel.refresh()                              # now (the Refresh button)
    panel.stop()                                 # before the window closes

Preflight reads every original to hash it, so it runs off the window's thread through
``JobRunner``: the store is read here (``catalogue_source``, values only) and the worker gets
those values, never the store. Changes arriving while a check runs ask for one more check when
it ends. While the panel is hidden nothing runs; it checks again when it is shown. The page
size, layout, resolution and bleed are those the export dialog remembers, so the panel shows
what the next export would find.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exhibit.export.preflight import PreflightReport, Severity, preflight
from exhibit.ui.errors import guard_slot
from exhibit.ui.models.preflight_model import (
    Column,
    FindingRole,
    PreflightModel,
    SeverityFilterProxy,
)
from exhibit.ui.workers import JobRunner

log = logging.getLogger(__name__)

DELAY_MS = 500


class PreflightJob:
    """Preflight over values read from the store beforehand, as a job for ``JobRunner``."""

    def __init__(self, source: Any, options: Any) -> None:
        self.source, self.options = source, options

    def run(self, _progress: Any, _cancel: Any) -> PreflightReport:
        return preflight(self.source, self.options)


class PreflightPanel(QWidget):
    findingActivated = Signal(object)  # Finding
    updated = Signal()  # new findings are shown

    def __init__(
        self, catalogue: Any, settings: Any, parent: QWidget | None = None, delay_ms: int = DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        self.setObjectName("preflightPanel")
        self.model = PreflightModel(self)
        self.proxy = SeverityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._runner: JobRunner | None = None
        self._finished_runner: JobRunner | None = None
        self._again = False
        self._stale = True  # nothing checked yet
        self._reported = False  # no report yet: the summary says "Checking…"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        self._build()

    def _build(self) -> None:
        self.severity = QComboBox()
        self.severity.setObjectName("preflightSeverity")
        for label, value in (
            (self.tr("All problems"), None),
            (self.tr("Errors"), Severity.ERROR.value),
            (self.tr("Warnings"), Severity.WARNING.value),
            (self.tr("Notes"), Severity.INFO.value),
        ):
            self.severity.addItem(label, value)
        self.severity.setToolTip(self.tr("Show only problems of this kind"))
        self.severity.currentIndexChanged.connect(self._severity_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("preflightSummary")
        self.state = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.setToolTip(self.tr("Check the catalogue again now"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.severity)
        top.addWidget(self.summary, 1)
        top.addWidget(self.state)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self._build_view(), 1)
        self._show_summary()

    def _build_view(self) -> QTableView:
        view = self.view = QTableView()
        view.setObjectName("preflightFindings")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(Column.PROBLEM, Qt.SortOrder.AscendingOrder)
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fast with thousands of rows
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        em = view.fontMetrics().horizontalAdvance("M")
        for column, width in ((Column.PROBLEM, 16), (Column.WORK, 4), (Column.FIELD, 9)):
            header.resizeSection(column, width * em)
        header.resizeSection(Column.LANGUAGE, 7 * em)
        view.activated.connect(self._activated)
        return view

    # ----------------------------------------------------------------- checking

    @Slot()
    def schedule(self, *_args: Any) -> None:
        """Check again once changes have paused for the delay (only while shown)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._runner is not None

    def options(self) -> Any:
        """The options the export dialog remembers, checked in this process (no pool)."""
        from exhibit.ui.dialogs.export_dialog import saved_options

        return replace(saved_options(self.settings), processes=0)

    @guard_slot
    def refresh(self) -> None:
        """Check the catalogue now, off the window's thread."""
        self._timer.stop()
        if self._runner is not None:
            self._again = True  # once more when this check ends
            return
        from exhibit.export.source import catalogue_source

        self._stale = False
        job = PreflightJob(catalogue_source(self.catalogue), self.options())
        runner = JobRunner(job, self)
        runner.succeeded.connect(self._on_report)
        runner.failed.connect(self._on_failed)
        runner.finished.connect(self._on_finished)
        if self._finished_runner is not None:  # its thread ended long ago
            self._finished_runner.deleteLater()
            self._finished_runner = None
        self._runner = runner
        self.state.setText(self.tr("Checking…"))
        runner.start()

    @Slot(object)
    def _on_report(self, report: PreflightReport) -> None:
        self._reported = True
        self.model.set_findings(report.findings)
        self._show_summary()
        self.updated.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._reported = True
        log.warning("preflight failed: %s", exc, exc_info=exc)
        self.model.set_findings(())
        self.summary.setText(self.tr("Preflight could not run: {message}").format(message=exc))
        self.updated.emit()

    @Slot()
    def _on_finished(self) -> None:
        self._finished_runner, self._runner = self._runner, None
        self.state.setText("")
        if self._again:
            self._again = False
            self.refresh()

    def stop(self) -> None:
        """Stop waiting for changes and let a running check end (before the window closes)."""
        self._timer.stop()
        self._again = False
        if self._runner is not None:
            self._runner.cancel()
            self._runner.wait()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self._runner is None:
            self.refresh()

    # ----------------------------------------------------------------- showing

    def _show_summary(self) -> None:
        if not self._reported:  # never "No problems found" before the first check is done
            self.summary.setText(self.tr("Checking…"))
            return
        text = self.model.summary()
        shown = self.proxy.rowCount()
        if shown != self.model.rowCount():
            text = self.tr("{summary} ({shown} shown)").format(summary=text, shown=shown)
        self.summary.setText(text)

    @Slot(int)
    def _severity_chosen(self, _index: int) -> None:
        value = self.severity.currentData()
        self.proxy.set_severity(Severity(value) if value else None)
        self._show_summary()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole.FINDING)
        if finding is not None:
            self.findingActivated.emit(finding)
