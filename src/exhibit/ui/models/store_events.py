"""The store's change callback turned into a Qt signal.

    events = StoreEvents(catalogue)
    events.changed.connect(model.apply_changes)   # list[Change], on the window's thread

One writer: only the window's thread writes the catalogue (jobs hand their results to it, see
``ui.workers``), so every change arrives here on that thread, right after its transaction
committed, and is passed on at once: an editor sees its own change before the next event.
A transaction tells one ``Change`` per kind of change, naming the works and fields it touched
(an import's batch of new works is one record), so models update those rows only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from exhibit.core.store import Catalogue, Change


class StoreEvents(QObject):
    changed = Signal(object)  # list[Change]

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = catalogue.subscribe(self._on_change)

    def close(self) -> None:
        """Stop listening (before the catalogue closes); nothing is passed on after this."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_change(self, change: Change) -> None:
        if self._unsubscribe is not None:
            self.changed.emit([change])
