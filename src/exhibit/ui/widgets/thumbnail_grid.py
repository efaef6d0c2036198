"""The thumbnail grid: a QListView in icon mode over the (filtered) works model.

Dragging works within the grid places them before the work under the pointer (after it, on
its right half), which the model turns into a move request; the grid draws where they will
land. Files dropped from a file manager go to the model too (``filesDropped``). Scrolling
far drops queued thumbnail loads so the ones now visible come first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView

from exhibit.ui.models.works_model import MIME_WORKS, Role
from exhibit.ui.widgets.work_delegate import WorkDelegate


class ThumbnailGrid(QListView):
    activatedWork = Signal(int)  # work id (double click or Enter)

    def __init__(self, parent=None, thumb_size: int = 160) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # Static movement turned the viewport's drops off; drag events reach the view through
        # its viewport only (QAbstractScrollArea drops the rest), so reordering did nothing
        self.viewport().setAcceptDrops(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = WorkDelegate(thumb_size, self)
        self.setItemDelegate(self.delegate)
        self._drop_at: tuple[int, bool] | None = None  # row, after
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(150)
        self._scroll_timer.timeout.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self._last_scroll = 0
        self.activated.connect(self._on_activated)
        self.setObjectName("thumbnailGrid")

    def set_section_dividers(self, titles: dict[int | None, str] | None) -> None:
        """Section names over the first work of each section ("All works"); None: none."""
        self.delegate.section_titles = titles
        self.viewport().update()

    def set_thumb_size(self, size: int) -> None:
        self.delegate.thumb_size = size
        self.scheduleDelayedItemsLayout()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activatedWork.emit(index.data(Role.ID))

    def selected_ids(self) -> list[int]:
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i.data(Role.ID) for i in rows]

    # ----------------------------------------------------------------- scrolling

    def _on_scroll(self, value: int) -> None:
        if abs(value - self._last_scroll) > self.viewport().height():
            self._scroll_timer.start()

    def _scrolled(self) -> None:
        self._last_scroll = self.verticalScrollBar().value()
        source = self.model().sourceModel() if hasattr(self.model(), "sourceModel") else None
        cache = getattr(source or self.model(), "thumbnails", None)
        if cache is not None:
            cache.drop_queued()
            self.viewport().update()

    # ----------------------------------------------------------------- drag and drop

    def drop_position(self, pos: QPoint) -> tuple[int, bool]:
        """(row, after) for a drop at ``pos``: before or after the work under it."""
        index = self.indexAt(pos)
        count = self.model().rowCount()
        if not index.isValid():
            return (count - 1, True) if count else (0, False)
        rect = self.visualRect(index)
        return index.row(), pos.x() > rect.center().x()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_WORKS) or event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        data = event.mimeData()
        if data.hasFormat(MIME_WORKS):
            self._drop_at = self.drop_position(event.position().toPoint())
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.viewport().update()
        elif data.hasUrls():
            self._drop_at = None
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drop_at = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        self._drop_at = None
        self.viewport().update()
        if data.hasFormat(MIME_WORKS):
            row, after = self.drop_position(event.position().toPoint())
            self.drop_works_at(data, row, after)
            # the move is done by the store; the view must not remove the dragged rows
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        elif data.hasUrls():
            self.model().dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_works_at(self, data, row: int, after: bool) -> bool:
        """Drop dragged works before (or after) the row; also used by the tests."""
        model = self.model()
        target = row + 1 if after else row
        return model.dropMimeData(data, Qt.DropAction.MoveAction, target, 0, QModelIndex())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._drop_at is None or self.model().rowCount() == 0:
            return
        row, after = self._drop_at
        rect: QRect = self.visualRect(self.model().index(row, 0))
        x = rect.right() + 2 if after else rect.left() - 2
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor(self.palette().highlight().color()), 3))
        painter.drawLine(x, rect.top() + 4, x, rect.bottom() - 4)
        painter.end()
