"""Render Exhibit's SVG icon as the PNG sizes of the hicolor theme, with Qt (offscreen).

    python render_icons.py ICON.svg OUT_FOLDER   # OUT_FOLDER/NxN/apps/de.exhibit.Exhibit.png

Run with the build venv's Python (PySide6 is there); the same reader the app uses for its
window icon, so the menu and the window show the same drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "de.exhibit.Exhibit"


def main(svg: Path, out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QImageReader

    app = QGuiApplication([])  # noqa: F841 (image plugins need the application)
    for size in SIZES:
        reader = QImageReader(str(svg), b"svg")
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if image.isNull():
            print(f"render_icons: {svg}: {reader.errorString()}", file=sys.stderr)
            return 1
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
