"""UI languages: matching tags, installing translators, switching language, the pseudo-locale."""

from __future__ import annotations

import pytest
from fake_jobs import FakeImportJob
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from exhibit.ui.dialogs.import_dialog import ImportDialog
from exhibit.ui.i18n import (
    PSEUDO,
    available_languages,
    install_translators,
    match_language,
    pseudo_translate,
    remove_translators,
    resolve_language,
)


@pytest.fixture
def english(qapp):
    """The app; afterwards without translators and with the system locale, as other tests expect."""
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("de_DE", "de"),
        ("en-US", "en"),
        ("zh-Hans", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-TW", None),
        ("zh-Hant", None),
        ("fr", None),
        ("", None),
    ],
)
def test_match_language(tag, code) -> None:
    assert match_language(tag) == code


def test_available_languages(monkeypatch) -> None:
    monkeypatch.delenv("EXHIBIT_PSEUDO_LOCALE", raising=False)
    assert available_languages() == [("de", "Deutsch"), ("en", "English"), ("zh_CN", "简体中文")]
    monkeypatch.setenv("EXHIBIT_PSEUDO_LOCALE", "1")
    assert available_languages()[-1][0] == PSEUDO


def test_system_and_unknown_fall_back_to_the_system_language(qapp) -> None:
    system = resolve_language(None)
    assert system in ("de", "en", "zh_CN")
    assert resolve_language("system") == system
    assert resolve_language("tlh") == system


def test_switching_the_language_translates_the_window(english, qtbot) -> None:
    assert install_translators(english, "de") == "de"
    dialog = ImportDialog(FakeImportJob(1))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Fotos importieren"
    assert QLocale().language() is QLocale.Language.German
    assert install_translators(english, "zh-Hans") == "zh_CN"
    assert ImportDialog.tr("Import photos") == "导入照片"
    assert install_translators(english, "en") == "en"
    assert ImportDialog.tr("Import photos") == "Import photos"


def test_plurals(english) -> None:
    install_translators(english, "de")
    assert ImportDialog.tr("Importing %n photo(s)…", "", 1) == "1 Foto wird importiert …"
    assert ImportDialog.tr("Importing %n photo(s)…", "", 3) == "3 Fotos werden importiert …"
    install_translators(english, "en")
    assert ImportDialog.tr("Importing %n photo(s)…", "", 1) == "Importing 1 photo…"
    assert ImportDialog.tr("Importing %n photo(s)…", "", 3) == "Importing 3 photos…"


def test_qt_own_strings_are_translated(english) -> None:
    install_translators(english, "de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_reinstalling_replaces_the_translators(english) -> None:
    install_translators(english, "de")
    first = english.findChildren(QTranslator, "exhibit-translator")
    assert len(first) == 2  # Qt's own and Exhibit's
    install_translators(english, "zh_CN")
    install_translators(english, "de")
    assert len(english.findChildren(QTranslator, "exhibit-translator")) == 2
    remove_translators(english)
    assert english.findChildren(QTranslator, "exhibit-translator") == []
    assert ImportDialog.tr("Import photos") == "Import photos"


def test_pseudo_locale_stretches_and_keeps_placeholders(english) -> None:
    text = pseudo_translate("&Save {n} files in %n folders <b>now</b>")
    assert text.startswith("[&S") and text.endswith("]")
    assert "{n}" in text and "%n" in text and "<b>" in text
    assert len(text) >= 1.3 * len("&Save {n} files in %n folders <b>now</b>")
    install_translators(english, PSEUDO)
    assert ImportDialog.tr("Import photos").startswith("[Ímpórt phótóš")
    assert ImportDialog.tr("Importing %n photo(s)…", "", 2).startswith("[Ímpórtíñg 2 ")


def test_suggestion_links_are_translated(english, qtbot) -> None:
    """The Accept / Keep ours links under a caption (once lost to tr() inside an f-string)."""
    from exhibit.ui.widgets.caption_editors import CaptionEditors

    install_translators(english, "de")
    editors = CaptionEditors()
    qtbot.addWidget(editors)
    editors.set_languages(("de", "zh-Hans"))
    editors.show_suggestions({("title", "zh-Hans"): (7, "周六集市", "Texte.xlsx")})
    shown = editors.cells[("title", "zh-Hans")].suggestion.text()
    assert ">Übernehmen</a>" in shown and ">Unseren behalten</a>" in shown
