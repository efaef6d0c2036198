"""The window's fonts: load the bundled Latin, Simplified Chinese and emoji faces, make them the
default.

    from exhibit.ui.fonts import load_fonts
    families = load_fonts(app)        # after the QApplication exists, before any window

``load_fonts`` registers every face listed in ``exhibit.export.catalogue.fonts`` (the same files
the PDF export embeds, read through ``importlib.resources``) and sets the application font's
families to the Latin family first, then the Simplified Chinese one, then the monochrome Noto
Emoji. The order matters: with several CJK faces installed, Qt would otherwise pick a Japanese
face for Chinese text, and on a machine without CJK or emoji fonts it would draw empty boxes (an
emoji in a file name in the inspector's heading). Emoji come last, so that the digits, "#" and
the space it also has stay Noto Sans; where the system has a colour emoji font, Qt's own emoji
handling still prefers it. It returns the families that could be loaded; a missing or damaged
file is logged and skipped, the window still starts.

``ui_font(point_size=None)`` returns a QFont with the same families, for widgets that build
their own font (a larger title, the caption editors).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from exhibit.export.catalogue.fonts import BUNDLED_FONTS, UI_FAMILIES, font_bytes

log = logging.getLogger(__name__)


def load_fonts(app: QGuiApplication | None = None) -> tuple[str, ...]:
    """Register the bundled faces and, given ``app``, make them its default font.

    Returns the families registered, in ``UI_FAMILIES`` order. Safe to call more than once.
    """
    loaded: set[str] = set()
    for face in BUNDLED_FONTS:
        loaded.update(_add_face(face))
    families = tuple(f for f in UI_FAMILIES if f in loaded)
    if app is not None and families:
        font = QFont(app.font())
        font.setFamilies(list(families))
        app.setFont(font)
    return families


def _add_face(face) -> list[str]:
    if face.family in QFontDatabase.families() and face.style in QFontDatabase.styles(face.family):
        return [face.family]  # registered before (or installed on the system: same face)
    try:
        data = font_bytes(face)
    except OSError as exc:
        log.warning("bundled font %s could not be read: %s", face.filename, exc)
        return []
    font_id = QFontDatabase.addApplicationFontFromData(data)
    if font_id < 0:
        log.warning("bundled font %s could not be loaded by Qt", face.filename)
        return []
    return QFontDatabase.applicationFontFamilies(font_id)


def ui_font(point_size: float | None = None) -> QFont:
    """A font with the UI families (Latin, Simplified Chinese, emoji) at an optional size."""
    font = QFont(QGuiApplication.font())
    font.setFamilies(list(UI_FAMILIES))
    if point_size:
        font.setPointSizeF(point_size)
    return font
