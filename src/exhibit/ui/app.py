"""Start the desktop app: the QApplication, the start page, opening and closing projects.

    exhibit                      # the start page
    exhibit open PROJECT         # straight into a project (the CLI calls main(project=...))
    exhibit PROJECT | PACKAGE    # what the file manager runs (the desktop file's ``%F``)
    exhibit-gui [PROJECT] [--development]

A project folder (``.exhibit``) or a partner package (``.exhibit-pkg``) named on the command
line, or sent by the system as a ``QFileOpenEvent`` (macOS Finder), goes to
``Projects.open_path``. ``EXHIBIT_STARTUP_PROBE=1`` makes the app print the wall-clock time of
its first painted window and quit (``bench/startup_bench.py`` reads it).

``Projects`` owns the open Catalogue and its window and hands the catalogue to the window; the
QApplication holds no services. ``--development`` (or ``EXHIBIT_CONFIG_DIR``) keeps the
settings in a folder of their own (see ``ui/settings.py``).
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from exhibit import APP_ID
from exhibit.core.errors import (
    CatalogueDamagedError,
    ExhibitError,
    NoPermissionError,
    NotAProjectError,
)
from exhibit.core.project import APP, ProjectPaths, is_project
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import BackupInfo, backups, describe, restore
from exhibit.ui import settings as S
from exhibit.ui.errors import install_excepthook, show_error
from exhibit.ui.fonts import load_fonts
from exhibit.ui.i18n import install_translators
from exhibit.ui.read_only import ReadOnlyReason
from exhibit.ui.widgets.start_page import StartPage

if TYPE_CHECKING:  # the window (and the export it offers) loads when a project opens, so
    # the start page shows at once, e.g. while `exhibit demo` makes the demo behind it
    from exhibit.ui.main_window import MainWindow

log = logging.getLogger(__name__)
PROJECT_SUFFIX = ".exhibit"
PACKAGE_SUFFIX = ".exhibit-pkg"
STARTUP_PROBE_ENV = "EXHIBIT_STARTUP_PROBE"


class _Probe(QObject):
    ping = Signal()


def protect_bool_singletons() -> bool:
    """Work around a PySide6 6.12.0 reference bug that would crash the app after ~150 signals.

    ``SignalInstance.emit()`` returns ``True`` without a new reference, so every signal emitted
    from Python takes one reference away from ``True``; on Python 3.11 (where ``True`` is not yet
    immortal, and starts with about 150 references) the interpreter aborts with "bool_dealloc"
    soon after. When the bug is detected, ``True`` and ``False`` get 2**40 extra references:
    what Python 3.12 does for them anyway. Returns whether the work-around was needed.
    """
    if sys.version_info >= (3, 12) or sys.getrefcount(True) > 1 << 39:
        return False  # immortal already
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    if sys.getrefcount(True) >= before:
        return False
    for singleton in (True, False):  # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    log.info("PySide6 %s loses references to True on emit: worked around", _pyside_version())
    return True


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


def setup_application(argv: list[str]) -> QApplication:
    """The QApplication with Exhibit's names, fonts, error hook and UI language."""
    protect_bool_singletons()
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Exhibit")
    app.setOrganizationName(S.ORGANIZATION)
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)  # every window, the start page too
    load_fonts(app)
    install_excepthook()
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """Exhibit's icon from ``exhibit.resources/icons``; a null icon when it cannot be read.

    QIcon reads SVG through Qt's image format plugin; without it the window keeps the default.
    """
    from importlib.resources import files

    resource = files("exhibit.resources") / "icons" / "exhibit.svg"
    try:
        data = resource.read_bytes()
    except OSError:
        log.warning("the app icon is missing")
        return QIcon()
    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtGui import QImageReader, QPixmap

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):  # drawn sharp at each size, not scaled
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if not image.isNull():
            icon.addPixmap(QPixmap.fromImage(image))
    return icon


def install_language(app: QApplication, settings: S.Settings) -> None:
    install_translators(app, str(settings.get(S.UI_LANGUAGE)))


class Projects(QObject):
    """Opens, creates and closes projects; shows the start page when none is open."""

    def __init__(self, settings: S.Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalogue: Catalogue | None = None
        self.window: MainWindow | None = None
        self.read_only: ReadOnlyReason | None = None  # why the open catalogue is read-only
        self.start_page: StartPage | None = None
        self._demo_runner = None

    # ----------------------------------------------------------------- start page

    def show_start(self) -> None:
        if self.start_page is None:
            self.start_page = StartPage(self.settings.recent_projects())
            self.start_page.newRequested.connect(self.new_project)
            self.start_page.openRequested.connect(self.open_project)
            self.start_page.demoRequested.connect(self.open_demo)
            self.start_page.packageRequested.connect(self.open_package)
        else:
            self.start_page.set_recent(self.settings.recent_projects())
        self.start_page.show()
        self.start_page.raise_()

    def _hide_start(self) -> None:
        if self.start_page is not None:
            self.start_page.close()
            self.start_page.deleteLater()
            self.start_page = None

    def _parent(self) -> QWidget | None:
        return self.window or self.start_page

    # ----------------------------------------------------------------- opening

    @Slot(object)
    def open_path(self, path: Path) -> bool:
        """A project folder or a partner package, from the command line or the file manager."""
        path = Path(path)
        if path.suffix == PACKAGE_SUFFIX and not path.is_dir():
            return self.open_package(path)
        return self.open_project(path)

    @Slot(object)
    def open_project(self, path: Path | None = None) -> bool:
        if path is None:
            path = self.ask_project_folder()
            if path is None:
                return False
        path = Path(path)
        if self.catalogue is not None and self.catalogue.root.resolve() == path.resolve():
            self.window.raise_()  # type: ignore[union-attr]
            return True
        read_only = None
        try:
            catalogue = Catalogue.open(path, program=APP)
        except CatalogueDamagedError as exc:
            catalogue, read_only = self._restore_and_open(path, exc)
            if catalogue is None:
                return False
        except NoPermissionError as exc:  # a read-only file or folder: read it
            catalogue, read_only = self._open_to_read(path, exc), ReadOnlyReason.PERMISSION
            if catalogue is None:
                return False
        except (ExhibitError, OSError) as exc:
            if isinstance(exc, NotAProjectError):
                self.settings.remove_recent(path)
                if self.start_page is not None:
                    self.start_page.set_recent(self.settings.recent_projects())
            show_error(self._parent(), exc)
            return False
        try:
            window = self._show_window(catalogue, read_only=read_only)
        except ExhibitError as exc:  # a damaged catalogue whose works cannot be read at all
            catalogue.close()
            show_error(self._parent(), exc)
            return False
        if catalogue.notices and read_only is None:  # a backup not written: said, work goes on
            window.statusBar().showMessage(
                self.tr("When the project was opened: {reason}").format(
                    reason=" ".join(catalogue.notices)
                )
            )
        return True

    def _restore_and_open(
        self, path: Path, damage: CatalogueDamagedError
    ) -> tuple[Catalogue | None, ReadOnlyReason | None]:
        """A damaged, empty or missing catalogue: offer the newest good backup in its place
        (the damaged file is kept beside the backups), then open the project; declined (or
        without a good backup), what can still be read opens read-only."""
        paths = ProjectPaths(path)
        good = self._newest_good(paths)
        if good is None or not self.confirm_restore(good, damage):
            return self._open_to_read(path, damage), ReadOnlyReason.DAMAGED
        try:
            restore(paths, good.id, wait=0)
            return Catalogue.open(path, program=APP), None
        except (ExhibitError, OSError) as exc:
            show_error(self._parent(), exc)
            return None, None

    @staticmethod
    def _newest_good(paths: ProjectPaths) -> BackupInfo | None:
        return next((info for info in describe(backups(paths)) if info.good), None)

    def _open_to_read(self, path: Path, why: ExhibitError) -> Catalogue | None:
        """The catalogue opened for reading only; when even that fails, ``why`` (the reason
        it could not be opened to write) is shown with what reading found."""
        try:
            return Catalogue.open(path, read_only=True, program=APP)
        except (ExhibitError, OSError) as exc:
            log.info("opening %s to read failed too: %s", path, exc)
            show_error(self._parent(), why)
            return None

    @Slot()
    def restore_newest_backup(self) -> bool:
        """From a read-only window over a damaged catalogue: put the newest good backup back
        (after asking) and open the project again to work on."""
        if self.catalogue is None:
            return False
        paths, root = self.catalogue.paths, self.catalogue.root
        good = self._newest_good(paths)
        if good is None:
            QMessageBox.information(
                self._parent(),
                self.tr("Exhibit"),
                self.tr(
                    "The project has no good backup to restore; the catalogue stays open for "
                    "reading only."
                ),
            )
            return False
        if not self.confirm_restore(good, Exception(" ".join(self.catalogue.notices))):
            return False
        self.show_start()  # a window stays open while the read-only one closes
        if self.window is not None:
            self.window.close()  # which closes the read-only catalogue (_window_closed)
        try:
            restore(paths, good.id, wait=0)
        except (ExhibitError, OSError) as exc:
            show_error(self._parent(), exc)
        return self.open_project(root)

    def confirm_restore(self, good: BackupInfo, damage: Exception) -> bool:
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Exhibit"))
        box.setText(self.tr("The project's catalogue is damaged, empty or missing."))
        box.setInformativeText(
            self.tr(
                "Restore the newest good backup, made {when}, with {count} works? "
                "The damaged catalogue is kept beside the backups."
            ).format(
                when=QLocale().toString(good.backup.when, QLocale.FormatType.ShortFormat),
                count=good.works,
            )
        )
        box.setDetailedText(str(damage))
        restore_button = box.addButton(
            self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore_button

    def ask_project_folder(self) -> Path | None:
        start = str(self.settings.get(S.LAST_FOLDER) or Path.home())
        folder = QFileDialog.getExistingDirectory(
            self._parent(), self.tr("Open an Exhibit project folder"), start
        )
        return Path(folder) if folder else None

    def ask_new_project(self) -> Path | None:
        start = str(self.settings.get(S.LAST_FOLDER) or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("New project: choose where to keep it and its name"),
            str(Path(start) / f"{self.tr('Exhibition')}{PROJECT_SUFFIX}"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)

    @Slot()
    def new_project(self) -> bool:
        path = self.ask_new_project()
        if path is None:
            return False
        try:
            catalogue = Catalogue.create(path, path.stem, program=APP)
        except (ExhibitError, OSError) as exc:
            show_error(self._parent(), exc)
            return False
        window = self._show_window(catalogue)
        window.edit_exhibition()
        return True

    @Slot()
    def open_package(
        self, package: Path | None = None, folder: Path | None = None, office: str | None = None
    ) -> bool:
        """Make a project of a partner package (asks for the file, the folder and the office
        name) and open it. The originals stay with the sender; previews stand in for them."""
        from exhibit.export.partner import SUFFIX, unpack_package

        parent = self._parent()
        start = str(self.settings.get(S.LAST_FOLDER) or Path.home())
        if package is None:
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                self.tr("Open a partner package"),
                start,
                self.tr("Partner packages (*{suffix})").format(suffix=SUFFIX),
            )
            if not chosen:
                return False
            package = Path(chosen)
        if folder is None:
            name, _ = QFileDialog.getSaveFileName(
                parent,
                self.tr("Where to keep the project made from the package"),
                str(package.with_suffix(PROJECT_SUFFIX)),
            )
            if not name:
                return False
            folder = Path(name)
            if folder.suffix != PROJECT_SUFFIX:
                folder = folder.with_name(folder.name + PROJECT_SUFFIX)
        if office is None:
            office, ok = QInputDialog.getText(
                parent,
                self.tr("Your office"),
                self.tr(
                    "Which office works with this copy of the exhibition (e.g. Jinhua)?\n"
                    "Every edit is recorded under this name, so the partner sees who changed what."
                ),
            )
            if not ok:
                return False
        try:
            unpack_package(package, folder, office)
        except (ExhibitError, OSError) as exc:
            show_error(parent, exc)
            return False
        return self.open_project(folder)

    def _show_window(
        self, catalogue: Catalogue, stack=None, read_only: ReadOnlyReason | None = None
    ) -> MainWindow:
        from exhibit.ui.main_window import MainWindow

        old_window, old_catalogue = self.window, self.catalogue
        self.catalogue, self.read_only = catalogue, read_only
        self.window = MainWindow(catalogue, self.settings, stack=stack, read_only=read_only)
        self.window.restoreRequested.connect(self.restore_newest_backup)
        self.window.openRequested.connect(self.open_project)
        self.window.newRequested.connect(self.new_project)
        self.window.openPackageRequested.connect(self.open_package)
        self.window.startPageRequested.connect(self.show_start)
        self.window.preferencesChanged.connect(self.rebuild_window)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        self.settings.add_recent(catalogue.root)
        self.settings.set(S.LAST_FOLDER, str(catalogue.root.parent))
        self._hide_start()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_catalogue is not None and old_catalogue is not catalogue:
            old_catalogue.close()
        return self.window

    @Slot()
    def rebuild_window(self) -> None:
        """A new window over the same catalogue, in the UI language now chosen."""
        if self.window is None or self.catalogue is None:
            return
        self._show_window(self.catalogue, stack=self.window.stack, read_only=self.read_only)

    @Slot()
    def _window_closed(self) -> None:
        window = self.sender()
        if window is not self.window:
            return
        self.window = None
        if self.catalogue is not None:
            self.catalogue.close()
            self.catalogue = None

    def close_all(self) -> None:
        """Close the window (saving its layout) and the project, when the app ends."""
        window = self.window
        if window is not None:
            window.close()  # which forgets it and closes its catalogue (_window_closed)
            window.deleteLater()
        if self.catalogue is not None:
            self.catalogue.close()
            self.catalogue = None
        self._hide_start()

    # ----------------------------------------------------------------- demo

    def demo_folder(self) -> Path:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(base or Path.home() / ".exhibit") / "Demo.exhibit"

    @Slot()
    def open_demo(self) -> None:
        """From the start page: the demo in the app's data folder, made the first time."""
        folder = self.demo_folder()
        if is_project(folder):
            self.open_project(folder)
            return
        folder.parent.mkdir(parents=True, exist_ok=True)
        self.make_demo(folder, catalogue=False)

    def make_demo(self, folder: Path, *, catalogue: bool = True, jobs: int | None = None):
        """Make the demo (and export its catalogue) as a job behind a progress dialog.

        The window (or start page) already shows; the demo is made on a worker thread through
        the core job API, as an import is, and opened when it is ready. Returns the runner.
        """
        from exhibit.demo import DemoJob
        from exhibit.ui.workers import JobRunner

        dialog = QProgressDialog(
            self.tr("Making the demo exhibition…"), self.tr("Cancel"), 0, 0, self._parent()
        )
        dialog.setWindowTitle(self.tr("Demo exhibition"))
        dialog.setMinimumDuration(0)
        runner = JobRunner(DemoJob(folder, catalogue=catalogue, jobs=jobs), self)
        runner.progressed.connect(lambda p: self._demo_progress(dialog, p))
        runner.succeeded.connect(lambda result: self.open_project(Path(result.path)))
        runner.failed.connect(self._demo_failed)
        runner.finished.connect(dialog.close)
        dialog.canceled.connect(runner.cancel)
        self._demo_runner = runner
        dialog.show()
        runner.start()
        return runner

    def _demo_progress(self, dialog: QProgressDialog, progress) -> None:
        if progress.phase in ("images", "pdf"):
            dialog.setLabelText(self.tr("Exporting the catalogue…"))
        dialog.setMaximum(progress.total)
        dialog.setValue(progress.done)

    def _demo_failed(self, exc: BaseException) -> None:
        from exhibit.core.jobs import Cancelled

        if self.window is None:
            self.show_start()
        if not isinstance(exc, Cancelled):
            show_error(self._parent(), exc)


def _project_from_argv(argv: list[str]) -> Path | None:
    paths = [a for a in argv[1:] if not a.startswith("-")]
    return Path(paths[0]) if paths else None


class FileOpenFilter(QObject):
    """Opens what the system asks the app to open (``QFileOpenEvent``: the macOS Finder)."""

    def __init__(self, projects: Projects) -> None:
        super().__init__(projects)
        self.projects = projects

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.projects.open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


class StartupProbe(QObject):
    """Prints the wall-clock time once the first window has been painted, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.seen = True
            QTimer.singleShot(0, self.report)  # after this paint has been drawn
        return False

    @Slot()
    def report(self) -> None:
        print(f"first-window {time.time():.6f}", flush=True)
        self.app.quit()


def main(
    argv: list[str] | None = None, project: Path | None = None, demo: Path | None = None
) -> int:
    """Start the app with ``project`` (or a folder named in ``argv``) open; the exit code.

    With ``demo`` (a new folder) the start page shows at once and the demo exhibition is made
    there, with its catalogue, behind a progress dialog; it opens when it is ready.
    """
    argv = list(sys.argv if argv is None else argv)
    app = setup_application(argv)
    settings = S.Settings.open(S.config_folder(argv))
    install_language(app, settings)
    projects = Projects(settings)
    app.installEventFilter(FileOpenFilter(projects))
    if os.environ.get(STARTUP_PROBE_ENV):
        app.installEventFilter(StartupProbe(app))
    project = project or _project_from_argv(argv)
    if demo is not None:
        projects.show_start()
        projects.make_demo(demo, catalogue=True)
    elif project is None or not projects.open_path(project):
        projects.show_start()
    code = app.exec()
    projects.close_all()
    settings.sync()
    return code


if __name__ == "__main__":
    sys.exit(main())
