"""Keeping track of the original photo files from the window.

``OriginalsChecker`` checks every work's original in the background when a project opens
(the core ``RescanJob``: missing and changed originals are noted on the works, which the grid
shows as badges), and ``relink_originals`` asks for a folder and searches it for the missing
ones by content (the core ``RelinkJob``), then says what it found. Both look at the files off the
window's thread through ``JobRunner``, which stores what they found on the window's thread
(one writer); the originals are only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exhibit.core.jobs import JobReport, Outcome
from exhibit.core.model import Work
from exhibit.core.store import Catalogue
from exhibit.ingest.relink import RelinkJob, RescanJob
from exhibit.ingest.thumbnail_job import ThumbnailJob
from exhibit.ui.errors import guard_slot, show_error
from exhibit.ui.workers import JobRunner


class OriginalsChecker(QObject):
    """Runs one rescan of the originals; ``checked(JobReport)`` when it is done."""

    checked = Signal(object)  # JobReport

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._runner: JobRunner | None = None

    def start(self, works: list[Work] | None = None) -> None:
        """``works``: every work as the window's model holds them (read once, not twice)."""
        if self._runner is not None and self._runner.running:
            return
        self._runner = JobRunner(RescanJob(self.catalogue, works), self)
        self._runner.succeeded.connect(self.checked)
        self._runner.start()

    def stop(self) -> None:
        """Cancel and wait (before the project closes)."""
        if self._runner is not None and self._runner.running:
            self._runner.cancel()
            self._runner.wait()


class ThumbnailRebuilder(QObject):
    """Rebuilds missing thumbnails in the background (the core ``ThumbnailJob``);
    ``rebuilt(list of sha256)`` names the thumbnails that are back in the cache."""

    rebuilt = Signal(object)  # list[str]

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._runner: JobRunner | None = None

    def start(self) -> None:
        if self._runner is not None and self._runner.running:
            return
        self._runner = JobRunner(ThumbnailJob(self.catalogue), self)
        self._runner.succeeded.connect(self._done)
        self._runner.start()

    @guard_slot
    def _done(self, report: JobReport) -> None:
        done = [o.work_id for o in report.outcomes if o.outcome is Outcome.OK]
        if done:
            self.rebuilt.emit([w.original.sha256 for w in self.catalogue.works(done)])

    def stop(self) -> None:
        """Cancel and wait (before the project closes)."""
        if self._runner is not None and self._runner.running:
            self._runner.cancel()
            self._runner.wait()


class _Relink(QObject):
    """One relink run, owned by the window until its message has been shown."""

    def __init__(self, catalogue: Catalogue, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = JobRunner(RelinkJob(catalogue, folder), self)
        self.runner.succeeded.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.start()

    @guard_slot
    def _done(self, report: JobReport) -> None:
        found = report.count(Outcome.RELINKED)
        missing = report.count(Outcome.MISSING)
        text = self.tr("%n original(s) found again.", "", found)
        if missing:
            text += " " + self.tr("%n original(s) still missing.", "", missing)
        QMessageBox.information(self.parent_widget, self.tr("Find missing originals"), text)

    @guard_slot
    def _failed(self, exc: BaseException) -> None:
        show_error(self.parent_widget, exc)


def relink_originals(catalogue: Catalogue, parent: QWidget) -> QObject | None:
    """Ask for a folder and search it for missing or changed originals (returns the run)."""
    folder = QFileDialog.getExistingDirectory(
        parent, _Relink.tr("Search a folder for the missing originals")
    )
    if not folder:
        return None
    return _Relink(catalogue, Path(folder), parent)
