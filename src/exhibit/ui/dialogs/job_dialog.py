"""The base of the dialogs that run core jobs: one ``JobRunner`` at a time, its progress, stopping.

    class ImportDialog(JobDialog):
        def _on_progress(self, progress): self._advance(progress); ...
        def _on_failed(self, exc): ...
    self._run(CheckJob(job), self._on_checked)   # the job's pure check, off the window's thread
    self._run(job, self._on_report)              # then the job itself
    dialog.running, dialog.stop_and_wait()

Each ``_run`` replaces the previous runner, so ``_runner`` is the one of the latest job; its
progress goes to the subclass's ``_on_progress``, an exception (``Cancelled`` too) to its
``_on_failed``, the result to the ``on_result`` given. What the dialog shows is the subclass's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from exhibit.core.jobs import Plan, Progress
from exhibit.ui.workers import JobRunner

translate = QCoreApplication.translate


class CheckJob:
    """Runs a job's pure ``check`` through JobRunner, so it is off the window's thread too."""

    def __init__(self, job: Any) -> None:
        self._job = job

    def run(self, _progress: Any, _cancel: Any) -> Plan:
        return self._job.check()


class JobDialog(QDialog):
    """A dialog running core jobs through ``JobRunner``; see the module docstring."""

    progress_bar: QProgressBar  # built by ``_build_progress_page``; ``_advance`` moves it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner: JobRunner | None = None

    def _build_progress_page(self, status_label: QLabel) -> QWidget:
        """Bar, a status line (count or phase), the current file and the rate, stacked."""
        page = QWidget()
        self.progress_bar = QProgressBar()
        self.current_label = ElidedLabel()
        self.rate_label = QLabel()
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 8)
        for widget in (self.progress_bar, status_label, self.current_label, self.rate_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _run(self, job: Any, on_result: Callable[[Any], None]) -> None:
        self._runner = JobRunner(job, self)
        self._runner.progressed.connect(self._on_progress)
        self._runner.succeeded.connect(on_result)
        self._runner.failed.connect(self._on_failed)
        self._runner.start()

    @property
    def running(self) -> bool:
        return self._runner is not None and self._runner.running

    @property
    def cancel_requested(self) -> bool:
        """Whether the latest job was asked to stop."""
        return self._runner is not None and self._runner.token.cancelled

    def stop_and_wait(self, msecs: int = 30_000) -> bool:
        """Cancel and block until the job has ended (for a window that is closing)."""
        if self._runner is None:
            return True
        self._runner.cancel()
        return self._runner.wait(msecs)

    def _advance(self, progress: Progress) -> None:
        """Move the progress bar (once the job knows how many steps there are)."""
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)

    def _on_progress(self, progress: Progress) -> None:
        raise NotImplementedError

    def _on_failed(self, exc: BaseException) -> None:
        raise NotImplementedError


class ElidedLabel(QLabel):
    """A one-line label that elides its text in the middle (long paths) instead of growing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(100)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


def format_duration(seconds: float) -> str:
    """A rounded duration in the UI language: "less than a second", "12 s", "3 min 5 s".

    Its strings keep the translation context ImportDialog, where they were first translated.
    """
    seconds = round(seconds)
    if seconds < 1:
        return translate("ImportDialog", "less than a second")
    if seconds < 60:
        return translate("ImportDialog", "{s} s").format(s=seconds)
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return translate("ImportDialog", "{m} min {s} s").format(m=minutes, s=secs)
    hours, minutes = divmod(minutes, 60)
    return translate("ImportDialog", "{h} h {m} min").format(h=hours, m=minutes)


MIN_FOR_RATE, MIN_SECONDS_FOR_RATE = 3, 1.0  # a rate is shown once it means something


def rate_text(progress: Progress) -> str:
    """The rate and the time left ("2.5 photos per second, about 1 min 20 s left").

    Translated in the context ImportDialog, where the sentence was first translated.
    """
    if progress.done < MIN_FOR_RATE or progress.elapsed < MIN_SECONDS_FOR_RATE:
        return ""  # the first photos (skipped duplicates) would give an absurd rate
    if progress.eta is None:
        return ""
    rate = QLocale().toString(progress.rate, "f", 1)
    left = format_duration(progress.eta)
    return translate("ImportDialog", "{rate} photos per second, about {time} left").format(
        rate=rate, time=left
    )
