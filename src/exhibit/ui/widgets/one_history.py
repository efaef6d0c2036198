"""One undo history: Ctrl+Z in a text field goes to the window's undo unless the field holds
typing the store has not taken yet.

    OneHistory.install(editor, uncommitted=lambda: editor.text() != shown)

A line or text editor runs its own undo on Ctrl+Z (it claims the key before the window's
shortcut). Caption editors store every keystroke (one undo step per editing session), so
their own undo would only store an older text as a new edit: the title went back to a typo,
an approved translation turned outdated and Redo was lost. Here the field keeps the key only
while ``uncommitted()`` says it has typing of its own to take back (a line committed when
editing finishes); otherwise the window's Undo and Redo run, and the field's text follows
the store.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_UNDO, _REDO = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo


class OneHistory(QObject):
    def __init__(self, editor: QWidget, uncommitted: Callable[[], bool]) -> None:
        super().__init__(editor)
        self.uncommitted = uncommitted

    @classmethod
    def install(cls, editor: QWidget, uncommitted: Callable[[], bool] | None = None):
        """``uncommitted`` None: the editor stores every keystroke and keeps no undo of its own."""
        guard = cls(editor, uncommitted or (lambda: False))
        editor.installEventFilter(guard)
        if uncommitted is None and isinstance(editor, QPlainTextEdit):
            editor.setUndoRedoEnabled(False)  # no second history behind the context menu
        return guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        undo, redo = event.matches(_UNDO), event.matches(_REDO)
        if not (undo or redo) or (undo and self.uncommitted()):
            return False
        event.ignore()  # not the field's: the window's Undo/Redo shortcut runs
        return True
