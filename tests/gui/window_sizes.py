"""Open the demo exhibition in the main window on the screen given, report how it fits.

    QT_QPA_PLATFORM=xcb DISPLAY=:N [QT_SCALE_FACTOR=2] python tests/gui/window_sizes.py FOLDER LANG

Prints one JSON object: the screen's available size, the window's frame on the first start,
whether every panel fits (the inspector shows its captions' full width, no panel squeezed to
nothing), and the size of the window reopened after closing normally and after a layout saved
from a window squeezed to 1075x310 (the size a curator found on reopening).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from exhibit.core.store import Catalogue
from exhibit.demo import create_demo
from exhibit.ui.i18n import install_translators
from exhibit.ui.main_window import MainWindow
from exhibit.ui.settings import Settings


def fits(window: MainWindow) -> dict:
    QTest.qWait(200)
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    inspector = window.inspector
    body = inspector.widget()
    sizes = window.splitter.sizes()
    return {
        "frame": [frame.width(), frame.height()],
        "inside_screen": area.contains(QRect(frame.topLeft(), window.size())),
        "inspector_fits": inspector.viewport().width() >= body.minimumSizeHint().width(),
        "inspector": [inspector.viewport().width(), body.minimumSizeHint().width()],
        "inspector_scrolls": inspector.horizontalScrollBar().isVisible(),
        "panels": sizes,
        "grid_visible": window.grid.viewport().width() >= 150,
    }


def open_window(catalogue: Catalogue, folder: Path) -> MainWindow:
    window = MainWindow(catalogue, Settings.open(folder / "config"))
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def main(folder: Path, language: str) -> int:
    app = QApplication([])
    install_translators(app, language)
    catalogue = Catalogue.open(create_demo(folder / "Demo.exhibit"), backup=False)
    report: dict = {
        "screen": [
            app.primaryScreen().availableGeometry().width(),
            app.primaryScreen().availableGeometry().height(),
        ]
    }
    window = open_window(catalogue, folder)
    window.select_ids([catalogue.works()[0].id])
    report["first"] = fits(window)
    window.close()
    window = open_window(catalogue, folder)
    report["reopened"] = fits(window)
    window.showNormal()
    window.resize(1075, 310)
    QTest.qWait(200)
    window.close()
    window = open_window(catalogue, folder)
    report["after_squeezed"] = fits(window)
    window.close()
    catalogue.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
