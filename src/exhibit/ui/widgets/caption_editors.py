"""Caption editors side by side: one column per project language (Deutsch | 中文 by default).

For each text field of a work (title, caption, location, credit) and each language there is an
editor, a translation status box and a character count. Typing asks for ``textEdited``; the
owner turns that into undo commands (consecutive keystrokes in one editor merge into one step,
``session`` changes whenever an editor gains focus). The status box offers draft, needs review
and approved; missing and outdated follow from the texts and are shown, not chosen.

``show_values(item, fields)`` after a store change rewrites only the cells named, and never an
editor that has focus and unsaved typing (text the store has not taken: each cell remembers
the text it last knew the store to hold).

In a column too narrow for the languages side by side (a small screen, 200 % scaling, a long
German status), the languages go one below the other, each cell named by its language, so
the inspector never needs a horizontal scroll bar.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
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
from exhibit.ui.widgets.one_history import OneHistory

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
    box: QWidget | None = None  # the cell's widget in the grid
    language: QLabel | None = None  # its language's name, shown when the languages are stacked


def text_of(editor) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


class StatusRow(QWidget):
    """A caption's status box and its character count: side by side where both fit whole, the
    count below the box where they do not, so a narrow column never cuts "Freigegeben"."""

    def __init__(self, status: QComboBox, count: QLabel) -> None:
        super().__init__()
        self.status, self.count = status, count
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(status)
        self.row.addWidget(count, 1)  # takes the room left (its text to the right)

    @property
    def stacked(self) -> bool:
        return self.row.direction() is QBoxLayout.Direction.TopToBottom

    def _count_width(self) -> int:
        return self.count.sizeHint().width()  # the count as it reads now ("22 / 200")

    def _needed(self) -> int:
        return self.status.sizeHint().width() + self.row.spacing() + self._count_width()

    def resizeEvent(self, event) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._needed()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() is not wanted:
            self.row.setDirection(wanted)
            self.count.setAlignment(
                (Qt.AlignmentFlag.AlignRight if wanted is QBoxLayout.Direction.LeftToRight
                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
            )  # fmt: skip
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.status.minimumWidth() + self.row.spacing() + self._count_width()
        # never less than the box's whole text, nor than the least box with its count
        return QSize(max(self.status.sizeHint().width(), least), hint.height())


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
        self._headers: list[QLabel] = []
        self._field_labels: list[QLabel] = []
        self.stacked = False  # the languages one below the other (a narrow column)

    def set_languages(self, languages: tuple[str, ...]) -> None:
        if languages == self.languages:
            return
        self.languages = languages
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells.clear()
        self._headers = []
        for lang in languages:
            header = QLabel(f"<b>{display_name(lang)}</b>")
            header.setToolTip(display_name(lang, english=True))
            self._headers.append(header)
        self._field_labels = []
        for f in fields_of(self.owner, per_language=True, group=self.group):
            self._field_labels.append(QLabel(field_label(f.name, self.owner)))
            for lang in languages:
                self._make_cell(f, lang)
        self._arrange(self._fits_side_by_side(self.width()) if self.isVisible() else True)
        self._order_tabs()

    # ----------------------------------------------------------------- narrow or wide

    def _column_width(self) -> int:
        """The least width of one language's column."""
        boxes = [c.box for c in self.cells.values() if c.box is not None]
        return max((box.minimumSizeHint().width() for box in boxes), default=0)

    def _fits_side_by_side(self, width: int) -> bool:
        n = len(self.languages)
        spacing = self._grid.horizontalSpacing()
        return n < 2 or width >= n * self._column_width() + (n - 1) * spacing

    def _arrange(self, side_by_side: bool) -> None:
        """Put headers, field labels and cells in the grid: languages side by side, or stacked."""
        self.stacked = not side_by_side  # first: moving the widgets may resize this one again
        for i in reversed(range(self._grid.count())):
            self._grid.takeAt(i)
        n = len(self.languages)
        columns = n if side_by_side else 1
        for col in range(max(n, 1)):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)
        row = 0
        if side_by_side:
            for col, header in enumerate(self._headers):
                self._grid.addWidget(header, 0, col)
            row = 1
        for header in self._headers:
            header.setVisible(side_by_side)
        names = [f.name for f in fields_of(self.owner, per_language=True, group=self.group)]
        for name, label in zip(names, self._field_labels, strict=True):
            self._grid.addWidget(label, row, 0, 1, columns)
            row += 1
            for col, lang in enumerate(self.languages):
                cell = self.cells[(name, lang)]
                cell.language.setVisible(not side_by_side)
                self._grid.addWidget(cell.box, row, col if side_by_side else 0)
                row += 0 if side_by_side else 1
            row += 1 if side_by_side else 0
        self._grid.invalidate()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one language's column: wider, the languages go side by side."""
        hint = super().minimumSizeHint()
        if len(self.languages) > 1 and not self.stacked:
            hint.setWidth(self._column_width())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        side_by_side = self._fits_side_by_side(event.size().width())
        if side_by_side == self.stacked:
            self._arrange(side_by_side)

    def _order_tabs(self) -> None:
        """Tab goes as the eye reads: each field's languages left to right, title first."""
        chain = [w for cell in self.cells.values() for w in (cell.editor, cell.status)]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def last_in_tab_order(self) -> QWidget | None:
        cells = list(self.cells.values())
        return cells[-1].status if cells else None

    def _make_cell(self, f: FieldSpec, lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        language = QLabel(display_name(lang))  # shown when the languages are stacked
        language.setObjectName(f"{f.name}.{lang}.language")
        language.setStyleSheet("color: palette(mid);")
        language.setVisible(False)
        layout.addWidget(language)
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
        OneHistory.install(editor)  # every keystroke is stored: Ctrl+Z is the window's undo
        layout.addWidget(editor)
        status = QComboBox()
        status.setObjectName(f"{f.name}.{lang}.status")
        # narrow screens: the box may shrink (it has its full width where there is room)
        status.setMinimumWidth(status.fontMetrics().averageCharWidth() * 5 + 28)
        for s in SHOWN:
            status.addItem(status_label(s), s)
        status.activated.connect(lambda i, n=f.name, lg=lang: self._status(n, lg, i))
        count = QLabel()
        count.setObjectName(f"{f.name}.{lang}.count")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(StatusRow(status, count))
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
        changed.setWordWrap(True)
        cell = _Cell(editor, status, count, f, changed, suggestion, box=box, language=language)
        self.cells[(f.name, lang)] = cell
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
            # the link words outside the f-strings: lupdate does not see tr() inside one
            accept, keep = self.tr("Accept"), self.tr("Keep ours")
            cell.suggestion.setText(
                self.tr("Suggested ({origin}): {text}").format(
                    origin=html.escape(origin), text=f"<b>{html.escape(text)}</b>"
                )
                + f' &nbsp;<a href="theirs:{cid}">{accept}</a>'
                + f' · <a href="ours:{cid}">{keep}</a>'
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

    def mark_multiple(self, differing: set[tuple[str, str]], *, batch: bool) -> None:
        """Several works shown: "(multiple values)" where they differ; statuses stay per work."""
        for key, cell in self.cells.items():
            cell.editor.setPlaceholderText(self.tr("(multiple values)") if key in differing else "")
            if batch:
                cell.status.setEnabled(False)

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
