"""JobRunner: a core job on a QThread, progress throttled into signals, cancel, result, errors."""

from __future__ import annotations

import threading

import pytest
from fake_jobs import FakeImportJob

from exhibit.core.jobs import Cancelled, JobReport, Outcome, Progress
from exhibit.ui.workers import JobRunner


def test_runs_the_job_off_the_ui_thread_and_returns_its_report(qtbot) -> None:
    job = FakeImportJob(20)
    runner = JobRunner(job)
    seen: list[Progress] = []
    runner.progressed.connect(seen.append)
    with qtbot.waitSignal(runner.succeeded) as blocker, qtbot.waitSignal(runner.finished):
        runner.start()
    report = blocker.args[0]
    assert isinstance(report, JobReport)
    assert len(report.outcomes) == 20 and not report.cancelled
    assert job.thread_name != threading.current_thread().name
    assert seen and seen[-1].done == 20  # the last progress always arrives
    assert runner.done and not runner.running


def test_progress_is_throttled(qtbot) -> None:
    job = FakeImportJob(3000)
    runner = JobRunner(job, interval_ms=50)
    seen: list[Progress] = []
    runner.progressed.connect(seen.append)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start()
    assert 1 <= len(seen) < 3000
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].done == 3000


def test_cancel_stops_promptly_and_keeps_what_was_done(qtbot) -> None:
    job = FakeImportJob(500, delay=0.005)
    runner = JobRunner(job)
    seen: list[Progress] = []
    runner.progressed.connect(seen.append)
    runner.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].done >= 3)
    with qtbot.waitSignal(runner.succeeded) as blocker:
        runner.cancel()
    report = blocker.args[0]
    assert report.cancelled
    assert 3 <= len(report.outcomes) < 500
    assert len(report.outcomes) + report.not_started == 500
    assert runner.token.cancelled


def test_cancel_while_held_before_the_first_file(qtbot) -> None:
    gate = threading.Event()
    job = FakeImportJob(5, gate=gate)
    runner = JobRunner(job)
    runner.start()
    qtbot.waitUntil(job.started.is_set)
    runner.cancel()
    with qtbot.waitSignal(runner.succeeded) as blocker:
        gate.set()
    assert blocker.args[0].cancelled and blocker.args[0].outcomes == ()


def test_an_exception_comes_back_by_signal(qtbot) -> None:
    runner = JobRunner(FakeImportJob(5, fail_with=OSError(28, "No space left on device")))
    with qtbot.waitSignal(runner.failed) as blocker, qtbot.waitSignal(runner.finished):
        runner.start()
    assert isinstance(blocker.args[0], OSError)


def test_cancelled_raised_by_a_job_is_a_failure_the_caller_can_recognise(qtbot) -> None:
    runner = JobRunner(FakeImportJob(5, fail_with=Cancelled()))
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.start()
    assert isinstance(blocker.args[0], Cancelled)


def test_wait_delivers_the_outcome_synchronously(qtbot) -> None:
    gate = threading.Event()
    runner = JobRunner(FakeImportJob(10, gate=gate))
    results: list[JobReport] = []
    runner.succeeded.connect(results.append)
    runner.start()
    runner.cancel()
    gate.set()
    assert runner.wait(5000)
    assert len(results) == 1 and results[0].cancelled
    assert runner.wait(0)  # a second wait is harmless
    qtbot.wait(10)  # the queued QThread.finished must not deliver it twice
    assert len(results) == 1


def test_runs_once(qtbot) -> None:
    runner = JobRunner(FakeImportJob(1))
    with qtbot.waitSignal(runner.finished):
        runner.start()
    with pytest.raises(RuntimeError):
        runner.start()


def test_fake_outcomes_cover_every_kind(qtbot) -> None:
    runner = JobRunner(FakeImportJob(20))
    with qtbot.waitSignal(runner.succeeded) as blocker:
        runner.start()
    report = blocker.args[0]
    assert {o.outcome for o in report.outcomes} == {
        Outcome.IMPORTED,
        Outcome.DUPLICATE,
        Outcome.FAILED,
    }
