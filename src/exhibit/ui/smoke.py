"""The window's part of ``exhibit --self-test``: the app, its fonts, translations and a window.

    app = start_app()                         # the QApplication as the app makes it
    check_fonts(); check_translations(app)    # each returns a line for the report
    projects, line = open_window(project, config_folder)
    check_child_environment()                 # what a PDF viewer started by the app gets

Each check raises ``SmokeError`` with the reason when it fails. ``exhibit.selftest`` runs them
in order (it holds no Qt itself); nothing here is used by the running app.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QTimer, qVersion
from PySide6.QtWidgets import QApplication

from exhibit.export.catalogue.fonts import UI_FAMILIES
from exhibit.ui import settings as S
from exhibit.ui.app import Projects, setup_application
from exhibit.ui.dialogs.export_dialog import user_environment
from exhibit.ui.fonts import load_fonts
from exhibit.ui.i18n import install_translators

# A string of Exhibit's own and one of Qt's (the standard buttons), per language checked.
OURS = ("Projects", "Open an Exhibit project folder")
QTS = ("QPlatformTheme", "Cancel")
LANGUAGES = ("de", "zh_CN")
BUNDLE_ENV = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH")


class SmokeError(Exception):
    """A check of the self-test failed; the message says why."""


def start_app() -> tuple[QApplication, str]:
    app = setup_application([sys.argv[0] if sys.argv else "exhibit"])
    return app, f"Qt {qVersion()}, platform {app.platformName()}"


def check_fonts() -> str:
    families = load_fonts()
    missing = [f for f in UI_FAMILIES if f not in families]
    if missing:
        raise SmokeError(f"bundled fonts not loaded: {', '.join(missing)}")
    return ", ".join(families)


def check_translations(app: QApplication) -> str:
    """Install de, then zh_CN (which stays for the window); both Exhibit's and Qt's must load."""
    shown = []
    for code in LANGUAGES:
        if install_translators(app, code) != code:
            raise SmokeError(f"the {code} interface language is not available")
        ours = QCoreApplication.translate(*OURS)
        if ours == OURS[1]:
            raise SmokeError(f"exhibit_{code}.qm not loaded from exhibit.resources/translations")
        qts = QCoreApplication.translate(*QTS)
        if qts == QTS[1]:
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            raise SmokeError(f"Qt's qtbase_{code}.qm not loaded from {folder}")
        shown.append(f"{code}: {ours} / {qts}")
    return "; ".join(shown)


def open_window(project: Path, config: Path) -> tuple[Projects, str]:
    """Open ``project`` in the main window, wait until it is shown, check it drew something."""
    projects = Projects(S.Settings.open(config))
    if not projects.open_path(project):
        raise SmokeError(f"{project}: the window did not open the project")
    window = projects.window
    assert window is not None
    handle = window.windowHandle()
    if not wait_until(lambda: handle is not None and handle.isExposed(), 30.0):
        raise SmokeError("the main window was not shown within 30 s")
    image = window.grab().toImage()
    step = max(1, image.width() // 64)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in (40, 200, 400)}
    if image.isNull() or len(colours) < 3:
        raise SmokeError("the main window drew nothing")
    rows = window.works_model.rowCount()
    return projects, f"{window.windowTitle()}: {rows} works, {image.width()}x{image.height()}"


def check_child_environment() -> str:
    """A program the app starts (the PDF viewer) gets no path into the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None:
        return "not a bundle: programs get the environment as it is"
    inside = [n for n in BUNDLE_ENV if bundle in os.environ.get(n, "")]
    clean = user_environment(os.environ)
    left = [n for n in BUNDLE_ENV if bundle in clean.get(n, "")]
    if left:
        raise SmokeError(f"programs started by the app would get the bundle's {', '.join(left)}")
    return f"removed for programs the app starts: {', '.join(inside) or 'nothing set'}"


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start(20)
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def close(projects: Projects) -> None:
    projects.close_all()
    QCoreApplication.sendPostedEvents()
