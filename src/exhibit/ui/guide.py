"""The user guide: HTML pages in ``resources/guide/<language>/``, shown in a help window with a
contents list, back and forward, and find (Ctrl+F) that goes on through the other pages.

    guide = GuideWindow(shortcuts_html, parent)   # the UI's language, English where none
    guide.show_page("import.html")

The pages are plain HTML with one stylesheet, readable in a browser too. The contents list is
the ``<ul class="contents">`` of each language's ``index.html``. The keyboard shortcuts page
holds a placeholder (``<!--shortcuts-->…<!--/shortcuts-->``) that the window fills with the
table made from the window's own menus, so it never drifts from them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolBar,
    QWidget,
)

GUIDE_LANGUAGES = ("de", "en", "zh_CN")
FALLBACK = "en"
PLACEHOLDER = re.compile(r"<!--shortcuts-->.*?<!--/shortcuts-->", re.DOTALL)
_CONTENTS = re.compile(r'<ul class="contents">(.*?)</ul>', re.DOTALL)
_LINK = re.compile(r'<a href="([^"]+)">(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def guide_root() -> Path:
    """The folder holding one folder of pages per language (a checkout, wheel or bundle)."""
    return Path(str(resources.files("exhibit.resources") / "guide"))


def guide_language(locale: QLocale | None = None) -> str:
    """The guide's language for a locale (the UI's by default): de, zh_CN, else English."""
    name = (locale or QLocale()).name()  # de_DE, zh_CN, en_US
    for code in (name, name.split("_")[0]):
        if code in GUIDE_LANGUAGES:
            return code
    return FALLBACK


def contents(folder: Path) -> list[tuple[str, str]]:
    """(link, title) of every entry in the contents list of ``folder/index.html``."""
    found = _CONTENTS.search((folder / "index.html").read_text(encoding="utf-8"))
    if found is None:
        return []
    return [
        (href, html.unescape(_TAG.sub("", title)).strip())
        for href, title in _LINK.findall(found.group(1))
    ]


def page_text(path: Path) -> str:
    """A page's words without markup, for finding text across the guide."""
    body = path.read_text(encoding="utf-8").split("<body>", 1)[-1]
    return html.unescape(_TAG.sub(" ", body))


class GuideBrowser(QTextBrowser):
    """A text browser that fills the shortcuts placeholder with the window's own table."""

    def __init__(self, shortcuts: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts
        self.setOpenExternalLinks(True)  # a web address in a page opens in the browser
        # Qt's rich text ignores <link rel="stylesheet">: the pages' stylesheet as the default
        css = guide_root() / "guide.css"
        if css.is_file():
            self.document().setDefaultStyleSheet(css.read_text(encoding="utf-8"))

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.HtmlResource and url.isLocalFile():
            text = Path(url.toLocalFile()).read_text(encoding="utf-8")
            return PLACEHOLDER.sub(lambda _m: self.shortcuts(), text)
        return super().loadResource(kind, url)


class GuideWindow(QMainWindow):
    def __init__(
        self,
        shortcuts: Callable[[], str],
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Exhibit User Guide"))
        self.language = language or guide_language()
        self.folder = guide_root() / self.language
        if not (self.folder / "index.html").is_file():
            self.language, self.folder = FALLBACK, guide_root() / FALLBACK
        self.browser = GuideBrowser(shortcuts)
        self.browser.setObjectName("guideBrowser")
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        for href, title in contents(self.folder):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, href)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        self.resize(900, 640)
        self.show_page("index.html")

    def _build_toolbar(self) -> None:
        style = self.style()
        bar = QToolBar(self.tr("Guide"))
        bar.setObjectName("guideToolbar")
        bar.setMovable(False)
        self.back_action = self._action(
            self.tr("Back"), self.browser.backward, QKeySequence.StandardKey.Back
        )
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_action = self._action(
            self.tr("Forward"), self.browser.forward, QKeySequence.StandardKey.Forward
        )
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.home_action = self._action(
            self.tr("Contents"), lambda: self.show_page("index.html"), "Alt+Home"
        )
        self.find_field = QLineEdit()
        self.find_field.setObjectName("guideFind")
        self.find_field.setPlaceholderText(self.tr("Find in the guide"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMaximumWidth(260)
        self.find_field.returnPressed.connect(lambda: self.find_text(self.find_field.text()))
        self.find_action = self._action(
            self.tr("Find"), self._focus_find, QKeySequence.StandardKey.Find
        )
        self.find_next_action = self._action(
            self.tr("Find Next"),
            lambda: self.find_text(self.find_field.text()),
            QKeySequence.StandardKey.FindNext,
        )
        self.find_previous_action = self._action(
            self.tr("Find Previous"),
            lambda: self.find_text(self.find_field.text(), backward=True),
            QKeySequence.StandardKey.FindPrevious,
        )
        self.find_status = QLabel()
        self.find_status.setObjectName("guideFindStatus")
        bar.addActions([self.back_action, self.forward_action, self.home_action])
        bar.addSeparator()
        bar.addWidget(self.find_field)
        bar.addActions([self.find_previous_action, self.find_next_action])
        bar.addWidget(self.find_status)
        self.addAction(self.find_action)
        self.addToolBar(bar)

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ----------------------------------------------------------------- pages

    def pages(self) -> list[str]:
        """The guide's page files in contents order (each once)."""
        seen: list[str] = []
        for href, _title in contents(self.folder):
            name = href.split("#", 1)[0]
            if name not in seen:
                seen.append(name)
        return seen

    def show_page(self, name: str) -> None:
        """Show a page of the guide (``import.html``, ``index.html#first-steps``)."""
        page, _, anchor = name.partition("#")
        url = QUrl.fromLocalFile(str(self.folder / page))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def current_page(self) -> str:
        return self.browser.source().fileName()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _source_changed(self, url: QUrl) -> None:
        name = url.fileName()
        fragment = url.fragment()
        for row in range(self.contents.count()):
            href = str(self.contents.item(row).data(Qt.ItemDataRole.UserRole))
            page, _, anchor = href.partition("#")
            if page == name and (not anchor or anchor == fragment):
                self.contents.setCurrentRow(row)
                return

    # ----------------------------------------------------------------- find

    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_text(self, text: str, *, backward: bool = False) -> bool:
        """Find ``text`` in this page from the cursor on, then in the following pages."""
        self.find_status.clear()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        pages = self.pages()
        here = self.current_page()
        start = pages.index(here) if here in pages else 0
        step = -1 if backward else 1
        for offset in range(1, len(pages) + 1):
            name = pages[(start + step * offset) % len(pages)]
            if text.casefold() in page_text(self.folder / name).casefold():
                self.show_page(name)
                if backward:
                    self.browser.moveCursor(self.browser.textCursor().MoveOperation.End)
                if self.browser.find(text, flags):
                    return True
        self.find_status.setText(self.tr("Not found: {text}").format(text=text))
        return False
