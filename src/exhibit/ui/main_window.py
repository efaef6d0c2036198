"""The catalogue window: sections on the left, the thumbnail grid, the inspector on the right.

    window = MainWindow(catalogue, settings)   # the catalogue is passed in, never looked up
    window.show()

The window wires the models to the store's change notifications, turns every request from its
widgets (a drop, a batch edit, a deleted section) into an undo command, and offers import from
the menu, the toolbar and by dropping files or folders on it. Opening and closing projects is
the application's business (``app.py``): the window asks with signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.jobs import Outcome, default_workers
from exhibit.core.model import Work
from exhibit.core.store import Catalogue
from exhibit.ui import settings as S
from exhibit.ui.caption_clipboard import CaptionClipboard
from exhibit.ui.errors import guard_slot, show_error
from exhibit.ui.help_menu import HelpActions
from exhibit.ui.i18n import shown_first
from exhibit.ui.loan_menu import LoanActions
from exhibit.ui.models.filter_proxy import ALL_SECTIONS, WorkFilter, WorksFilterProxy
from exhibit.ui.models.sections_model import SectionsModel
from exhibit.ui.models.store_events import StoreEvents
from exhibit.ui.models.thumbnails import ThumbnailCache
from exhibit.ui.models.works_model import WorksModel
from exhibit.ui.ordering import OrderingActions
from exhibit.ui.originals import OriginalsChecker, ThumbnailRebuilder, relink_originals
from exhibit.ui.read_only import ReadOnlyReason, make_read_only
from exhibit.ui.undo import DeleteWorksCommand, ImportCommand, MoveWorksCommand, UndoStack
from exhibit.ui.widgets.filter_bar import FilterBar
from exhibit.ui.widgets.inspector import Inspector
from exhibit.ui.widgets.preflight_panel import PreflightPanel
from exhibit.ui.widgets.sections_panel import SectionsPanel
from exhibit.ui.widgets.thumbnail_grid import ThumbnailGrid

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    openRequested = Signal(object)  # a project folder, or None to ask for one
    openPackageRequested = Signal()  # make a project of a partner package and open it
    newRequested = Signal()
    startPageRequested = Signal()
    preferencesChanged = Signal()
    restoreRequested = Signal()  # a read-only window over a damaged catalogue: restore a backup
    closed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        settings: S.Settings,
        parent=None,
        stack: UndoStack | None = None,
        read_only: ReadOnlyReason | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.stack = stack or UndoStack()  # passed on when the window is rebuilt
        self.stack.setParent(self)
        self.stack.retranslate()  # a window rebuilt for another UI language: labels follow
        self.stack.error.connect(self.show_error)
        self.events = StoreEvents(catalogue, self)
        size = int(settings.get(S.THUMBNAIL_SIZE))  # type: ignore[arg-type]
        self.thumbnails = ThumbnailCache(catalogue.paths.thumbnail, self)
        self.works_model = WorksModel(catalogue, self.thumbnails, self, thumb_size=size)
        self.proxy = WorksFilterProxy(self)
        self.proxy.setSourceModel(self.works_model)
        self.sections_model = SectionsModel(catalogue, self.works_model, self)
        self._filter = WorkFilter()
        self._keep_selection: list[int] = []
        self._import_dialog = None
        self._export_dialog = None
        self._preview = None
        self._build_widgets(size)
        self._build_actions()
        self._connect()
        self._refresh_sections()
        self._update_title()
        self._update_status()
        self._restore_layout()
        self.read_only_banner = None  # why nothing can be changed, when the catalogue is read-only
        if read_only is not None:
            self.read_only_banner = make_read_only(self, read_only)
            self.read_only_banner.restoreRequested.connect(self.restoreRequested)
        self.originals = OriginalsChecker(catalogue, self)  # notes missing originals as badges
        self.rebuilder = ThumbnailRebuilder(catalogue, self)  # a deleted cache comes back
        self.rebuilder.rebuilt.connect(self.thumbnails.refresh)
        if stack is None:  # a project just opened; a window rebuilt for a language change
            # One background job at a time: the thumbnails after the originals.
            self.originals.checked.connect(lambda _report: self.rebuilder.start())
            self.originals.start()  # shows the same catalogue the first window checked
        self._relink = None

    # ----------------------------------------------------------------- building

    def _build_widgets(self, size: int) -> None:
        self.sections = SectionsPanel(self.catalogue, self.sections_model, self.stack)
        self.filter_bar = FilterBar()
        self.grid = ThumbnailGrid(thumb_size=size)
        self.grid.setModel(self.proxy)
        self.inspector = Inspector(self.catalogue, self.stack, self.thumbnails)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.grid, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.inspector)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 620, 440])  # at 1280 wide; a saved layout wins
        self.setCentralWidget(self.splitter)
        self.preflight = PreflightPanel(self.catalogue, self.settings)
        self.preflight_dock = QDockWidget(self.tr("Preflight"), self)
        self.preflight_dock.setObjectName("preflightDock")
        self.preflight_dock.setWidget(self.preflight)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.preflight_dock)
        self.preflight_dock.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_label)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.undo_action = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(K.Undo)
        self.redo_action = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(K.Redo)
        self.import_action = self._action(
            self.tr("Import Photos…"),
            lambda: self.import_paths(None),
            "Ctrl+I",
            self.tr("Add photos from files or folders to the catalogue"),
        )
        self.preview_action = self._action(
            self.tr("Full-Screen Preview"), self.show_preview, "F11", self.tr("Check the sequence")
        )
        self.remove_action = self._action(
            self.tr("Remove from Catalogue"), self.remove_selected, K.Delete
        )
        self.open_original_action = self._action(
            self.tr("Open Original"), self.open_original, "Ctrl+Shift+O"
        )
        self.show_folder_action = self._action(
            self.tr("Show in File Manager"), self.show_in_folder, "Ctrl+Alt+R"
        )
        self.edit_title_action = self._action(self.tr("Edit Title"), self.edit_title, "F2")
        self.settings_action = self._action(
            self.tr("Exhibition Settings…"), self.edit_exhibition, "Ctrl+Shift+E"
        )
        self.export_action = self._action(
            self.tr("Export Catalogue…"),
            self.export_catalogue,
            "Ctrl+E",
            self.tr("Write the catalogue as a PDF for print"),
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("New Project…"), self.newRequested.emit, K.New))
        file_menu.addAction(
            self._action(self.tr("Open Project…"), lambda: self.openRequested.emit(None), K.Open)
        )
        self.recent_menu = QMenu(self.tr("Open Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(
            self._action(
                self.tr("Print Documents…"),
                self.print_documents,
                "Ctrl+Shift+D",
                self.tr("Wall labels, checklist, condition reports and the loan record"),
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Export Web Gallery…"),
                self.export_web_gallery,
                "Ctrl+Shift+W",
                self.tr(
                    "A bilingual gallery for phones and websites, opened by the labels' QR codes"
                ),
            )
        )
        self.relink_action = self._action(
            self.tr("Find Missing Originals…"),
            self.relink_originals,
            None,
            self.tr("Search a folder for originals that were moved or renamed"),
        )
        file_menu.addAction(self.relink_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("Send for Translation…"),
                self.send_for_translation,
                "Ctrl+Shift+T",
                self.tr("Texts out to a translator: XLSX, XLIFF or PO"),
            )
        )
        self.import_translation_action = self._action(
            self.tr("Import Translation…"),
            self.import_translation,
            "Ctrl+Shift+I",
            self.tr("Take translated texts back, field by field"),
        )
        file_menu.addAction(self.import_translation_action)
        self.send_action = self._action(
            self.tr("Send to Partner…"),
            self.send_to_partner,
            None,
            self.tr("Make a package (catalogue and previews) for the partner office"),
        )
        self.merge_action = self._action(
            self.tr("Merge from Partner…"),
            self.merge_from_partner,
            None,
            self.tr("Take the partner office's changes from a package they sent"),
        )
        self.conflicts_action = self._action(
            self.tr("Merge Conflicts…"),
            self.show_conflicts,
            None,
            self.tr("Fields changed here and at the partner office: decide which to keep"),
        )
        file_menu.addAction(self.send_action)
        file_menu.addAction(self.merge_action)
        file_menu.addAction(self.conflicts_action)
        file_menu.addAction(
            self._action(self.tr("Open Package…"), self.openPackageRequested.emit, None)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Close Project"), self._close_project, K.Close))
        # Ctrl+Q spelled out: some platforms (Windows, offscreen) have no standard Quit key
        file_menu.addAction(self._action(self.tr("Quit"), self.close, "Ctrl+Q"))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("Select All"), self.grid.selectAll, K.SelectAll))
        edit.addAction(self.edit_title_action)
        edit.addAction(self.remove_action)
        edit.addSeparator()
        edit.addAction(self.settings_action)
        self.loan_record_action = self._action(
            self.tr("Loan Record…"),
            self.edit_loan_record,
            "Ctrl+Shift+L",
            self.tr("Borrower, loan period, insurance and crates"),
        )
        edit.addAction(self.loan_record_action)
        edit.addAction(self._action(self.tr("Preferences…"), self.edit_preferences, K.Preferences))
        self.captions_clipboard = CaptionClipboard(self)
        edit.addActions([self.captions_clipboard.copy_action, self.captions_clipboard.paste_action])
        self.loans = LoanActions(self)
        edit.addMenu(self.loans.menu)
        self.arrange = OrderingActions(self)
        self.menuBar().addMenu(self.arrange.menu)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.preview_action)
        view.addActions([self.open_original_action, self.show_folder_action])
        self.preflight_action = self.preflight_dock.toggleViewAction()
        self.preflight_action.setText(self.tr("Preflight"))
        self.preflight_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preflight_action.setStatusTip(self.tr("What would go wrong in print, kept up to date"))
        view.addAction(self.preflight_action)
        view.addAction(self._action(self.tr("Find"), self._focus_search, K.Find))
        view.addAction(self._action(self.tr("Show All Works"), self._show_all, "Ctrl+Shift+A"))
        view.addSeparator()
        view.addAction(self._action(self.tr("Larger Thumbnails"), lambda: self._zoom(40), K.ZoomIn))
        view.addAction(
            self._action(self.tr("Smaller Thumbnails"), lambda: self._zoom(-40), K.ZoomOut)
        )
        self.help = HelpActions(self)
        self.menuBar().addMenu(self.help.menu)
        self._decorate_toolbar_actions()
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.preview_action)
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.grid.addActions([self.preview_action, self.remove_action, _separator(self)])
        arrange = self.arrange
        self.grid.addActions([arrange.move_up, arrange.move_down, arrange.move_to])
        self.grid.addActions([arrange.section_menu.menuAction(), arrange.sort_menu.menuAction()])
        clipboard = self.captions_clipboard
        self.grid.addActions([_separator(self), clipboard.copy_action, clipboard.paste_action])
        self.grid.addActions([self.loans.menu.menuAction()])
        self.grid.addActions([_separator(self), self.open_original_action, self.show_folder_action])

    def _decorate_toolbar_actions(self) -> None:
        """Icons from the desktop theme (the style's own where it has none) and short labels.

        The toolbar shows ``iconText``: set, it stays short while the Edit menu names the
        command that undo would undo.
        """
        P = QStyle.StandardPixmap
        looks = [
            (self.import_action, "document-import", P.SP_DialogOpenButton, self.tr("Import")),
            (self.undo_action, "edit-undo", P.SP_ArrowBack, self.tr("Undo")),
            (self.redo_action, "edit-redo", P.SP_ArrowForward, self.tr("Redo")),
            (self.preview_action, "view-fullscreen", P.SP_TitleBarMaxButton, self.tr("Preview")),
            (self.export_action, "document-export", P.SP_DialogSaveButton, self.tr("Export")),
        ]
        settings = self.tr("Exhibition Settings")
        looks.append(
            (self.settings_action, "document-properties", P.SP_FileDialogInfoView, settings)
        )
        for action, theme, fallback, short in looks:
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
            action.setIconText(short)

    def _connect(self) -> None:
        self.events.changed.connect(self.works_model.apply_changes)
        self.events.changed.connect(self.sections_model.apply_changes)
        self.events.changed.connect(self._store_changed)
        self.events.changed.connect(self.preflight.schedule)
        self.preflight.findingActivated.connect(self._finding_activated)
        self.works_model.moveRequested.connect(self._move_requested)
        self.works_model.filesDropped.connect(self.import_paths)
        self.works_model.modelAboutToBeReset.connect(self._remember_selection)
        self.works_model.modelReset.connect(self._restore_selection)
        self.works_model.countsChanged.connect(self._update_status)
        self.sections_model.worksDropped.connect(self._move_to_section)
        self.sections.sectionSelected.connect(self._section_selected)
        self.filter_bar.changed.connect(self._filter_changed)
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grid.activatedWork.connect(lambda _id: self.show_preview())

    @Slot(object)
    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    # ----------------------------------------------------------------- selection

    def selected_ids(self) -> list[int]:
        return self.grid.selected_ids()

    def selected_works(self) -> list[Work]:
        found = (self.works_model.work(i) for i in self.selected_ids())
        return [w for w in found if w is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.grid.selectionModel()
        selection.clearSelection()
        first = None
        for wid in ids:
            index = self.proxy.mapFromSource(self.works_model.index_of(wid))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.grid.scrollTo(first)

    @Slot()
    def _selection_changed(self, *_args) -> None:
        self.inspector.show_works(self.selected_works())
        if self.isVisible():
            QTimer.singleShot(0, self._keep_inspector_whole)  # once its layout has settled

    @Slot()
    def _remember_selection(self) -> None:
        self._keep_selection = self.selected_ids()

    @Slot()
    def _restore_selection(self) -> None:
        self.select_ids(self._keep_selection)
        self._selection_changed()

    # ----------------------------------------------------------------- store changes

    @Slot(object)
    def _store_changed(self, changes) -> None:
        """After the models: refresh what the changes name (the inspector only for its works)."""
        kinds = {c.kind for c in changes}
        if kinds & {"sections", "exhibition"}:
            self._refresh_sections()
        if "exhibition" in kinds:
            self._update_title()
        self.inspector.apply_changes(changes, self.selected_works())

    def _refresh_sections(self) -> None:
        self.inspector.set_sections(self.sections_model.sections(), self.sections_model.title)
        self._show_dividers()

    def _show_dividers(self) -> None:
        """Section dividers in the grid while it shows all works of a catalogue with sections."""
        model = self.sections_model
        titles = {s.id: model.title(s) for s in model.sections()}
        if titles and self._filter.section == ALL_SECTIONS:
            self.grid.set_section_dividers({**titles, None: self.tr("Without section")})
        else:
            self.grid.set_section_dividers(None)

    def _update_title(self) -> None:
        langs = self.catalogue.languages
        title = self.catalogue.exhibition().value("title", langs[0], langs[1:])
        name = title or self.catalogue.root.name
        self.setWindowTitle(self.tr("{project} — Exhibit").format(project=name))

    @Slot()
    def _update_status(self) -> None:
        works, lacking, warned = self.works_model.counts()
        parts = [
            MainWindow.tr("%n work(s)", "", works),
            MainWindow.tr("%n without complete translation", "", lacking),
            MainWindow.tr("%n with warnings", "", warned),
        ]
        shown = self.proxy.rowCount()
        if shown != works:
            parts.insert(1, MainWindow.tr("%n shown", "", shown))
        self.status_label.setText("  ·  ".join(parts))
        self.export_action.setEnabled(works > 0)

    # ----------------------------------------------------------------- filters

    @Slot(int)
    def _section_selected(self, section_id: int) -> None:
        self._apply_filter(WorkFilter(**{**_fields(self._filter), "section": section_id}))

    @Slot(object)
    def _filter_changed(self, value: WorkFilter) -> None:
        self._apply_filter(WorkFilter(**{**_fields(value), "section": self._filter.section}))

    def _apply_filter(self, value: WorkFilter) -> None:
        self._filter = value
        self.proxy.set_filter(value)
        self._show_dividers()
        self._update_status()

    def _show_all(self) -> None:
        self.filter_bar.reset()
        self.sections.select(ALL_SECTIONS)

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _zoom(self, step: int) -> None:
        size = max(80, min(400, self.works_model.thumb_size + step))
        self.works_model.thumb_size = size
        self.grid.set_thumb_size(size)
        self.settings.set(S.THUMBNAIL_SIZE, size)

    # ----------------------------------------------------------------- edits

    @Slot(object, object, object)
    def _move_requested(self, ids: list[int], section_id: int | None, before: int | None) -> None:
        self.stack.push_command(MoveWorksCommand(self.catalogue, ids, section_id, before))

    @Slot(object, object)
    def _move_to_section(self, ids: list[int], section_id: int | None) -> None:
        label = lambda: MainWindow.tr("Move to another section")  # noqa: E731
        self.stack.push_command(MoveWorksCommand(self.catalogue, ids, section_id, None, label))

    @guard_slot
    def remove_selected(self, *_args) -> None:
        works = self.selected_works()
        if works and self.stack.push_command(
            DeleteWorksCommand(self.catalogue, [w.id for w in works])
        ):
            undo = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if len(works) == 1:
                text = self.tr("Removed No. {number} “{title}”. {undo} puts it back.").format(
                    number=works[0].number,
                    title=self.works_model.title(works[0]) or Path(works[0].original.path).name,
                    undo=undo,
                )
            else:
                text = MainWindow.tr("Removed %n work(s). {undo} puts them back.", "", len(works))
                text = text.format(undo=undo)
            self.statusBar().showMessage(text, 15_000)

    @guard_slot
    def open_original(self, *_args) -> None:
        """The selected work's original in the desktop's own program (never changed by us)."""
        from exhibit.ui.dialogs.export_dialog import open_with_desktop

        for work in self.selected_works()[:1]:
            open_with_desktop(self.catalogue.original_path(work))

    @guard_slot
    def show_in_folder(self, *_args) -> None:
        from exhibit.ui.dialogs.export_dialog import open_with_desktop

        for work in self.selected_works()[:1]:
            open_with_desktop(self.catalogue.original_path(work).parent)

    def edit_title(self, *_args) -> None:
        """F2: the cursor into the title of the selected work, in the UI's language."""
        if len(self.selected_ids()) == 1:
            self.inspector.focus_field("title", shown_first(self.catalogue.languages)[0])

    @guard_slot
    def edit_exhibition(self, *_args) -> None:
        from exhibit.ui.dialogs.exhibition_settings import ExhibitionSettingsDialog

        dialog = ExhibitionSettingsDialog(self.catalogue, self)
        if dialog.exec() and (command := dialog.command()) is not None:
            self.stack.push_command(command)

    @guard_slot
    def edit_loan_record(self, *_args) -> None:
        from exhibit.ui.dialogs.loan_record import LoanRecordDialog

        dialog = LoanRecordDialog(self.catalogue, self)
        if dialog.exec() and (command := dialog.command()) is not None:
            self.stack.push_command(command)

    @guard_slot
    def edit_preferences(self, *_args) -> None:
        from exhibit.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            size = int(self.settings.get(S.THUMBNAIL_SIZE))  # type: ignore[arg-type]
            self._zoom(size - self.works_model.thumb_size)
            self.preferencesChanged.emit()

    # ----------------------------------------------------------------- import

    def ask_import_paths(self) -> list[Path]:
        start = str(self.settings.get(S.LAST_FOLDER) or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of photos"), start)
        return [Path(folder)] if folder else []

    @guard_slot
    def import_paths(self, paths: list[Path] | None = None) -> None:
        """Import files and folders (asks for a folder when none are given)."""
        if self.catalogue.read_only:  # a drop on a read-only catalogue: the banner says why
            return
        paths = list(paths) if paths else self.ask_import_paths()
        if not paths:
            return
        self.settings.set(S.LAST_FOLDER, str(paths[0].parent if paths[0].is_file() else paths[0]))
        from exhibit.ingest.importer import ImportOptions
        from exhibit.ui.dialogs.import_dialog import ImportDialog

        # the job count, stated once in core.jobs, as the command line's --jobs defaults to it
        options = ImportOptions(jobs=default_workers())
        dialog = ImportDialog.for_paths(self.catalogue, paths, options, parent=self)
        dialog.report_ready.connect(self.import_finished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._import_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "_import_dialog", None))
        dialog.open()

    @Slot(object)
    def import_finished(self, report) -> None:
        """Make the finished import one undo step: undoing it removes the works it made."""
        ids = [o.work_id for o in report.outcomes if o.outcome is Outcome.IMPORTED and o.work_id]
        if ids:
            command = ImportCommand(self.catalogue, ids)
            self.stack.push_command(command)
            self.works_model.apply_changes([])
            self.select_ids(ids[:1])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and not self.catalogue.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ----------------------------------------------------------------- export

    @guard_slot
    def send_for_translation(self, *_args) -> None:
        from exhibit.ui.dialogs.translation_dialogs import SendForTranslationDialog

        if len(self.catalogue.languages) < 2:
            return
        dialog = SendForTranslationDialog(self.catalogue, self._last_folder(), self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(
                self.tr("Saved for translation: {file}").format(file=dialog.written), 8000
            )

    def import_translation(self, *_args, path: Path | None = None) -> None:
        from exhibit.ui.dialogs.translation_dialogs import (
            ImportTranslationDialog,
            choose_translation_file,
        )

        path = path or choose_translation_file(self, self._last_folder())
        if path is None:
            return
        try:
            dialog = ImportTranslationDialog(self.catalogue, path, self.stack, self)
        except Exception as exc:  # an unreadable file: say so, change nothing
            self.show_error(exc)
            return
        dialog.exec()

    def _last_folder(self) -> Path:
        return Path(str(self.settings.get(S.LAST_FOLDER) or Path.home()))

    def export_web_gallery(self, *_args) -> None:
        from exhibit.ui.dialogs.web_dialog import WebGalleryDialog

        start = Path(str(self.settings.get(S.LAST_FOLDER) or Path.home()))
        dialog = WebGalleryDialog(self.catalogue, start, self, self.stack)
        dialog.exec()

    def export_catalogue(self, *_args) -> None:
        """Open the export dialog (options, preflight, progress; it opens the PDF when done)."""
        if self._export_dialog is not None:
            self._export_dialog.raise_()
            return
        if not self.works_model.works():
            return
        from exhibit.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.catalogue, self.settings, self)
        dialog.exported.connect(self._catalogue_exported)
        dialog.finished.connect(self.preflight.schedule)  # the options may have changed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._export_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "_export_dialog", None))
        dialog.open()

    @guard_slot
    def print_documents(self, *_args) -> None:
        """Open the documents dialog (labels, checklist, condition reports, loan record)."""
        from exhibit.ui.dialogs.documents_dialog import DocumentsDialog

        dialog = DocumentsDialog(self.catalogue, self.settings, self.selected_ids(), self)
        dialog.written.connect(self._document_written)
        dialog.exec()

    @Slot(object)
    def _document_written(self, result) -> None:
        text = self.tr("Written: {file} ({pages} pages)").format(
            file=result.path.name, pages=result.pages
        )
        self.statusBar().showMessage(text, 10_000)

    @Slot(object)
    def _catalogue_exported(self, result) -> None:
        text = self.tr("Catalogue written: {file}").format(file=result.path.name)
        self.statusBar().showMessage(text, 10_000)

    @guard_slot
    def _finding_activated(self, finding) -> None:
        """Select the work a preflight finding is about and put the cursor in its field."""
        work = next((w for w in self.works_model.works() if w.number == finding.work), None)
        if finding.work is None or work is None:
            return
        if not self.proxy.mapFromSource(self.works_model.index_of(work.id)).isValid():
            self._show_all()  # filtered out: show every work again
        self.select_ids([work.id])
        if finding.field:
            self.inspector.focus_field(finding.field, finding.language)

    # ----------------------------------------------------------------- partner office

    @guard_slot
    def send_to_partner(self, *_args) -> None:
        from exhibit.ui.dialogs.partner import send_to_partner

        send_to_partner(self)

    @guard_slot
    def merge_from_partner(self, *_args) -> None:
        from exhibit.ui.dialogs.partner import merge_from_partner

        merge_from_partner(self)

    @guard_slot
    def show_conflicts(self, *_args) -> None:
        from exhibit.ui.dialogs.partner import ConflictsDialog

        dialog = ConflictsDialog(self.catalogue, self.stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ----------------------------------------------------------------- preview

    @guard_slot
    def show_preview(self, *_args) -> None:
        from exhibit.ui.widgets.preview import FullScreenPreview

        works = self.works_model.works()
        if not works:
            return
        selected = self.selected_ids()
        start = self.works_model.row_of(selected[0]) if selected else 0
        self._preview = FullScreenPreview(self.catalogue, works, start or 0, self.thumbnails)
        self._preview.closed.connect(lambda wid: self.select_ids([wid]))
        self._preview.destroyed.connect(lambda *_: setattr(self, "_preview", None))
        self._preview.showFullScreen()
        self._preview.show_at(start or 0)
        self._preview.activateWindow()

    # ----------------------------------------------------------------- recent, close

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.openRequested.emit(p))
        self.recent_menu.setEnabled(True)

    def _close_project(self) -> None:
        if self.close():
            self.startPageRequested.emit()

    def relink_originals(self, *_args) -> None:
        self._relink = relink_originals(self.catalogue, self)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            if not self._sensible_size():  # squeezed, or saved on a larger screen
                self._first_size()
        else:  # first start: most of the screen, never more than it
            self._first_size()
        state = self.settings.get(S.SPLITTER_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        self._panels_sized_by_user = isinstance(state, QByteArray) and not state.isEmpty()
        self._panels_checked = False  # checked against the window when it is first shown
        state = self.settings.get(S.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.preflight_dock.setVisible(bool(self.settings.get(S.PREFLIGHT_PANEL)))
        self.preflight_action.toggled.connect(lambda on: self.settings.set(S.PREFLIGHT_PANEL, on))

    def _sensible_size(self) -> bool:
        """A restored size that fits the screen and is not squeezed below what is usable."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return True
        area = screen.availableGeometry()
        least_w, least_h = min(area.width(), 900), min(area.height(), 560)
        size = self.size()
        too_big = size.width() > area.width() or size.height() > area.height()
        return size.width() >= least_w and size.height() >= least_h and not too_big

    _panels_checked = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._panels_checked:
            self._panels_checked = True
            QTimer.singleShot(0, self._fit_panels_if_needed)  # once the splitter has its width

    def _fit_panels_if_needed(self) -> None:
        if self._panels_sized_by_user and self._panels_usable():
            return
        self._fit_panels()

    def _panels_usable(self) -> bool:
        sizes = self.splitter.sizes()
        return len(sizes) == 3 and min(sizes) > 40 and sizes[2] >= self._inspector_width()

    def _inspector_width(self) -> int:
        """The inspector's content at its narrowest (both caption columns whole)."""
        bar = self.inspector.verticalScrollBar().sizeHint().width()
        content = self.inspector.widget().minimumSizeHint().width()
        return content + bar + 2 * self.inspector.frameWidth() + 4

    def _keep_inspector_whole(self) -> None:
        """The captions of a work just shown need more width: take it from the grid."""
        sizes = self.splitter.sizes()
        need = self._inspector_width() - sizes[2]
        spare = sizes[1] - self.grid.parentWidget().minimumSizeHint().width()
        if need > 0 and spare > 0:
            give = min(need, spare)
            self.splitter.setSizes([sizes[0], sizes[1] - give, sizes[2] + give])

    def _fit_panels(self) -> None:
        """Panel sizes from the window's width: sections, the grid, the inspector whole."""
        total = sum(self.splitter.sizes()) or self.width()
        inspector = max(self._inspector_width(), int(total * 0.34))
        sections = max(120, int(total * 0.16))
        self.splitter.setSizes([sections, max(160, total - sections - inspector), inspector])

    def _first_size(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(area.width(), max(1280, int(area.width() * 0.85)))
        height = min(area.height(), max(800, int(area.height() * 0.85)))
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.originals.stop()
        self.rebuilder.stop()
        dialog = self._import_dialog
        if dialog is not None and dialog.running:
            dialog.stop_and_wait()  # what was imported stays; the report still arrives
        if self._export_dialog is not None:
            self._export_dialog.stop_and_wait()  # the previous PDF stays as it was
        if self._preview is not None:
            self._preview.close()
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(S.WINDOW_STATE, self.saveState())
        self.preflight.stop()
        self.events.close()
        self.thumbnails.drop_queued()
        self.thumbnails.wait_idle()
        super().closeEvent(event)
        self.closed.emit()


def _separator(parent) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action


def _fields(value: WorkFilter) -> dict:
    return {name: getattr(value, name) for name in WorkFilter.__dataclass_fields__}
