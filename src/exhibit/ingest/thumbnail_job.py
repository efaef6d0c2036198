"""Rebuilding cached thumbnails that are missing (the cache folder was deleted or damaged).

``missing_thumbnails`` lists the works whose thumbnail file is not in the project's cache;
the job reads that list when it is made, on the thread that owns the catalogue. ``run`` then
reads their originals again on the bounded worker pool (the import's probe, each file bounded
in time and memory) and writes the thumbnails back into the cache: it touches only files
(thumbnails are named by content hash), never the catalogue, so it may run on any thread. An
original that is gone or no longer the photo that was imported is reported and its thumbnail
stays missing: one outcome per missing thumbnail, OK when it was rebuilt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from exhibit.core.errors import CatalogueValueError
from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
)
from exhibit.core.store import Catalogue
from exhibit.ingest.workers import RunnerOptions, run_probes


@dataclass(frozen=True, slots=True)
class MissingThumbnail:
    """A work whose cached thumbnail file is missing, and where its original is."""

    number: int
    work_id: int
    original: Path
    sha256: str
    target: Path


def missing_thumbnails(catalogue: Catalogue) -> list[MissingThumbnail]:
    """Works whose thumbnail is not in the cache (a hash that is not one is skipped)."""
    found = []
    try:
        present = set(os.listdir(catalogue.paths.thumbnails))
    except OSError:
        present = set()
    for work in catalogue.works():
        try:
            target = catalogue.thumbnail_path(work)
        except CatalogueValueError:
            continue  # no file can be named after it; the export and check say so
        if target.name not in present:
            path = catalogue.original_path(work)
            found.append(MissingThumbnail(work.number, work.id, path, work.original.sha256, target))
    return found


class ThumbnailJob:
    """Make the missing thumbnails again from the originals (see the module docstring)."""

    def __init__(self, catalogue: Catalogue, *, jobs: int | None = None) -> None:
        # Read here, on the thread that owns the catalogue; run() only reads and writes files.
        self._missing = missing_thumbnails(catalogue)
        self._languages = catalogue.languages
        self.jobs = jobs

    def check(self) -> Plan:
        missing = len(self._missing)
        return Plan(f"rebuild {missing} missing thumbnails", missing)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        """Rebuild on any thread (it touches no catalogue, only the cache's files)."""
        missing, languages = list(self._missing), self._languages
        clock = ProgressClock(progress, len(missing), "thumbnails")
        by_path: dict[str, list[MissingThumbnail]] = {}
        for item in missing:
            by_path.setdefault(str(item.original), []).append(item)
        outcomes: list[FileOutcome] = []
        for item in [i for i in missing if not i.original.is_file()]:
            missing.remove(item)  # gone: no worker needed to say so
            by_path[str(item.original)].remove(item)
            outcomes.append(_gone(item))
            clock.report(str(item.original), advance=1)
        for folder, items in _by_folder(missing).items():
            options = RunnerOptions(
                workers=self.jobs or None,
                inline=self.jobs == 0,
                thumb_dir=str(folder),
                abandon_on_cancel=True,  # closing the window need not wait for a slow file
            )
            paths = [i.original for i in items]
            for path, result in run_probes(paths, languages, options, cancel):
                item = by_path[str(path)].pop(0)
                outcomes.append(_outcome(item, result))
                clock.report(str(path), advance=1)
        return JobReport(
            tuple(outcomes), cancel.cancelled, clock.elapsed, clock.total - len(outcomes)
        )


def _by_folder(missing: list[MissingThumbnail]) -> dict[Path, list[MissingThumbnail]]:
    folders: dict[Path, list[MissingThumbnail]] = {}
    for item in missing:
        folders.setdefault(item.target.parent, []).append(item)
    return folders


def _gone(item: MissingThumbnail) -> FileOutcome:
    return FileOutcome(
        str(item.original),
        Outcome.FAILED,
        item.number,
        work_id=item.work_id,
        reason="missing_original",
        message=f"thumbnail of No. {item.number} not rebuilt: the original file is missing",
    )


def _outcome(item: MissingThumbnail, result) -> FileOutcome:
    path = str(item.original)
    if not result.ok:
        return FileOutcome(
            path,
            Outcome.FAILED,
            item.number,
            work_id=item.work_id,
            reason=result.reason,
            message=f"thumbnail of No. {item.number} not rebuilt: {result.message}",
        )
    if result.sha256 != item.sha256:
        return FileOutcome(
            path,
            Outcome.CHANGED,
            item.number,
            work_id=item.work_id,
            reason="changed_original",
            message=f"thumbnail of No. {item.number} not rebuilt: the original has changed",
        )
    return FileOutcome(
        path,
        Outcome.OK,
        item.number,
        work_id=item.work_id,
        message=f"thumbnail of No. {item.number} rebuilt",
    )
