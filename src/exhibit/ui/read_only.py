"""A catalogue the window may read but not change: why, the banner that says so, and what it
switches off.

    window = MainWindow(catalogue, settings, read_only=ReadOnlyReason.DAMAGED)

A damaged catalogue the curator did not restore, or a catalogue whose file or folder may not be
written, opens for reading (``Catalogue.open(read_only=True)``). Browsing, the preview, preflight
and the exports that write outside the catalogue keep working; every edit, the import, merging,
sending a package (it records the exchange) and finding moved originals are switched off here,
and the store refuses whatever might slip through (``CatalogueReadOnlyError``). The banner says
why in the UI language; for a damaged catalogue it offers to restore the newest good backup,
which the application does (``restoreRequested``).
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from exhibit.core.project import ProjectPaths


class ReadOnlyReason(enum.Enum):
    DAMAGED = "damaged"  # fails SQLite's quick check
    PERMISSION = "permission"  # the catalogue file or the project folder may not be written


def unwritable_place(paths: ProjectPaths) -> Path:
    """What may not be written: the project folder, else the catalogue file."""
    return paths.root if not os.access(paths.root, os.W_OK) else paths.catalogue


class ReadOnlyBanner(QFrame):
    """A strip above the grid saying why nothing can be changed (with Restore when damaged)."""

    restoreRequested = Signal()

    def __init__(self, reason: ReadOnlyReason, paths: ProjectPaths, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#readOnlyBanner { background: #fff3cd; color: #4d3800; }")
        self.label = QLabel(self.message(reason, paths))
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        self.restore_button: QPushButton | None = None
        if reason is ReadOnlyReason.DAMAGED:
            self.restore_button = QPushButton(self.tr("Restore Backup…"))
            self.restore_button.setObjectName("restoreBackup")
            self.restore_button.clicked.connect(self.restoreRequested)
            layout.addWidget(self.restore_button)

    def message(self, reason: ReadOnlyReason, paths: ProjectPaths) -> str:
        if reason is ReadOnlyReason.DAMAGED:
            return self.tr(
                "This catalogue is damaged and opened read-only: you can browse, preview and "
                "export, but not change it. Restore the newest good backup to work on it again "
                "(the damaged file is kept beside the backups)."
            )
        return self.tr(
            "This catalogue opened read-only: you have no permission to write {place} "
            "(permission denied). You can browse, preview and export; to change it, ask for "
            "write permission or copy the project somewhere you may write."
        ).format(place=str(unwritable_place(paths)))


def writing_actions(window) -> list[QAction]:
    """Every action of the window that would change the catalogue."""
    arrange, loans = window.arrange, window.loans
    return [
        window.import_action,
        window.remove_action,
        window.edit_title_action,
        window.settings_action,
        window.loan_record_action,
        window.relink_action,
        window.import_translation_action,
        window.send_action,
        window.merge_action,
        window.conflicts_action,
        window.undo_action,
        window.redo_action,
        window.captions_clipboard.paste_action,
        arrange.menu.menuAction(),
        arrange.section_menu.menuAction(),
        arrange.sort_menu.menuAction(),
        *arrange.menu.actions(),
        *arrange.sort_menu.actions(),
        *arrange.section_shortcuts,
        loans.menu.menuAction(),
        *loans.actions.values(),
    ]


def make_read_only(window, reason: ReadOnlyReason) -> ReadOnlyBanner:
    """Switch off everything in ``window`` that writes, and show the banner above the grid."""
    for action in writing_actions(window):
        action.setEnabled(False)
    # re-enabled by the clipboard after a copy: hidden, it is neither shown nor reachable by key
    window.captions_clipboard.paste_action.setVisible(False)
    for shortcut in window.loans.shortcuts:
        shortcut.setEnabled(False)
    inspector = window.inspector
    for page in (inspector.captions_box, inspector.details_tab, inspector.loan_tab):
        page.setEnabled(False)  # shown greyed; the editors inside may enable themselves
    inspector.condition_tab.setEnabled(False)
    window.sections.set_read_only()
    window.setAcceptDrops(False)
    window.grid.setDragEnabled(False)
    window.grid.setAcceptDrops(False)
    banner = ReadOnlyBanner(reason, window.catalogue.paths)
    _column_layout(window.grid).insertWidget(0, banner)  # above the grid, while it is open
    return banner


def _column_layout(widget: QWidget):
    return widget.parentWidget().layout()
