"""Originals from the window: the background check notes missing ones; relink finds them."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exhibit.ui.originals import OriginalsChecker, relink_originals


def test_check_notes_a_missing_original(qtbot, photos_project) -> None:
    cat = photos_project
    first = cat.works()[0]
    cat.original_path(first).unlink()
    checker = OriginalsChecker(cat)
    with qtbot.waitSignal(checker.checked, timeout=10000) as signal:
        checker.start()
    report = signal.args[0]
    assert [o.number for o in report.outcomes if o.outcome.value == "missing"] == [1]
    assert [p.code for p in cat.work(first.id).problems] == ["missing_original"]


def test_relink_finds_a_moved_original(qtbot, photos_project, tmp_path, monkeypatch) -> None:
    cat = photos_project
    first = cat.works()[0]
    moved = tmp_path / "USB" / "umbenannt.jpg"
    moved.parent.mkdir()
    shutil.move(cat.original_path(first), moved)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(moved.parent))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    run = relink_originals(cat, parent)
    with qtbot.waitSignal(run.runner.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert "1" in shown[0]
    assert cat.original_path(cat.work(first.id)).resolve() == moved.resolve()


def test_window_marks_missing_originals_after_opening(qtbot, window) -> None:
    from exhibit.ui.models.works_model import Role

    model = window.works_model
    # the works of the fixture point at files that do not exist

    def all_missing() -> bool:
        rows = range(model.rowCount())
        return all(model.data(model.index(r, 0), Role.MISSING_ORIGINAL) for r in rows)

    qtbot.waitUntil(all_missing, timeout=10000)


def test_inspector_says_missing_once(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    from exhibit.core.model import Problem
    from exhibit.ingest.relink import MISSING

    work = window.catalogue.works()[0]
    window.catalogue.set_problems(work.id, [Problem(MISSING, "p0.jpg: the original is missing")])
    window.select_ids([work.id])
    qtbot.waitUntil(lambda: bool(window.inspector.works and window.inspector.works[0].problems))
    texts = [w.text() for w in window.inspector.facts.findChildren(QLabel)]
    assert sum("missing" in t for t in texts) == 1, texts


def test_window_rebuilds_deleted_thumbnails_in_the_background(
    qtbot, photos_project, ui_settings
) -> None:
    import shutil as sh

    from exhibit.ui.main_window import MainWindow

    cat = photos_project
    sh.rmtree(cat.paths.thumbnails)
    win = MainWindow(cat, ui_settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.rebuilder.rebuilt, timeout=30000) as signal:
        win.show()
    shas = {w.original.sha256 for w in cat.works()}
    assert set(signal.args[0]) == shas
    assert all(cat.paths.thumbnail(sha).is_file() for sha in shas)
    qtbot.waitUntil(lambda: all(win.thumbnails.pixmap(s, 96) is not None for s in shas))
    win.close()


def test_a_fifo_original_does_not_hang_the_check_or_closing(qtbot, photos_project) -> None:
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    cat = photos_project
    first = cat.works()[0]
    path = cat.original_path(first)
    path.unlink()
    os.mkfifo(path)
    checker = OriginalsChecker(cat)
    with qtbot.waitSignal(checker.checked, timeout=10000) as signal:
        checker.start()
    assert signal.args[0].outcomes[0].outcome.value == "missing"
    checker.stop()  # returns: nothing waits on the pipe


def test_opening_the_window_reads_the_works_once(qtbot, catalogue, ui_settings) -> None:
    # the check of the originals takes the works the grid's model has just read
    from tests.ui.conftest import make_works

    from exhibit.ui.main_window import MainWindow

    make_works(catalogue, 4)
    statements: list[str] = []
    catalogue._conn.set_trace_callback(statements.append)
    win = MainWindow(catalogue, ui_settings)
    qtbot.addWidget(win)
    catalogue._conn.set_trace_callback(None)
    assert sum("SELECT * FROM works" in s for s in statements) == 1
    with qtbot.waitSignal(win.originals.checked, timeout=10000) as signal:
        pass
    assert len(signal.args[0].outcomes) == 4  # every work was checked
    win.originals.stop()
    win.rebuilder.stop()
    win.close()
