"""One writer in the window: typing while a job writes, what a keystroke costs, undo steps.

The job runs through ``JobRunner`` as the import and the check of the originals do: it computes
on its own thread and the window's thread stores what it hands over. The inspector refreshes
only the fields the store's change records name for the works it shows, and keeps the
curator's typing.
"""

from __future__ import annotations

import re

from fake_jobs import FakeWritingJob
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from exhibit.core.fields import Owner
from exhibit.core.model import normalize_text
from exhibit.ui.workers import JobRunner

# letters, digits, spaces and punctuation a caption holds, Latin with umlauts and CJK
CAPTION_TEXT = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ÄÖÜäöüß.,-'0123456789MRK集市河")),
    min_size=1,
    max_size=24,
)


def focus(qtbot, window, editor) -> None:
    window.activateWindow()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(editor.hasFocus)


def press(editor, char: str) -> None:
    """One key carrying ``char`` (QTest's keyClicks knows only ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(editor, event)


def type_slowly(qtbot, editor, text: str) -> None:
    """One key at a time, letting the event loop run between keys (the job's results land)."""
    for char in text:
        press(editor, char)
        qtbot.wait(1)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=CAPTION_TEXT)
def test_typing_while_a_job_writes_other_works_keeps_every_key(
    qtbot, window, catalogue, text
) -> None:
    works = catalogue.works()
    selected, others = works[0], [w.id for w in works[1:]]
    window.select_ids([selected.id])
    editor = window.inspector.captions.cells[("caption", "de")].editor
    focus(qtbot, window, editor)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    job = FakeWritingJob(catalogue, [*others, selected.id], rounds=50, delay=0.0005)
    job.field = ("title", "zh-Hans")  # the selected work gets other fields written too
    runner = JobRunner(job, window)
    runner.start()
    type_slowly(qtbot, editor, text)
    runner.cancel()
    runner.wait()
    assert job.written > 0
    assert editor.toPlainText() == text
    assert catalogue.work(selected.id).text("caption", "de").text == normalize_text(text)
    assert window.inspector.works[0].text("caption", "de").text == normalize_text(text)


def test_ten_keystrokes_cost_ten_small_writes_and_no_reload(qtbot, window, catalogue) -> None:
    work = catalogue.works()[0]
    window.select_ids([work.id])
    editor = window.inspector.captions.cells[("caption", "de")].editor
    focus(qtbot, window, editor)
    statements: list[str] = []
    catalogue._conn.set_trace_callback(statements.append)
    try:
        qtbot.keyClicks(editor, "Marktplatz")
    finally:
        catalogue._conn.set_trace_callback(None)
    assert catalogue.work(work.id).value("caption", "de") == "Marktplatz"
    # SQLite reports a statement again for each trigger it runs (the field's history row):
    # those repeats are part of the one write
    statements = [s for i, s in enumerate(statements) if i == 0 or statements[i - 1] != s]
    writes = [s for s in statements if re.match(r"\s*(INSERT|UPDATE|DELETE|REPLACE)", s)]
    assert len(writes) == 10
    assert all("'caption', 'de'" in s and f"'work', {work.id}," in s for s in writes)
    assert sum(s.startswith("BEGIN") for s in statements) == 10
    # no full reload: nothing reads every work, nor any other work's rows
    reads = [s for s in statements if s.startswith("SELECT")]
    assert not [s for s in reads if "FROM works" in s and "WHERE" not in s]
    assert not [s for s in reads if "FROM texts" in s and "owner_id" not in s]
    assert len(statements) <= 10 * 7  # was 146 for the same ten keys


def test_separate_edits_of_a_field_are_separate_undo_steps(qtbot, window, catalogue) -> None:
    work = catalogue.works()[0]
    window.select_ids([work.id])
    cells = window.inspector.captions.cells
    caption, title = cells[("caption", "de")].editor, cells[("title", "de")].editor
    focus(qtbot, window, caption)
    qtbot.keyClicks(caption, "Markt")
    focus(qtbot, window, title)  # leave the caption ...
    focus(qtbot, window, caption)  # ... and come back: a new edit
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    qtbot.keyClicks(caption, " am Rathaus")
    assert catalogue.work(work.id).value("caption", "de") == "Markt am Rathaus"
    window.undo_action.trigger()
    assert catalogue.work(work.id).value("caption", "de") == "Markt"
    assert caption.toPlainText() == "Markt"
    window.undo_action.trigger()
    assert catalogue.work(work.id).value("caption", "de") == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert catalogue.work(work.id).value("caption", "de") == "Markt am Rathaus"


def test_a_change_of_the_field_being_typed_keeps_the_curator_s_text(
    qtbot, window, catalogue
) -> None:
    work = catalogue.works()[0]
    window.select_ids([work.id])
    editor = window.inspector.fields.editors["photographer"]
    focus(qtbot, window, editor)
    qtbot.keyClicks(editor, "Anna Sch")  # written when editing finishes: not yet stored
    catalogue.set_field([work.id], "photographer", "Bernd")  # e.g. a job, behind the editor
    assert editor.text() == "Anna Sch" and editor.cursorPosition() == 8
    qtbot.keyClicks(editor, "mitz")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert catalogue.work(work.id).photographer == "Anna Schmitz"
    # another field of the same work changing leaves the caption editor and its cursor alone
    caption = window.inspector.captions.cells[("caption", "de")].editor
    focus(qtbot, window, caption)
    qtbot.keyClicks(caption, "Rur")
    caption.moveCursor(caption.textCursor().MoveOperation.Start)
    catalogue.set_text(Owner.WORK, work.id, "title", "zh-Hans", "鲁尔河")
    assert caption.textCursor().position() == 0 and caption.toPlainText() == "Rur"
    assert window.inspector.captions.cells[("title", "zh-Hans")].editor.text() == "鲁尔河"
    QApplication.processEvents()


def test_the_heading_follows_numbers_moved_by_an_insert(qtbot, window, catalogue) -> None:
    from exhibit.core.model import NewWork, OriginalRef

    works = catalogue.works()
    section = catalogue.add_section({"de": "Stadt"})
    catalogue.move_works([works[0].id], section.id)
    window.select_ids([works[1].id])
    assert "No. 2 ·" in window.inspector.heading.text()
    catalogue.add_work(
        NewWork(OriginalRef("photos/neu.jpg", "f" * 64, 1, 1.0), section_id=section.id)
    )
    assert catalogue.work(works[1].id).number == 3
    assert "No. 3 ·" in window.inspector.heading.text()
