"""Rescan and relink: find originals that went missing, moved or changed, and point works
back at them by searching a folder for the same SHA-256 (renamed files included).

Original files are only read, never modified, moved or deleted.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
)
from exhibit.core.model import Problem, Work
from exhibit.core.project import current_sha256, file_sha256, stored_path
from exhibit.core.store import Catalogue

MISSING = "missing_original"
CHANGED = "changed_original"
_STATE_CODES = (MISSING, CHANGED)


def original_state(cat: Catalogue, work: Work) -> Outcome:
    """OK, MISSING or CHANGED for one work's original; hashes only when size or time moved."""
    try:
        digest = current_sha256(cat.original_path(work), work.original)
    except OSError:
        return Outcome.MISSING
    return Outcome.OK if digest == work.original.sha256 else Outcome.CHANGED


def _record_state(cat: Catalogue, work: Work, state: Outcome) -> None:
    kept = tuple(p for p in work.problems if p.code not in _STATE_CODES)
    path = work.original.path
    if state is Outcome.MISSING:
        kept += (Problem(MISSING, f"{path}: the original file is missing"),)
    elif state is Outcome.CHANGED:
        kept += (Problem(CHANGED, f"{path}: the original file has changed since import"),)
    if kept != work.problems and not cat.read_only:  # a reader reports, never writes
        cat.set_problems(work.id, kept)


class RescanJob:
    """Check every work's original; note missing and changed ones on the work."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def check(self) -> Plan:
        n = self.catalogue.count_works()
        return Plan(f"check the originals of {n} works", total=n)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        works = self.catalogue.works()
        clock = ProgressClock(progress, len(works), "rescan")
        outcomes = []
        for work in works:
            if cancel.cancelled:
                break
            clock.report(work.original.path)
            state = original_state(self.catalogue, work)
            _record_state(self.catalogue, work, state)
            outcomes.append(_outcome(work, state))
            clock.report(work.original.path, advance=1)
        return JobReport(
            tuple(outcomes), cancel.cancelled, clock.elapsed, len(works) - len(outcomes)
        )


def _outcome(work: Work, state: Outcome) -> FileOutcome:
    messages = {
        Outcome.OK: "",
        Outcome.MISSING: f"{work.original.path}: the original file is missing",
        Outcome.CHANGED: f"{work.original.path}: the original file has changed since import",
    }
    return FileOutcome(
        work.original.path,
        state,
        work.number,
        work_id=work.id,
        reason=state.value if state is not Outcome.OK else "",
        message=messages[state],
    )


class RelinkJob:
    """Search a folder (recursively) for originals of missing or changed works, by SHA-256."""

    def __init__(self, catalogue: Catalogue, folder: Path) -> None:
        self.catalogue = catalogue
        self.folder = Path(folder)

    def check(self) -> Plan:
        errors = () if self.folder.is_dir() else (f"{self.folder}: no such folder",)
        return Plan(f"search {self.folder} for missing originals", errors=errors)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        start = time.monotonic()
        plan = self.check()
        if plan.errors:
            from exhibit.core.errors import ExhibitError

            raise ExhibitError(plan.errors[0])
        lost = [
            w for w in self.catalogue.works() if original_state(self.catalogue, w) is not Outcome.OK
        ]
        by_size: dict[int, list[Work]] = {}
        for w in lost:
            by_size.setdefault(w.original.size, []).append(w)
        candidates = [p for p in _files(self.folder) if _size(p) in by_size]
        clock = ProgressClock(progress, len(candidates), "relink")
        wanted = {w.original.sha256: w for w in lost}
        outcomes: list[FileOutcome] = []
        for path in candidates:
            if cancel.cancelled or not wanted:
                break
            clock.report(str(path))
            outcomes += self._try(path, wanted)
            clock.report(str(path), advance=1)
        for w in wanted.values():
            outcomes.append(
                FileOutcome(
                    w.original.path,
                    Outcome.MISSING,
                    w.number,
                    work_id=w.id,
                    reason="not_found",
                    message=f"{w.original.path}: no file with the same content in {self.folder}",
                )
            )
        return JobReport(tuple(outcomes), cancel.cancelled, time.monotonic() - start)

    def _try(self, path: Path, wanted: dict[str, Work]) -> list[FileOutcome]:
        try:
            digest = file_sha256(path)
        except OSError as exc:
            return [
                FileOutcome(
                    str(path),
                    Outcome.FAILED,
                    reason="unreadable",
                    message=f"{path}: cannot be read ({exc.strerror})",
                )
            ]
        work = wanted.pop(digest, None)
        if work is None:
            return []
        st = path.stat()
        ref = replace(
            work.original,
            path=stored_path(path, self.catalogue.root),
            size=st.st_size,
            mtime=st.st_mtime,
        )
        self.catalogue.update_original(work.id, ref)
        _record_state(self.catalogue, self.catalogue.work(work.id), Outcome.OK)
        return [
            FileOutcome(
                str(path),
                Outcome.RELINKED,
                work.number,
                work_id=work.id,
                message=f"No. {work.number} relinked to {path}",
            )
        ]


def _files(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1
