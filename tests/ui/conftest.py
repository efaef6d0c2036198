"""Window tests: offscreen Qt, settings in a temporary folder, projects with works."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exhibit.core.fields import Owner
from exhibit.core.model import ExifFacts, NewWork, OriginalRef
from exhibit.core.store import Catalogue
from exhibit.ui.app import protect_bool_singletons

# PySide6 6.12.0 drops a reference to True on every emit (see protect_bool_singletons)
protect_bool_singletons()

CAPTIONS = [
    ("Der Markt am Samstag", "周六的集市"),
    ("Die Rur bei Niedrigwasser", "枯水期的鲁尔河"),
    ("Papierfabrik im Morgenlicht", "晨光中的造纸厂"),
    ("Annakirche", "圣安娜教堂"),
    ("Eifelblick", "眺望艾费尔山"),
    ("Rathausplatz im Regen", "雨中的市政厅广场"),
]


def make_works(catalogue: Catalogue, count: int, *, thumbnails: bool = True, start: int = 0):
    """Works with German and Chinese titles and a small thumbnail JPEG each; returns them."""
    from PIL import Image

    works = []
    for i in range(start, start + count):
        sha = f"{i + 1:064x}"
        work = catalogue.add_work(
            NewWork(
                original=OriginalRef(f"photos/p{i}.jpg", sha, 1000 + i, 1.5, "JPEG"),
                exif=ExifFacts(date_taken="2024-05-01T10:00:00", make="Canon", model="EOS 7D"),
            )
        )
        de, zh = CAPTIONS[i % len(CAPTIONS)]
        catalogue.set_text(Owner.WORK, work.id, "title", "de", de)
        if i % 3 != 2:  # every third work lacks its Chinese title
            catalogue.set_text(Owner.WORK, work.id, "title", "zh-Hans", zh)
        if thumbnails:
            path = catalogue.paths.thumbnail(sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            size = (120, 80) if i % 2 else (80, 120)
            colour = (40 * (i % 6), 90, 200 - 30 * (i % 6))
            Image.new("RGB", size, colour).save(path, "JPEG")
        works.append(catalogue.work(work.id))
    return works


@pytest.fixture
def add_works():
    """``add_works(catalogue, n)``: works with German and Chinese titles and thumbnails."""
    return make_works


@pytest.fixture
def photos_project(catalogue, tmp_path):
    """A catalogue with three real photos imported, titled in both languages."""
    from exhibit.core.fields import Owner
    from exhibit.core.jobs import CancelToken, no_progress
    from exhibit.ingest.importer import ImportJob, ImportOptions
    from exhibit.testing import asymmetric_image, make_jpeg

    folder = tmp_path / "Fotos"
    folder.mkdir()
    for i in range(3):
        make_jpeg(folder / f"p{i}.jpg", image=asymmetric_image((900 + 10 * i, 600)))
    ImportJob(catalogue, [folder], ImportOptions(jobs=0)).run(no_progress, CancelToken())
    for work in catalogue.works():
        catalogue.set_text(Owner.WORK, work.id, "title", "de", f"Markt {work.number}")
        catalogue.set_text(Owner.WORK, work.id, "title", "zh-Hans", f"集市 {work.number}")
    return catalogue


@pytest.fixture(autouse=True)
def _settings_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("EXHIBIT_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def ui_settings(_settings_folder: Path):
    from exhibit.ui.settings import Settings

    return Settings.open(_settings_folder)


@pytest.fixture
def window(qtbot, catalogue: Catalogue, ui_settings):
    """The main window over a catalogue with six works, no section."""
    from exhibit.ui.main_window import MainWindow

    make_works(catalogue, 6)
    win = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def german(qapp):
    """The UI in German for the test, the system's language after it."""
    from ui_language import ui_language

    with ui_language(qapp, "de"):
        yield qapp
