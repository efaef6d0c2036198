"""The job API shared by the command line and the window: progress, cancel and reports.

A job is checked (a pure ``check`` that says what it will do), run (``run(progress, cancel)``
on worker threads or processes) and returns a report value. The CLI draws the progress on a
terminal; the UI runs the same job on a QThread and turns the callbacks into signals.

One writer: a job that changes the catalogue is a ``StoringJob``. Its ``compute`` runs on a
worker thread and never touches the store; it hands each result to ``deliver``. The owner of
the store (the thread that opened it) passes what was delivered to ``store``, which writes it
in one transaction, and asks ``finish`` for the report, written from the catalogue as it is
after the job (catalogue numbers included). ``run_storing`` does all three on one thread,
for the command line; the window's ``JobRunner`` runs ``compute`` on a QThread and the other
two on the window's thread.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, TypeVar


def worker_start_method() -> str:
    """How worker processes start: "forkserver" where there is one, else "spawn".

    Never a plain fork: the window runs jobs on a Qt thread, and forking a threaded Qt process
    can deadlock the child.
    """
    import multiprocessing  # here, not at the top: short commands never start processes

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


_forkserver_lock = threading.Lock()


def worker_context(method: str | None = None, preload: Sequence[str] = ()):
    """The multiprocessing context worker processes start from, whatever the working folder.

    Python 3.11's forkserver imports its ``preload`` modules with the working folder first on
    ``sys.path`` (it does not take the parent's path), so a folder named ``exhibit`` there (an
    empty one is enough, or a clone of the sources) shadows the installed package in the server
    and in every worker it forks: they all die with "cannot import name ... (unknown
    location)". So the forkserver is started here, once, with ``PYTHONSAFEPATH=1`` (Python's
    ``-P``: nothing from the working folder on ``sys.path``). ``preload`` names modules the
    server imports once for all its workers (only the first start's list counts). Spawned
    workers take the parent's ``sys.path`` before they import anything, and need nothing.
    """
    import multiprocessing

    method = method or worker_start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        from multiprocessing import forkserver

        with _forkserver_lock:
            context.set_forkserver_preload(list(preload))
            before = os.environ.get("PYTHONSAFEPATH")
            os.environ["PYTHONSAFEPATH"] = "1"
            try:
                forkserver.ensure_running()
            finally:
                if before is None:
                    del os.environ["PYTHONSAFEPATH"]
                else:
                    os.environ["PYTHONSAFEPATH"] = before
    return context


def default_workers() -> int:
    """Worker processes a job uses unless told otherwise: one per core this process may use,
    no more than the available memory holds at the per-worker limit (core.processes).

    The one place this default is stated: the import, the catalogue export, the command line
    (``--jobs``) and the window all take it from here.
    """
    from exhibit.core.processes import WORKER_MEMORY, bounded_workers  # it imports this module

    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        cores = os.cpu_count() or 1
    return bounded_workers(max(1, cores), WORKER_MEMORY)


def worker_count(jobs: int | None) -> int:
    """Workers for a ``--jobs`` value: None is the default, 0 means "in this process"."""
    return default_workers() if jobs is None else max(0, jobs)


class Cancelled(Exception):
    """Raised inside a job when its cancel token was set; what was finished stays."""


class CancelToken:
    """Set from any thread; a job checks it before each file."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a job stands: counts, the current item, and derived rate and time left."""

    done: int
    total: int
    current: str = ""
    elapsed: float = 0.0
    phase: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def rate(self) -> float:
        """Items per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, or None before the first item is done."""
        if self.done == 0 or self.elapsed <= 0:
            return None
        return (self.total - self.done) / self.rate


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores progress."""


class ProgressClock:
    """Makes Progress values with the elapsed time measured from construction."""

    def __init__(self, callback: ProgressCallback, total: int, phase: str = "") -> None:
        self._callback = callback
        self._start = time.monotonic()
        self.total = total
        self.phase = phase
        self.done = 0

    def report(self, current: str = "", *, advance: int = 0) -> None:
        self.done += advance
        self._callback(
            Progress(self.done, self.total, current, time.monotonic() - self._start, self.phase)
        )

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._start


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    SKIPPED = "skipped"
    RELINKED = "relinked"
    MISSING = "missing"
    CHANGED = "changed"
    OK = "ok"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file: imported as No. N, duplicate of No. N, or failed and why."""

    path: str
    outcome: Outcome
    number: int | None = None  # the work's catalogue number, where there is one
    work_id: int | None = None  # the work made or matched (lets the window undo an import)
    reason: str = ""  # a stable code: "truncated", "not_an_image", "too_many_pixels", ...
    message: str = ""  # one sentence for a person, naming the file and the problem
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JobReport:
    """The result of a file job: one outcome per file, in the order they finished."""

    outcomes: tuple[FileOutcome, ...] = ()
    cancelled: bool = False
    elapsed: float = 0.0
    not_started: int = 0  # files left over when cancelled

    def of(self, outcome: Outcome) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome is outcome)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome is outcome)

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.count(Outcome.FAILED) == 0

    def to_dict(self) -> dict:
        return {
            "cancelled": self.cancelled,
            "elapsed_seconds": round(self.elapsed, 3),
            "not_started": self.not_started,
            "counts": {o.value: self.count(o) for o in Outcome if self.count(o)},
            "files": [
                {
                    "path": o.path,
                    "outcome": o.outcome.value,
                    "number": o.number,
                    "work_id": o.work_id,
                    "reason": o.reason,
                    "message": o.message,
                    "warnings": list(o.warnings),
                }
                for o in self.outcomes
            ],
        }


R = TypeVar("R", covariant=True)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Plan:
    """What a job's pure check found: what it will do, and problems that stop it."""

    summary: str
    total: int = 0
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


class Job(Protocol[R]):
    """Implemented by every background job (import, relink, export)."""

    def check(self) -> Plan: ...

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> R: ...


class StoringJob(Protocol[T, R]):
    """A job whose results the owner of the store writes (see the module docstring).

    ``compute`` runs off the owner's thread and must not touch the store: what it needs from
    the catalogue the job reads when it is made (on the owner's thread). ``store`` and
    ``finish`` run on the owner's thread.
    """

    def check(self) -> Plan: ...

    def compute(
        self, progress: ProgressCallback, cancel: CancelToken, deliver: Callable[[T], None]
    ) -> None: ...

    def store(self, items: Sequence[T]) -> None: ...

    def finish(self) -> R: ...


def is_storing(job: object) -> bool:
    """Whether ``job`` is a StoringJob (has compute, store and finish)."""
    return all(callable(getattr(job, name, None)) for name in ("compute", "store", "finish"))


def run_storing(job: StoringJob[T, R], progress: ProgressCallback, cancel: CancelToken) -> R:
    """Run a storing job on this thread, the store's owner: each result is stored as it comes
    (its own transaction, so a cancel or a failure keeps what was stored)."""
    job.compute(progress, cancel, lambda item: job.store([item]))
    return job.finish()
