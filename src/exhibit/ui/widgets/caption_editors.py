"""Caption editors side by side: one column per project language (Deutsch | 中文 by default).

For each text field of a work (title, caption, location, credit) and each language there is an
editor, a translation status box and a character count. Typing asks for ``textEdited``; the
owner turns that into undo commands (consecutive keystrokes in one editor merge into one step,
``session`` changes whenever an editor gains focus). The status box offers draft, needs review
and approved; missing and outdated follow from the texts and are shown, not chosen.

``show_values(item, fields)`` after a store change rewrites only the cells named, and never an
editor that has focus and unsaved typing (text the store has not taken: each cell remembers
the text it last knew the store to hold).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.fields import FieldSpec, Owner, fields_of
from exhibit.core.languages import display_name
from exhibit.core.model import Multilingual, TranslationStatus, normalize_text
from exhibit.ui.models.labels import field_label, status_label

T = TranslationStatus
CHOOSABLE = (T.DRAFT, T.NEEDS_REVIEW, T.APPROVED)
SHOWN = (T.MISSING, T.DRAFT, T.NEEDS_REVIEW, T.APPROVED, T.OUTDATED)


@dataclass
class _Cell:
    editor: QLineEdit | QPlainTextEdit
    status: QComboBox
    count: QLabel
    spec: FieldSpec
    changed: QLabel | None = None
    suggestion: QLabel | None = None  # theirs, waiting: from a translation file or a partner
    synced: str = ""  # the text the store was last known to hold for this cell


def text_of(editor) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


class CaptionEditors(QWidget):
    textEdited = Signal(str, str, str, int)  # field, language, text, editing session
    statusChosen = Signal(str, str, object)  # field, language, TranslationStatus
    suggestionChosen = Signal(int, str)  # conflict id, "theirs" (accept) or "ours" (keep)

    def __init__(
        self, owner: Owner = Owner.WORK, parent: QWidget | None = None, group: str = ""
    ) -> None:
        super().__init__(parent)
        self.owner = owner
        self.group = group
        self.languages: tuple[str, ...] = ()
        self.cells: dict[tuple[str, str], _Cell] = {}
        self.session = 0
        self._loading = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)

    def set_languages(self, languages: tuple[str, ...]) -> None:
        if languages == self.languages:
            return
        self.languages = languages
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells.clear()
        for col, lang in enumerate(languages):
            header = QLabel(f"<b>{display_name(lang)}</b>")
            header.setToolTip(display_name(lang, english=True))
            self._grid.addWidget(header, 0, col)
            self._grid.setColumnStretch(col, 1)
        row = 1
        for f in fields_of(self.owner, per_language=True, group=self.group):
            self._grid.addWidget(QLabel(field_label(f.name, self.owner)), row, 0, 1, len(languages))
            for col, lang in enumerate(languages):
                self._grid.addWidget(self._make_cell(f, lang), row + 1, col)
            row += 2

    def _make_cell(self, f: FieldSpec, lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        if f.multiline:
            editor: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            lines = editor.fontMetrics().lineSpacing()
            editor.setMinimumHeight(lines * 3 + 12)
            editor.setMaximumHeight(lines * 7 + 12)
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            editor.textChanged.connect(lambda n=f.name, lg=lang: self._edited(n, lg))
        else:
            editor = QLineEdit()
            editor.textEdited.connect(lambda _t, n=f.name, lg=lang: self._edited(n, lg))
        editor.setObjectName(f"{f.name}.{lang}")
        editor.installEventFilter(self)
        layout.addWidget(editor)
        row = QHBoxLayout()
        status = QComboBox()
        status.setObjectName(f"{f.name}.{lang}.status")
        for s in SHOWN:
            status.addItem(status_label(s), s)
        status.activated.connect(lambda i, n=f.name, lg=lang: self._status(n, lg, i))
        count = QLabel()
        count.setObjectName(f"{f.name}.{lang}.count")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(status)
        row.addStretch(1)
        row.addWidget(count)
        layout.addLayout(row)
        changed = QLabel()  # "changed in Jinhua by 王丽, 12 May", from the field's history
        changed.setObjectName(f"{f.name}.{lang}.changed")
        changed.setStyleSheet("color: palette(mid);")
        changed.setVisible(False)
        layout.addWidget(changed)
        suggestion = QLabel()  # "Suggested (Texte.xlsx): 周六集市  Accept · Keep ours"
        suggestion.setObjectName(f"{f.name}.{lang}.suggestion")
        suggestion.setWordWrap(True)
        suggestion.setTextFormat(Qt.TextFormat.RichText)
        suggestion.setVisible(False)
        suggestion.linkActivated.connect(self._suggestion_link)
        layout.addWidget(suggestion)
        self.cells[(f.name, lang)] = _Cell(editor, status, count, f, changed, suggestion)
        return box

    def show_suggestions(self, suggestions: dict[tuple[str, str], tuple[int, str, str]]) -> None:
        """Theirs waiting beside ours ({(field, language): (conflict id, text, from where)})."""
        for key, cell in self.cells.items():
            if cell.suggestion is None:
                continue
            found = suggestions.get(key)
            if found is None:
                cell.suggestion.setVisible(False)
                continue
            cid, text, origin = found
            cell.suggestion.setText(
                self.tr("Suggested ({origin}): {text}").format(
                    origin=html.escape(origin), text=f"<b>{html.escape(text)}</b>"
                )
                + f' &nbsp;<a href="theirs:{cid}">{self.tr("Accept")}</a>'
                + f' · <a href="ours:{cid}">{self.tr("Keep ours")}</a>'
            )
            cell.suggestion.setVisible(True)

    def _suggestion_link(self, link: str) -> None:
        take, _, cid = link.partition(":")
        if take in ("theirs", "ours") and cid.isdigit():
            self.suggestionChosen.emit(int(cid), take)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.session += 1  # a new editing session: typing here is a new undo step
        return super().eventFilter(watched, event)

    def show_values(self, item: Multilingual | None, fields: set[str] | None = None) -> None:
        """Show the texts and statuses of ``item`` (None: empty and disabled).

        ``fields`` None shows a new item in every cell. Otherwise only the cells named in it
        (``caption.de``, ``caption`` or "*": see ``core.store.Change``) are brought up to date,
        and an editor with focus and unsaved typing keeps the curator's text.
        """
        self._loading = True
        try:
            source = f"{{}}.{self.languages[0]}" if self.languages else ""
            for (name, lang), cell in self.cells.items():
                named = fields is None or bool(fields & {"*", name, f"{name}.{lang}"})
                # a changed source text can make the other languages' texts outdated
                if not named and source.format(name) not in fields:  # type: ignore[operator]
                    continue
                if named:
                    cell.editor.setEnabled(item is not None)
                    text = item.text(name, lang).text if item is not None else ""
                    self._show_text(cell, text, keep_typing=fields is not None)
                status = item.status(name, lang, self.languages) if item else T.MISSING
                self._show_status(cell, status)
                self._show_count(cell)
        finally:
            self._loading = False

    def show_changes(self, notes: dict[tuple[str, str], str], keys=None) -> None:
        """Who last changed each field, where and when ({(field, language): note}); only the
        cells in ``keys`` when given."""
        for key, cell in self.cells.items():
            if keys is not None and key not in keys:
                continue
            if cell.changed is not None:
                note = notes.get(key, "")
                cell.changed.setText(note)
                cell.changed.setVisible(bool(note))

    @staticmethod
    def _show_text(cell: _Cell, text: str, *, keep_typing: bool) -> None:
        current = text_of(cell.editor)
        if current == text or (keep_typing and normalize_text(current) == text):
            cell.synced = current  # the store holds what the editor shows
            return
        if keep_typing and cell.editor.hasFocus() and current != cell.synced:
            return  # unsaved typing: the curator's text stays, cursor and all
        _set_text(cell.editor, text)
        cell.synced = text

    def _show_status(self, cell: _Cell, status: TranslationStatus) -> None:
        model = cell.status.model()
        for i, s in enumerate(SHOWN):
            model.item(i).setEnabled(s in CHOOSABLE)
        cell.status.setCurrentIndex(SHOWN.index(status))
        cell.status.setEnabled(cell.editor.isEnabled() and status is not T.MISSING)
        colour = {T.MISSING: "#d64541", T.OUTDATED: "#e67e22"}.get(status)
        cell.status.setStyleSheet(f"color: {colour};" if colour else "")

    def _show_count(self, cell: _Cell) -> None:
        n = len(text_of(cell.editor))
        limit = cell.spec.max_length
        cell.count.setText(self.tr("{n} / {limit}").format(n=n, limit=limit) if limit else str(n))
        over = limit is not None and n > limit
        cell.count.setStyleSheet("color: #d64541;" if over else "color: palette(mid);")

    def _edited(self, name: str, lang: str) -> None:
        cell = self.cells[(name, lang)]
        self._show_count(cell)
        if not self._loading:
            self.textEdited.emit(name, lang, text_of(cell.editor), self.session)

    def _status(self, name: str, lang: str, index: int) -> None:
        status = SHOWN[index]
        if status in CHOOSABLE and not self._loading:
            self.statusChosen.emit(name, lang, status)


def _set_text(editor, text: str) -> None:
    """Replace the text keeping the cursor where it was (as far as the new text allows)."""
    if isinstance(editor, QLineEdit):
        pos = editor.cursorPosition()
        editor.setText(text)
        editor.setCursorPosition(min(pos, len(text)))
        return
    cursor = editor.textCursor()
    pos = cursor.position()
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(min(pos, len(text)))
    editor.setTextCursor(cursor)
