"""Rescan and relink: find originals that went missing, moved or changed, and point works
back at them by searching a folder for the same SHA-256 (renamed files included).

Both are storing jobs (``core.jobs.StoringJob``): they read the works when made, on the
store owner's thread; ``compute`` looks at the files on any thread and hands on what it found;
``store`` notes it on the works on the owner's thread; ``finish`` reports with the numbers the
works have then. ``run`` does it all on one thread (the command line).

Original files are only read, never modified, moved or deleted.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
    run_storing,
)
from exhibit.core.model import OriginalRef, Problem, Work
from exhibit.core.project import (
    current_sha256,
    display_text,
    file_sha256,
    is_utf8_name,
    stored_path,
)
from exhibit.core.store import Catalogue

MISSING = "missing_original"
CHANGED = "changed_original"
_STATE_CODES = (MISSING, CHANGED)


def original_state(cat: Catalogue, work: Work) -> Outcome:
    """OK, MISSING or CHANGED for one work's original; hashes only when size or time moved.

    Reads only the file (``cat`` gives the project folder), so it may run on any thread.
    """
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


@dataclass(frozen=True, slots=True)
class Found:
    """What a job saw of one work's original: its state, or where it turned up again."""

    work_id: int
    seen: OriginalRef  # the original as the job found it recorded
    state: Outcome
    relinked: OriginalRef | None = None  # relink: the file found with the same content
    found_at: str = ""  # relink: that file's path as found


class _OriginalsJob:
    """What rescan and relink share: the works read when made, storing, the report."""

    def __init__(self, catalogue: Catalogue, works: Sequence[Work] | None = None) -> None:
        """``works``: the catalogue's works as the caller already holds them (the window's
        model), else they are read here, on the owner's thread."""
        self.catalogue = catalogue
        self._works = list(works) if works is not None else catalogue.works()
        self._stored: list[FileOutcome] = []
        self._computed = JobReport()

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        """Run on this thread, which must own the catalogue (the command line)."""
        return run_storing(self, progress, cancel)

    def store(self, items: Sequence[Found | FileOutcome]) -> None:
        """Note what was found on the works, in one transaction (the owner's thread)."""
        cat = self.catalogue
        found = [i for i in items if isinstance(i, Found)]
        works = {w.id: w for w in cat.works([f.work_id for f in found])}
        with contextlib.nullcontext() if cat.read_only else cat.transaction():  # readers report
            for item in items:
                if isinstance(item, FileOutcome):
                    self._stored.append(item)
                    continue
                work = works.get(item.work_id)
                if work is None or work.original != item.seen:
                    continue  # removed or relinked meanwhile: what was seen no longer holds
                if item.relinked is not None:
                    cat.update_original(work.id, item.relinked)
                    work = replace(work, original=item.relinked)
                _record_state(cat, work, item.state)
                self._stored.append(self._outcome(work, item))

    def finish(self) -> JobReport:
        """The report, with catalogue numbers as they are now (the owner's thread)."""
        numbers = self.catalogue.numbers()
        outcomes = []
        for o in self._stored:
            if o.work_id is not None:
                o = replace(o, number=numbers.get(o.work_id))
                if o.outcome is Outcome.RELINKED:
                    o = replace(o, message=f"No. {o.number} relinked to {o.path}")
            outcomes.append(o)
        self._stored = []
        return replace(self._computed, outcomes=tuple(outcomes))

    def _outcome(self, work: Work, item: Found) -> FileOutcome:
        raise NotImplementedError


class RescanJob(_OriginalsJob):
    """Check every work's original; note missing and changed ones on the work."""

    def check(self) -> Plan:
        n = len(self._works)
        return Plan(f"check the originals of {n} works", total=n)

    def compute(
        self, progress: ProgressCallback, cancel: CancelToken, deliver: Callable[[Found], None]
    ) -> None:
        works = self._works
        clock = ProgressClock(progress, len(works), "rescan")
        done = 0
        for work in works:
            if cancel.cancelled:
                break
            clock.report(work.original.path)
            deliver(Found(work.id, work.original, original_state(self.catalogue, work)))
            done += 1
            clock.report(work.original.path, advance=1)
        self._computed = JobReport((), cancel.cancelled, clock.elapsed, len(works) - done)

    def _outcome(self, work: Work, item: Found) -> FileOutcome:
        return _outcome(work, item.state, self.catalogue.original_path(work))


def _outcome(work: Work, state: Outcome, path: Path) -> FileOutcome:
    missing = "the original file is missing"
    if state is Outcome.MISSING and path.exists():  # a folder, a pipe or a device now
        missing = "the original is not a regular file any more (a folder, pipe or device?)"
    messages = {
        Outcome.OK: "",
        Outcome.MISSING: f"{work.original.path}: {missing}",
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


class RelinkJob(_OriginalsJob):
    """Search a folder (recursively) for originals of missing or changed works, by SHA-256."""

    def __init__(self, catalogue: Catalogue, folder: Path) -> None:
        super().__init__(catalogue)
        self.folder = Path(folder)

    def check(self) -> Plan:
        errors = () if self.folder.is_dir() else (f"{self.folder}: no such folder",)
        return Plan(f"search {self.folder} for missing originals", errors=errors)

    def compute(
        self,
        progress: ProgressCallback,
        cancel: CancelToken,
        deliver: Callable[[Found | FileOutcome], None],
    ) -> None:
        start = time.monotonic()
        plan = self.check()
        if plan.errors:
            raise ExhibitError(plan.errors[0])
        lost = [w for w in self._works if original_state(self.catalogue, w) is not Outcome.OK]
        by_size: dict[int, list[Work]] = {}
        for w in lost:
            by_size.setdefault(w.original.size, []).append(w)
        candidates = [p for p in _files(self.folder) if _size(p) in by_size]
        clock = ProgressClock(progress, len(candidates), "relink")
        wanted = {w.original.sha256: w for w in lost}
        for path in candidates:
            if cancel.cancelled or not wanted:
                break
            clock.report(str(path))
            for item in self._try(path, wanted):
                deliver(item)
            clock.report(str(path), advance=1)
        for w in wanted.values():
            deliver(
                FileOutcome(
                    w.original.path,
                    Outcome.MISSING,
                    work_id=w.id,
                    reason="not_found",
                    message=f"{w.original.path}: no file with the same content in {self.folder}",
                )
            )
        self._computed = JobReport((), cancel.cancelled, time.monotonic() - start)

    def _try(self, path: Path, wanted: dict[str, Work]) -> list[Found | FileOutcome]:
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
        work = wanted.get(digest)
        if work is None:
            return []
        if not is_utf8_name(path):  # the catalogue keeps paths as UTF-8 text
            message = (
                f"{display_text(str(path))} is the original of No. {work.number}, but its name "
                "is not valid UTF-8 text; rename it and search again"
            )
            return [FileOutcome(str(path), Outcome.FAILED, work.number, work_id=work.id,
                                reason="unsupported_name", message=message)]  # fmt: skip
        del wanted[digest]
        st = path.stat()
        ref = replace(
            work.original,
            path=stored_path(path, self.catalogue.root),
            size=st.st_size,
            mtime=st.st_mtime,
        )
        return [Found(work.id, work.original, Outcome.OK, relinked=ref, found_at=str(path))]

    def _outcome(self, work: Work, item: Found) -> FileOutcome:
        return FileOutcome(item.found_at, Outcome.RELINKED, work_id=work.id)


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
