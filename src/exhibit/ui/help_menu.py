"""The Help menu: the user guide (F1, in the UI's language), the keyboard shortcuts (read from
the window's own menus, so always true and in the UI's language) and About (version and
licences).

    help = HelpActions(window)
    window.menuBar().addMenu(help.menu)
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

from exhibit import __version__


class HelpActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Help"), window)
        self.guide = None  # the guide's window, made when first asked for
        self.guide_action = QAction(self.tr("User Guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.guide_action.shortcut().isEmpty():  # platforms without a standard help key
            self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(lambda _c=False: self.show_guide())
        self.shortcuts_action = QAction(self.tr("Keyboard Shortcuts"), window)
        self.shortcuts_action.triggered.connect(lambda _c=False: self.show_guide("shortcuts.html"))
        self.about_action = QAction(self.tr("About Exhibit"), window)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.guide_action)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)

    def about_text(self) -> str:
        heading = self.tr("Exhibit {version}").format(version=__version__)
        lines = [
            f"<h3>{escape(heading)}</h3>",
            escape(self.tr("Catalogue, caption and print a photo exhibition sent abroad.")),
            escape(
                self.tr("Free software under the GNU General Public License, version 3 or later.")
            ),
            escape(
                self.tr("Bundled fonts: SIL Open Font License 1.1 (Noto Sans, Source Han Sans).")
            ),
            escape(self.tr("Character list for the Chinese font subset: MIT licence.")),
        ]
        return "<p>".join(lines)

    def show_about(self, *_args) -> None:
        QMessageBox.about(self.window, self.tr("About Exhibit"), self.about_text())

    def shortcuts_html(self) -> str:
        """Every menu entry with a key, menu by menu, as the window shows them now."""
        native = QKeySequence.SequenceFormat.NativeText
        parts = []
        for top in self.window.menuBar().actions():
            rows = []
            for action in _entries(top.menu()):
                text, _tab, shown_key = action.text().partition("\t")
                key = action.shortcut().toString(native) or shown_key
                if key:
                    rows.append(
                        f"<tr><td>{escape(text.replace('&', ''))}</td><td>{escape(key)}</td></tr>"
                    )
            if rows:
                parts.append(
                    f"<h4>{escape(top.text().replace('&', ''))}</h4><table>{''.join(rows)}</table>"
                )
        return "".join(parts)

    def show_guide(self, page: str = "index.html") -> None:
        """Open the user guide at ``page``, in the UI's language (one window, raised again)."""
        from exhibit.ui.guide import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self.shortcuts_html, self.window)
            self.guide.destroyed.connect(lambda *_: setattr(self, "guide", None))
        self.guide.show_page(page)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self, *_args) -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(self.shortcuts_html())
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(480, 560)
        dialog.open()


def _entries(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            action.menu().aboutToShow.emit()  # submenus filled when opened (sections)
            yield from _entries(action.menu())
        elif not action.isSeparator():
            yield action
