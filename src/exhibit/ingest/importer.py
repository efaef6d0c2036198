"""The import job: photos and folders in, works and a per-file report out.

``check`` scans what was given and says how many photos it found. ``compute`` probes them on
worker processes (hash, metadata, thumbnail, each file bounded in time and memory) and hands
each result on, in the order the files were found; it never touches the store. ``store``, on
the store owner's thread, writes them: a new work, a duplicate of a work already there, or a
failure with its reason. ``finish`` writes the report from the catalogue as it is after the
import, so "duplicate of No. N" names the number the work has now, after the import's own
inserts renumbered the works behind it, and keeps the header facts the workers read for the
print's preflight (``exhibit.headers``). ``run`` does it all on one thread (the command line).
Cancel stops before the next file; what was stored stays. Original files are only read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from exhibit.core.errors import FieldError
from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
    run_storing,
    worker_count,
)
from exhibit.core.project import remove_stale_temp_files, resolve_path, stored_path
from exhibit.core.store import Catalogue
from exhibit.headers import KnownHeaders
from exhibit.ingest.probe import THUMB_TEMP_PREFIX, ProbeLimits, ProbeResult
from exhibit.ingest.scan import Candidate, Skipped, scan
from exhibit.ingest.workers import FILE_TIMEOUT, WORKER_MEMORY, RunnerOptions, run_probes


@dataclass(frozen=True, slots=True)
class ImportOptions:
    jobs: int | None = None  # worker processes; None: jobs.default_workers(); 0: in this process
    section_id: int | None = None  # where new works go (None: unsorted, at the end)
    limits: ProbeLimits = field(default_factory=ProbeLimits)
    timeout: float = FILE_TIMEOUT  # seconds one file may take
    memory_limit: int = WORKER_MEMORY  # bytes of address space per worker process


class ImportJob:
    """Import files and folders (recursively) into a catalogue. See the module docstring."""

    def __init__(
        self,
        catalogue: Catalogue,
        paths: Iterable[str | os.PathLike[str]],
        options: ImportOptions | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.paths = [Path(p) for p in paths]
        self.options = options or ImportOptions()
        self._languages = catalogue.languages  # read here, on the owner's thread
        self._scanned: list[Candidate] | None = None  # what check() found, used once by run()
        self.skipped: list[Skipped] = []  # what check() passed over quietly (hidden, not photos)
        self._stored: list[FileOutcome] = []  # owner's thread: what store() did, in order
        self._computed = JobReport()  # worker: cancelled, elapsed, how many files in all
        self._headers: KnownHeaders | None = None  # owner's thread: facts for the preflight

    def check(self) -> Plan:
        """Count the photos to import; name paths that do not exist."""
        missing = tuple(f"{p}: no such file or folder" for p in self.paths if not p.exists())
        self.skipped = []
        self._scanned = list(scan(self.paths, on_skip=self.skipped.append))
        found = sum(1 for c in self._scanned if not c.reason)
        return Plan(f"import {found} photos into {self.catalogue.root.name}", found, missing)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        """Import on this thread, which must own the catalogue (the command line)."""
        return run_storing(self, progress, cancel)

    def compute(
        self,
        progress: ProgressCallback,
        cancel: CancelToken,
        deliver: Callable[[FileOutcome | ProbeResult], None],
    ) -> None:
        """Probe the files (any thread); each failure and result goes to ``deliver`` in order."""
        candidates, self._scanned = self._scanned or list(scan(self.paths)), None
        clock = ProgressClock(progress, len(candidates), "import")
        clock.report()
        failures = [_scan_failure(c) for c in candidates if c.reason]
        for failure in failures:
            deliver(failure)
        clock.report(advance=len(failures))
        todo = [c.path for c in candidates if not c.reason]
        delivered = len(failures)
        # Thumbnails half-written by an import that was killed are removed now.
        remove_stale_temp_files(self.catalogue.paths.thumbnails, THUMB_TEMP_PREFIX, ".part")
        # Progress counts files as they finish (so cancel acts at once); they are handed on
        # in the order they were found.
        arrived = self._probe(todo, cancel, lambda path: clock.report(str(path), advance=1))
        for result in self._in_order(todo, arrived):
            deliver(result)
            delivered += 1
        self._computed = JobReport(
            (), cancel.cancelled, clock.elapsed, not_started=len(candidates) - delivered
        )

    def store(self, items: Sequence[FileOutcome | ProbeResult]) -> None:
        """Write what ``compute`` delivered, in one transaction (the owner's thread)."""
        with self.catalogue.transaction():
            for item in items:
                self._stored.append(item if isinstance(item, FileOutcome) else self._store(item))

    def finish(self) -> JobReport:
        """The report, with catalogue numbers as they are now (the owner's thread)."""
        numbers = self.catalogue.numbers()
        outcomes = tuple(_numbered(o, numbers) for o in self._stored)
        self._stored = []
        if self._headers is not None:  # a shortcut only: a save that fails is silent
            self._headers.save()
            self._headers = None
        return replace(self._computed, outcomes=outcomes)

    def _probe(
        self, paths: list[Path], cancel: CancelToken, finished: Callable[[Path], None]
    ) -> Iterator[tuple[Path, ProbeResult]]:
        jobs = worker_count(self.options.jobs)
        options = RunnerOptions(
            workers=max(1, jobs),
            inline=jobs == 0,
            timeout=self.options.timeout,
            memory_limit=self.options.memory_limit,
            limits=self.options.limits,
            thumb_dir=str(self.catalogue.paths.thumbnails),
        )
        for path, result in run_probes(paths, self._languages, options, cancel):
            finished(path)
            yield path, result

    @staticmethod
    def _in_order(
        todo: list[Path], probed: Iterator[tuple[Path, ProbeResult]]
    ) -> Iterator[ProbeResult]:
        """Results in the order the files were found, whatever order the workers finish in.

        So the first of two identical files is the one imported (the later one is its
        duplicate) and catalogue numbers follow the folder order. What finished before a
        cancel is still handed on.
        """
        slots: dict[str, list[int]] = {}
        for i, path in enumerate(todo):
            slots.setdefault(str(path), []).append(i)
        waiting: dict[int, ProbeResult] = {}
        following = 0
        for path, result in probed:
            waiting[slots[str(path)].pop(0)] = result
            while following in waiting:
                yield waiting.pop(following)
                following += 1
        for i in sorted(waiting):
            yield waiting[i]

    def _store(self, result: ProbeResult) -> FileOutcome:
        """One probed file: a new work, or the work it duplicates (numbers come in finish)."""
        if not result.ok:
            return result.failure()
        warnings = tuple(p.message for p in result.problems)
        twin = self.catalogue.work_id_by_sha256(result.sha256)
        if twin is not None:
            return FileOutcome(result.path, Outcome.DUPLICATE, work_id=twin, reason="duplicate")
        original = stored_path(Path(result.path), self.catalogue.root)
        try:
            work = self.catalogue.add_work(result.new_work(original, self.options.section_id))
        except FieldError as exc:  # e.g. a file changed in place: the path is taken
            return FileOutcome(
                result.path, Outcome.FAILED, reason="already_imported", message=str(exc)
            )
        self._keep_header(original, result)
        return FileOutcome(result.path, Outcome.IMPORTED, work_id=work.id, warnings=warnings)

    def _keep_header(self, original: str, result: ProbeResult) -> None:
        """Keep the header facts the worker read, where the preflight looks for them first
        (under the path it will ask for), so the first preflight opens no original."""
        if result.header is None or not result.mtime_ns:
            return
        if self._headers is None:
            self._headers = KnownHeaders(self.catalogue.paths.print_cache)
        path = resolve_path(original, self.catalogue.root)
        self._headers.record(path, result.size, result.mtime_ns, result.header)


def _numbered(outcome: FileOutcome, numbers: dict[int, int]) -> FileOutcome:
    """The outcome with its work's catalogue number as it is now."""
    if outcome.work_id is None:
        return outcome
    number = numbers.get(outcome.work_id)
    if outcome.outcome is Outcome.DUPLICATE:
        name = Path(outcome.path).name
        message = (
            f"{name}: duplicate of No. {number}"
            if number is not None
            else f"{name}: duplicate of a work since removed from the catalogue"
        )
        return replace(outcome, number=number, message=message)
    return replace(outcome, number=number)


def _scan_failure(c: Candidate) -> FileOutcome:
    return FileOutcome(str(c.path), Outcome.FAILED, reason=c.reason, message=c.message)
