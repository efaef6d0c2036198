"""Run a core job off the window's thread and hand its progress and result back as signals.

    runner = JobRunner(job, parent=dialog)       # job.run(progress, cancel) -> result
    runner.progressed.connect(show)              # Progress, at most every ``interval_ms``
    runner.succeeded.connect(done)               # whatever job.run returned (a JobReport)
    runner.failed.connect(oops)                  # the exception job.run raised (Cancelled too)
    runner.finished.connect(tidy)                # always last, once the thread has ended
    runner.start()
    runner.cancel()                              # sets the job's CancelToken; returns at once

The job runs in a worker object moved to its own QThread. The worker never touches widgets:
its progress callback only records the latest ``Progress``, and a timer on the runner's thread
passes the newest one on every ``interval_ms`` (50 ms, the slices Picard batches its updates
into), so a job reporting thousands of steps a second cannot flood the event loop. The last
progress is always delivered before ``succeeded`` or ``failed``. Cancel goes through the core
``CancelToken`` (and ``QThread.requestInterruption``); the job decides where to stop, keeps
what it finished and returns its report.

A ``StoringJob`` (import, rescan, relink: ``core.jobs``) changes the catalogue, which only the
window's thread may touch. Its ``compute`` runs on the job's thread and hands each result to
the worker; the runner, on the window's thread, passes what arrived to ``job.store`` at every
progress tick (one transaction per tick) and at the end asks ``job.finish`` for the report,
which ``succeeded`` carries. What was delivered before a cancel or a failure is still stored.
If storing fails, the job is cancelled and ``failed`` carries that error.

A runner runs one job once. Its thread is its child: before the runner (or the dialog that owns
it) is destroyed while a job runs, call ``cancel()`` and then ``wait()``, which blocks until the
thread has ended and delivers the outcome signals at once.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from exhibit.core.jobs import CancelToken, Progress, is_storing

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 50


class _Worker(QObject):
    """Lives on the job's thread: calls ``job.run`` and keeps the outcome for the runner."""

    def __init__(self, job: Any, token: CancelToken) -> None:
        super().__init__()
        self._job = job
        self._token = token
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._delivered: list[Any] = []
        self.result: Any = None
        self.error: BaseException | None = None

    def report(self, progress: Progress) -> None:
        """The job's progress callback; may be called from any thread."""
        with self._lock:
            self._latest = progress

    def take_progress(self) -> Progress | None:
        with self._lock:
            latest, self._latest = self._latest, None
        return latest

    def deliver(self, item: Any) -> None:
        """A storing job's result, kept for the owner of the store; called on the job's thread."""
        with self._lock:
            self._delivered.append(item)

    def take_delivered(self) -> list[Any]:
        with self._lock:
            items, self._delivered = self._delivered, []
        return items

    @Slot()
    def run(self) -> None:
        try:
            if is_storing(self._job):
                self._job.compute(self.report, self._token, self.deliver)
            else:
                self.result = self._job.run(self.report, self._token)
        except BaseException as exc:  # handed to the window, which decides what to show
            self.error = exc
        finally:
            QThread.currentThread().quit()


class JobRunner(QObject):
    """Runs ``job.run(progress, cancel)`` on a QThread; see the module docstring."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception the job raised
    finished = Signal()  # after succeeded or failed, once the thread has ended

    def __init__(
        self, job: Any, parent: QObject | None = None, interval_ms: int = PROGRESS_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._job = job
        self._storing = is_storing(job)
        self._store_error: BaseException | None = None
        self._worker = _Worker(job, self.token)
        self._thread = QThread(self)
        self._thread.setObjectName(f"job:{type(job).__name__}")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._on_thread_finished)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._pass_progress)
        self._state = "new"  # new, running, done

    @property
    def running(self) -> bool:
        return self._state == "running"

    @property
    def done(self) -> bool:
        return self._state == "done"

    def start(self) -> None:
        if self._state != "new":
            raise RuntimeError("a JobRunner runs its job once")
        self._state = "running"
        self._timer.start()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop before its next file. Returns at once; watch ``finished``."""
        self.token.cancel()
        if self._thread.isRunning():
            self._thread.requestInterruption()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the job's thread has ended (``msecs`` < 0: as long as it takes)."""
        if self._state != "running":
            return True
        ended = self._thread.wait() if msecs < 0 else self._thread.wait(msecs)
        if ended:
            self._on_thread_finished()
        return ended

    @Slot()
    def _pass_progress(self) -> None:
        self._store_delivered()
        progress = self._worker.take_progress()
        if progress is not None:
            self.progressed.emit(progress)

    def _store_delivered(self) -> None:
        """Write what a storing job delivered since the last tick (on the owner's thread)."""
        if not self._storing or self._store_error is not None:
            return
        items = self._worker.take_delivered()
        if not items:
            return
        try:
            self._job.store(items)
        except Exception as exc:  # a full disk, a catalogue closed: stop the job, say why
            log.warning("storing the results of %s failed: %s", type(self._job).__name__, exc)
            self._store_error = exc
            self.cancel()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._state != "running":
            return  # wait() already delivered the outcome
        self._state = "done"
        self._timer.stop()
        self._pass_progress()
        error = self._store_error or self._worker.error
        result = self._worker.result
        if error is None and self._storing:
            try:
                result = self._job.finish()
            except Exception as exc:
                error = exc
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
