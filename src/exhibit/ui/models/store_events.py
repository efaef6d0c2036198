"""The store's change callback turned into a Qt signal, safe to call from any thread.

    events = StoreEvents(catalogue)
    events.changed.connect(model.apply_changes)   # list[Change], on the window's thread

Edits made on the window's thread are passed on at once, so an editor sees its own change
before the next event. Changes written by a job on a worker thread (an import adds one work
at a time) are collected and passed on together every ``batch_ms``: a thousand imported photos
become a few refreshes, not a thousand.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from exhibit.core.store import Catalogue, Change

BATCH_MS = 100


class StoreEvents(QObject):
    changed = Signal(object)  # list[Change]
    _arrived = Signal()  # from a worker thread: queued to this object's thread

    def __init__(
        self, catalogue: Catalogue, parent: QObject | None = None, batch_ms: int = BATCH_MS
    ):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(batch_ms)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._schedule)
        self._unsubscribe = catalogue.subscribe(self._on_change)
        self._closed = False

    def close(self) -> None:
        """Stop listening (before the catalogue closes); changes still queued are dropped."""
        self._closed = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()
        with self._lock:
            self._pending.clear()

    def _on_change(self, change: Change) -> None:
        if QThread.currentThread() is self.thread():
            self.flush()  # anything queued from a worker goes first, in order
            self.changed.emit([change])
            return
        with self._lock:
            self._pending.append(change)
        self._arrived.emit()

    @Slot()
    def _schedule(self) -> None:
        # a worker's change may still be on its way when the window has closed the catalogue
        if not self._closed and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        if self._closed:
            return
        with self._lock:
            pending, self._pending = self._pending, []
        if pending:
            self.changed.emit(pending)
