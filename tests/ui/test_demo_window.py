"""`exhibit demo` with a display: the start page shows at once and the demo is made behind it,
as a job on a worker thread with progress, then opened."""

from __future__ import annotations

from pathlib import Path

from exhibit.core.store import Catalogue
from exhibit.demo import WORKS, DemoJob


def test_the_app_makes_the_demo_as_a_job_behind_the_start_page(
    qtbot, tmp_path: Path, ui_settings, monkeypatch
) -> None:
    from exhibit.ui.app import Projects

    opened = []  # the window itself is tested elsewhere; here: what it is asked to open
    monkeypatch.setattr(Projects, "open_project", lambda self, path=None: opened.append(path))
    projects = Projects(ui_settings)
    projects.show_start()
    qtbot.addWidget(projects.start_page)
    target = tmp_path / "Demo.exhibit"
    runner = projects.make_demo(target, catalogue=False, jobs=0)
    # the job runs on its own thread; the start page and the progress dialog show meanwhile
    assert runner.running
    assert isinstance(runner._worker._job, DemoJob)
    assert runner._thread.isRunning()
    assert projects.start_page.isVisible()
    seen = []
    runner.progressed.connect(seen.append)
    with qtbot.waitSignal(runner.finished, timeout=120_000):
        pass
    assert seen and seen[-1].done == seen[-1].total == len(WORKS)
    assert opened == [target]
    with Catalogue.open(target) as cat:
        assert len(cat.works()) == len(WORKS)
