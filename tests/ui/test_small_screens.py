"""Small screens: the window's least size fits 1024x700 and 200 % scaling; layouts restored
sensibly (the Xvfb test in tests/gui checks real screens)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from exhibit.ui.i18n import install_translators, remove_translators


@pytest.mark.parametrize("language", ["de", "zh_CN", "en"])
def test_least_size_fits_a_screen_at_200_percent(qtbot, catalogue, ui_settings, qapp, language):
    from tests.ui.conftest import make_works

    from exhibit.ui.main_window import MainWindow

    make_works(catalogue, 3)
    install_translators(qapp, language)
    try:
        window = MainWindow(catalogue, ui_settings)
        qtbot.addWidget(window)
        window.select_ids([catalogue.works()[0].id])
        least = window.minimumSizeHint()
        # 1920x1080 at 200 % is 960x540 logical pixels, less a panel and the title bar
        assert least.width() <= 940 and least.height() <= 500, least
        window.close()
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


def test_a_squeezed_window_is_not_restored_squeezed(qtbot, catalogue, ui_settings) -> None:
    from exhibit.ui.main_window import MainWindow

    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(1075, 310)
    window.close()
    again = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(again)
    area = again.screen().availableGeometry()
    assert again.height() >= min(560, area.height())
    assert again.width() <= area.width()
    again.close()


def test_panels_fit_the_window_on_first_start(qtbot, catalogue, ui_settings) -> None:
    from exhibit.ui.main_window import MainWindow

    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: window._panels_checked)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= window._inspector_width())
    sections, grid, _inspector = window.splitter.sizes()
    assert sections >= 100 and grid >= 300
    window.close()
