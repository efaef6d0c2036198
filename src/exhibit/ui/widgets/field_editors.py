"""Editors for a work's single-valued fields, built from ``core.fields`` and bound by name.

With several works selected each editor shows the shared value, or "multiple values" when they
differ, and a change is written to every selected work (one undo step). The section is edited
here too, though it is a place in the order rather than a declared field. After a store change
``show_works(works, fields)`` refreshes only the editors named, and never one that has focus
and unsaved typing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from exhibit.core.errors import FieldError
from exhibit.core.fields import FieldSpec, Kind, Owner, fields_of, parse_value
from exhibit.core.model import LoanStatus, Section, Work
from exhibit.ui.models.labels import choice_label, field_label
from exhibit.ui.widgets.one_history import OneHistory

_MULTIPLE = object()


class LongTextEdit(QPlainTextEdit):
    """A few lines of plain text that report ``editingFinished`` when focus leaves."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def _narrow(box: QComboBox) -> QComboBox:
    """A list box that may get narrower than its longest item (elided); the form widens it."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def field_text(work: Work, f: FieldSpec) -> str:
    value = getattr(work, f.name)
    if value is None:
        return ""
    if f.kind is Kind.TAGS:
        return ", ".join(value)
    if isinstance(value, LoanStatus):
        return value.value
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class FieldEditors(QWidget):
    fieldEdited = Signal(str, object)  # field name, value (already parsed and checked)
    sectionChosen = Signal(object)  # section id or None
    invalid = Signal(object)  # the FieldError of a value that was refused

    def __init__(self, parent: QWidget | None = None, group: str = "") -> None:
        super().__init__(parent)
        self._loading = False
        self._shown: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.group = group
        self.fields = fields_of(Owner.WORK, per_language=False, group=group)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow column (small screen, 200 %, long German labels): the field under its label
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.section = _narrow(QComboBox())
        self.section.setObjectName("section")
        self.section.activated.connect(self._section_chosen)
        if not group:  # the section is edited with the catalogue's details only
            form.addRow(self.tr("Section"), self.section)
        else:
            self.section.hide()
        for f in self.fields:
            editor = self._make_editor(f)
            editor.setObjectName(f.name)
            if not isinstance(editor, QComboBox):  # its own undo while typing is not stored
                OneHistory.install(editor, lambda f=f, e=editor: self._typed(f, e))
            self.editors[f.name] = editor
            form.addRow(field_label(f.name), editor)

    def _make_editor(self, f: FieldSpec) -> QWidget:
        if f.name == "crate":  # one of the exhibition's crates (set_crates fills the list)
            box = _narrow(QComboBox())
            box.addItem(self.tr("(no crate)"), "")
            box.activated.connect(lambda _i, f=f, b=box: self._commit(f, b.currentData()))
            return box
        if f.kind is Kind.CHOICE:
            box = _narrow(QComboBox())
            for choice in f.choices:
                box.addItem(choice_label(f.name, choice), choice)
            box.activated.connect(lambda _i, f=f, b=box: self._commit(f, b.currentData()))
            return box
        if f.kind is Kind.LONG_TEXT:
            edit = LongTextEdit()
            edit.editingFinished.connect(lambda f=f, w=edit: self._long_done(f, w))
            return edit
        line = QLineEdit()
        if f.kind is Kind.TAGS:
            line.setPlaceholderText(self.tr("comma-separated"))
        line.editingFinished.connect(lambda f=f, w=line: self._line_done(f, w))
        return line

    # ----------------------------------------------------------------- showing

    def set_sections(self, sections: list[Section], title) -> None:
        self._loading = True
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("(no section)"), None)
        for s in sections:
            self.section.addItem(title(s), s.id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))
        self._loading = False

    def set_crates(self, numbers: list[str]) -> None:
        """The crates a work can be put in (the crate editor offers these)."""
        box = self.editors.get("crate")
        if not isinstance(box, QComboBox):
            return
        self._loading = True
        current = box.currentData()
        while box.count() > 1:
            box.removeItem(1)
        for number in numbers:
            box.addItem(self.tr("Crate {number}").format(number=number), number)
        box.setCurrentIndex(box.findData(current))
        self._loading = False

    def show_works(self, works: list[Work], fields: set[str] | None = None) -> None:
        """Show the values of ``works``: all (``fields`` None) or the fields named."""
        self._loading = True
        try:
            self.setEnabled(bool(works))
            if not self.group and (fields is None or fields & {"*", "section"}):
                self._show_section(works)
            for f in self.fields:
                if fields is not None and not fields & {"*", f.name}:
                    continue
                values = {field_text(w, f) for w in works} or {""}
                self._show(f, values.pop() if len(values) == 1 else _MULTIPLE, fields is not None)
        finally:
            self._loading = False

    def _show_section(self, works: list[Work]) -> None:
        sections = {w.section_id for w in works}
        if len(sections) <= 1:
            sid = sections.pop() if sections else None
            self.section.setCurrentIndex(max(0, self.section.findData(sid)))
            self.section.setPlaceholderText("")
        else:
            self.section.setPlaceholderText(self.tr("(multiple values)"))
            self.section.setCurrentIndex(-1)

    def _show(self, f: FieldSpec, value, keep_typing: bool = False) -> None:
        editor = self.editors[f.name]
        multiple = value is _MULTIPLE
        text = "" if multiple else value
        if keep_typing and editor.hasFocus() and not isinstance(editor, QComboBox):
            current = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            before = self._shown.get(f.name)
            typed = before is not None and current != ("" if before is _MULTIPLE else before)
            if typed and current != text:
                return  # unsaved typing (a line is written when editing finishes): keep it
        self._shown[f.name] = value
        placeholder = self.tr("(multiple values)") if multiple else ""
        if isinstance(editor, QComboBox):
            editor.setPlaceholderText(placeholder)
            editor.setCurrentIndex(-1 if multiple else editor.findData(text))
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
            editor.setPlaceholderText(placeholder)
        else:
            if editor.text() != text:
                editor.setText(text)
            if f.kind is Kind.TAGS and not multiple:
                placeholder = self.tr("comma-separated")
            editor.setPlaceholderText(placeholder)

    # ----------------------------------------------------------------- editing

    def _typed(self, f: FieldSpec, editor: QWidget) -> bool:
        """The editor holds typing not yet written (it is written when editing finishes)."""
        shown = self._shown.get(f.name)
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        return text != ("" if shown is _MULTIPLE or shown is None else shown)

    def _line_done(self, f: FieldSpec, line: QLineEdit) -> None:
        shown = self._shown.get(f.name)
        if line.text() == ("" if shown is _MULTIPLE else shown):
            return
        self._commit_text(f, line.text())

    def _long_done(self, f: FieldSpec, edit: QPlainTextEdit) -> None:
        shown = self._shown.get(f.name)
        if edit.toPlainText() != ("" if shown is _MULTIPLE else shown):
            self._commit_text(f, edit.toPlainText())

    def _commit_text(self, f: FieldSpec, raw: str) -> None:
        try:
            value = parse_value(f, raw)
        except FieldError as exc:
            self.invalid.emit(exc)
            return
        self._commit(f, value)

    def _commit(self, f: FieldSpec, value: object) -> None:
        if not self._loading:
            self._shown[f.name] = None  # the store's answer comes back through show_works
            self.fieldEdited.emit(f.name, value)

    def _section_chosen(self, index: int) -> None:
        if not self._loading and index >= 0:
            self.sectionChosen.emit(self.section.itemData(index))
