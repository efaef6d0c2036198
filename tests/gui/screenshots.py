"""Save PNG screenshots of the app: start page, main window, preflight, export, import.

    .venv/bin/python tests/gui/screenshots.py [OUT]            # offscreen, into docs/screenshots
    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tests/gui/screenshots.py OUT          # the real X11 platform

Options: ``--sizes 1280x800,1920x1080`` (screen sizes), ``--languages en,de,zh_CN`` (UI
languages; the first gets every picture, the others the main window, the preflight panel, the
export dialog and the import report at the first size), ``--all`` (every picture in every
language and size), ``--suffix TEXT`` added to every file name (``-xcb`` for instance). It
builds the demo exhibition in a temporary folder (``exhibit.demo.create_demo``), imports a
second folder through the real import job (new photos, two duplicates, one damaged file) for
the report, and never reads or writes the user's settings. Files are named
``<picture>-<width>x<height>-<language><suffix>.png``.

Each picture is the app as it would fill a screen of that size: the main window maximised,
the start page centred on a plain desktop, the import and export dialogs over the main window.
The preflight picture shows the panel open below the grid with its first missing translation
activated (the work selected, the cursor in that caption).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path("docs") / "screenshots"
DEFAULT_SIZES = ((1280, 800), (1920, 1080))
DEFAULT_LANGUAGES = ("en", "de", "zh_CN")
DESKTOP = "#3b4a5a"
PROGRESS_FILE = (
    "/home/kurator/Bilder/Ausstellung Jinhua 2025/Neue Fotos/Annakirche am Abend 0417.jpg"
)
EXPORT_FOLDER = "/home/kurator/Dokumente/Ausstellung Jinhua 2025"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in DEFAULT_SIZES))
    parser.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES))
    parser.add_argument("--all", action="store_true", help="every picture in every language")
    parser.add_argument("--suffix", default="", help="added to every file name")
    args = parser.parse_args(argv)
    args.sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",") if s]
    args.languages = [code for code in args.languages.split(",") if code]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="exhibit-shots-") as tmp:
        os.environ["EXHIBIT_CONFIG_DIR"] = str(Path(tmp) / "config")
        saved = Shooter(Path(tmp), args).run()
    for path in saved:
        print(path)
    return 0


class Shooter:
    """Builds the project once, then takes every picture asked for."""

    def __init__(self, tmp: Path, args: argparse.Namespace) -> None:
        from exhibit.ui.app import setup_application

        self.tmp = tmp
        self.args = args
        self.out: Path = args.out
        self.app = setup_application([sys.argv[0]])
        sys.excepthook = sys.__excepthook__  # a script: fail loudly, no dialogs
        self.saved: list[Path] = []
        self.report: Any = None

    def run(self) -> list[Path]:
        from exhibit.core.store import Catalogue
        from exhibit.ui.settings import Settings

        self.out.mkdir(parents=True, exist_ok=True)
        project = self._make_project()
        self.import_folder = self._make_import_folder(project)
        self.settings = Settings.open(self.tmp / "config")
        self.settings.add_recent(project)
        self.settings.add_recent(self.tmp / "Partnerschaft 2019.exhibit")
        with Catalogue.open(project, backup=False) as catalogue:
            self.catalogue = catalogue
            for index, language in enumerate(self.args.languages):
                self._shoot_language(language, first=index == 0)
        return self.saved

    def _shoot_language(self, language: str, *, first: bool) -> None:
        from exhibit.ui.i18n import install_translators

        install_translators(self.app, language)
        everything = first or self.args.all
        for number, size in enumerate(self.args.sizes):
            if not everything and number > 0:
                break
            if everything:
                self._save(self.start_page(size), "start", size, language)
            self._save(self.main_window(size), "main", size, language)
            self._save(self.preflight(size), "preflight", size, language)
            self._save(self.export_dialog(size), "export", size, language)
            if everything:
                self._save(self.import_progress(size), "import-progress", size, language)
            self._save(self.import_report(size), "import-report", size, language)

    def _save(self, image: Any, name: str, size: tuple[int, int], language: str) -> None:
        path = self.out / f"{name}-{size[0]}x{size[1]}-{language}{self.args.suffix}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"{path}: could not be written")
        self.saved.append(path)

    # ----------------------------------------------------------------- the project

    def _make_project(self) -> Path:
        from exhibit.demo import create_demo

        return create_demo(self.tmp / "Düren – Jinhua.exhibit", jobs=0)

    def _make_import_folder(self, project: Path) -> Path:
        """New photos, two the demo already has (duplicates) and a damaged file."""
        from exhibit.testing import asymmetric_image, make_jpeg

        folder = self.tmp / "Neue Fotos"
        folder.mkdir()
        for i in range(9):
            image = asymmetric_image((1200 + 40 * i, 800))
            make_jpeg(folder / f"Jinhua Besuch {i + 1:02d}.jpg", image=image)
        for i, original in enumerate(sorted((project / "Fotos").glob("*.jpg"))[:2]):
            shutil.copy(original, folder / f"Kopie {i + 1} von {original.name}")
        good = (folder / "Jinhua Besuch 01.jpg").read_bytes()
        (folder / "Rathaus (abgebrochen).jpg").write_bytes(good[: len(good) // 3])
        return folder

    # ----------------------------------------------------------------- pictures

    def start_page(self, size: tuple[int, int]) -> Any:
        from exhibit.ui.widgets.start_page import StartPage

        page = StartPage(self.settings.recent_projects())
        page.show()
        settle(self.app, 200)
        image = on_desktop(page.grab(), size)
        page.close()
        page.deleteLater()
        return image

    def _window(self, size: tuple[int, int]) -> Any:
        from exhibit.ui.main_window import MainWindow
        from exhibit.ui.undo import UndoStack

        window = MainWindow(self.catalogue, self.settings, stack=UndoStack())
        window.resize(*size)
        window.show()
        works = self.catalogue.works()
        chosen = next((w for w in works if w.value("caption", "zh-Hans")), works[0])
        window.select_ids([chosen.id])
        settle(self.app, 600, until=lambda: window.thumbnails.wait_idle(0))
        settle(self.app, 200)
        return window

    def _close(self, window: Any) -> None:
        window.close()
        window.deleteLater()
        settle(self.app, 50)

    def main_window(self, size: tuple[int, int]) -> Any:
        window = self._window(size)
        image = window.grab().toImage()
        self._close(window)
        return image

    def preflight(self, size: tuple[int, int]) -> Any:
        from PySide6.QtCore import Qt

        from exhibit.ui.models.preflight_model import FindingRole

        window = self._window(size)
        panel = window.preflight
        window.preflight_dock.show()
        window.resizeDocks([window.preflight_dock], [size[1] // 4], Qt.Orientation.Vertical)
        settle(self.app, 30_000, until=lambda: panel.model.rowCount() > 0 and not panel.running)
        proxy = panel.proxy
        rows = [proxy.index(r, 0) for r in range(proxy.rowCount())]
        missing = [i for i in rows if i.data(FindingRole.FINDING).code == "missing_translation"]
        if missing:
            panel.view.setCurrentIndex(missing[0])
            window._finding_activated(missing[0].data(FindingRole.FINDING))
        settle(self.app, 300)
        image = window.grab().toImage()
        window.preflight_dock.hide()
        self._close(window)
        return image

    def export_dialog(self, size: tuple[int, int]) -> Any:
        from exhibit.ui.dialogs.export_dialog import ExportDialog

        window = self._window(size)
        dialog = ExportDialog(self.catalogue, self.settings, window)
        name = dialog._default_output().name
        dialog.out_edit.setText(f"{EXPORT_FOLDER}/{name}")
        dialog.show()
        settle(self.app, 200)
        image = with_dialog(window, dialog)
        dialog.close()
        self._close(window)
        return image

    def import_progress(self, size: tuple[int, int]) -> Any:
        from exhibit.ui.dialogs.import_dialog import ImportDialog

        window = self._window(size)
        job = HeldJob(PROGRESS_FILE)
        dialog = ImportDialog(job, window)
        dialog.show()
        settle(self.app, 3000, until=lambda: dialog.progress_bar.value() > 0)
        settle(self.app, 100)
        image = with_dialog(window, dialog)
        dialog.stop_and_wait()
        dialog.close()
        self._close(window)
        return image

    def import_report(self, size: tuple[int, int]) -> Any:
        from exhibit.core.jobs import JobReport
        from exhibit.ingest.importer import ImportJob, ImportOptions
        from exhibit.ui.dialogs.import_dialog import ImportDialog

        window = self._window(size)
        if self.report is None:
            job: Any = ImportJob(self.catalogue, [self.import_folder], ImportOptions(jobs=0))
        else:
            job = ReplayJob(self.report)
        dialog = ImportDialog(job, window)
        dialog.report_ready.connect(lambda report: setattr(self, "report", report))
        dialog.show()
        settle(self.app, 60_000, until=lambda: isinstance(dialog.report, JobReport))
        dialog.problems_only.setChecked(False)
        settle(self.app, 100)
        image = with_dialog(window, dialog)
        dialog.close()
        self._close(window)
        if isinstance(job, ImportJob):  # keep the demo as it was for the other pictures
            self.catalogue.delete_works(
                o.work_id
                for o in self.report.outcomes
                if o.work_id and o.outcome.value == "imported"
            )
        return image


class HeldJob:
    """An import caught in the middle: 17 of 48 photos after 6.4 s, until it is cancelled."""

    def __init__(self, current: str) -> None:
        self.current = current

    def check(self) -> Any:
        from exhibit.core.jobs import Plan

        return Plan("import 48 photos", 48)

    def run(self, progress: Any, cancel: Any) -> Any:
        from exhibit.core.jobs import JobReport, Progress

        progress(Progress(17, 48, self.current, 6.4, "import"))
        while not cancel.cancelled:
            time.sleep(0.01)
        return JobReport(cancelled=True, not_started=31)


class ReplayJob:
    """Gives back a report already made (the same import, shown in another language)."""

    def __init__(self, report: Any) -> None:
        self.report = report

    def check(self) -> Any:
        from exhibit.core.jobs import Plan

        return Plan("replay", len(self.report.outcomes))

    def run(self, progress: Any, cancel: Any) -> Any:
        return self.report


def settle(app: Any, msecs: int, until: Callable[[], bool] | None = None) -> None:
    """Let the event loop run for up to ``msecs`` (less once ``until()`` is true)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(msecs)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if until is not None and until():
            break
        time.sleep(0.005)


def on_desktop(pixmap: Any, size: tuple[int, int]) -> Any:
    """A window's picture centred on a plain desktop of ``size``."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(DESKTOP))
    painter = QPainter(image)
    painter.drawPixmap((size[0] - pixmap.width()) // 2, (size[1] - pixmap.height()) // 3, pixmap)
    painter.end()
    return image


def with_dialog(window: Any, dialog: Any) -> Any:
    """The main window with the dialog drawn over its centre, the window dimmed a little."""
    from PySide6.QtGui import QColor, QPainter

    image = window.grab().toImage()
    shot = dialog.grab()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
    x = (image.width() - shot.width()) // 2
    y = (image.height() - shot.height()) // 3
    painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2, QColor("#555"))
    painter.drawPixmap(x, y, shot)
    painter.end()
    return image


if __name__ == "__main__":
    sys.exit(main())
