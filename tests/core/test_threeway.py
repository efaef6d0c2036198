"""Three-way merge of one field and of an order: outcomes, symmetry, idempotence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibit.core.model import Text, TranslationStatus
from exhibit.core.threeway import Outcome, comparable, merge_field, merge_order

D, A = TranslationStatus.DRAFT, TranslationStatus.APPROVED


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "outcome", "value"),
    [
        ("a", "a", "a", Outcome.UNCHANGED, "a"),
        ("a", "a", "b", Outcome.TAKE_THEIRS, "b"),
        ("a", "b", "a", Outcome.KEEP_OURS, "b"),
        ("a", "b", "b", Outcome.SAME_CHANGE, "b"),
        ("a", "b", "c", Outcome.CONFLICT, "b"),
        (None, None, "neu", Outcome.TAKE_THEIRS, "neu"),
        ("", None, "", Outcome.UNCHANGED, None),
        (1.0, 1, 2.5, Outcome.TAKE_THEIRS, 2.5),
        (("x",), ("x", "y"), ("x",), Outcome.KEEP_OURS, ("x", "y")),
    ],
)
def test_outcomes(base, ours, theirs, outcome, value):
    merged = merge_field(base, ours, theirs)
    assert merged.outcome is outcome
    assert merged.value == value


def test_texts_compare_after_normalization():
    decomposed = "Du\u0308ren\r\nam Rur"  # u + combining diaeresis, CRLF
    composed = "Düren\nam Rur"
    assert merge_field(composed, composed, decomposed).outcome is Outcome.UNCHANGED
    assert merge_field(composed, decomposed, "Düren").outcome is Outcome.TAKE_THEIRS


def test_status_is_part_of_a_text():
    base = Text("迪伦的老城", D, "2026-05-01")
    approved = Text("迪伦的老城", A, "2026-05-12")
    assert merge_field(base, base, approved).outcome is Outcome.TAKE_THEIRS
    # when it was written does not make it another value
    same_later = Text("迪伦的老城", D, "2026-06-01")
    assert merge_field(base, same_later, base).outcome is Outcome.UNCHANGED
    assert merge_field(base, approved, Text("迪伦老城", D)).outcome is Outcome.CONFLICT


def test_empty_theirs_never_erases_ours_when_asked():
    assert merge_field("Alt", "Alt", "").outcome is Outcome.TAKE_THEIRS
    kept = merge_field("Alt", "Alt", "", empty_theirs_keeps_ours=True)
    assert kept.outcome is Outcome.UNCHANGED and kept.value == "Alt"
    kept = merge_field("Alt", "Neu", Text(""), empty_theirs_keeps_ours=True)
    assert kept.outcome is Outcome.KEEP_OURS and kept.value == "Neu"
    # an empty ours still takes a filled theirs
    assert merge_field("", "", "Neu", empty_theirs_keeps_ours=True).value == "Neu"


values = st.one_of(
    st.none(),
    st.sampled_from(["", "a", "b", "Düren", "Du\u0308ren", "迪伦", "x\r\ny", "x\ny"]),
    st.builds(Text, st.sampled_from(["", "a", "迪伦"]), st.sampled_from(list(TranslationStatus))),
    st.integers(-2, 2),
)


@given(values, values, values, st.booleans())
def test_conflicts_are_symmetric(base, ours, theirs, keep):
    a = merge_field(base, ours, theirs, empty_theirs_keeps_ours=keep)
    b = merge_field(base, theirs, ours, empty_theirs_keeps_ours=keep)
    if not keep:
        assert a.conflict == b.conflict
    if not a.conflict and not b.conflict and not keep:
        assert comparable(a.value) == comparable(b.value)
        swapped = {Outcome.TAKE_THEIRS: Outcome.KEEP_OURS, Outcome.KEEP_OURS: Outcome.TAKE_THEIRS}
        assert b.outcome is swapped.get(a.outcome, a.outcome)


@given(values, values, values, st.booleans())
def test_merging_twice_changes_nothing(base, ours, theirs, keep):
    once = merge_field(base, ours, theirs, empty_theirs_keeps_ours=keep)
    twice = merge_field(base, once.value, theirs, empty_theirs_keeps_ours=keep)
    assert comparable(twice.value) == comparable(once.value)
    assert twice.outcome in (Outcome.UNCHANGED, Outcome.SAME_CHANGE, Outcome.KEEP_OURS) or (
        once.conflict and twice.conflict
    )


@given(values, values, st.booleans())
def test_no_change_on_one_side_gives_the_other(base, theirs, keep):
    merged = merge_field(base, base, theirs, empty_theirs_keeps_ours=keep)
    assert not merged.conflict
    if not keep:
        assert comparable(merged.value) == comparable(theirs)


# ------------------------------------------------------------------------ order


def test_moves_on_both_sides_are_both_kept():
    base = ["a", "b", "c", "d", "e"]
    ours = ["b", "c", "d", "a", "e"]  # a moved after d
    theirs = ["a", "b", "c", "e", "d"]  # d moved after e
    merged = merge_order(base, ours, theirs)
    assert merged.conflicts == ()
    assert merged.order == ("b", "c", "e", "d", "a")
    assert merge_order(base, theirs, ours).order == merged.order


def test_same_id_moved_apart_is_a_conflict_and_ours_wins():
    base = ["a", "b", "c", "d", "e"]
    merged = merge_order(base, ["b", "c", "a", "d", "e"], ["b", "c", "d", "e", "a"])
    assert merged.conflicts == ("a",)
    assert merged.order == ("b", "c", "a", "d", "e")


def test_added_and_removed_ids():
    base = ["a", "b", "c"]
    merged = merge_order(base, ["a", "x", "b", "c"], ["a", "c", "y"], members=["a", "c", "x", "y"])
    assert merged.order == ("a", "x", "c", "y")


orders = st.lists(st.sampled_from("abcdefgh"), unique=True, min_size=0, max_size=8)


@given(st.permutations("abcdefg"), st.permutations("abcdefg"), st.permutations("abcdefg"))
def test_order_merge_keeps_every_id_once_and_agrees_both_ways(base, ours, theirs):
    one = merge_order(base, ours, theirs)
    two = merge_order(base, theirs, ours)
    assert sorted(one.order) == sorted(base)
    assert one.conflicts == two.conflicts
    if not one.conflicts:
        assert one.order == two.order
    # idempotent: once merged, theirs is the new base, and merging it again changes nothing
    assert merge_order(theirs, one.order, theirs).order == one.order


@given(st.permutations("abcdefg"), st.permutations("abcdefg"))
def test_one_sided_reorder_is_taken_exactly(base, theirs):
    assert merge_order(base, base, theirs).order == tuple(theirs)
    assert merge_order(base, theirs, base).order == tuple(theirs)
