"""Run a piece of a test in one UI language, and leave the next test in the system's."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from exhibit.ui.i18n import install_translators, remove_translators


@contextlib.contextmanager
def ui_language(app: QCoreApplication, language: str) -> Iterator[str]:
    """Install the translators of ``language`` ("de", "zh_CN") for the ``with`` block."""
    code = install_translators(app, language)
    try:
        yield code
    finally:
        remove_translators(app)
        QLocale.setDefault(QLocale.system())
        # deliver the language-change events now, not to the next test's windows
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
