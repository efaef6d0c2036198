"""The catalogue export dialog: choose the options, run preflight and the export, open the PDF.

    dialog = ExportDialog(catalogue, settings, parent=window)
    dialog.exported.connect(...)          # ExportResult, when the PDF was written
    dialog.open()

The options (page size, layout, resolution, bleed, crop marks, which sections, the cover photo,
whether to open the PDF afterwards) start from the last choices, kept in the settings under
``export/...``; the file name starts from the last folder and the exhibition's title. Export
runs ``exhibit.export.catalogue.job.CatalogueExport`` through ``JobRunner``: first its ``check``
(preflight, off the window's thread too), which may stop the export with errors the curator can
read and override ("Export Anyway"), then ``run`` with a progress bar, the current image, rate
and time left, and Cancel. The export writes to a temporary file and renames it at the end, so
a cancelled export leaves the previous PDF as it was.

When done, the PDF is opened with the desktop's viewer, with the user's own environment (a
bundled app must not hand its library paths to the viewer).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import Cancelled, Plan, Progress
from exhibit.core.languages import match
from exhibit.ui.dialogs.job_dialog import CheckJob, JobDialog, format_duration, rate_text
from exhibit.ui.errors import describe_error, guard_slot, show_error
from exhibit.ui.models.preflight_model import PreflightModel
from exhibit.ui.settings import EXPORT_FOLDER, EXPORT_OPEN, EXPORT_SETTINGS, LAST_FOLDER

_VIEWER_ENV = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "PYTHONPATH")


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the form holds, in plain values (turned into CatalogueOptions by ``options()``).

    ``values`` holds the remembered export options by name (``EXPORT_SETTINGS``, derived from
    the options' one declaration), as the form shows them: 0 dpi means the purpose's default.
    """

    out: Path
    values: Mapping[str, Any]
    sections: tuple[int, ...] = ()  # section ids; empty: all
    cover_work: int | None = None
    open_when_done: bool = True

    def value(self, name: str) -> Any:
        return self.values[name]

    def options(self) -> Any:
        from exhibit.export.catalogue.options import CatalogueOptions

        values = dict(self.values)
        values["crop_marks"] = values.get("crop_marks") or None  # off: marks when there is bleed
        return CatalogueOptions(**values, sections=self.sections, cover_work=self.cover_work)


def saved_options(settings: Any) -> Any:
    """The catalogue options the dialog last left in the settings (defaults where not valid):
    what the preflight panel checks between exports."""
    from exhibit.export.catalogue.options import CatalogueOptions

    values = {name: settings.get(setting) for name, setting in EXPORT_SETTINGS.items()}
    try:
        return ExportChoices(out=Path(), values=values).options()
    except (ValueError, TypeError, ExhibitError):
        return CatalogueOptions()


class ExportDialog(JobDialog):
    """Options, preflight, progress and the result of a catalogue export."""

    exported = Signal(object)  # ExportResult

    def __init__(self, catalogue: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.settings = settings
        self.job: Any = None
        self._wording = PreflightModel(self)  # says findings in the UI language
        self.result: Any = None
        self.setWindowTitle(self.tr("Export Catalogue"))
        self.setMinimumWidth(560)
        self._build()
        self._load_choices()

    # ----------------------------------------------------------------- layout

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Export the catalogue as a PDF for print"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form_page = self._build_form()
        self.phase_label = QLabel()
        self.progress_page = self._build_progress_page(self.phase_label)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget()
        self.buttons = QDialogButtonBox()
        self.export_button = self._button(self.tr("&Export"), self.start_export, accept=True)
        self.force_button = self._button(self.tr("Export &Anyway"), self.export_anyway)
        self.back_button = self._button(self.tr("&Back"), self.show_form)
        self.open_button = self._button(self.tr("&Open PDF"), self.open_pdf)
        self.folder_button = self._button(self.tr("Show in &Folder"), self.open_folder)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for widget in (self.form_page, self.progress_page, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)
        self.show_form()

    def _button(self, text: str, slot: Any, *, accept: bool = False) -> QPushButton:
        role = QDialogButtonBox.ButtonRole
        button = self.buttons.addButton(text, role.AcceptRole if accept else role.ActionRole)
        button.clicked.connect(slot)
        return button

    def _build_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 8, 0, 0)
        self.out_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.ask_output)
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("PDF file:"), row)
        self.page_size = self._choice("page_size", {
            "a4": self.tr("A4 (21 × 29.7 cm)"),
            "a5": self.tr("A5 (14.8 × 21 cm)"),
            "letter": self.tr("US Letter"),
            "square": self.tr("Square (21 × 21 cm)"),
        })  # fmt: skip
        form.addRow(self.tr("Page size:"), self.page_size)
        self.layout_box = self._choice("layout", {
            "one": self.tr("One photo per page, with captions"),
            "two": self.tr("Two photos per page, with captions"),
            "grid": self.tr("Four photos per page, titles only"),
        })  # fmt: skip
        form.addRow(self.tr("Layout:"), self.layout_box)
        self.purpose = self._choice("purpose", {
            "print": self.tr("Print shop (PDF/X-4, CMYK output intent)"),
            "screen": self.tr("Screen and e-mail (RGB, smaller)"),
        })  # fmt: skip
        form.addRow(self.tr("For:"), self.purpose)
        self.condition = self._choice("condition", {
            "fogra39": self.tr("FOGRA39, coated paper (Europe, ISO 12647-2)"),
            "gracol2006": self.tr("GRACoL 2006, coated paper (ISO 12647-2)"),
        })  # fmt: skip
        form.addRow(self.tr("Printing condition:"), self.condition)
        self.dpi = QSpinBox()
        self.dpi.setRange(0, 1200)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setSpecialValueText(self.tr("automatic (300 for print, 150 for the screen)"))
        form.addRow(self.tr("Image resolution:"), self.dpi)
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0, 10)
        self.bleed.setDecimals(1)
        self.bleed.setSuffix(self.tr(" mm"))
        self.crop_marks = QCheckBox(self.tr("Crop marks"))
        row = QHBoxLayout()
        row.addWidget(self.bleed)
        row.addWidget(self.crop_marks)
        row.addStretch(1)
        form.addRow(self.tr("Bleed:"), row)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.sections = QListWidget()
        self.sections.setMaximumHeight(110)
        form.addRow(self.tr("Sections:"), self.sections)
        self.without_candidates = QCheckBox(
            self.tr("Only works selected for the exhibition (leave out candidates)")
        )
        form.addRow("", self.without_candidates)
        self.cover = QSpinBox()
        self.cover.setRange(0, 100_000)
        self.cover.setSpecialValueText(self.tr("the first photo"))
        self.cover.setPrefix(self.tr("No. "))
        form.addRow(self.tr("Cover photo:"), self.cover)
        self.open_when_done = QCheckBox(self.tr("Open the PDF when it is written"))
        form.addRow("", self.open_when_done)
        return page

    def _choice(self, name: str, labels: dict[str, str]) -> QComboBox:
        """A combo box of an export option's declared choices, labelled in the UI language."""
        from exhibit.export.catalogue.options import export_option

        box = QComboBox()
        for value in export_option(name).choices:
            box.addItem(labels.get(value, value), value)
        return box

    def _inputs(self) -> dict[str, QWidget]:
        """The form's widget for each remembered export option."""
        return {
            "page_size": self.page_size,
            "layout": self.layout_box,
            "purpose": self.purpose,
            "condition": self.condition,
            "dpi": self.dpi,
            "bleed_mm": self.bleed,
            "crop_marks": self.crop_marks,
            "without_candidates": self.without_candidates,
        }

    @guard_slot
    def _purpose_changed(self, _index: int = 0) -> None:
        printing = self.purpose.currentData() == "print"
        for widget in (self.condition, self.bleed, self.crop_marks):
            widget.setEnabled(printing)

    def _show(self, *widgets: QWidget) -> None:
        """Show exactly these of the dialog's parts and buttons."""
        parts = (self.form_page, self.progress_page, self.message, self.findings)
        buttons = (
            self.export_button,
            self.force_button,
            self.back_button,
            self.open_button,
            self.folder_button,
            self.cancel_button,
            self.close_button,
        )
        for widget in (*parts, *buttons):
            widget.setVisible(widget in widgets)

    # ----------------------------------------------------------------- choices

    def _load_choices(self) -> None:
        get = self.settings.get
        inputs = self._inputs()
        for name, setting in EXPORT_SETTINGS.items():
            _set_input(inputs[name], get(setting))
        self.open_when_done.setChecked(bool(get(EXPORT_OPEN)))
        self._purpose_changed()
        self.out_edit.setText(str(self._default_output()))
        languages = self.catalogue.languages
        ui_language = _project_language(languages)
        for section in self.catalogue.sections():
            title = section.value("title", ui_language, languages) or self.tr("Untitled section")
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(item)
        self.sections.setEnabled(self.sections.count() > 1)

    def _default_output(self) -> Path:
        folder = self.settings.get(EXPORT_FOLDER) or self.settings.get(LAST_FOLDER)
        base = Path(str(folder)) if folder else self.catalogue.root.parent
        languages = self.catalogue.languages
        title = self.catalogue.exhibition().value("title", languages[0], languages[1:])
        name = _file_name(title) or self.catalogue.root.stem
        label = self.tr("Catalogue")  # not inside the f-string: lupdate would not see it
        return base / f"{name} – {label}.pdf"

    def choices(self) -> ExportChoices:
        """The form as values."""
        ids = [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() is Qt.CheckState.Checked
        ]
        every = len(ids) == self.sections.count()
        inputs = self._inputs()
        return ExportChoices(
            out=Path(self.out_edit.text().strip()).expanduser(),
            values={name: _input_value(inputs[name]) for name in EXPORT_SETTINGS},
            sections=() if every else tuple(ids),
            cover_work=self.cover.value() or None,
            open_when_done=self.open_when_done.isChecked(),
        )

    def _save_choices(self, choices: ExportChoices) -> None:
        put = self.settings.set
        for name, setting in EXPORT_SETTINGS.items():
            put(setting, choices.value(name))
        put(EXPORT_OPEN, choices.open_when_done)
        put(EXPORT_FOLDER, str(choices.out.parent))

    @guard_slot
    def ask_output(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export catalogue as"), self.out_edit.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.out_edit.setText(str(path if path.suffix.lower() == ".pdf" else f"{path}.pdf"))

    # ----------------------------------------------------------------- running

    @guard_slot
    def show_form(self) -> None:
        self.heading.setText(self.tr("Export the catalogue as a PDF for print"))
        self._show(self.form_page, self.export_button, self.cancel_button)
        self.adjustSize()

    @guard_slot
    def start_export(self) -> None:
        """Check the choices, run preflight, then export (unless preflight found errors)."""
        from exhibit.export.catalogue.job import CatalogueExport
        from exhibit.export.source import catalogue_source

        choices = self.choices()
        if not choices.out.name or choices.out.suffix.lower() != ".pdf":
            self.out_edit.setFocus()
            self.heading.setText(self.tr("Choose a PDF file to write (ending in .pdf)."))
            return
        options = choices.options()  # raises for values out of range: shown by guard_slot
        self._save_choices(choices)
        self.job = CatalogueExport(
            catalogue_source(self.catalogue),
            choices.out,
            options,
            cache_dir=self.catalogue.paths.print_cache,
        )
        self.heading.setText(self.tr("Checking the catalogue before printing…"))
        self.progress_bar.setRange(0, 0)
        self.phase_label.setText(self.tr("Preflight: originals, resolution, translations"))
        self.current_label.set_full_text("")
        self.rate_label.setText("")
        self._show(self.progress_page, self.cancel_button)
        self._run(CheckJob(self.job), self._on_checked)

    @guard_slot
    def _on_checked(self, plan: Plan) -> None:
        if self.cancel_requested:
            self.show_form()
            return
        if plan.errors:
            self.heading.setText(
                self.tr(
                    "Preflight found %n problem(s) that would show in print", "", len(plan.errors)
                )
            )
            self.message.setText(
                self.tr("Fix them and export again, or export anyway to look at a proof.")
            )
            self._fill_findings(plan)
            report = self.job.report
            if report is not None and report.stopping(force=True):  # unreadably small text
                self.message.setText(
                    self.tr("Fix them and export again: some cannot be printed as they are.")
                )
                self._show(self.message, self.findings, self.back_button)
                return
            self._show(self.message, self.findings, self.back_button, self.force_button)
            return
        self._export(plan)

    @guard_slot
    def export_anyway(self) -> None:
        self.job.force = True
        self._export(self.job.check())

    def _export(self, plan: Plan) -> None:
        self.heading.setText(self.tr("Exporting the catalogue…"))
        self.progress_bar.setRange(0, max(plan.total, 1))
        self.progress_bar.setValue(0)
        self._fill_findings(plan)
        self._show(self.progress_page, self.cancel_button)
        self.adjustSize()
        self._run(self.job, self._on_done)

    def _fill_findings(self, plan: Plan) -> None:
        """Errors first, then warnings, each said in the UI language (as the preflight panel)."""
        self.findings.clear()
        report = self.job.report if self.job is not None else None
        if report is None:
            self.findings.addItems([*plan.errors, *plan.warnings])
            return
        shown = [*report.errors, *report.warnings]
        for finding in shown:
            text = f"{self._wording.problem_label(finding)}: {self._wording.details(finding)}"
            item = QListWidgetItem(self._wording.icon(finding.severity), text)
            self.findings.addItem(item)

    @guard_slot
    def _on_progress(self, progress: Progress) -> None:
        self._advance(progress)
        phases = {
            "images": self.tr("Preparing the photos for print"),
            "pdf": self.tr("Writing the PDF"),
        }
        self.phase_label.setText(phases.get(progress.phase, ""))
        self.current_label.set_full_text(str(progress.current or ""))
        if progress.done and progress.eta is not None:
            self.rate_label.setText(rate_text(progress))

    @guard_slot
    def _on_done(self, result: Any) -> None:
        self.result = result
        size = QLocale().formattedDataSize(result.bytes)
        self.heading.setText(self.tr("The catalogue is written"))
        text = self.tr("{file}: %n page(s), {size}, in {time}.", "", result.pages)
        self.message.setText(
            text.format(file=result.path.name, size=size, time=format_duration(result.elapsed))
        )
        errors = len(result.preflight.errors)  # exported anyway, when the curator said so
        warnings = len(result.preflight.warnings)
        notes = []
        if errors:
            notes.append(
                self.tr("Exported despite %n preflight error(s), listed below.", "", errors)
            )
        if warnings:
            notes.append(self.tr("Preflight noted %n warning(s), listed below.", "", warnings))
        if notes:
            self.message.setText("\n".join([self.message.text(), *notes]))
        shown = [self.message, self.open_button, self.folder_button, self.close_button]
        if errors or warnings:
            shown.append(self.findings)
        self._show(*shown)
        self.close_button.setDefault(True)
        self.exported.emit(result)
        if self.choices().open_when_done:
            self.open_pdf()

    @guard_slot
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.show_form()
            self.heading.setText(self.tr("Export cancelled. No PDF was written or replaced."))
            return
        self.show_form()
        self.heading.setText(describe_error(exc).what)
        show_error(self, exc)

    # ----------------------------------------------------------------- the PDF

    @guard_slot
    def open_pdf(self) -> None:
        if self.result is not None:
            open_with_desktop(self.result.path)

    @guard_slot
    def open_folder(self) -> None:
        if self.result is not None:
            open_with_desktop(self.result.path.parent)

    # ----------------------------------------------------------------- closing

    def done(self, result: int) -> None:
        """Cancel while exporting stops the export (the previous PDF stays); else close."""
        if self.running:
            self._runner.cancel()  # type: ignore[union-attr]
            self.heading.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        super().done(result)


def open_with_desktop(path: Path) -> None:
    """Open a file or folder with the desktop's program, in the user's own environment."""
    if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
        subprocess.Popen(
            ["xdg-open", str(path)],
            env=user_environment(os.environ),
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def user_environment(env: Any) -> dict[str, str]:
    """The environment without what a bundle set for itself (PyInstaller keeps ``*_ORIG``)."""
    clean = dict(env)
    for name in _VIEWER_ENV:
        original = clean.pop(f"{name}_ORIG", None)
        clean.pop(name, None)
        if original is not None:
            clean[name] = original
    return clean


def _set_input(widget: QWidget, value: object) -> None:
    """Show a remembered value in its form widget (a bad stored value shows the default)."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(str(value)), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        try:
            widget.setValue(type(widget.value())(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            widget.setValue(widget.minimum())


def _input_value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.value()  # type: ignore[attr-defined]


def _file_name(title: str) -> str:
    """A title made safe as a file name on every system."""
    kept = "".join(" " if c in '/\\:*?"<>|\n\r\t' else c for c in title)
    return " ".join(kept.split())[:80]


def _project_language(languages: tuple[str, ...]) -> str:
    """The project language closest to the UI language (section titles in the list)."""
    return match(QLocale().bcp47Name(), languages) or languages[0]
