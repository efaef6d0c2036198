"""Worker processes for per-file work: one task at a time each, bounded in time and memory.

Used by the import's probes and the catalogue export's print images alike. ``BoundedPool``
hands a task to a worker only as one frees up (at most ``workers`` files in flight, memory
does not grow with the number of files) and yields ``(task, result)`` in completion order.
Each worker runs under an address-space limit (``RLIMIT_AS``); a worker that runs past the
per-file timeout is killed and replaced and its task comes back as a ``WorkerFailure``
(``timeout``), as does one whose worker died (``crashed``, or ``out_of_memory`` when it was
killed by SIGKILL, as the OOM killer does) or whose function raised (``error``).

Workers end when the process that started them dies, even by SIGKILL: each watches the read
end of a pipe whose write end only the parent holds (the kernel closes it when the parent
dies). With the workers gone the forkserver and multiprocessing's resource tracker, which live
as long as someone holds their pipes, end too. Processes start with "forkserver" (or "spawn"):
forking a threaded Qt process is unsafe; the forkserver never imports from the working folder
(``core.jobs.worker_context``).

Each worker says it is ready before it gets a task. One that cannot start (its code does not
import, it dies before it is ready) stops the whole run with one ``WorkersCouldNotStart``
error naming the cause, instead of blaming every file for a worker that never ran.

The default number of workers is stated once (``core.jobs.default_workers``); every count is
bounded here by the memory the machine has: workers x the per-worker limit stays below the
available memory.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken, default_workers, worker_context, worker_start_method

FILE_TIMEOUT = 60.0  # seconds one file may take
WORKER_MEMORY = 2 << 30  # bytes of address space per worker process
MIN_WORKER_MEMORY = 768 << 20  # below this a worker cannot even open a large photo's header
START_TIMEOUT = 60.0  # seconds a worker may take to start (import its code, set its limits)


class WorkersCouldNotStart(ExhibitError):
    """No worker process could start: nothing was done, the files are not to blame."""

    code = "workers_could_not_start"


def available_memory() -> int | None:
    """Bytes of memory available to new processes now (None when it cannot be told).

    MemAvailable from /proc/meminfo, lowered to what a cgroup (a container's limit) leaves.
    """
    found = [m for m in (_meminfo_available(), _cgroup_available()) if m is not None]
    if found:
        return min(found)
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _cgroup_available() -> int | None:
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as fh:
            limit = fh.read().strip()
        with open("/sys/fs/cgroup/memory.current", encoding="ascii") as fh:
            used = int(fh.read().strip())
    except (OSError, ValueError):
        return None
    return None if limit == "max" else max(0, int(limit) - used)


def bounded_workers(wanted: int, memory_limit: int | None, available: int | None = None) -> int:
    """``wanted`` lowered so that workers x ``memory_limit`` stays below ``available``."""
    available = available_memory() if available is None else available
    if not memory_limit or available is None:
        return max(1, wanted)
    return max(1, min(wanted, available // memory_limit))


def bounded_memory_limit(memory_limit: int | None, available: int | None = None) -> int | None:
    """The per-worker limit, lowered to the available memory when even one worker would not
    fit (never below MIN_WORKER_MEMORY)."""
    available = available_memory() if available is None else available
    if not memory_limit or available is None:
        return memory_limit
    return max(MIN_WORKER_MEMORY, min(memory_limit, available))


@dataclass(frozen=True, slots=True)
class WorkerFailure:
    """A task that produced no result: ``reason`` is timeout, crashed, out_of_memory or error."""

    reason: str
    message: str
    error: BaseException | None = None  # what the function raised, when reason is "error"


@dataclass(frozen=True, slots=True)
class PoolOptions:
    """How a pool runs. ``function`` must be picklable (a module-level function or a partial
    of one): it is sent to each worker and called there with one task at a time."""

    function: Callable[[Any], Any]
    workers: int = field(default_factory=default_workers)
    timeout: float = FILE_TIMEOUT
    memory_limit: int | None = WORKER_MEMORY
    start_method: str = field(default_factory=worker_start_method)
    preload: tuple[str, ...] = ()  # modules the forkserver imports once for every worker
    max_tasks_per_worker: int = 500  # then the worker is replaced, returning its memory
    abandon_on_cancel: bool = False  # cancel kills the files in flight instead of awaiting them
    describe: Callable[[Any], str] = str  # a task as a person reads it, for failure messages
    label: str = "the worker processes"  # "... could not start: why", when none can


def _die_with_parent(lifeline: Connection | None) -> None:
    """End this worker when the pipe from its parent reaches end-of-file (the parent died)."""
    if lifeline is None:
        return

    def watch() -> None:
        with contextlib.suppress(OSError, ValueError):
            wait([lifeline])  # nothing is ever sent: readable means the parent's end is closed
        os._exit(70)

    threading.Thread(target=watch, name="exhibit-lifeline", daemon=True).start()


def _silence_c_stderr() -> None:
    """libtiff and libjpeg print their own warnings on the C stderr for damaged files.

    Those lines would scramble the progress bar and say nothing the report does not say
    better (each problem comes back as a reason or a warning).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform (Windows; macOS ignores RLIMIT_AS): timeout still bounds


def _call(function: Callable[[Any], Any], task: Any) -> Any:
    try:
        return function(task)
    except MemoryError:
        return WorkerFailure("out_of_memory", "needed more memory than allowed")
    except Exception as exc:
        return WorkerFailure("error", f"{type(exc).__name__}: {exc}", exc)


_READY = "ready"

# What a worker process runs first (through ``exec``, a builtin, so nothing of Exhibit has to
# import before it): unpickle the real entry and its arguments, and when that fails send the
# reason back instead of printing a traceback and dying unexplained.
_BOOT = """\
try:
    import pickle
    main, args = pickle.loads(payload)
except BaseException as exc:
    conn.send(("failed", f"{type(exc).__name__}: {exc}"))
else:
    main(conn, lifeline, *args)
"""


def _worker_main(
    conn: Connection,
    lifeline: Connection | None,
    function: Callable[[Any], Any],
    memory_limit: int | None,
) -> None:
    """A worker process: say it is ready, then run the tasks it is sent, one at a time, until
    told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    _die_with_parent(lifeline)
    _silence_c_stderr()
    _limit_memory(memory_limit)
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = _call(function, task)
        try:
            conn.send(result)
        except Exception as exc:  # a result or exception that does not pickle
            conn.send(WorkerFailure("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    """One worker process, its pipe, and the task it is working on."""

    def __init__(self, ctx, options: PoolOptions, lifeline: Connection) -> None:
        self.conn, child = ctx.Pipe()
        payload = pickle.dumps((_worker_main, (options.function, options.memory_limit)))
        self.process = ctx.Process(
            target=exec,
            args=(_BOOT, {"conn": child, "lifeline": lifeline, "payload": payload}),
            daemon=True,
        )
        self.process.start()
        child.close()
        self.task: Any = None
        self.started = 0.0
        self.done = 0

    def wait_ready(self, timeout: float, label: str) -> None:
        """Return once the worker is ready for tasks; raise WorkersCouldNotStart if it is not."""
        ready = wait([self.conn, self.process.sentinel], timeout)
        message = None
        if self.conn in ready:
            with contextlib.suppress(EOFError, OSError):
                message = self.conn.recv()
            if message == _READY:
                return
        self.kill()
        if isinstance(message, tuple) and message[:1] == ("failed",):
            reason = str(message[1])
        elif not ready:
            reason = f"no worker process was ready after {timeout:g} s"
        else:
            reason = f"a worker process ended at start-up (exit code {self.process.exitcode})"
        raise WorkersCouldNotStart(f"{label} could not start: {reason}")

    def submit(self, task: Any) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def collect(self, describe: Callable[[Any], str]) -> Any:
        """The finished task's result, or a failure when the process died."""
        try:
            result = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(1)
            return self._death(describe)
        self.done += 1
        return result

    def _death(self, describe: Callable[[Any], str]) -> WorkerFailure:
        code = self.process.exitcode
        name = describe(self.task)
        if code == -signal.SIGKILL:
            return WorkerFailure("out_of_memory", f"{name} used up the memory; it was stopped.")
        return WorkerFailure("crashed", f"Reading {name} crashed a worker (exit code {code}).")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        self.conn.close()


class BoundedPool:
    """Workers started on demand; one task each; replaced when they die or time out.

    Use as a context manager (or call ``close``): closing stops every worker.
    """

    def __init__(self, options: PoolOptions) -> None:
        self.options = options
        self.ctx = worker_context(options.start_method, options.preload)
        # Only this process holds the write end; workers watch the read end (see module doc).
        self._lifeline, self._lifeline_w = self.ctx.Pipe(duplex=False)
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []
        self.started = 0

    def __enter__(self) -> BoundedPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, tasks: Iterator[Any], cancel: CancelToken) -> Iterator[tuple[Any, Any]]:
        """Yield ``(task, result or WorkerFailure)`` as tasks finish."""
        more = True
        while True:
            while more and len(self.busy) < self.options.workers:
                more = not cancel.cancelled and self._submit_next(tasks)
            if not self.busy or (cancel.cancelled and self.options.abandon_on_cancel):
                return
            yield from self._collect_ready(cancel)

    def _submit_next(self, tasks: Iterator[Any]) -> bool:
        task = next(tasks, None)
        if task is None:
            return False
        worker = self.idle.pop() if self.idle else self._start()
        worker.submit(task)
        self.busy.append(worker)
        return True

    def _start(self) -> _Worker:
        self.started += 1
        worker = _Worker(self.ctx, self.options, self._lifeline)
        worker.wait_ready(START_TIMEOUT, self.options.label)
        return worker

    def _collect_ready(self, cancel: CancelToken) -> Iterator[tuple[Any, Any]]:
        now = time.monotonic()
        deadline = min(w.started for w in self.busy) + self.options.timeout
        timeout = max(0.0, deadline - now)
        if self.options.abandon_on_cancel:
            timeout = min(timeout, 0.2)  # look at the cancel token often
        handles = [w.conn for w in self.busy] + [w.process.sentinel for w in self.busy]
        ready = set(wait(handles, timeout=timeout))
        now = time.monotonic()
        for worker in list(self.busy):
            if worker.conn in ready or worker.process.sentinel in ready:
                yield self._finish(worker, worker.collect(self.options.describe))
            elif now - worker.started >= self.options.timeout:
                worker.kill()
                yield self._finish(worker, self._timeout(worker))

    def _timeout(self, worker: _Worker) -> WorkerFailure:
        name = self.options.describe(worker.task)
        seconds = f"{self.options.timeout:g}"
        return WorkerFailure("timeout", f"{name} took longer than {seconds} s; stopped.")

    def _finish(self, worker: _Worker, result: Any) -> tuple[Any, Any]:
        task = worker.task
        self.busy.remove(worker)
        worker.task = None
        died = isinstance(result, WorkerFailure) and result.reason != "error"
        healthy = worker.process.is_alive() and not died
        if healthy and worker.done < self.options.max_tasks_per_worker:
            self.idle.append(worker)
        elif worker.process.is_alive():
            worker.stop()
        else:
            worker.conn.close()
        return task, result

    def close(self) -> None:
        for worker in self.busy:
            worker.kill()
        for worker in self.idle:
            worker.stop()
        self.busy, self.idle = [], []
        self._lifeline_w.close()
        self._lifeline.close()
