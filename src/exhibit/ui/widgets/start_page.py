"""The start page: new project, open a project, the recent projects, the demo exhibition."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.project import is_project


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal(object)  # a project folder, or None to ask for one
    demoRequested = Signal()
    packageRequested = Signal()  # make a project of a package from the partner office

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle(self.tr("Exhibit"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        title = QLabel(self.tr("Exhibit"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Catalogue the photographs of an exhibition, put them in order, caption them "
                "in every language of the project and print the catalogue."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(16)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("new", self.tr("New Project…"), self.newRequested.emit),
            ("open", self.tr("Open Project…"), lambda: self.openRequested.emit(None)),
            ("package", self.tr("Open Package…"), self.packageRequested.emit),
            ("demo", self.tr("Open the Demo Exhibition"), self.demoRequested.emit),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}Button")
            button.setMinimumHeight(36)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(QLabel(f"<b>{self.tr('Recent projects')}</b>"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentProjects")
        self.recent.itemActivated.connect(self._open_item)
        layout.addWidget(self.recent, 1)
        self.set_recent(recent)

    def set_recent(self, recent: list[Path]) -> None:
        self.recent.clear()
        for path in recent:
            found = is_project(path)
            text = path.name if found else self.tr("{name} (not found)").format(name=path.name)
            item = QListWidgetItem(text)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not found:
                item.setForeground(self.palette().placeholderText())
            self.recent.addItem(item)
        if not recent:
            item = QListWidgetItem(self.tr("No recent projects yet: start with the demo."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.openRequested.emit(Path(path))
