"""The full-screen preview shows both captions for proofreading and zooms to 1:1."""

from __future__ import annotations

from PySide6.QtCore import Qt

from exhibit.core.fields import Owner


def _preview(qtbot, catalogue, ui_settings):
    from exhibit.ui.main_window import MainWindow

    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.select_ids([catalogue.works()[0].id])
    window.show_preview()
    return window, window._preview


def test_both_captions_are_shown(qtbot, photos_project, ui_settings) -> None:
    work = photos_project.works()[0]
    photos_project.set_text(Owner.WORK, work.id, "caption", "de", "Am Samstag auf dem Markt.")
    photos_project.set_text(Owner.WORK, work.id, "caption", "zh-Hans", "周六在集市上。")
    window, preview = _preview(qtbot, photos_project, ui_settings)
    lines = preview.caption_lines(preview.current)
    assert lines[1:] == ["Markt 1", "Am Samstag auf dem Markt.", "集市 1", "周六在集市上。"]
    preview.grab()
    preview.close()
    window.close()


def test_z_shows_the_original_pixel_for_pixel(qtbot, photos_project, ui_settings) -> None:
    window, preview = _preview(qtbot, photos_project, ui_settings)
    qtbot.keyClick(preview, Qt.Key.Key_Z)
    assert preview.zoomed is not None
    assert (preview.zoomed.width(), preview.zoomed.height()) == (900, 600)  # the file's size
    preview.grab()  # paints the 1:1 view
    qtbot.keyClick(preview, Qt.Key.Key_Z)
    assert preview.zoomed is None
    qtbot.keyClick(preview, Qt.Key.Key_1)
    qtbot.keyClick(preview, Qt.Key.Key_Right)  # the next work is fitted again
    assert preview.zoomed is None
    preview.close()
    window.close()
