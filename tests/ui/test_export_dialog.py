"""The export dialog: remembered choices, preflight stop and override, progress, the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_jobs import FakeImportJob  # noqa: F401  (applies the PySide6 emit work-around)
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from exhibit.ui.dialogs import export_dialog
from exhibit.ui.dialogs.export_dialog import ExportDialog, user_environment


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def _dialog(qtbot, catalogue, ui_settings) -> ExportDialog:
    dialog = ExportDialog(catalogue, ui_settings)
    qtbot.addWidget(dialog)
    return dialog


def test_choices_are_remembered(qtbot, catalogue, ui_settings, tmp_path) -> None:
    dialog = _dialog(qtbot, catalogue, ui_settings)
    options = dialog.choices().options()
    assert options.page_size == "a4" and options.dpi == 300 and options.purpose == "print"
    assert dialog.choices().out.suffix == ".pdf"
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("square"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("two"))
    dialog.dpi.setValue(200)
    dialog.bleed.setValue(3)
    dialog._save_choices(dialog.choices())
    again = _dialog(qtbot, catalogue, ui_settings).choices().options()
    assert (again.page_size, again.layout, again.dpi, again.bleed_mm) == ("square", "two", 200, 3)


def test_every_remembered_export_option_has_its_input(qtbot, catalogue, ui_settings) -> None:
    """The form, the settings and the options come from the one declaration of the options."""
    from exhibit.export.catalogue.options import EXPORT_OPTIONS, CatalogueOptions
    from exhibit.ui.settings import EXPORT_SETTINGS

    dialog = _dialog(qtbot, catalogue, ui_settings)
    remembered = [o.name for o in EXPORT_OPTIONS if o.remembered]
    assert list(EXPORT_SETTINGS) == remembered == list(dialog._inputs())
    assert dialog.choices().options() == CatalogueOptions()  # fresh settings: the defaults
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("screen"))
    assert not dialog.condition.isEnabled() and not dialog.bleed.isEnabled()
    dialog.condition.setCurrentIndex(dialog.condition.findData("gracol2006"))
    dialog._save_choices(dialog.choices())
    again = _dialog(qtbot, catalogue, ui_settings).choices().options()
    assert (again.purpose, again.condition, again.dpi) == ("screen", "gracol2006", 150)
    assert export_dialog.saved_options(ui_settings) == again


def test_sections_left_out(qtbot, catalogue, ui_settings) -> None:
    first = catalogue.add_section({"de": "Die Stadt", "zh-Hans": "城市"})
    catalogue.add_section({"de": "Der Kreis", "zh-Hans": "县域"})
    dialog = _dialog(qtbot, catalogue, ui_settings)
    assert dialog.choices().sections == ()
    dialog.sections.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.choices().sections == (first.id,)


def test_export_writes_the_pdf_and_opens_it(qtbot, photos_project, ui_settings, tmp_path, opened):
    dialog = _dialog(qtbot, photos_project, ui_settings)
    out = tmp_path / "out" / "Katalog.pdf"
    dialog.out_edit.setText(str(out))
    dialog.dpi.setValue(100)
    results = []
    dialog.exported.connect(results.append)
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.force_button.isVisible() or bool(results), timeout=30_000)
    if dialog.force_button.isVisible():  # the small photos are under 150 ppi: a proof anyway
        assert "ppi" in dialog.findings.item(0).text()
        dialog.force_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    result = results[0]
    assert result.path == out and out.read_bytes().startswith(b"%PDF")
    assert "page" in dialog.message.text()
    assert opened == [str(out)]
    assert dialog.open_button.isVisible() and dialog.close_button.isVisible()


def test_preflight_errors_stop_until_overridden(qtbot, catalogue, ui_settings, tmp_path, opened):
    from exhibit.core.model import NewWork, OriginalRef

    catalogue.add_work(NewWork(OriginalRef("Fotos/weg.jpg", "a" * 64, 10, 1.0, "JPEG")))
    dialog = _dialog(qtbot, catalogue, ui_settings)
    dialog.out_edit.setText(str(tmp_path / "Katalog.pdf"))
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(dialog.force_button.isVisible, timeout=30_000)
    assert dialog.findings.count() >= 1
    assert not (tmp_path / "Katalog.pdf").exists()
    dialog.back_button.click()
    assert dialog.form_page.isVisible()


def test_a_bad_file_name_is_refused(qtbot, catalogue, ui_settings) -> None:
    dialog = _dialog(qtbot, catalogue, ui_settings)
    dialog.out_edit.setText("catalogue.txt")
    dialog.export_button.click()
    assert dialog.job is None and "PDF" in dialog.heading.text()


def test_viewer_gets_the_users_environment() -> None:
    env = {
        "LD_LIBRARY_PATH": "/bundle/lib",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
        "QT_PLUGIN_PATH": "/bundle/plugins",
        "HOME": "/home/kurator",
    }
    assert user_environment(env) == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/kurator"}


def test_file_name_from_title() -> None:
    assert export_dialog._file_name('Düren: "Bilder"/Stadt') == "Düren Bilder Stadt"
    assert Path(export_dialog._file_name("迪伦影像")).name == "迪伦影像"


def test_findings_are_said_in_the_ui_language(qtbot, qapp, catalogue, ui_settings, tmp_path):
    from PySide6.QtCore import QLocale

    from exhibit.core.model import NewWork, OriginalRef
    from exhibit.ui.i18n import install_translators, remove_translators

    catalogue.add_work(NewWork(OriginalRef("Fotos/weg.jpg", "a" * 64, 10, 1.0, "JPEG")))
    try:
        install_translators(qapp, "de")
        dialog = _dialog(qtbot, catalogue, ui_settings)
        dialog.out_edit.setText(str(tmp_path / "Katalog.pdf"))
        dialog.show()
        dialog.export_button.click()
        qtbot.waitUntil(dialog.force_button.isVisible, timeout=30_000)
        texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
        assert any("weg.jpg" in t and "Nr. 1" in t for t in texts), texts
        assert not any("No. 1" in t for t in texts), texts
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


def test_section_titles_in_the_ui_language_pick_the_right_chinese(qapp) -> None:
    from PySide6.QtCore import QLocale

    from exhibit.ui.dialogs.export_dialog import _project_language

    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert _project_language(("de", "zh-Hant", "zh-Hans")) == "zh-Hans"
        QLocale.setDefault(QLocale("fr_FR"))
        assert _project_language(("de", "zh-Hans")) == "de"
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_result_counts_errors_and_warnings_apart(qtbot, catalogue, ui_settings, tmp_path):
    """An export forced past errors says so; it never calls errors warnings (issue 10.7)."""
    from types import SimpleNamespace

    dialog = _dialog(qtbot, catalogue, ui_settings)
    preflight = SimpleNamespace(errors=("e1", "e2"), warnings=("w1",))
    result = SimpleNamespace(
        bytes=1000, pages=4, path=tmp_path / "K.pdf", elapsed=1.0, preflight=preflight
    )
    dialog.choices = lambda: SimpleNamespace(open_when_done=False)
    dialog._on_done(result)
    text = dialog.message.text()
    assert "Exported despite 2 preflight error" in text
    assert "noted 1 warning" in text and "noted 2 warning" not in text
