"""Thumbnails from the project's cache, decoded off the window's thread and kept in an LRU cache.

    cache = ThumbnailCache(catalogue.paths.thumbnail)
    pixmap = cache.pixmap(sha256, 160)   # None at first: a load is queued
    cache.ready.connect(on_ready)        # (sha256) once the image is in the cache

A small QThreadPool decodes the cached JPEG (already upright) with ``QImageReader`` scaled to
the size asked for; only QImage crosses threads, the QPixmap is made on the window's thread.
Only what a view paints is asked for, so 10 000 works never load 10 000 images; when the view
scrolls far, ``drop_queued()`` forgets loads that have not started.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap

from exhibit.core.errors import ExhibitError

DEFAULT_BUDGET = 128 * 1024 * 1024  # bytes of pixmaps kept


class _Relay(QObject):
    loaded = Signal(str, int, QImage)  # sha256, size, image (null when unreadable)


class _Load(QRunnable):
    def __init__(self, path: Path, sha256: str, size: int, relay: _Relay) -> None:
        super().__init__()
        self.path, self.sha256, self.size, self.relay = path, sha256, size, relay

    def run(self) -> None:
        self.relay.loaded.emit(self.sha256, self.size, read_scaled(self.path, self.size))


def read_scaled(path: Path, size: int) -> QImage:
    """The image at ``path`` decoded to fit a ``size`` square (null image when unreadable)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image if not image.isNull() else QImage()


class ThumbnailCache(QObject):
    ready = Signal(str)  # sha256

    def __init__(
        self,
        locate: Callable[[str], Path],
        parent: QObject | None = None,
        budget: int = DEFAULT_BUDGET,
        threads: int = 2,
    ) -> None:
        super().__init__(parent)
        self._locate = locate
        self._budget = budget
        self._used = 0
        self._cache: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._unreadable: set[tuple[str, int]] = set()
        self._queued: set[tuple[str, int]] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._on_loaded)

    def pixmap(self, sha256: str, size: int) -> QPixmap | None:
        """The cached pixmap, or None while it loads (or when there is no thumbnail)."""
        key = (sha256, size)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if key not in self._unreadable and key not in self._queued and sha256:
            try:
                path = self._locate(sha256)
            except ExhibitError:  # a hash that cannot name a file: no thumbnail
                self._unreadable.add(key)
                return None
            self._queued.add(key)
            self._pool.start(_Load(path, sha256, size, self._relay))
        return None

    def refresh(self, sha256s: list[str]) -> None:
        """These thumbnails are (back) in the cache: load them when next asked for."""
        for sha256 in sha256s:
            self._unreadable = {k for k in self._unreadable if k[0] != sha256}
            self.ready.emit(sha256)

    def unreadable(self, sha256: str, size: int) -> bool:
        return (sha256, size) in self._unreadable

    def drop_queued(self) -> None:
        """Forget loads not yet started (the view has scrolled away from them)."""
        self._pool.clear()
        self._queued.clear()

    def wait_idle(self, msecs: int = 5000) -> bool:
        """For tests and shutdown: wait until queued loads have run."""
        return self._pool.waitForDone(msecs)

    @Slot(str, int, QImage)
    def _on_loaded(self, sha256: str, size: int, image: QImage) -> None:
        key = (sha256, size)
        self._queued.discard(key)
        if image.isNull():
            self._unreadable.add(key)
        else:
            pixmap = QPixmap.fromImage(image)
            self._cache[key] = pixmap
            self._used += _cost(pixmap)
            while self._used > self._budget and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._used -= _cost(old)
        self.ready.emit(sha256)


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
