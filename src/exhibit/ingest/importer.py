"""The import job: photos and folders in, works and a per-file report out.

``check`` scans what was given and says how many photos it found; ``run`` probes them on
worker processes (hash, metadata, thumbnail, each file bounded in time and memory), and this
job, the single writer, stores each result as it arrives: a new work, "duplicate of No. N",
or a failure with its reason. Cancel stops before the next file; what was stored stays.
Original files are only read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
from exhibit.core.project import stored_path
from exhibit.core.store import Catalogue
from exhibit.ingest.probe import ProbeLimits, ProbeResult
from exhibit.ingest.scan import Candidate, Skipped, scan
from exhibit.ingest.workers import FILE_TIMEOUT, WORKER_MEMORY, RunnerOptions, run_probes


@dataclass(frozen=True, slots=True)
class ImportOptions:
    jobs: int | None = None  # worker processes; None: all cores; 0: in this process
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
        self._scanned: list[Candidate] | None = None  # what check() found, used once by run()
        self.skipped: list[Skipped] = []  # what check() passed over quietly (hidden, not photos)

    def check(self) -> Plan:
        """Count the photos to import; name paths that do not exist."""
        missing = tuple(f"{p}: no such file or folder" for p in self.paths if not p.exists())
        self.skipped = []
        self._scanned = list(scan(self.paths, on_skip=self.skipped.append))
        found = sum(1 for c in self._scanned if not c.reason)
        return Plan(f"import {found} photos into {self.catalogue.root.name}", found, missing)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        candidates, self._scanned = self._scanned or list(scan(self.paths)), None
        clock = ProgressClock(progress, len(candidates), "import")
        clock.report()
        outcomes = [_scan_failure(c) for c in candidates if c.reason]
        clock.report(advance=len(outcomes))
        todo = [c.path for c in candidates if not c.reason]
        known = self.catalogue.known_hashes()
        # Progress counts files as they finish (so cancel acts at once); they are stored in
        # the order they were found.
        arrived = self._probe(todo, cancel, lambda path: clock.report(str(path), advance=1))
        for result in self._in_order(todo, arrived):
            outcomes.append(self._store(result, known))
        return JobReport(
            tuple(outcomes), cancel.cancelled, clock.elapsed, len(candidates) - len(outcomes)
        )

    def _probe(
        self, paths: list[Path], cancel: CancelToken, finished: Callable[[Path], None]
    ) -> Iterator[tuple[Path, ProbeResult]]:
        jobs = self.options.jobs
        options = RunnerOptions(
            workers=max(1, jobs if jobs else os.cpu_count() or 1),
            inline=jobs == 0,
            timeout=self.options.timeout,
            memory_limit=self.options.memory_limit,
            limits=self.options.limits,
            thumb_dir=str(self.catalogue.paths.thumbnails),
        )
        for path, result in run_probes(paths, self.catalogue.languages, options, cancel):
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

    def _store(self, result: ProbeResult, known: dict[str, int]) -> FileOutcome:
        if not result.ok:
            return result.failure()
        warnings = tuple(p.message for p in result.problems)
        if result.sha256 in known:
            return FileOutcome(
                result.path,
                Outcome.DUPLICATE,
                known[result.sha256],
                reason="duplicate",
                message=f"{Path(result.path).name}: duplicate of No. {known[result.sha256]}",
            )
        original = stored_path(Path(result.path), self.catalogue.root)
        work = self.catalogue.add_work(result.new_work(original, self.options.section_id))
        known[result.sha256] = work.number
        return FileOutcome(
            result.path, Outcome.IMPORTED, work.number, work_id=work.id, warnings=warnings
        )


def _scan_failure(c: Candidate) -> FileOutcome:
    return FileOutcome(str(c.path), Outcome.FAILED, reason=c.reason, message=c.message)
