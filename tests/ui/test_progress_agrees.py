"""Progress that agrees: import heading and counter, no absurd first rate, "Checking…"."""

from __future__ import annotations

from tests.ui.fake_jobs import FakeImportJob
from tests.ui.test_import_dialog import _open

from exhibit.core.jobs import Progress
from exhibit.ui.dialogs.job_dialog import rate_text


def test_heading_and_counter_count_the_same_photos(qtbot) -> None:
    dialog = _open(qtbot, FakeImportJob(10))
    dialog._on_progress(Progress(4, 121, "/photos/a.jpg", elapsed=2.0))
    assert dialog.count_label.text() == "4 of 121"
    assert "121" in dialog.heading.text()
    assert dialog.progress_bar.maximum() == 121


def test_no_rate_from_the_first_instant() -> None:
    assert rate_text(Progress(1, 121, elapsed=0.0000483)) == ""  # was 20,708.3 per second
    assert rate_text(Progress(2, 121, elapsed=3.0)) == ""
    assert rate_text(Progress(6, 121, elapsed=3.0)).startswith("2.0 photos per second")


def test_preflight_says_checking_until_its_first_report(qtbot, window) -> None:
    panel = window.preflight
    panel._reported = False
    panel._show_summary()
    assert panel.summary.text() == "Checking…"
    window.preflight_dock.show()
    qtbot.waitUntil(lambda: panel._reported, timeout=20_000)
    assert panel.summary.text() != "Checking…"
