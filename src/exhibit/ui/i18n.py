"""The window's language: German, English or Simplified Chinese, from the system or the settings.

    from exhibit.ui.i18n import available_languages, install_translators
    code = install_translators(app, settings.get(UI_LANGUAGE))   # "system" or None: the system's
    for code, name in available_languages(): ...                 # for the Preferences list

``install_translators`` removes the translators it installed before (``remove_translators``),
loads Exhibit's own ``exhibit_<code>.qm`` from ``exhibit.resources/translations`` (through
``importlib.resources``) and Qt's ``qtbase_<code>.qm`` (the standard buttons and dialogs) from
the Qt installation, and makes that locale the default for numbers and dates. Widgets that are
already shown receive a ``LanguageChange`` event. It returns the code in use: ``"de"``,
``"en"`` or ``"zh_CN"``.

Codes may be given as Qt or BCP 47 tags (``"de-DE"``, ``"zh-Hans"``, ``"zh_CN"``); traditional
Chinese is not offered and falls back to the next language the system asks for, then English.

``"pseudo"`` installs a stretched pseudo-translation (every string about 40 % longer, with
accents, placeholders kept) for checking that layouts survive longer German texts; set
``EXHIBIT_PSEUDO_LOCALE=1`` to list it in ``available_languages``.

The sources are in English; ``packaging/update_translations.py`` re-runs lupdate over the ui
package and lrelease into the ``.qm`` files.
"""

from __future__ import annotations

import logging
import os
import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from exhibit.core.errors import LanguageError
from exhibit.core.languages import match, parse

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
# code -> the language's own name, as the Preferences list shows it
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English", "zh_CN": "简体中文"}
_TRANSLATOR_NAME = "exhibit-translator"


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for every UI language, sorted by code."""
    languages = sorted(LANGUAGES.items())
    if os.environ.get("EXHIBIT_PSEUDO_LOCALE"):
        languages.append((PSEUDO, "Pseudo (stretched)"))
    return languages


def match_language(tag: str | None) -> str | None:
    """The UI language for a tag such as ``de-AT``, ``zh-Hans-CN`` or ``zh_CN``, or None."""
    if not tag:
        return None
    if tag == PSEUDO:
        return PSEUDO
    try:
        parsed = parse(tag)  # the same reading of tags as the project languages get
    except LanguageError:
        return None
    if parsed.language == "zh":
        return "zh_CN" if parsed.script == "Hans" else None
    return parsed.language if parsed.language in LANGUAGES else None


def system_language() -> str:
    """The first UI language the system's locale asks for, else English."""
    for tag in QLocale.system().uiLanguages():
        code = match_language(tag)
        if code is not None and code != PSEUDO:
            return code
    return SOURCE_LANGUAGE


def resolve_language(language: str | None) -> str:
    """The code to use for a setting: ``None``, ``""`` and ``"system"`` mean the system's."""
    if language and language != "system":
        code = match_language(language)
        if code is not None:
            return code
        log.warning("UI language %r is not available; using the system's", language)
    return system_language()


def shown_first(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The project languages with the UI's own first: a Chinese UI shows Chinese names."""
    ui = match(QLocale().uiLanguages()[0], languages) if languages else None
    return (ui, *(lang for lang in languages if lang != ui)) if ui else tuple(languages)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (see the module docstring); return its code."""
    code = resolve_language(language)
    remove_translators(app)
    locale = QLocale("en_US" if code == PSEUDO else code)
    QLocale.setDefault(locale)
    for translator in _translators(app, code):
        translator.setObjectName(_TRANSLATOR_NAME)
        app.installTranslator(translator)
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators ``install_translators`` put in (the English source remains)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setObjectName("")  # not found again before deleteLater has run
        old.deleteLater()


def _translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    if code == PSEUDO:
        return [PseudoTranslator(app)]
    found = []
    qt = QTranslator(app)
    if code != SOURCE_LANGUAGE and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        found.append(qt)
    ours = QTranslator(app)
    if _load_bundled(ours, f"exhibit_{code}.qm"):
        found.append(ours)
    elif code != SOURCE_LANGUAGE:
        log.warning("no translation file exhibit_%s.qm", code)
    return found


def _load_bundled(translator: QTranslator, filename: str) -> bool:
    resource = resources.files("exhibit.resources") / "translations" / filename
    if not resource.is_file():
        return False
    # A checkout, a wheel and a one-folder bundle give the file itself; QTranslator reads it
    # whole while loading, so a temporary copy (zip imports) may go away afterwards.
    with resources.as_file(resource) as path:
        return translator.load(str(path))


_KEEP = re.compile(r"(%n|%L?\d+|\{[^}]*\}|<[^>]*>|&&|&\w|\\n|\n|\t)")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")


def pseudo_translate(text: str, scale: float = 1.4) -> str:
    """``"&Save {n} files"`` -> ``"[&Sávé {n} fíléš~~~~]"``: accented, about 40 % longer.

    Placeholders (``%n``, ``{name}``), markup and mnemonics stay as they are, so the string
    still works; the brackets show where a string was cut off.
    """
    if not text:
        return text
    pieces = [p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in _KEEP.split(text)]
    padding = "~" * max(1, round(len(text) * (scale - 1)))
    return "[" + "".join(pieces) + padding + "]"


class PseudoTranslator(QTranslator):
    """Translates every string into its stretched pseudo form (see ``pseudo_translate``)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        return False
