"""Exhibition settings: title, subtitle, venue, city, organisers and foreword per language,
the opening and closing dates, the project languages, and the catalogue as a book: the cover
photo's focal point, the ISBN and the print run.

The texts are edited side by side, one column per project language, with the same editors as
the captions (built from ``core.fields``). OK gives one undo command for everything changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.book import check_focus, check_isbn
from exhibit.core.errors import ExhibitError, FieldError
from exhibit.core.fields import EXHIBITION_TEXT_FIELDS, Owner, check_value, parse_value, spec
from exhibit.core.languages import check_languages, display_name
from exhibit.core.store import Catalogue
from exhibit.ui.models.labels import field_label
from exhibit.ui.undo import SetExhibitionCommand
from exhibit.ui.widgets.caption_editors import CaptionEditors, text_of
from exhibit.ui.widgets.date_field import DateField


class ExhibitionSettingsDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.exhibition = catalogue.exhibition()
        self.setWindowTitle(self.tr("Exhibition Settings"))
        self.setObjectName("exhibitionSettings")
        self.resize(860, 720)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        inner = QVBoxLayout(body)
        self.texts = CaptionEditors(Owner.EXHIBITION)
        self.texts.set_languages(self.exhibition.languages)
        self.texts.show_values(self.exhibition)
        for cell in self.texts.cells.values():
            cell.status.hide()  # exhibition texts have no review workflow here
        box = QGroupBox(self.tr("Texts"))
        QVBoxLayout(box).addWidget(self.texts)
        inner.addWidget(box)
        form_box = QGroupBox(self.tr("Dates and languages"))
        form = QFormLayout(form_box)
        self.dates: dict[str, DateField] = {}
        for name in ("opening", "closing"):
            edit = DateField(getattr(self.exhibition, name))  # in the UI language's format
            edit.setObjectName(name)
            self.dates[name] = edit
            form.addRow(field_label(name, Owner.EXHIBITION), edit)
        self.languages = QLineEdit(", ".join(self.exhibition.languages))
        self.languages.setObjectName("languages")
        self.languages.setToolTip(
            self.tr("Language tags separated by commas, the source language first: de, zh-Hans")
        )
        self.languages.textChanged.connect(self._show_language_names)
        form.addRow(self.tr("Project languages"), self.languages)
        self.language_names = QLabel()
        form.addRow("", self.language_names)
        note = QLabel(self.tr("Texts of a language you remove are kept and come back with it."))
        note.setWordWrap(True)
        form.addRow("", note)
        inner.addWidget(form_box)
        book_box = QGroupBox(self.tr("Catalogue"))
        book_form = QFormLayout(book_box)
        self.book: dict[str, QLineEdit] = {}
        shown = {
            "cover_focus": self.exhibition.cover_focus,
            "isbn": self.exhibition.isbn,
            "print_run": str(self.exhibition.print_run or ""),
        }
        for name, value in shown.items():
            edit = QLineEdit(value)
            edit.setObjectName(name)
            self.book[name] = edit
            book_form.addRow(field_label(name, Owner.EXHIBITION), edit)
        self.book["cover_focus"].setPlaceholderText(self.tr("centre"))
        self.book["cover_focus"].setToolTip(
            self.tr(
                "The point of the cover photo that stays in view when the cover crops it: "
                "across and down from the top left corner, each from 0 to 1, e.g. 0.5,0.3"
            )
        )
        self.book["isbn"].setPlaceholderText("978-3-…")
        inner.addWidget(book_box)
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
        self._show_language_names()

    def _language_list(self) -> tuple[str, ...]:
        parts = [p.strip() for p in self.languages.text().replace(";", ",").split(",")]
        return check_languages([p for p in parts if p])

    def _show_language_names(self) -> None:
        try:
            names = " | ".join(display_name(t) for t in self._language_list())
        except ExhibitError as exc:
            names = str(exc)
        self.language_names.setText(names)

    def values(self) -> tuple[dict, dict, tuple[str, ...]]:
        """Texts, dates and languages as entered; raises ExhibitError when one is wrong."""
        texts = {
            (name, lang): text_of(self.texts.cells[(name, lang)].editor)
            for name in EXHIBITION_TEXT_FIELDS
            for lang in self.exhibition.languages
        }
        for (name, lang), text in texts.items():
            try:
                check_value(spec(Owner.EXHIBITION, name), text)
            except FieldError as exc:  # named as the dialog labels it, not by its inner name
                problem = str(exc).removeprefix(f"{name}: ")
                label = f"{field_label(name, Owner.EXHIBITION)} ({display_name(lang)})"
                raise FieldError(f"{label}: {problem}") from None
        # a date editor holds a date or nothing: only the pair can be wrong
        dates = {
            name: check_value(spec(Owner.EXHIBITION, name), edit.iso())
            for name, edit in self.dates.items()
        }
        if dates["opening"] and dates["closing"] and dates["closing"] < dates["opening"]:
            raise FieldError(
                self.tr("{closing} is before {opening}").format(
                    closing=field_label("closing", Owner.EXHIBITION),
                    opening=field_label("opening", Owner.EXHIBITION),
                )
            )
        return texts, dates, self._language_list()

    def book_values(self) -> dict[str, object]:
        """Focal point, ISBN and print run as entered, checked; raises ExhibitError."""
        out: dict[str, object] = {}
        for name, edit in self.book.items():
            value = parse_value(spec(Owner.EXHIBITION, name), edit.text().strip())
            if name == "cover_focus":
                value = check_focus(str(value or ""))
            elif name == "isbn":
                value = check_isbn(str(value or ""))
            out[name] = value
        return out

    def accept(self) -> None:
        try:
            self.values()
            self.book_values()
        except ExhibitError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def command(self) -> SetExhibitionCommand | None:
        """The undo command for what changed, or None when nothing did."""
        texts, dates, languages = self.values()
        old = self.exhibition
        texts = {k: v for k, v in texts.items() if v != old.text(*k).text}
        old_dates = {n: (getattr(old, n).isoformat() if getattr(old, n) else None) for n in dates}
        book = {n: v for n, v in self.book_values().items() if v != getattr(old, n)}
        if not texts and dates == old_dates and languages == old.languages and not book:
            return None
        return SetExhibitionCommand(self.catalogue, texts, dates, languages, book)
