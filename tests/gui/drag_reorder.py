"""Drag a work onto another place in the "All works" grid under a real X server (xcb).

    QT_QPA_PLATFORM=xcb DISPLAY=:N python tests/gui/drag_reorder.py PROJECT_DIR

Builds a catalogue of six works, shows the window, presses on work 5, moves the pointer over
work 2 (QTest's mouse events go through the platform's window-system queue, so QDrag's loop
under xcb sees them), releases, and prints the order of the files afterwards as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from exhibit.core.store import Catalogue
from exhibit.ui.main_window import MainWindow
from exhibit.ui.settings import Settings


def main(folder: Path) -> int:
    _app = QApplication([])
    from tests.ui.conftest import make_works

    catalogue = Catalogue.create(folder / "P.exhibit", title="T")
    make_works(catalogue, 6)
    window = MainWindow(catalogue, Settings.open(folder / "config"))
    window.resize(1024, 700)
    window.show()
    QTest.qWaitForWindowExposed(window)
    grid = window.grid
    viewport = grid.viewport()
    source = grid.visualRect(window.proxy.index(4, 0)).center()
    target = grid.visualRect(window.proxy.index(1, 0))
    drop_at = QPoint(target.left() + 8, target.center().y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, source)
    steps = [source + QPoint(10 * i, 0) for i in range(1, 4)]
    steps += [drop_at + QPoint(2, 0), drop_at]

    def during_drag(n: int = 0) -> None:  # runs inside QDrag.exec's loop
        if n < len(steps):
            QTest.mouseMove(viewport, steps[n])
            QTimer.singleShot(60, lambda: during_drag(n + 1))
        else:
            QTest.mouseRelease(
                viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, drop_at
            )

    QTimer.singleShot(100, during_drag)
    QTest.mouseMove(viewport, source + QPoint(30, 0))  # starts the drag (blocks until dropped)
    QTest.qWait(300)
    files = [Path(w.original.path).name for w in catalogue.works()]
    print(json.dumps(files))
    window.close()
    catalogue.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
