"""File > Print Documents: wall labels, the checklist, condition reports and the loan record.

Choose the document, the works (all or the selection), the language order and, for labels, the
size, the sheet and the QR code's URL pattern; preflight's findings and a preview of the first
page follow every change. "Save PDF…" asks for a file and writes it (documents are quick to
write; nothing here touches the catalogue).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL.ImageQt import ImageQt
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.errors import ExhibitError
from exhibit.core.store import Catalogue
from exhibit.export.catalogue.job import PreflightFailed
from exhibit.export.documents.job import DocumentExport, DocumentResult
from exhibit.export.documents.options import (
    DocumentKind,
    DocumentOptions,
    LabelSize,
    Sheet,
    venue_first,
)
from exhibit.export.documents.preview import first_page, preview_works
from exhibit.export.documents.source import document_source
from exhibit.export.preflight import Severity
from exhibit.ui.errors import guard_slot, show_error
from exhibit.ui.settings import (
    DOCUMENT_LANGUAGES,
    LABEL_QR,
    LABEL_SHEET,
    LABEL_SIZE,
    LAST_FOLDER,
    Settings,
)

PREVIEW_WIDTH = 420


class DocumentsDialog(QDialog):
    written = Signal(object)  # the DocumentResult

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        selected: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        self.source = document_source(catalogue)
        self.selected_numbers = tuple(w.number for w in self.source.works if w.id in selected)
        self.setWindowTitle(self.tr("Print Documents"))
        self.setObjectName("documentsDialog")
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._form())
        left.addWidget(self._labels_box())
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        left.addWidget(QLabel(self.tr("Preflight")))
        left.addWidget(self.findings, 1)
        self.force = QCheckBox(self.tr("Write even with preflight errors"))
        self.force.setObjectName("force")
        left.addWidget(self.force)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_and_save)
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        layout.addLayout(left, 1)
        self.preview = QLabel()
        self.preview.setObjectName("documentPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH)
        self.preview.setStyleSheet("background: palette(mid);")
        layout.addWidget(self.preview)
        self.refresh()

    # ----------------------------------------------------------------- the form

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in (
            (DocumentKind.LABELS, self.tr("Wall labels")),
            (DocumentKind.CHECKLIST, self.tr("Checklist")),
            (DocumentKind.CONDITION, self.tr("Condition reports")),
            (DocumentKind.LOAN, self.tr("Loan record and insurance schedule")),
        ):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Document"), self.kind)
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("All works"), False)
        if self.selected_numbers:
            text = DocumentsDialog.tr("The %n selected work(s)", "", len(self.selected_numbers))
            self.scope.addItem(text, True)
        self.scope.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Works"), self.scope)
        self.order = QComboBox()
        self.order.setObjectName("order")
        self.order.addItem(self.tr("The venue's language first"), "venue")
        self.order.addItem(self.tr("The source language first"), "source")
        self.order.setCurrentIndex(
            max(0, self.order.findData(self.settings.get(DOCUMENT_LANGUAGES)))
        )
        self.order.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Languages"), self.order)
        return box

    def _labels_box(self) -> QGroupBox:
        self.labels_box = QGroupBox(self.tr("Wall labels"))
        form = QFormLayout(self.labels_box)
        self.size = QComboBox()
        self.size.setObjectName("size")
        self.size.setEditable(True)
        self.size.addItems(["a5", "a6", "200x100"])
        self.size.setCurrentText(str(self.settings.get(LABEL_SIZE)))
        self.size.setToolTip(self.tr("a5, a6 or width x height in mm, e.g. 200x100"))
        self.size.currentTextChanged.connect(self._changed)
        form.addRow(self.tr("Size"), self.size)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        for sheet, label in (
            (Sheet.A4, self.tr("Several on A4 with cut marks")),
            (Sheet.A3, self.tr("Several on A3 with cut marks")),
            (Sheet.NONE, self.tr("One per page")),
        ):
            self.sheet.addItem(label, sheet)
        self.sheet.setCurrentIndex(
            max(0, self.sheet.findData(Sheet(self.settings.get(LABEL_SHEET))))
        )
        self.sheet.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.qr = QLineEdit(str(self.settings.get(LABEL_QR)) or self._gallery_qr())
        self.qr.setObjectName("qr")
        self.qr.setPlaceholderText("https://example.org/w/{number}")
        self.qr.setToolTip(self.tr("A QR code to this address; {number} is the catalogue number"))
        self.qr.textChanged.connect(self._changed)
        form.addRow(self.tr("QR code"), self.qr)
        self.captions = QCheckBox(self.tr("Print the captions"))
        self.captions.setObjectName("captions")
        self.captions.setChecked(True)
        self.captions.toggled.connect(self._changed)
        form.addRow("", self.captions)
        return self.labels_box

    def _gallery_qr(self) -> str:
        """The web gallery's page of each work, when the exhibition has a web address."""
        from exhibit.export.web.gallery import qr_pattern_for

        return qr_pattern_for(self.catalogue.exhibition().web_address)

    def _changed(self, *_args) -> None:
        self.labels_box.setEnabled(self.kind.currentData() == DocumentKind.LABELS)
        self._timer.start()

    # ----------------------------------------------------------------- options, check, preview

    def options(self) -> DocumentOptions:
        """The options as chosen; raises ExhibitError when one is wrong."""
        kind = DocumentKind(self.kind.currentData())  # Qt hands enums back as str
        langs = self.source.exhibition.languages
        order = venue_first(langs) if self.order.currentData() == "venue" else langs
        works = self.selected_numbers if self.scope.currentData() else ()
        return DocumentOptions(
            kind=kind,
            works=works,
            languages=order,
            label_size=LabelSize.parse(self.size.currentText() or "a5"),
            sheet=Sheet(self.sheet.currentData()),
            qr_pattern=self.qr.text().strip() if kind is DocumentKind.LABELS else "",
            with_caption=self.captions.isChecked(),
        )

    def job(self, out: Path) -> DocumentExport:
        return DocumentExport(self.source, out, self.options(), force=self.force.isChecked())

    @guard_slot
    def refresh(self) -> None:
        """Run preflight and draw the first page again."""
        self.findings.clear()
        try:
            job = self.job(Path("preview.pdf"))
            job.check()
        except ExhibitError as exc:
            self._finding(Severity.ERROR, str(exc))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        report = job.report
        for f in report.findings:
            self._finding(f.severity, f.message)
        if not report.findings:
            self._finding(Severity.INFO, self.tr("No problems found."))
        self._show_preview(job)

    def _finding(self, severity: Severity, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, severity)
        if severity is Severity.ERROR:
            item.setForeground(Qt.GlobalColor.red)
        self.findings.addItem(item)

    def _show_preview(self, job: DocumentExport) -> None:
        if not job.works:
            self.preview.setText(self.tr("No works."))
            return
        short = DocumentExport(
            self.source, job.out, replace(job.options, works=preview_works(job)), force=True
        )
        image = first_page(short, PREVIEW_WIDTH)
        self.preview_image = image
        self.preview.setPixmap(QPixmap.fromImage(ImageQt(image)))

    # ----------------------------------------------------------------- writing

    @guard_slot
    def ask_and_save(self) -> None:
        kind = DocumentKind(self.kind.currentData())
        folder = Path(str(self.settings.get(LAST_FOLDER)) or self.catalogue.root)
        suggested = folder / f"{kind.value}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save(Path(name))

    def save(self, out: Path) -> DocumentResult | None:
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self._remember()
        try:
            result = self.job(out).run(lambda _p: None, _never_cancelled())
        except PreflightFailed:
            self._finding(
                Severity.ERROR,
                self.tr(
                    "Preflight found errors; nothing was written. Fix them or tick "
                    "'Write even with preflight errors'."
                ),
            )
            return None
        except ExhibitError as exc:
            show_error(self, exc)
            return None
        self.settings.set(LAST_FOLDER, str(out.parent))
        self.written.emit(result)
        return result

    def _remember(self) -> None:
        self.settings.set(DOCUMENT_LANGUAGES, self.order.currentData())
        self.settings.set(LABEL_SIZE, self.size.currentText())
        self.settings.set(LABEL_SHEET, str(self.sheet.currentData()))
        self.settings.set(LABEL_QR, self.qr.text().strip())


def _never_cancelled():
    from exhibit.core.jobs import CancelToken

    return CancelToken()
