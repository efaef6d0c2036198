"""The process runner: streaming, timeouts, crashes, memory limits, cancel, bounded input."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.core.jobs import CancelToken
from exhibit.ingest.workers import RunnerOptions, run_probes
from exhibit.testing import hooked_probe, make_jpeg

LANGS = ("de", "zh-Hans")


@pytest.fixture
def files(tmp_path: Path):
    def make(*names: str) -> list[Path]:
        paths = [tmp_path / name for name in names]
        for path in paths:
            make_jpeg(path, size=(40, 30))
        return paths

    return make


def options(**kwargs) -> RunnerOptions:
    return RunnerOptions(**{"workers": 2, "probe": hooked_probe, **kwargs})


def test_process_pool_probes_every_file(files) -> None:
    paths = files("a.jpg", "b.jpg", "c.jpg")
    results = dict(run_probes(paths, LANGS, options()))
    assert set(results) == set(paths)
    assert all(r.ok and r.thumbnail for r in results.values())


def test_timeout_kills_and_replaces_the_worker(files) -> None:
    paths = files("a.jpg", "sleep.jpg", "b.jpg", "c.jpg")
    results = dict(run_probes(paths, LANGS, options(timeout=2.0)))
    assert results[paths[1]].reason == "timeout" and "sleep.jpg" in results[paths[1]].message
    assert all(results[p].ok for p in paths if p != paths[1])


def test_crash_is_reported_and_the_batch_goes_on(files) -> None:
    paths = files("crash.jpg", "a.jpg", "b.jpg")
    results = dict(run_probes(paths, LANGS, options()))
    assert results[paths[0]].reason == "crashed"
    assert results[paths[1]].ok and results[paths[2]].ok


def test_memory_limit(files) -> None:
    paths = files("hog.jpg", "a.jpg")
    results = dict(run_probes(paths, LANGS, options(memory_limit=1 << 30)))
    assert results[paths[0]].reason == "out_of_memory"
    assert results[paths[1]].ok


def test_cancel_stops_handing_out_files(files) -> None:
    paths = files(*(f"{i}.jpg" for i in range(8)))
    cancel = CancelToken()
    seen = []
    for path, _ in run_probes(paths, LANGS, options(), cancel):
        seen.append(path)
        cancel.cancel()
    assert 1 <= len(seen) <= 2  # what was in flight finishes; nothing new starts


def test_inline_mode_and_cancel(files) -> None:
    paths = files("a.jpg", "b.jpg", "c.jpg")
    cancel = CancelToken()
    seen = []
    for path, result in run_probes(paths, LANGS, options(inline=True), cancel):
        seen.append(path)
        assert result.ok
        cancel.cancel()
    assert seen == paths[:1]


def test_paths_are_taken_lazily(files) -> None:
    paths = files(*(f"{i}.jpg" for i in range(6)))
    pulled = []

    def source():
        for path in paths:
            pulled.append(path)
            yield path

    for done, _ in enumerate(run_probes(source(), LANGS, options()), start=1):
        assert len(pulled) - done <= 2  # never more files in flight than workers


def test_spawn_start_method(files) -> None:
    paths = files("a.jpg")
    results = dict(run_probes(paths, LANGS, options(workers=1, start_method="spawn")))
    assert results[paths[0]].ok
