"""The window's settings: each declared once with its default, kept with QSettings.

    settings = Settings.open()                   # the user's config (or the development folder)
    settings.get(THUMBNAIL_SIZE)                 # -> 160 unless changed
    settings.set(UI_LANGUAGE, "de")
    settings.add_recent(project_root)

A development switch keeps the configuration inside a folder of one's choosing instead of the
user's: ``--development`` on the command line (a ``.exhibit-dev`` folder in the working
directory) or the ``EXHIBIT_CONFIG_DIR`` environment variable naming a folder. Tests use it so
they never touch a real configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from exhibit.export.catalogue.options import EXPORT_OPTIONS, ExportOption

ORGANIZATION = "Exhibit"
APPLICATION = "Exhibit"
CONFIG_ENV = "EXHIBIT_CONFIG_DIR"
DEVELOPMENT_FOLDER = ".exhibit-dev"
MAX_RECENT = 10


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its key in QSettings, its default (whose type the stored value takes)."""

    key: str
    default: object
    label: str = ""


UI_LANGUAGE = Setting("ui/language", "system", "Language of the window")
THUMBNAIL_SIZE = Setting("view/thumbnail_size", 160, "Thumbnail size")
SHOW_CAPTIONS_IN_GRID = Setting("view/grid_titles", True, "Show titles under thumbnails")
RECENT_PROJECTS = Setting("projects/recent", [], "Recent projects")
LAST_FOLDER = Setting("paths/last_folder", "", "Last folder used")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), "Window geometry")
WINDOW_STATE = Setting("window/state", QByteArray(), "Window layout")
SPLITTER_STATE = Setting("window/splitter", QByteArray(), "Panel sizes")
PREFLIGHT_PANEL = Setting("view/preflight_panel", False, "Show the preflight panel")
EXPORT_OPEN = Setting("export/open_when_done", True, "Open the PDF when done")
EXPORT_FOLDER = Setting("export/folder", "", "Last export folder")


def _export_setting(option: ExportOption) -> Setting:
    """The dialog's remembered choice for an export option: its default from the declaration."""
    default = option.default
    if option.kind is bool:
        default = bool(default)  # crop marks: None (when there is bleed) is stored as off
    elif option.choices:
        default = str(default)
    return Setting(f"export/{option.name}", default, option.help)


# the catalogue export's remembered choices, by option name, derived from EXPORT_OPTIONS
EXPORT_SETTINGS: dict[str, Setting] = {
    o.name: _export_setting(o) for o in EXPORT_OPTIONS if o.remembered
}
DOCUMENT_LANGUAGES = Setting("documents/languages", "venue", "Language order of the documents")
LABEL_SIZE = Setting("documents/label_size", "a5", "Wall label size")
LABEL_SHEET = Setting("documents/label_sheet", "a4", "Sheet for wall labels")
LABEL_QR = Setting("documents/qr_pattern", "", "URL pattern of the labels' QR codes")


def config_folder(argv: list[str] | None = None) -> Path | None:
    """The folder the development switch asks for, or None for the user's configuration."""
    if argv and "--development" in argv:
        return Path.cwd() / DEVELOPMENT_FOLDER
    value = os.environ.get(CONFIG_ENV)
    return Path(value) if value else None


class Settings:
    """Typed access to QSettings through the declarations above."""

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def open(cls, folder: Path | None = None) -> Settings:
        """The user's settings, or an INI file in ``folder`` (the development switch)."""
        if folder is None:
            return cls(QSettings(ORGANIZATION, APPLICATION))
        folder.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(folder / "exhibit.ini"), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        return self._q

    def get(self, setting: Setting) -> object:
        value = self._q.value(setting.key, setting.default)
        return _coerce(value, setting.default)

    def set(self, setting: Setting, value: object) -> None:
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()

    # ----------------------------------------------------------------- recent projects

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_PROJECTS) if p]  # type: ignore[union-attr]

    def add_recent(self, root: Path) -> None:
        text = str(Path(root).absolute())
        kept = [p for p in self.get(RECENT_PROJECTS) if p != text]  # type: ignore[union-attr]
        self.set(RECENT_PROJECTS, [text, *kept][:MAX_RECENT])

    def remove_recent(self, root: Path) -> None:
        text = str(Path(root).absolute())
        kept = [p for p in self.get(RECENT_PROJECTS) if p != text]  # type: ignore[union-attr]
        self.set(RECENT_PROJECTS, kept)


def _coerce(value: object, default: object) -> object:
    """INI files give strings back; return the default's type."""
    if value is None:
        return default
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if isinstance(default, int | float):
        try:
            return type(default)(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    return str(value)
