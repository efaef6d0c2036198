"""Run a core job from the command line: a progress bar, and Ctrl-C as cancel.

The first Ctrl-C sets the job's cancel token (what was finished is kept); a second one
interrupts at once.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import TypeVar

from exhibit.cli.output import ProgressBar
from exhibit.core.jobs import CancelToken, Job

R = TypeVar("R")


@contextlib.contextmanager
def _ctrl_c_cancels(cancel: CancelToken) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_job(job: Job[R], io, *, progress: bool = True) -> R:
    cancel = CancelToken()
    bar = ProgressBar(io.err, enabled=None if progress else False)
    try:
        with _ctrl_c_cancels(cancel):
            return job.run(bar, cancel)
    finally:
        bar.finish()
