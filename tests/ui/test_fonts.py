"""The bundled fonts load; Chinese text is drawn with the bundled Simplified Chinese face and
emoji (in a file name in the inspector's heading) with the bundled emoji face, never a box."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont, QFontDatabase, QTextDocumentFragment, QTextLayout
from PySide6.QtWidgets import QApplication

from exhibit.core.model import ExifFacts, NewWork, OriginalRef
from exhibit.export.catalogue.fonts import EMOJI_FAMILY, HANS_FAMILY, LATIN_FAMILY
from exhibit.ui.fonts import load_fonts, ui_font


def _families_used(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]  # in no set order


def test_load_fonts_registers_latin_then_chinese(qapp: QApplication) -> None:
    families = load_fonts(qapp)
    assert families == (LATIN_FAMILY, HANS_FAMILY, EMOJI_FAMILY)
    assert HANS_FAMILY in QFontDatabase.families()
    assert EMOJI_FAMILY in QFontDatabase.families()
    assert qapp.font().families()[:3] == [LATIN_FAMILY, HANS_FAMILY, EMOJI_FAMILY]


def test_load_fonts_twice_is_harmless(qapp: QApplication) -> None:
    assert load_fonts(qapp) == load_fonts(qapp)


def test_chinese_caption_uses_the_bundled_face(qapp: QApplication) -> None:
    load_fonts(qapp)
    assert set(_families_used("Düren", ui_font(12))) == {LATIN_FAMILY}
    assert set(_families_used("迪伦影像，金华。", ui_font(12))) == {HANS_FAMILY}
    assert set(_families_used("Düren 迪伦", ui_font(12))) == {LATIN_FAMILY, HANS_FAMILY}


def _fonts_drawing(text: str, font: QFont) -> list[tuple[str, bool]]:
    """(family, has every glyph of ``text``) of each glyph run that draws ``text``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), all(run.rawFont().supportsCharacter(ord(c)) for c in text))
        for run in layout.glyphRuns()
    ]


def test_emoji_are_drawn_with_the_bundled_emoji_face_and_digits_are_not(qapp) -> None:
    load_fonts(qapp)
    assert _fonts_drawing("🌞", ui_font(12)) == [(EMOJI_FAMILY, True)]
    assert {family for family, _ in _fonts_drawing("No. 12 #3", ui_font(12))} == {LATIN_FAMILY}


def test_inspector_heading_shows_an_emoji_file_name_with_a_face_that_has_it(
    qtbot, qapp, catalogue, ui_settings, tmp_path
) -> None:
    from exhibit.ui.main_window import MainWindow

    load_fonts(qapp)
    name = "Sonne & Mond <1> 🌞.jpg"
    work = catalogue.add_work(
        NewWork(original=OriginalRef(f"photos/{name}", "ab" * 32, 1000, 1.5, "JPEG"),
                exif=ExifFacts())
    )  # fmt: skip
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.select_ids([work.id])
    heading = window.inspector.heading
    shown = QTextDocumentFragment.fromHtml(heading.text()).toPlainText()
    assert shown.endswith(f"· {name}")  # "&" and "<1>" are text, not markup
    bold = QFont(heading.font())
    bold.setBold(True)  # the heading is bold
    assert _fonts_drawing("🌞", bold) == [(EMOJI_FAMILY, True)]
    image = heading.grab().toImage()
    assert not image.isNull() and image.width() > 0
    if folder := os.environ.get("EXHIBIT_SCREENSHOTS"):  # to look at: the heading and window
        image.save(os.path.join(folder, "inspector-heading-emoji.png"))
        window.grab().toImage().save(os.path.join(folder, "window-emoji.png"))
    window.close()


def test_ui_font_size(qapp: QApplication) -> None:
    load_fonts(qapp)
    assert ui_font(18).pointSizeF() == 18
