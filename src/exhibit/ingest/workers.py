"""Running probes in worker processes, each file bounded in time and memory.

``run_probes`` streams ``(path, ProbeResult)`` pairs in completion order over the shared
``BoundedPool`` (core/processes.py: one file per worker at a time, paths taken from the
iterable only as workers free up, cancel checked before each file is handed out, an
address-space limit per worker, a per-file timeout, workers that end with their parent). A
file whose worker timed out comes back as ``timeout``, one whose worker died as ``crashed``
(``out_of_memory`` when it was killed by SIGKILL, as the OOM killer does). ``inline=True``
runs everything in this process, without bounds.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exhibit.core.jobs import CancelToken, default_workers, worker_start_method
from exhibit.core.processes import (
    FILE_TIMEOUT,
    WORKER_MEMORY,
    BoundedPool,
    PoolOptions,
    WorkerFailure,
    bounded_memory_limit,
    bounded_workers,
)
from exhibit.core.project import display_text
from exhibit.ingest.probe import ProbeLimits, ProbeResult, failed, probe_file

ProbeFunction = Callable[..., ProbeResult]  # (path, languages, thumb_dir, limits)
Pair = tuple[Path, ProbeResult]

__all__ = ["FILE_TIMEOUT", "WORKER_MEMORY", "RunnerOptions", "run_probes"]


@dataclass(frozen=True, slots=True)
class RunnerOptions:
    """How probes run. ``probe`` must be a module-level function (it is pickled by name).

    ``workers`` None means the default (``core.jobs.default_workers``); any count is
    lowered to what the available memory holds at ``memory_limit`` per worker.
    """

    workers: int | None = None
    timeout: float = FILE_TIMEOUT
    memory_limit: int | None = WORKER_MEMORY
    inline: bool = False  # run in this process: for tests and debugging
    thumb_dir: str | None = None  # write thumbnails there instead of returning bytes
    limits: ProbeLimits = field(default_factory=ProbeLimits)
    probe: ProbeFunction = probe_file
    start_method: str = field(default_factory=worker_start_method)
    max_files_per_worker: int = 500  # then the worker is replaced, returning its memory
    abandon_on_cancel: bool = False  # cancel stops the files in flight too (their results lost)


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
    with BoundedPool(_pool_options(languages, options)) as pool:
        for path, result in pool.run((Path(p) for p in paths), cancel):
            if isinstance(result, WorkerFailure):
                result = _failure(path, result)
            yield path, result


def _pool_options(languages: tuple[str, ...], options: RunnerOptions) -> PoolOptions:
    limit = bounded_memory_limit(options.memory_limit)
    workers = options.workers or default_workers()
    return PoolOptions(
        function=functools.partial(_call, options.probe, languages, options),
        workers=bounded_workers(workers, limit),
        timeout=options.timeout,
        memory_limit=limit,
        start_method=options.start_method,
        preload=("exhibit.ingest.probe",),
        max_tasks_per_worker=options.max_files_per_worker,
        abandon_on_cancel=options.abandon_on_cancel,
        describe=lambda path: display_text(Path(path).name),
        label="the import workers",
    )


def _failure(path: Path, failure: WorkerFailure) -> ProbeResult:
    name = display_text(path.name)
    if failure.reason == "error":
        return failed(path, "crashed", f"Probing {name} failed: {failure.message}")
    if failure.reason == "out_of_memory" and name not in failure.message:
        return failed(path, "out_of_memory", f"{name} needed more memory than allowed.")
    return failed(path, failure.reason, failure.message)


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
        yield path, _call(options.probe, languages, options, path)


def _call(
    probe: ProbeFunction, languages: tuple[str, ...], options: RunnerOptions, path: Path
) -> ProbeResult:
    name = display_text(path.name)
    try:
        return probe(path, languages, options.thumb_dir, options.limits)
    except MemoryError:
        return failed(path, "out_of_memory", f"{name} needed more memory than allowed.")
    except Exception as exc:  # probe_file does not raise; an injected probe might
        return failed(path, "crashed", f"Probing {name} failed: {type(exc).__name__}: {exc}")
