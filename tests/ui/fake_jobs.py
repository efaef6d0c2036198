"""Stand-ins for core jobs in the UI tests: they loop over files, report progress, honour cancel."""

from __future__ import annotations

import threading
import time

from exhibit.core.jobs import (
    CancelToken,
    FileOutcome,
    JobReport,
    Outcome,
    Plan,
    ProgressCallback,
    ProgressClock,
)
from exhibit.ui.app import protect_bool_singletons


class FakeImportJob:
    """Imports ``n`` made-up files; every 7th is a duplicate, every 10th fails.

    ``gate`` (a threading.Event), when given, is waited on before each file, so a test can hold
    the job at a known point; ``delay`` sleeps per file to give a human-looking rate.
    """

    def __init__(
        self,
        n: int = 20,
        *,
        gate: threading.Event | None = None,
        delay: float = 0.0,
        fail_with: BaseException | None = None,
        plan_errors: tuple[str, ...] = (),
    ) -> None:
        self.paths = [f"/photos/Düren/Markt {i:03d}.jpg" for i in range(1, n + 1)]
        self.gate = gate
        self.delay = delay
        self.fail_with = fail_with
        self.plan_errors = plan_errors
        self.started = threading.Event()
        self.thread_name = ""
        self.checked = False

    def check(self) -> Plan:
        self.checked = True
        return Plan(f"{len(self.paths)} photos", len(self.paths), errors=self.plan_errors)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> JobReport:
        self.thread_name = threading.current_thread().name
        self.started.set()
        clock = ProgressClock(progress, len(self.paths), "import")
        outcomes: list[FileOutcome] = []
        for i, path in enumerate(self.paths, start=1):
            if self.gate is not None:
                self.gate.wait(10)
            if cancel.cancelled:
                return JobReport(tuple(outcomes), True, clock.elapsed, len(self.paths) - i + 1)
            if self.fail_with is not None and i == 3:
                raise self.fail_with
            if self.delay:
                time.sleep(self.delay)
            outcomes.append(_outcome(i, path, len(outcomes)))
            clock.report(path, advance=1)
        return JobReport(tuple(outcomes), False, clock.elapsed)


def _outcome(i: int, path: str, done: int) -> FileOutcome:
    if i % 10 == 0:
        return FileOutcome(
            path, Outcome.FAILED, reason="truncated", message=f"{path}: the file is cut short"
        )
    if i % 7 == 0:
        return FileOutcome(path, Outcome.DUPLICATE, number=1, work_id=1)
    return FileOutcome(path, Outcome.IMPORTED, number=done + 1, work_id=done + 1)


# PySide6 6.12.0 loses a reference to True on every emit from Python; a test run emits enough
# signals to free True ("bool_dealloc" at exit). The app works around it at start-up; the tests
# need the same, before the first test runs (this module is imported while collecting).
# Better placed in tests/conftest.py: remove here once it is there.
protect_bool_singletons()


class FakeWritingJob:
    """A storing job (``core.jobs.StoringJob``) that writes captions of other works.

    ``compute`` makes ``rounds`` texts for each of ``work_ids`` on the job's thread (never
    touching the store); ``store`` writes them with the catalogue's own ``set_text`` on the
    owner's thread and notes which thread that was; ``finish`` says how many it wrote.
    """

    def __init__(self, catalogue, work_ids, rounds: int = 3, delay: float = 0.0) -> None:
        self.catalogue = catalogue
        self.work_ids = list(work_ids)
        self.rounds = rounds
        self.delay = delay
        self.store_threads: set[int] = set()
        self.batches = 0
        self.written = 0
        self.field = ("caption", "de")  # which text it writes

    def check(self) -> Plan:
        return Plan("write captions", len(self.work_ids) * self.rounds)

    def compute(self, progress, cancel: CancelToken, deliver) -> None:
        clock = ProgressClock(progress, len(self.work_ids) * self.rounds, "write")
        for r in range(self.rounds):
            for wid in self.work_ids:
                if cancel.cancelled:
                    return
                if self.delay:
                    time.sleep(self.delay)
                deliver((wid, f"Hintergrund {r} für {wid}"))
                clock.report(advance=1)

    def store(self, items) -> None:
        from exhibit.core.fields import Owner

        self.store_threads.add(threading.get_ident())
        self.batches += 1
        with self.catalogue.transaction():
            for wid, text in items:
                self.catalogue.set_text(Owner.WORK, wid, *self.field, text)
                self.written += 1

    def finish(self) -> int:
        return self.written
