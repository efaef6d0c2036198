"""The loan record: borrower, authoriser, purpose, period, conditions, credit line, shipper,
insurance or indemnity, and the crates, all built from ``core.fields`` (group loan).

Texts per language side by side like the captions; the single values in a form; the crates in
a small table (number, outside size in cm, gross weight in kg, notes). OK gives one undo
command for everything changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.errors import ExhibitError, FieldError
from exhibit.core.fields import LOAN, Kind, Owner, fields_of, parse_value
from exhibit.core.loan import Crate
from exhibit.core.store import Catalogue
from exhibit.ui.models.labels import field_label
from exhibit.ui.undo_loan import SetLoanRecordCommand, record_values
from exhibit.ui.widgets.caption_editors import CaptionEditors, text_of

_CRATE_COLUMNS = ("number", "width_cm", "height_cm", "depth_cm", "weight_kg", "notes")


class LoanRecordDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.exhibition = catalogue.exhibition()
        self.setWindowTitle(self.tr("Loan Record"))
        self.setObjectName("loanRecord")
        self.resize(880, 760)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self._fields_box())
        self.texts = CaptionEditors(Owner.EXHIBITION, group=LOAN)
        self.texts.set_languages(self.exhibition.languages)
        self.texts.show_values(self.exhibition)
        for cell in self.texts.cells.values():
            cell.status.hide()
        box = QGroupBox(self.tr("Borrower, purpose and conditions"))
        QVBoxLayout(box).addWidget(self.texts)
        inner.addWidget(box)
        inner.addWidget(self._crates_box())
        scroll.setWidget(body)
        layout.addWidget(scroll)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d64541;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fields_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Loan"))
        form = QFormLayout(box)
        self.editors: dict[str, QWidget] = {}
        current = record_values(self.exhibition.loan)
        for f in fields_of(Owner.EXHIBITION, per_language=False, group=LOAN):
            value = current[f.name]
            if f.kind is Kind.CHOICE:
                editor: QWidget = QComboBox()
                for choice in f.choices:
                    label = self.tr("Insurance") if choice == "insurance" else self.tr("Indemnity")
                    editor.addItem(label, choice)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                shown = "" if value is None else f"{value:g}" if isinstance(value, float) else value
                editor = QLineEdit(str(shown))
                if f.kind is Kind.DATE:
                    editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            editor.setObjectName(f.name)
            self.editors[f.name] = editor
            form.addRow(field_label(f.name, Owner.EXHIBITION), editor)
        return box

    def _crates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Crates"))
        inner = QVBoxLayout(box)
        self.crates = QTableWidget(0, len(_CRATE_COLUMNS))
        self.crates.setObjectName("crates")
        self.crates.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Width (cm)"),
                self.tr("Height (cm)"),
                self.tr("Depth (cm)"),
                self.tr("Weight (kg)"),
                self.tr("Notes"),
            ]
        )
        self.crates.horizontalHeader().setStretchLastSection(True)
        for crate in self.catalogue.crates():
            self.add_crate_row(crate)
        inner.addWidget(self.crates)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add Crate"))
        add.clicked.connect(lambda: self.add_crate_row(None))
        remove = QPushButton(self.tr("Remove Crate"))
        remove.clicked.connect(self._remove_crate_row)
        note = QLabel(self.tr("Put works in a crate in the inspector's Loan section."))
        note.setWordWrap(True)
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(note, 1)
        inner.addLayout(row)
        return box

    def add_crate_row(self, crate: Crate | None) -> None:
        row = self.crates.rowCount()
        self.crates.insertRow(row)
        if crate is None:
            numbers = [self._cell(r, 0) for r in range(row)]
            crate_number = str(row + 1)
            while crate_number in numbers:
                crate_number += "a"
            values = [crate_number, "", "", "", "", ""]
        else:
            values = [
                "" if getattr(crate, c) is None else f"{getattr(crate, c)}".removesuffix(".0")
                for c in _CRATE_COLUMNS
            ]
        for col, text in enumerate(values):
            self.crates.setItem(row, col, QTableWidgetItem(text))

    def _remove_crate_row(self) -> None:
        rows = sorted({i.row() for i in self.crates.selectedItems()}, reverse=True)
        for row in rows:
            self.crates.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.crates.item(row, col)
        return item.text().strip() if item is not None else ""

    def crate_values(self) -> list[Crate]:
        out, seen = [], set()
        for row in range(self.crates.rowCount()):
            number = self._cell(row, 0)
            if number in seen:
                raise FieldError(self.tr("Crate {number} is listed twice.").format(number=number))
            seen.add(number)
            sizes = []
            for col in range(1, 5):
                text = self._cell(row, col).replace(",", ".")
                try:
                    sizes.append(float(text) if text else None)
                except ValueError:
                    raise FieldError(
                        self.tr("Crate {number}: {text} is not a number.").format(
                            number=number, text=text
                        )
                    ) from None
            out.append(Crate(number, *sizes, self._cell(row, 5)))
        return out

    def values(self) -> tuple[dict, dict, list[Crate]]:
        """Texts, fields and crates as entered; raises ExhibitError when one is wrong."""
        texts = {key: text_of(cell.editor) for key, cell in self.texts.cells.items()}
        fields: dict[str, object] = {}
        for f in fields_of(Owner.EXHIBITION, per_language=False, group=LOAN):
            editor = self.editors[f.name]
            if isinstance(editor, QComboBox):
                fields[f.name] = editor.currentData()
            else:
                fields[f.name] = parse_value(f, editor.text())  # type: ignore[attr-defined]
        return texts, fields, self.crate_values()

    def accept(self) -> None:
        try:
            self.values()
        except ExhibitError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def command(self) -> SetLoanRecordCommand | None:
        texts, fields, crates = self.values()
        old = self.exhibition
        texts = {k: v for k, v in texts.items() if v != old.text(*k).text}
        old_fields = record_values(old.loan)
        fields = {k: v for k, v in fields.items() if v != old_fields.get(k)}
        if not texts and not fields and crates == self.catalogue.crates():
            return None
        return SetLoanRecordCommand(self.catalogue, texts, fields, crates)
