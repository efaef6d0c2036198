"""Copy the captions of one work and paste them onto others (one undo step for the selection).

    captions = CaptionClipboard(window)   # Copy Captions Ctrl+Shift+C, Paste Captions Ctrl+Shift+V

What is copied: every per-language text of the work that is not empty (title, caption,
location, credit, in each project language). Pasting writes those texts to every selected
work (as drafts: a pasted translation is approved again on its new work) and leaves the fields
the copied work had empty alone. The copy also goes to the system clipboard as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from exhibit.core.fields import WORK_TEXT_FIELDS
from exhibit.ui.errors import guard_slot
from exhibit.ui.undo import PasteTextsCommand


class CaptionClipboard(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.texts: dict[tuple[str, str], str] = {}
        self.copy_action = QAction(self.tr("Copy Captions"), window)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy)
        self.paste_action = QAction(self.tr("Paste Captions"), window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(self.paste)
        self.paste_action.setEnabled(False)

    @guard_slot
    def copy(self, *_args) -> None:
        works = self.window.selected_works()
        if len(works) != 1:
            return
        work = works[0]
        languages = self.window.catalogue.languages
        self.texts = {
            (name, lang): work.text(name, lang).text
            for name in WORK_TEXT_FIELDS
            for lang in languages
            if work.text(name, lang).text.strip()
        }
        self.paste_action.setEnabled(bool(self.texts))
        QGuiApplication.clipboard().setText("\n".join(self.texts.values()))
        message = self.tr("Captions of No. {number} copied").format(number=work.number)
        self.window.statusBar().showMessage(message, 5000)

    @guard_slot
    def paste(self, *_args) -> None:
        ids = self.window.selected_ids()
        if ids and self.texts:
            command = PasteTextsCommand(self.window.catalogue, ids, dict(self.texts))
            self.window.stack.push_command(command)
