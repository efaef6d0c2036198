"""The bundled fonts load and Chinese text is drawn with the bundled Simplified Chinese face."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from exhibit.export.catalogue.fonts import HANS_FAMILY, LATIN_FAMILY
from exhibit.ui.fonts import load_fonts, ui_font


def _families_used(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]  # in no set order


def test_load_fonts_registers_latin_then_chinese(qapp: QApplication) -> None:
    families = load_fonts(qapp)
    assert families == (LATIN_FAMILY, HANS_FAMILY)
    assert HANS_FAMILY in QFontDatabase.families()
    assert qapp.font().families()[:2] == [LATIN_FAMILY, HANS_FAMILY]


def test_load_fonts_twice_is_harmless(qapp: QApplication) -> None:
    assert load_fonts(qapp) == load_fonts(qapp)


def test_chinese_caption_uses_the_bundled_face(qapp: QApplication) -> None:
    load_fonts(qapp)
    assert set(_families_used("Düren", ui_font(12))) == {LATIN_FAMILY}
    assert set(_families_used("迪伦影像，金华。", ui_font(12))) == {HANS_FAMILY}
    assert set(_families_used("Düren 迪伦", ui_font(12))) == {LATIN_FAMILY, HANS_FAMILY}


def test_ui_font_size(qapp: QApplication) -> None:
    load_fonts(qapp)
    assert ui_font(18).pointSizeF() == 18
