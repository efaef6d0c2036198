"""Every word the window shows in German is in the translations (lupdate saw it), and the
translation files are complete (``packaging/update_translations.py --check``)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QWidget,
)

from exhibit.core.languages import display_name

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "translations"
SHORTCUT = re.compile(r"^(Strg|Ctrl|Alt|Umschalt|Shift|Meta)\+")


def _patterns(language: str) -> list[re.Pattern]:
    """Each translation as a pattern: placeholders and counts match anything."""
    found = []
    for message in ET.parse(TS / f"exhibit_{language}.ts").getroot().iter("message"):
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        for text in forms:
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            pattern = re.escape(text)
            pattern = re.sub(r"\\\{[a-z_]+\\\}", ".*", pattern)
            pattern = pattern.replace("%n", r"[\d.,]+").replace("%1", ".*")
            found.append(re.compile(pattern, re.S))
    return found


def _shown_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QDockWidget):
            texts.add(w.windowTitle())
        elif isinstance(w, QMenu):
            texts.add(w.title())
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
            texts.add(w.placeholderText())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QListWidget):
            texts.update(w.item(i).text() for i in range(w.count()))
        for action in w.actions():
            texts.add(action.text())
            texts.add(action.iconText())
    texts.update(a.text() for a in root.findChildren(QAction))
    out = set()
    for text in texts:
        plain = re.sub(r"<[^>]+>", "", text or "").replace("&", "").strip()
        out.update(p.strip() for p in re.split(r"\s+·\s+|\t", plain))
    return {t for t in out if re.search(r"[A-Za-z]{3}", t)}


def _untranslated(root: QWidget, data: set[str], patterns) -> list[str]:
    def known(text: str) -> bool:
        # a toolbar shows a menu entry's text without its "…"
        tails = (text, text + "…", text + " …")
        return any(p.fullmatch(t) for p in patterns for t in tails)

    shown = _shown_texts(root)
    return sorted(t for t in shown if t not in data and not SHORTCUT.match(t) and not known(t))


def _data(catalogue) -> set[str]:
    """What comes from the catalogue or the system, not from the window's own words."""
    words = {display_name(lang) for lang in catalogue.languages}
    for work in catalogue.works():
        words |= {e.text for by_lang in work.texts.values() for e in by_lang.values()}
        words |= {work.original.path, Path(work.original.path).name, work.photographer}
        words.add(f"{work.exif.make} {work.exif.model}")
    for section in catalogue.sections():
        words |= {e.text for by_lang in section.texts.values() for e in by_lang.values()}
    words.add(catalogue.root.name)
    return words


def test_the_german_window_shows_only_translated_words(qtbot, catalogue, ui_settings, german):
    from tests.ui.conftest import make_works

    from exhibit.ui.main_window import MainWindow

    make_works(catalogue, 4)
    catalogue.add_section({"de": "Markt", "zh-Hans": "集市"})
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.select_ids([catalogue.works()[0].id])
    window.arrange.section_menu.aboutToShow.emit()
    data = _data(catalogue) | {
        f"{w.number} · {Path(w.original.path).name}" for w in catalogue.works()
    }
    data |= {f"Nr. {w.number} · {Path(w.original.path).name}" for w in catalogue.works()}
    missing = _untranslated(window, data, _patterns("de"))
    assert missing == [], repr(missing)
    window.close()


def test_the_german_start_page_shows_only_translated_words(qtbot, tmp_path, german) -> None:
    from exhibit.ui.widgets.start_page import StartPage

    page = StartPage([tmp_path / "Jinhua.exhibit"])
    qtbot.addWidget(page)
    assert _untranslated(page, {"Jinhua.exhibit"}, _patterns("de")) == []


def test_translation_files_are_complete() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
