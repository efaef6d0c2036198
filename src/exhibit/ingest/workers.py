"""Running probes in worker processes, each file bounded in time and memory.

``run_probes`` streams ``(path, ProbeResult)`` pairs in completion order. Each worker process
holds one file at a time, so at most ``workers`` files are in flight and memory does not grow
with the number of files; the paths are taken from the iterable only as workers free up, and
the cancel token is checked before each file is handed out (what finished is still yielded).
Each worker runs under an address-space limit (``RLIMIT_AS``); a worker that runs past the
per-file timeout is killed and replaced and its file reported as ``timeout``, one that dies
as ``crashed`` (``out_of_memory`` when it was killed by SIGKILL, as the OOM killer does).
Processes are started with "forkserver" (or "spawn" where there is none): forking a threaded
Qt process is unsafe. ``inline=True`` runs everything in this process, without bounds.

Each worker says it is ready before it gets a file. One that cannot start (its code does not
import, it dies before it is ready) stops the whole run with one ``WorkersCouldNotStart``
error naming the cause, instead of blaming every photo for a worker that never ran.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken, default_workers, worker_context, worker_start_method
from exhibit.ingest.probe import ProbeLimits, ProbeResult, failed, probe_file

ProbeFunction = Callable[..., ProbeResult]  # (path, languages, thumb_dir, limits)
Pair = tuple[Path, ProbeResult]


FILE_TIMEOUT = 60.0  # seconds one file may take
START_TIMEOUT = 60.0  # seconds a worker may take to start (import its code, set its limits)
WORKER_MEMORY = 2 << 30  # bytes of address space per worker process


class WorkersCouldNotStart(ExhibitError):
    """No worker process could be started: nothing was read, the files are not to blame."""

    code = "workers_could_not_start"


@dataclass(frozen=True, slots=True)
class RunnerOptions:
    """How probes run. ``probe`` must be a module-level function (it is pickled by name)."""

    workers: int = field(default_factory=default_workers)
    timeout: float = FILE_TIMEOUT
    memory_limit: int | None = WORKER_MEMORY
    inline: bool = False  # run in this process: for tests and debugging
    thumb_dir: str | None = None  # write thumbnails there instead of returning bytes
    limits: ProbeLimits = field(default_factory=ProbeLimits)
    probe: ProbeFunction = probe_file
    start_method: str = field(default_factory=worker_start_method)
    max_files_per_worker: int = 500  # then the worker is replaced, returning its memory


def run_probes(
    paths: Iterable[str | os.PathLike[str]],
    languages: tuple[str, ...],
    options: RunnerOptions | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[Pair]:
    """Probe every path; yields ``(path, result)`` as each file finishes."""
    options = options or RunnerOptions()
    cancel = cancel or CancelToken()
    if options.inline:
        yield from _run_inline(paths, languages, options, cancel)
        return
    pool = _Pool(languages, options)
    try:
        yield from pool.run(iter(paths), cancel)
    finally:
        pool.close()


def _run_inline(
    paths: Iterable[str | os.PathLike[str]],
    languages: tuple[str, ...],
    options: RunnerOptions,
    cancel: CancelToken,
) -> Iterator[Pair]:
    for raw in paths:
        if cancel.cancelled:
            return
        path = Path(raw)
        yield path, _call(options.probe, path, languages, options)


def _call(probe: ProbeFunction, path: Path, languages: tuple[str, ...], options) -> ProbeResult:
    try:
        return probe(path, languages, options.thumb_dir, options.limits)
    except MemoryError:
        return failed(path, "out_of_memory", f"{path.name} needed more memory than allowed.")
    except Exception as exc:  # probe_file does not raise; an injected probe might
        return failed(path, "crashed", f"Probing {path.name} failed: {type(exc).__name__}: {exc}")


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
    main(conn, *args)
"""


def _worker_main(conn: Connection, languages: tuple[str, ...], options: RunnerOptions) -> None:
    """A worker process: probe the paths it is sent, one at a time, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    _silence_c_stderr()
    _limit_memory(options.memory_limit)
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_call(options.probe, Path(task), languages, options))


def _silence_c_stderr() -> None:
    """libtiff and libjpeg print their own warnings on the C stderr for damaged files.

    Those lines would scramble the progress bar and say nothing the report does not say
    better (each problem comes back as a reason or a warning on the work).
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


class _Worker:
    """One worker process, its pipe, and the file it is working on."""

    def __init__(self, ctx, languages: tuple[str, ...], options: RunnerOptions) -> None:
        self.conn, child = ctx.Pipe()
        payload = pickle.dumps((_worker_main, (languages, options)))
        self.process = ctx.Process(
            target=exec, args=(_BOOT, {"conn": child, "payload": payload}), daemon=True
        )
        self.process.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0
        self.done = 0

    def wait_ready(self, timeout: float) -> None:
        """Return once the worker is ready for files; raise WorkersCouldNotStart if it is not."""
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
        raise WorkersCouldNotStart(f"the import workers could not start: {reason}")

    def submit(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(str(path))

    def collect(self) -> ProbeResult:
        """The finished file's result, or a crash report when the process died."""
        try:
            result = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(1)
            return self._death()
        self.done += 1
        return result

    def _death(self) -> ProbeResult:
        code = self.process.exitcode
        name = self.path.name if self.path else "?"
        if code == -signal.SIGKILL:
            return failed(self.path, "out_of_memory", f"{name} used up the memory; it was stopped.")
        return failed(self.path, "crashed", f"Reading {name} crashed a worker (exit code {code}).")

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


class _Pool:
    """Workers started on demand; one file each; replaced when they die or time out."""

    def __init__(self, languages: tuple[str, ...], options: RunnerOptions) -> None:
        self.ctx = worker_context(options.start_method, preload=["exhibit.ingest.probe"])
        self.languages, self.options = languages, options
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []
        self.started = 0

    def run(self, paths: Iterator[str | os.PathLike[str]], cancel: CancelToken) -> Iterator[Pair]:
        more = True
        while True:
            while more and len(self.busy) < self.options.workers:
                more = not cancel.cancelled and self._submit_next(paths)
            if not self.busy:
                return
            yield from self._collect_ready()

    def _submit_next(self, paths: Iterator[str | os.PathLike[str]]) -> bool:
        raw = next(paths, None)
        if raw is None:
            return False
        worker = self.idle.pop() if self.idle else self._start()
        worker.submit(Path(raw))
        self.busy.append(worker)
        return True

    def _start(self) -> _Worker:
        self.started += 1
        worker = _Worker(self.ctx, self.languages, self.options)
        worker.wait_ready(START_TIMEOUT)
        return worker

    def _collect_ready(self) -> Iterator[Pair]:
        now = time.monotonic()
        deadline = min(w.started for w in self.busy) + self.options.timeout
        handles = [w.conn for w in self.busy] + [w.process.sentinel for w in self.busy]
        ready = set(wait(handles, timeout=max(0.0, deadline - now)))
        now = time.monotonic()
        for worker in list(self.busy):
            if worker.conn in ready or worker.process.sentinel in ready:
                yield self._finish(worker, worker.collect())
            elif now - worker.started >= self.options.timeout:
                worker.kill()
                yield self._finish(worker, self._timeout(worker))

    def _timeout(self, worker: _Worker) -> ProbeResult:
        name = worker.path.name if worker.path else "?"
        seconds = f"{self.options.timeout:g}"
        return failed(worker.path, "timeout", f"{name} took longer than {seconds} s; stopped.")

    def _finish(self, worker: _Worker, result: ProbeResult) -> Pair:
        path = worker.path
        self.busy.remove(worker)
        worker.path = None
        healthy = worker.process.is_alive() and result.reason not in ("out_of_memory", "crashed")
        if healthy and worker.done < self.options.max_files_per_worker:
            self.idle.append(worker)
        elif worker.process.is_alive():
            worker.stop()
        else:
            worker.conn.close()
        return path, result

    def close(self) -> None:
        for worker in self.busy:
            worker.kill()
        for worker in self.idle:
            worker.stop()
        self.busy, self.idle = [], []
