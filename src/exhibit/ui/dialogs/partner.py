"""Exchange with the partner office: send a package, preview and merge one, settle conflicts.

    send_to_partner(window)                  # File > Send to Partner…
    merge_from_partner(window)               # File > Merge from Partner… (preview first)
    ConflictsDialog(catalogue, stack).exec()  # File > Merge Conflicts…
    ask_office(catalogue, parent)            # asked once per copy of the project

The merge itself is ``export.partner.merge_package``; here it runs as one undo step
(``SnapshotCommand``) after the curator has seen what it will do.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.errors import ExhibitError
from exhibit.core.exchange import PRESENT
from exhibit.core.fields import Owner
from exhibit.core.jobs import CancelToken
from exhibit.core.store import Catalogue
from exhibit.export.partner import (
    SUFFIX,
    MergeReport,
    PackagePlan,
    merge_package,
    plan_package,
    write_package,
)
from exhibit.ui.models.labels import field_label
from exhibit.ui.undo import SnapshotCommand, UndoStack
from exhibit.ui.workers import JobRunner

CONFLICT_COLOUR = QColor("#fbe3d6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Partner", text)


def package_filter() -> str:
    return _tr("Partner packages (*{suffix})").format(suffix=SUFFIX)


def ask_office(catalogue: Catalogue, parent: QWidget | None) -> bool:
    """Ask for this office's name when it was never given; False when the curator declined."""
    if catalogue.office:
        return True
    name, ok = QInputDialog.getText(
        parent,
        _tr("Your office"),
        _tr(
            "Which office works with this copy of the exhibition (e.g. Düren or Jinhua)?\n"
            "Every edit is recorded under this name, so the partner sees who changed what."
        ),
    )
    if not ok or not name.strip():
        return False
    catalogue.set_office(name)
    return True


def show_value(value: object, name: str = "") -> str:
    """A field's value as a person reads it in a table cell."""
    if name == PRESENT:
        return _tr("in the catalogue") if value else _tr("removed")
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, str) for x in value):
        return value[0]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return _tr("in the catalogue")
    return str(value)


def field_name(name: str, lang: str, entity: str) -> str:
    owner = {"work": Owner.WORK, "section": Owner.SECTION}.get(entity, Owner.EXHIBITION)
    special = {
        PRESENT: _tr("Work in the catalogue"),
        "@section": _tr("Section"),
        "tags": _tr("Tags"),
    }
    try:
        label = special.get(name) or field_label(name, owner)
    except ExhibitError:  # a field this version does not declare (a newer partner)
        label = name
    return f"{label} ({lang})" if lang else label


# --------------------------------------------------------------------------- sending


class _PackageJob:
    """Previews and the ZIP on a worker; the catalogue was read on the window's thread."""

    def __init__(self, plan: PackagePlan, out: Path) -> None:
        self.plan, self.out = plan, out

    def run(self, progress, cancel: CancelToken):
        return write_package(self.plan, self.out, progress, cancel)


def send_to_partner(window) -> None:
    """Ask where to save the package, make it off the window's thread, record it as sent."""
    catalogue: Catalogue = window.catalogue
    if not ask_office(catalogue, window):
        return
    start = str(catalogue.root.parent / f"{catalogue.root.stem}-{catalogue.office}{SUFFIX}")
    path, _ = QFileDialog.getSaveFileName(window, _tr("Send to Partner"), start, package_filter())
    if not path:
        return
    progress = QProgressDialog(_tr("Making the partner package…"), _tr("Cancel"), 0, 0, window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    package_id = str(uuid.uuid4())
    catalogue.record_exchange(package_id, "sent")  # the one writer, before the job reads
    plan = plan_package(catalogue, package_id)  # the snapshot, on the owner's thread
    runner = JobRunner(_PackageJob(plan, Path(path)), parent=window)
    progress.canceled.connect(runner.cancel)

    def advanced(p) -> None:
        progress.setMaximum(p.total)
        progress.setValue(p.done)

    def done(report) -> None:
        progress.reset()
        window.statusBar().showMessage(
            _tr("Package written: {file} ({size} MB)").format(
                file=report.path.name, size=f"{report.size / 1e6:.1f}"
            ),
            10_000,
        )

    def failed(exc) -> None:
        progress.reset()
        window.show_error(exc)

    runner.progressed.connect(advanced)
    runner.succeeded.connect(done)
    runner.failed.connect(failed)
    window._partner_runner = runner  # kept until the next package
    runner.start()


# --------------------------------------------------------------------------- merging


class MergePreviewDialog(QDialog):
    """What a merge will do, field by field; conflicts side by side with who and when."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge from Partner"))
        self.setObjectName("mergePreview")
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "Package from {office}, made {created}.\n"
            "{taken} fields are taken from the partner, {conflicts} were changed on both sides "
            "(yours are kept until you decide), {added} works added, {removed} removed."
        ).format(
            office=report.sender_office or self.tr("the partner"),
            created=report.created[:16].replace("T", " ") + " UTC",
            taken=len(report.taken),
            conflicts=len(report.conflicts),
            added=report.added_works,
            removed=report.removed_works,
        )
        if report.reordered:
            summary += "\n" + self.tr("The order of works or sections changes.")
        if not report.changes_anything:
            summary = self.tr("This package holds nothing this project does not have already.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("mergeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("Field"),
                self.tr("Here (ours)"),
                self.tr("From the partner (theirs)"),
                self.tr("Outcome"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for line in report.conflicts:
            self._add(line, self.tr("conflict: yours kept"), conflict=True)
        for line in report.taken:
            self._add(line, self.tr("taken from the partner"))
        self.table.resizeColumnsToContents()
        for col in (2, 3):
            self.table.setColumnWidth(col, min(260, self.table.columnWidth(col)))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(report.changes_anything)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, line, outcome: str, *, conflict: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        ours = show_value(line.ours, line.field)
        theirs = show_value(line.theirs, line.field)
        if line.ours_by:
            ours += f"\n({line.ours_by})"
        if line.theirs_by:
            theirs += f"\n({line.theirs_by})"
        if line.entity == "work" and line.number:
            where = self.tr("No. {number}").format(number=line.number)
        elif line.entity == "work":
            where = self.tr("new work")
        else:
            where = self.tr("Exhibition") if line.entity == "exhibition" else self.tr("Section")
        cells = [where, field_name(line.field, line.lang, line.entity), ours, theirs, outcome]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if conflict:
                item.setBackground(QBrush(CONFLICT_COLOUR))
            self.table.setItem(row, col, item)


def merge_from_partner(window, path: Path | None = None, *, confirm=None) -> MergeReport | None:
    """Preview a package's merge, then merge it as one undo step (a backup is made first).

    ``confirm(report) -> bool`` replaces the preview dialog (tests).
    """
    catalogue: Catalogue = window.catalogue
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, _tr("Merge from Partner"), str(catalogue.root.parent), package_filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
    if not ask_office(catalogue, window):
        return None
    preview = merge_package(catalogue, path, dry_run=True)
    if confirm is None:
        dialog = MergePreviewDialog(preview, window)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
    else:
        ok = confirm(preview)
    if not ok or not preview.changes_anything:
        return None
    label = _tr("Merge from {office}").format(office=preview.sender_office or _tr("partner"))
    command = SnapshotCommand(catalogue, label, lambda cat: merge_package(cat, path))
    stack: UndoStack = window.stack
    if not stack.push_command(command):
        return None
    report = command.result
    if report is not None and report.conflicts:
        ConflictsDialog(catalogue, stack, window).open()
    return report  # type: ignore[return-value]


# --------------------------------------------------------------------------- conflicts


class ConflictsDialog(QDialog):
    """Open conflicts side by side; keep ours or take theirs, per field or all at once."""

    resolved = Signal()

    def __init__(self, catalogue: Catalogue, stack: UndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue, self.stack = catalogue, stack
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Field"), self.tr("Ours"), self.tr("Theirs")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep Ours"))
        self.take_button = QPushButton(self.tr("Take Theirs"))
        self.keep_all_button = QPushButton(self.tr("Keep All Ours"))
        self.take_all_button = QPushButton(self.tr("Take All Theirs"))
        self.keep_button.clicked.connect(lambda: self._resolve("ours", selected=True))
        self.take_button.clicked.connect(lambda: self._resolve("theirs", selected=True))
        self.keep_all_button.clicked.connect(lambda: self._resolve("ours", selected=False))
        self.take_all_button.clicked.connect(lambda: self._resolve("theirs", selected=False))
        for b in (self.keep_button, self.take_button, self.keep_all_button, self.take_all_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.catalogue.conflicts()
        self.summary.setText(
            ConflictsDialog.tr(
                "%n field(s) were changed here and at the partner office. Yours are kept until "
                "you decide.",
                "",
                len(self.conflicts),
            )
            if self.conflicts
            else self.tr("No open conflicts.")
        )
        self.table.setRowCount(0)
        for c in self.conflicts:
            r = self.table.rowCount()
            self.table.insertRow(r)
            if c.entity == "work":
                where = (
                    self.tr("No. {number}").format(number=c.work_number)
                    if c.work_number
                    else self.tr("removed work")
                )
            else:
                where = self.tr("Exhibition") if c.entity == "exhibition" else self.tr("Section")
            ours = (
                show_value(c.ours, c.field) + "\n" + _who(c.ours_office, c.ours_author, c.ours_at)
            )
            theirs = (
                show_value(c.theirs, c.field)
                + "\n"
                + _who(c.theirs_office, c.theirs_author, c.theirs_at)
            )
            for col, text in enumerate(
                [where, field_name(c.field, c.lang, c.entity), ours, theirs]
            ):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        for b in (self.keep_button, self.take_button, self.keep_all_button, self.take_all_button):
            b.setEnabled(bool(self.conflicts))

    def _resolve(self, take: str, *, selected: bool) -> None:
        if selected:
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            ids = [self.conflicts[r].id for r in rows]
        else:
            ids = [c.id for c in self.conflicts]
        if not ids:
            return
        label = (
            ConflictsDialog.tr("Keep ours in %n conflict(s)", "", len(ids))
            if take == "ours"
            else ConflictsDialog.tr("Take theirs in %n conflict(s)", "", len(ids))
        )
        command = SnapshotCommand(
            self.catalogue, label, lambda cat: cat.resolve_conflicts(ids, take)
        )
        self.stack.push_command(command)
        self.reload()
        self.resolved.emit()


def _who(office: str, author: str, at: str | None) -> str:
    parts = [p for p in (author, office) if p]
    when = (at or "")[:10]
    return "(" + ", ".join([*parts, when] if when else parts) + ")"


def confirm_error(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, _tr("Partner package"), text)
