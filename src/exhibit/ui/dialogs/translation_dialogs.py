"""Texts out to a translator and back: File > Send for Translation and File > Import Translation.

Sending writes one file (XLSX, XLIFF 1.2/2.0 or PO) through ``export.translation``. Importing
shows the plan first, one line per field that changes or needs attention, and applies it as
one undo command (after a backup); conflicts wait beside ours in the conflicts list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.languages import display_name
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import make_backup
from exhibit.core.translation import SUFFIX, Change, Format, ImportPlan, Only
from exhibit.ui.undo import ImportTranslationCommand, UndoStack


class SendForTranslationDialog(QDialog):
    """Format, target language, which fields, photos; then where to save."""

    def __init__(self, catalogue: Catalogue, start_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue, self.start_folder = catalogue, start_folder
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Send for Translation"))
        self.setObjectName("sendForTranslation")
        form = QFormLayout()
        self.format = QComboBox()
        for fmt, label in (
            (Format.XLSX, self.tr("Spreadsheet (XLSX: Excel, WPS, LibreOffice)")),
            (Format.XLIFF, self.tr("XLIFF 1.2 (Trados, memoQ, Phrase, OmegaT)")),
            (Format.XLIFF2, self.tr("XLIFF 2.0")),
            (Format.PO, self.tr("PO (Poedit, Weblate)")),
        ):
            self.format.addItem(label, fmt.value)
        form.addRow(self.tr("Format:"), self.format)
        self.target = QComboBox()
        for lang in catalogue.languages[1:]:
            self.target.addItem(display_name(lang), lang)
        form.addRow(self.tr("Translate into:"), self.target)
        self.only = QComboBox()
        self.only.addItem(self.tr("Every text"), Only.ALL.value)
        self.only.addItem(self.tr("Missing or outdated translations"), Only.OUTDATED.value)
        self.only.addItem(self.tr("Missing translations only"), Only.MISSING.value)
        form.addRow(self.tr("Texts:"), self.only)
        self.photos = QCheckBox(self.tr("Also save the photos and a contact sheet (ZIP)"))
        self.photos.setChecked(True)
        form.addRow("", self.photos)
        self.region_code = QCheckBox(self.tr("Write the language as zh-CN (for strict tools)"))
        form.addRow("", self.region_code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        fmt = Format(self.format.currentData())
        lang = self.target.currentData()
        if lang is None:
            return
        name = f"{self.catalogue.root.stem}-{lang}{SUFFIX[fmt]}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the texts for translation"), str(self.start_folder / name)
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the file (the dialog's test calls this instead of the file chooser)."""
        from exhibit.export.translation.job import export_translation, translation_snapshot

        snapshot = translation_snapshot(self.catalogue)
        lang = self.target.currentData()
        code = "zh-CN" if self.region_code.isChecked() and lang.startswith("zh") else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_translation(
                snapshot,
                path,
                Format(self.format.currentData()),
                lang,
                only=Only(self.only.currentData()),
                code=code,
                photos=self.photos.isChecked(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written = path
        self.accept()


class ImportTranslationDialog(QDialog):
    """The plan, one line per field that changes or needs attention; Apply makes one undo step."""

    def __init__(
        self, catalogue: Catalogue, path: Path, stack: UndoStack, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.catalogue, self.path, self.stack = catalogue, Path(path), stack
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import Translation"))
        self.setObjectName("importTranslation")
        self.resize(900, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.trust = QCheckBox(self.tr("Trust the approvals in this file"))
        self.trust.setToolTip(
            self.tr("Otherwise texts approved in the file come back as 'needs review'")
        )
        self.trust.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Change"),
                self.tr("Here"),
                self.tr("In the file"),
                self.tr("Status or reason"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.trust)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.refresh()

    def _words(self) -> dict[Change, str]:
        return {
            Change.NEW: self.tr("new"),
            Change.CHANGED: self.tr("changed"),
            Change.UNCHANGED: self.tr("unchanged"),
            Change.CONFLICT: self.tr("conflict: ours kept"),
            Change.OUTDATED: self.tr("outdated"),
            Change.REJECTED: self.tr("rejected"),
        }

    def refresh(self) -> None:
        from exhibit.ingest.translation.plan import plan_translation

        cat = self.catalogue
        plan = plan_translation(
            cat.exhibition(),
            cat.sections(),
            cat.works(),
            self.path,
            trust_approvals=self.trust.isChecked(),
        )
        self.plan = plan
        words = self._words()
        shown = [line for line in plan.lines if line.change is not Change.UNCHANGED]
        self.table.setRowCount(len(shown))
        for row, line in enumerate(shown):
            status = line.reason or (
                line.theirs.status.value.replace("_", " ") if line.theirs else ""
            )
            cells = (
                line.label,
                words[line.change],
                line.ours.text if line.ours else "",
                line.theirs.text if line.theirs else "",
                status,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        if plan.errors:
            self.summary.setText(
                self.tr("{file} cannot be imported: {reason}").format(
                    file=self.path.name, reason=plan.errors[0]
                )
            )
            apply.setEnabled(False)
            return
        counts = ", ".join(f"{plan.count(c)} {words[c]}" for c in Change if plan.count(c))
        notes = "\n".join(plan.notes)
        self.summary.setText(f"{self.path.name}: {counts}" + (f"\n{notes}" if notes else ""))
        apply.setEnabled(bool(plan.writes or plan.conflicts))

    def apply(self) -> None:
        if self.plan is None or not (self.plan.writes or self.plan.conflicts):
            return
        make_backup(self.catalogue.paths, "translation")
        command = ImportTranslationCommand(self.catalogue, self.plan, self.path.name)
        if self.stack.push_command(command):
            self.accept()


def choose_translation_file(parent: QWidget, start_folder: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import a translation"),
        str(start_folder),
        parent.tr("Translations (*.xlsx *.csv *.xlf *.xliff *.po);;All files (*)"),
    )
    return Path(path) if path else None
