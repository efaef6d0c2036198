"""Full-screen preview of the works in exhibition order, to check the sequence.

Arrow keys (and Page Up/Down, Space, Home, End) step through the works, Esc closes. The photo
is decoded from the original, scaled to the screen, off the window's thread; until it is there
(or when the original is missing) the cached thumbnail stands in. Title and caption in every
project language are shown under the photo, for proofreading. Z (or 1) shows the photo at
1:1, one pixel of the original to one pixel of the screen, centred; Z again fits it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from exhibit.core.model import Work
from exhibit.core.store import Catalogue
from exhibit.ui.models.thumbnails import ThumbnailCache

FALLBACK_SIZE = 512
PRELOAD = 2  # works ahead and behind decoded in advance


class FullScreenPreview(QWidget):
    closed = Signal(int)  # the id of the work shown last

    def __init__(
        self,
        catalogue: Catalogue,
        works: list[Work],
        start: int,
        thumbnails: ThumbnailCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("fullScreenPreview")
        self.setWindowTitle(self.tr("Preview"))
        self.works = works
        self.position = max(0, min(start, len(works) - 1))
        self.languages = catalogue.languages
        self.thumbnails = thumbnails
        originals = {w.original.sha256: catalogue.original_path(w) for w in works}
        self.originals = ThumbnailCache(
            lambda sha: originals.get(sha, Path()), self, budget=256 * 1024 * 1024
        )
        self.originals.ready.connect(self._ready)
        thumbnails.ready.connect(self._ready)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoomed: QImage | None = None  # the original at full size while shown 1:1
        self.catalogue = catalogue

    @property
    def current(self) -> Work | None:
        return self.works[self.position] if self.works else None

    def _size(self) -> int:
        return max(800, max(self.width(), self.height()))

    def show_at(self, position: int) -> None:
        if not self.works:
            return
        self.position = max(0, min(position, len(self.works) - 1))
        for pos in range(self.position - PRELOAD, self.position + PRELOAD + 1):
            if 0 <= pos < len(self.works):
                self.originals.pixmap(self.works[pos].original.sha256, self._size())
        self.update()

    @Slot(str)
    def _ready(self, sha256: str) -> None:
        if self.current is not None and self.current.original.sha256 == sha256:
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        K = Qt.Key
        steps = {K.Key_Right: 1, K.Key_Down: 1, K.Key_PageDown: 1, K.Key_Space: 1}
        steps |= {K.Key_Left: -1, K.Key_Up: -1, K.Key_PageUp: -1, K.Key_Backspace: -1}
        if key == K.Key_Escape:
            self.close()
        elif event.keyCombination() == QKeySequence("Ctrl+Q")[0]:  # Ctrl+Q quits from every page
            self.close()
            QApplication.closeAllWindows()
        elif key in (K.Key_Z, K.Key_1):
            self.toggle_zoom()
        elif key in steps:
            self.zoomed = None
            self.show_at(self.position + steps[key])
        elif key == K.Key_Home:
            self.show_at(0)
        elif key == K.Key_End:
            self.show_at(len(self.works) - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.current is not None:
            self.closed.emit(self.current.id)
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111"))
        work = self.current
        if work is None:
            return
        lines = self.caption_lines(work)
        caption_height = (painter.fontMetrics().height() + 6) * len(lines) + 40
        area = self.rect().adjusted(30, 30, -30, -caption_height)
        if self.zoomed is not None:
            target = QRect(0, 0, *_device_size(self.zoomed, self.devicePixelRatioF()))
            target.moveCenter(area.center())
            painter.setClipRect(area)
            painter.drawImage(target, self.zoomed)
            painter.setClipping(False)
            self._paint_caption(painter, work, area.bottom() + 16)
            return
        sha = work.original.sha256
        pixmap = self.originals.pixmap(sha, self._size()) or self.thumbnails.pixmap(
            sha, FALLBACK_SIZE
        )
        if pixmap is not None:
            size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pixmap)
        self._paint_caption(painter, work, area.bottom() + 16)

    def _paint_caption(self, painter: QPainter, work: Work, top: int) -> None:
        painter.setPen(QColor("#eee"))
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        painter.setFont(font)
        line = painter.fontMetrics().height() + 4
        counter = self.tr("No. {number} · {position} of {count}").format(
            number=work.number, position=self.position + 1, count=len(self.works)
        )
        lines = [counter, *self.caption_lines(work)[1:]]
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        y = top
        for text in lines:
            rect = QRect(20, y, self.width() - 40, line * 3)
            used = painter.boundingRect(rect, flags, text)
            painter.drawText(rect, flags, text)
            y += max(line, used.height()) + 2

    def caption_lines(self, work: Work) -> list[str]:
        """The counter, then title and caption in each project language (those written)."""
        lines = [""]
        for lang in self.languages:
            title, caption = work.text("title", lang).text, work.text("caption", lang).text
            lines += [t for t in (title, caption) if t.strip()]
        return lines

    def toggle_zoom(self) -> None:
        """1:1 with the original's own pixels (read when asked), or back to fitting the screen."""
        work = self.current
        if self.zoomed is not None or work is None:
            self.zoomed = None
        else:
            reader = QImageReader(str(self.catalogue.original_path(work)))
            reader.setAutoTransform(True)  # upright, as the catalogue prints it
            image = reader.read()
            self.zoomed = None if image.isNull() else image
        self.update()


def _device_size(image: QImage, ratio: float) -> tuple[int, int]:
    """The image's size in this widget's units when one image pixel is one screen pixel."""
    return round(image.width() / ratio), round(image.height() / ratio)
