"""File > Export Web Gallery: the web preflight before writing, progress, the result."""

from __future__ import annotations

from exhibit.ui.dialogs.web_dialog import WebGalleryDialog


def test_the_dialog_checks_then_writes_the_gallery(qtbot, photos_project, tmp_path, ui_settings):
    from exhibit.ui.undo import UndoStack

    stack = UndoStack()
    dialog = WebGalleryDialog(photos_project, tmp_path, None, stack)
    qtbot.addWidget(dialog)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    dialog.folder.setText(str(busy))
    assert "holds no Exhibit gallery" in dialog.findings.toPlainText()
    assert not dialog.write_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "gallery"))
    assert dialog.write_button.isEnabled()
    dialog.first.setCurrentIndex(1)  # Chinese first
    dialog.base_url.setText("https://example.org/dueren/")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    page = tmp_path / "gallery" / "w" / "1" / "index.html"
    assert page.is_file()
    assert '<html lang="zh-Hans">' in page.read_text("utf-8")
    assert not dialog.open_button.isHidden()
    assert (busy / "keep.txt").read_text() == "mine"
    ex = photos_project.exhibition()  # remembered as the exhibition's settings, one undo step
    assert (ex.web_address, ex.first_language) == ("https://example.org/dueren/", "zh-Hans")
    stack.undo()
    ex = photos_project.exhibition()
    assert (ex.web_address, ex.first_language) == ("", "")
