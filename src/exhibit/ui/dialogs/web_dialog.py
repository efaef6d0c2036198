"""File > Export Web Gallery: folder, web address and language order, then progress and Cancel.

The gallery job (``export.web``) runs through ``JobRunner`` off the window's thread; its web
preflight is shown before it starts. When it is done the dialog offers to open the index page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.jobs import Cancelled, Progress
from exhibit.core.languages import display_name
from exhibit.core.store import Catalogue
from exhibit.ui.dialogs.job_dialog import JobDialog
from exhibit.ui.undo import SetExhibitionFieldsCommand, UndoStack


class WebGalleryDialog(JobDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        start_folder: Path,
        parent: QWidget | None = None,
        stack: UndoStack | None = None,
    ):
        super().__init__(parent)
        from exhibit.export.web.source import web_source

        self.catalogue, self.stack = catalogue, stack
        self.settings = web_source(catalogue)
        self.result = None
        self.setWindowTitle(self.tr("Export Web Gallery"))
        self.setObjectName("webGallery")
        self.resize(640, 420)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._options_page(catalogue, start_folder))
        self.status = QLabel()
        self.pages.addWidget(self._build_progress_page(self.status))
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(
            self.tr("Write Gallery"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("Open in Browser"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.write_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.refresh_check()

    def _options_page(self, catalogue: Catalogue, start_folder: Path) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        name = f"{catalogue.root.stem}-web"
        self.folder = QLineEdit(str(start_folder / name))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder:"), row)
        self.base_url = QLineEdit(self.settings.base_url)
        self.base_url.setPlaceholderText("https://example.org/ausstellung/")
        form.addRow(self.tr("Web address:"), self.base_url)
        self.first = QComboBox()
        languages = self.settings.source.exhibition.languages
        for lang in languages[:2]:
            self.first.addItem(display_name(lang), lang)
        if self.settings.first_language in languages[:2]:
            self.first.setCurrentIndex(languages.index(self.settings.first_language))
        form.addRow(self.tr("Language shown first:"), self.first)
        self.webp = QCheckBox(self.tr("Also WebP images (smaller on phones)"))
        self.webp.setChecked(True)
        form.addRow("", self.webp)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(140)
        form.addRow(self.tr("Before publishing:"), self.findings)
        self.folder.textChanged.connect(self.refresh_check)
        self.base_url.textChanged.connect(self.refresh_check)
        return page

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the web gallery"))
        if chosen:
            self.folder.setText(str(Path(chosen) / f"{Path(self.folder.text()).name}"))

    def job(self):
        from exhibit.export.web.gallery import WebGallery, WebOptions

        options = WebOptions(
            base_url=self.base_url.text().strip(),
            first_language=self.first.currentData(),
            webp=self.webp.isChecked(),
        )
        return WebGallery(self.settings.source, Path(self.folder.text()), options)

    def refresh_check(self) -> None:
        plan = self.job().check()
        lines = [self.tr("Error: {text}").format(text=e) for e in plan.errors]
        lines += [self.tr("Note: {text}").format(text=w) for w in plan.warnings]
        self.findings.setPlainText("\n".join(lines) or self.tr("Nothing to fix."))
        self.write_button.setEnabled(not plan.errors)

    def start(self) -> None:
        self._remember_settings()
        self.pages.setCurrentIndex(1)
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the web gallery…"))
        self._run(self.job(), self._on_done)

    def _remember_settings(self) -> None:
        """The web address and the language shown first become the exhibition's (one undo)."""
        ex = self.catalogue.exhibition()
        first = self.first.currentData()
        wanted = {
            "web_address": self.base_url.text().strip(),
            "first_language": "" if first == ex.languages[0] else first,
        }
        changed = {k: v for k, v in wanted.items() if getattr(ex, k) != v}
        if changed and self.stack is not None:
            self.stack.push_command(SetExhibitionFieldsCommand(self.catalogue, changed))

    def _on_progress(self, progress: Progress) -> None:
        self._advance(progress)
        self.current_label.set_full_text(progress.current)

    def _on_done(self, result) -> None:
        self.result = result
        self.status.setText(
            self.tr("Web gallery written: {pages} pages, {size} MB").format(
                pages=result.pages, size=f"{result.bytes / 1e6:.1f}"
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.open_button.show()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
        else:
            self.status.setText(
                self.tr("The web gallery was not written: {reason}").format(reason=str(exc))
            )
        self.close_button.setText(self.tr("Close"))

    def _close_or_cancel(self) -> None:
        if self.running:
            self._runner.cancel()
            return
        self.reject() if self.result is None else self.accept()

    def _open(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path / "index.html")))

    def done(self, code: int) -> None:
        if self.running:
            self.stop_and_wait()
        super().done(code)
