"""Render Exhibit's SVG icon as the PNG sizes of the hicolor theme, with Qt (offscreen).

    python render_icons.py ICON.svg OUT_FOLDER   # OUT_FOLDER/NxN/apps/de.exhibit.Exhibit.png
    python render_icons.py ICON.svg exhibit.ico  # Windows: one file, 16 to 256 px
    python render_icons.py ICON.svg exhibit.icns # macOS

Run with the build venv's Python (PySide6 is there); the same reader the app uses for its
window icon, so the menu and the window show the same drawing.
"""

from __future__ import annotations

import os
import sys
import tempfile
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


def single_file(svg: Path, target: Path) -> int:
    """An .ico or .icns holding every size (Pillow writes both from the largest rendering)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        code = main(svg, Path(tmp))
        if code:
            return code
        image = Image.open(Path(tmp) / "512x512" / "apps" / f"{APP_ID}.png")
        image.load()
    sizes = [(s, s) for s in SIZES if s <= 256] if target.suffix == ".ico" else None
    image.save(target, sizes=sizes) if sizes else image.save(target)
    return 0


if __name__ == "__main__":
    svg, out = Path(sys.argv[1]), Path(sys.argv[2])
    sys.exit(single_file(svg, out) if out.suffix in (".ico", ".icns") else main(svg, out))
