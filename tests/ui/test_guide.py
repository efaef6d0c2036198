"""The user guide: every page in every language, links that resolve, menu names and keys that
exist in the window in that language, F1 opening it in the UI's language, find across pages."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from exhibit.ui.guide import GUIDE_LANGUAGES, GuideWindow, contents, guide_language, guide_root
from exhibit.ui.i18n import install_translators, remove_translators

PAGES = sorted(p.name for p in (guide_root() / "en").glob("*.html"))
MENU = re.compile(r'<span class="menu">(.*?)</span>', re.DOTALL)
KBD = re.compile(r"<kbd>(.*?)</kbd>")
HREF = re.compile(r'href="([^"]+)"')
# keys the grid and the preview handle themselves (thumbnail_grid.py, preview.py), not actions
WIDGET_KEYS = {"Return", "Home", "End", "Tab", "Space", "Esc", "Z"}


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _plain(menu_text: str) -> str:
    """A menu entry's words: no mnemonic ("&File", "文件(&F)"), no key after a tab."""
    text = menu_text.split("\t", 1)[0].replace("&", "")
    return re.sub(r"\(\w\)$", "", text).strip()


def _menu_paths(window) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()

    def walk(menu, path):
        menu.aboutToShow.emit()  # submenus filled when opened (sections)
        for action in menu.actions():
            if action.isSeparator():
                continue
            here = (*path, _plain(action.text()))
            found.add(here)
            if action.menu() is not None:
                walk(action.menu(), here)

    for top in window.menuBar().actions():
        walk(top.menu(), (_plain(top.text()),))
    return found


def _window_keys(window) -> set[str]:
    portable = QKeySequence.SequenceFormat.PortableText
    keys = {a.shortcut().toString(portable) for a in window.findChildren(QAction)}
    keys |= {s.key().toString(portable) for s in window.findChildren(QShortcut)}
    return keys - {""}


@pytest.fixture
def translated(qapp):
    """``translated(code)`` installs a UI language; English again afterwards."""

    def install(code: str) -> None:
        install_translators(qapp, code)

    yield install
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_page_exists_and_every_link_resolves(language) -> None:
    folder = guide_root() / language
    assert sorted(p.name for p in folder.glob("*.html")) == PAGES
    assert len(contents(folder)) == len(contents(guide_root() / "en"))
    for page in PAGES:
        text = (folder / page).read_text(encoding="utf-8")
        assert f'<html lang="{"zh-Hans" if language == "zh_CN" else language}">' in text, page
        for href in HREF.findall(text):
            target, _, anchor = href.partition("#")
            path = (folder / target).resolve() if target else folder / page
            assert path.is_file(), (language, page, href)
            if anchor:
                assert f'id="{anchor}"' in path.read_text(encoding="utf-8"), (page, href)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_menus_and_keys_named_in_the_guide_exist(
    qtbot, catalogue, ui_settings, translated, language
) -> None:
    from exhibit.ui.main_window import MainWindow

    translated(language)
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    paths, keys = _menu_paths(window), _window_keys(window)
    native = QKeySequence.SequenceFormat.NativeText
    named = 0
    for page in PAGES:
        text = (guide_root() / language / page).read_text(encoding="utf-8")
        for menu in MENU.findall(text):
            path = tuple(part.strip() for part in _text(menu).split("›"))
            assert path in paths, (language, page, path)
            named += 1
        for kbd in KBD.findall(text):
            key = QKeySequence.fromString(_text(kbd), native).toString()
            assert key in keys or key in WIDGET_KEYS, (language, page, kbd, key)
            named += 1
    assert named > 60  # the guide does name the window's commands
    window.close()


def test_f1_opens_the_guide_in_the_chinese_ui_in_chinese(
    qtbot, catalogue, ui_settings, translated
) -> None:
    from tests.ui.conftest import make_works

    from exhibit.ui.main_window import MainWindow

    translated("zh_CN")
    make_works(catalogue, 2)
    window = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.help.guide_action.text() == "用户指南"
    # F1 belongs to the guide, and to nothing else (key events need an active window, which
    # the offscreen platform does not always give: the action bound to the key is triggered)
    f1 = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F1")]
    assert f1 == [window.help.guide_action]
    f1[0].trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    assert guide.language == "zh_CN"
    assert guide.contents.item(0).text() == "快速上手"
    assert "Exhibit 用户指南" in guide.browser.toPlainText()
    window.help.shortcuts_action.trigger()  # the table made from the window's menus
    assert guide.current_page() == "shortcuts.html"
    shown = guide.browser.toPlainText()
    assert "导入照片…" in shown and "Ctrl+I" in shown
    window.close()


def test_english_where_the_ui_language_has_no_guide() -> None:
    assert guide_language(QLocale("fr_FR")) == "en"
    assert guide_language(QLocale("de_AT")) == "de"
    assert guide_language(QLocale("zh_CN")) == "zh_CN"


def test_contents_back_forward_and_find_across_pages(qtbot) -> None:
    guide = GuideWindow(lambda: "<p>table</p>", language="en")
    qtbot.addWidget(guide)
    guide.show()
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert titles[:2] == ["First steps", "Importing photos"]
    guide.contents.itemClicked.emit(guide.contents.item(1))
    assert guide.current_page() == "import.html"
    assert guide.contents.currentRow() == 1
    guide.back_action.trigger()
    assert guide.current_page() == "index.html"
    guide.forward_action.trigger()
    assert guide.current_page() == "import.html"
    assert guide.find_text("Trust the approvals")  # on another page: the guide goes there
    assert guide.current_page() == "translation.html"
    assert guide.browser.textCursor().selectedText() == "Trust the approvals"
    assert not guide.find_text("no such words anywhere")
    assert "no such words anywhere" in guide.find_status.text()
    guide.find_action.trigger()
    assert guide.focusWidget() is guide.find_field
