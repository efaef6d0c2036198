"""The bounded worker pool shared by import and export: bounds, failures, worker count."""

from __future__ import annotations

import os

import pytest

from exhibit.core.jobs import CancelToken, default_workers
from exhibit.core.processes import (
    MIN_WORKER_MEMORY,
    WORKER_MEMORY,
    BoundedPool,
    PoolOptions,
    WorkerFailure,
    available_memory,
    bounded_memory_limit,
    bounded_workers,
)
from exhibit.testing import pool_task

GB = 1 << 30


def test_workers_times_the_memory_limit_stay_below_the_available_memory() -> None:
    assert bounded_workers(4, 2 * GB, available=9 * GB) == 4
    assert bounded_workers(4, 2 * GB, available=5 * GB) == 2
    assert bounded_workers(4, 2 * GB, available=1 * GB) == 1  # one always runs...
    assert bounded_memory_limit(2 * GB, available=1 * GB) == 1 * GB  # ...under a lower limit
    assert bounded_memory_limit(2 * GB, available=100 << 20) == MIN_WORKER_MEMORY
    assert bounded_workers(3, None, available=1) == 3  # no limit asked: nothing to bound


def test_the_default_worker_count_is_bounded_by_memory() -> None:
    workers = default_workers()
    assert 1 <= workers <= (os.cpu_count() or 1)
    available = available_memory()
    if available is not None and available >= WORKER_MEMORY:
        assert workers * WORKER_MEMORY <= available


def test_failures_of_every_kind_come_back_and_the_rest_finishes() -> None:
    tasks = ["a", "sleep", "crash", "raise", "hog", "b"]
    options = PoolOptions(pool_task, workers=2, timeout=3.0, memory_limit=GB)
    with BoundedPool(options) as pool:
        results = dict(pool.run(iter(tasks), CancelToken()))
    assert results["a"] == "A" and results["b"] == "B"
    reasons = {t: r.reason for t, r in results.items() if isinstance(r, WorkerFailure)}
    assert reasons == {
        "sleep": "timeout",
        "crash": "crashed",
        "raise": "error",
        "hog": "out_of_memory",
    }
    assert isinstance(results["raise"].error, ValueError)


def test_cancel_can_abandon_the_files_in_flight() -> None:
    cancel = CancelToken()
    options = PoolOptions(pool_task, workers=1, abandon_on_cancel=True)
    with BoundedPool(options) as pool:
        run = pool.run(iter(["x", "sleep", "y"]), cancel)
        assert next(run) == ("x", "X")
        cancel.cancel()
        with pytest.raises(StopIteration):
            next(run)  # returns at once instead of waiting out the sleeping file
