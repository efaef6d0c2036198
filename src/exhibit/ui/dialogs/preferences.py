"""Preferences: the language of the window and the size of the thumbnails.

The choices are the settings declared in ``ui/settings.py``; ``apply()`` writes them and puts
the chosen UI language in place (the window is rebuilt by the application to show it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from exhibit.ui import settings as S
from exhibit.ui.i18n import available_languages, install_translators


class PreferencesDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem(self.tr("As the system"), "system")
        for code, name in _available_languages():
            self.language.addItem(name, code)
        current = str(settings.get(S.UI_LANGUAGE))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("Language of the window"), self.language)
        self.thumb_size = QSpinBox()
        self.thumb_size.setObjectName("thumbnailSize")
        self.thumb_size.setRange(80, 400)
        self.thumb_size.setSingleStep(20)
        self.thumb_size.setSuffix(self.tr(" px"))
        self.thumb_size.setValue(int(settings.get(S.THUMBNAIL_SIZE)))  # type: ignore[arg-type]
        form.addRow(self.tr("Thumbnail size"), self.thumb_size)
        note = QLabel(self.tr("Captions are always edited in the project's languages."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        language = self.language.currentData()
        changed = language != self.settings.get(S.UI_LANGUAGE)
        self.settings.set(S.UI_LANGUAGE, language)
        self.settings.set(S.THUMBNAIL_SIZE, self.thumb_size.value())
        if changed:
            install_translators(QApplication.instance(), language)


def _available_languages() -> list[tuple[str, str]]:
    return available_languages()
