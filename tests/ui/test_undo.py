"""Undo commands: each edit, undone and redone, leaves the store as it was each time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from exhibit.core.errors import FieldError
from exhibit.core.fields import Owner
from exhibit.core.model import LoanStatus, TranslationStatus, freeze_texts
from exhibit.ui.undo import (
    AddSectionCommand,
    DeleteSectionCommand,
    DeleteWorksCommand,
    ImportCommand,
    MoveSectionCommand,
    MoveWorksCommand,
    SetExhibitionCommand,
    SetFieldCommand,
    SetStatusCommand,
    SetTextCommand,
    UndoStack,
)

T = TranslationStatus


@pytest.fixture
def stack(qtbot):
    return UndoStack()


def snapshot(catalogue):
    """Everything a curator sees (an undone new text leaves an empty row, which shows nothing)."""
    items = [*catalogue.works(), *catalogue.sections(), catalogue.exhibition()]
    return [_without_empty_texts(item) for item in items]


def _without_empty_texts(item):
    texts = {
        name: {lang: e for lang, e in by_lang.items() if not e.empty or e.status is not T.MISSING}
        for name, by_lang in item.texts.items()
    }
    return replace(item, texts=freeze_texts({k: v for k, v in texts.items() if v}))


def round_trip(stack, catalogue, command) -> tuple:
    before = snapshot(catalogue)
    assert stack.push_command(command)
    after = snapshot(catalogue)
    assert after != before
    stack.undo()
    assert snapshot(catalogue) == before
    stack.redo()
    return before, after


def test_text_edit_undo_redo_and_typing_merges(stack, catalogue, add_works) -> None:
    (w,) = add_works(catalogue, 1, thumbnails=False)
    for text in ("D", "Di", "Die"):
        stack.push_command(
            SetTextCommand(catalogue, Owner.WORK, w.id, "caption", "de", text, session=1)
        )
    assert stack.count() == 1
    assert catalogue.work(w.id).value("caption", "de") == "Die"
    stack.push_command(
        SetTextCommand(catalogue, Owner.WORK, w.id, "caption", "zh-Hans", "河", session=2)
    )
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert catalogue.work(w.id).value("caption", "de") == ""
    stack.redo()
    stack.redo()
    assert catalogue.work(w.id).value("caption", "zh-Hans") == "河"


def test_status_and_field_round_trips(stack, catalogue, add_works) -> None:
    works = add_works(catalogue, 3, thumbnails=False)
    catalogue.set_field([works[0].id], "photographer", "Anna")
    round_trip(
        stack,
        catalogue,
        SetStatusCommand(catalogue, Owner.WORK, works[0].id, "title", "zh-Hans", T.APPROVED),
    )
    assert catalogue.work(works[0].id).text("title", "zh-Hans").status is T.APPROVED
    ids = [w.id for w in works]
    round_trip(stack, catalogue, SetFieldCommand(catalogue, ids, "photographer", "Jürgen Weber"))
    assert {w.photographer for w in catalogue.works()} == {"Jürgen Weber"}
    stack.undo()
    assert [w.photographer for w in catalogue.works()] == ["Anna", "", ""]
    stack.redo()
    stack.push_command(SetFieldCommand(catalogue, ids, "tags", ("Rur", "Wasser")))
    assert catalogue.work(ids[1]).tags == ("Rur", "Wasser")
    stack.undo()
    assert catalogue.work(ids[1]).tags == ()
    stack.push_command(SetFieldCommand(catalogue, ids[:2], "loan_status", "shipped"))
    assert catalogue.work(ids[0]).loan_status is LoanStatus.SHIPPED
    stack.undo()
    assert catalogue.work(ids[0]).loan_status is LoanStatus.CANDIDATE


def test_refused_edit_is_not_pushed_and_is_reported(qtbot, stack, catalogue, add_works) -> None:
    (w,) = add_works(catalogue, 1, thumbnails=False)
    with qtbot.waitSignal(stack.error) as error:
        ok = stack.push_command(
            SetTextCommand(catalogue, Owner.WORK, w.id, "title", "de", "x" * 201)
        )
    assert not ok
    assert isinstance(error.args[0], FieldError)
    assert stack.count() == 0


def test_move_delete_and_import_round_trips(stack, catalogue, add_works) -> None:
    works = add_works(catalogue, 4, thumbnails=False)
    ids = [w.id for w in works]
    round_trip(stack, catalogue, MoveWorksCommand(catalogue, [ids[3]], None, before=ids[0]))
    assert [w.id for w in catalogue.works()] == [ids[3], ids[0], ids[1], ids[2]]
    round_trip(stack, catalogue, DeleteWorksCommand(catalogue, [ids[0], ids[2]]))
    assert [w.id for w in catalogue.works()] == [ids[3], ids[1]]
    stack.undo()
    assert [w.number for w in catalogue.works()] == [1, 2, 3, 4]
    new = add_works(catalogue, 2, thumbnails=False, start=10)
    command = ImportCommand(catalogue, [w.id for w in new])
    stack.push_command(command)
    assert catalogue.count_works() == 6
    stack.undo()
    assert catalogue.count_works() == 4
    stack.redo()
    assert [w.id for w in catalogue.works()][-2:] == [w.id for w in new]
    assert catalogue.work(new[0].id).value("title", "de") == new[0].value("title", "de")


def test_section_commands_round_trip(stack, catalogue, add_works) -> None:
    works = add_works(catalogue, 3, thumbnails=False)
    add = AddSectionCommand(catalogue, {"de": "Stadt", "zh-Hans": "城市"})
    round_trip(stack, catalogue, add)
    other = catalogue.add_section({"de": "Kreis"})
    stack.clear()
    section = catalogue.sections()[0]
    assert section.id == add.section.id
    catalogue.move_works([works[0].id, works[1].id], section.id)
    round_trip(stack, catalogue, MoveSectionCommand(catalogue, section.id, 1))
    assert [s.id for s in catalogue.sections()] == [other.id, section.id]
    round_trip(stack, catalogue, DeleteSectionCommand(catalogue, section.id, other.id))
    assert {w.section_id for w in catalogue.works([works[0].id, works[1].id])} == {other.id}
    stack.undo()
    assert catalogue.work(works[0].id).section_id == section.id


def test_exhibition_settings_round_trip(stack, catalogue) -> None:
    command = SetExhibitionCommand(
        catalogue,
        {("venue", "de"): "Ausstellungszentrum Jinhua", ("venue", "zh-Hans"): "金华展览中心"},
        {"opening": "2026-09-18", "closing": None},
        ("de", "zh-Hans", "en"),
    )
    round_trip(stack, catalogue, command)
    ex = catalogue.exhibition()
    assert ex.languages == ("de", "zh-Hans", "en")
    assert ex.value("venue", "zh-Hans") == "金华展览中心"
    assert ex.opening.isoformat() == "2026-09-18"
