"""Every rule of the three-way comparison, on values (no files, no store)."""

from __future__ import annotations

import pytest

from exhibit.core.fields import Owner
from exhibit.core.model import Text, TranslationStatus, effective_status, fingerprint
from exhibit.core.translation import (
    Change,
    Current,
    ExportMeta,
    Fingerprints,
    Returned,
    ReturnedFile,
    Unit,
    plan_import,
)

S = TranslationStatus
LANGS = ("de", "zh-Hans")
META = ExportMeta("e1", "de", "zh-Hans")
SOURCE = "Der Markt am Samstag"


def unit(source=SOURCE, target="", max_length=None):
    return Unit(
        "work.u1.caption",
        Owner.WORK,
        7,
        "caption",
        3,
        "No. 3 caption",
        source,
        target,
        S.DRAFT,
        max_length,
    )


def current(ours="集市", status=S.DRAFT, source=SOURCE, max_length=None):
    return {"work.u1.caption": Current(unit(source, ours, max_length), Text(ours, status))}


def back(
    target,
    state="draft",
    status=S.DRAFT,
    *,
    base_target="集市",
    base_state="draft",
    base_status="draft",
    source=SOURCE,
    base=True,
    uid="work.u1.caption",
):
    fp = (
        Fingerprints(
            fingerprint(SOURCE),
            fingerprint(base_target) if base_target else "",
            base_state,
            base_status,
        )
        if base
        else None
    )
    return Returned(uid, source, target, status, state, fp)


def one(returned, cur=None, trust=False, meta=META):
    plan = plan_import(
        ReturnedFile(meta, (returned,)), cur or current(), LANGS, trust_approvals=trust
    )
    assert not plan.errors
    (line,) = plan.lines
    return line


def test_unchanged_on_both_sides_changes_nothing():
    assert one(back("集市")).change is Change.UNCHANGED


def test_changed_only_in_the_file_is_taken_with_its_status():
    line = one(back("周六的集市", "needs review", S.NEEDS_REVIEW))
    assert line.change is Change.CHANGED
    assert line.theirs == Text("周六的集市", S.NEEDS_REVIEW, None, fingerprint(SOURCE))


def test_new_when_the_field_was_empty_here():
    line = one(back("集市", base_target=""), current(ours=""))
    assert line.change is Change.NEW and line.theirs.text == "集市"


def test_changed_only_here_keeps_ours():
    assert one(back("集市"), current(ours="市场")).change is Change.UNCHANGED


def test_changed_on_both_sides_is_a_conflict_and_ours_is_kept():
    line = one(back("周六集市"), current(ours="市场"))
    assert line.change is Change.CONFLICT
    assert line.ours.text == "市场" and line.theirs.text == "周六集市"
    assert not line.writes


def test_the_same_change_on_both_sides_is_no_conflict():
    assert one(back("市场"), current(ours="市场")).change is Change.UNCHANGED


def test_a_source_changed_here_since_the_export_makes_theirs_outdated():
    moved_on = "Der Markt am Sonntag"
    line = one(back("周六的集市"), current(source=moved_on))
    assert line.change is Change.OUTDATED and line.writes
    source_now = Text(moved_on, S.DRAFT)
    assert effective_status(line.theirs, source_now, is_source_language=False) is S.OUTDATED


def test_an_empty_target_never_erases_ours():
    assert one(back("", "missing", None)).change is Change.UNCHANGED
    assert one(back("   ", "draft")).change is Change.UNCHANGED


def test_unknown_ids_are_rejected():
    line = one(back("x", uid="work.nope.caption"))
    assert line.change is Change.REJECTED and "no such field" in line.reason


def test_another_language_pair_is_refused_whole():
    plan = plan_import(ReturnedFile(ExportMeta("e", "de", "fr"), (back("x"),)), current(), LANGS)
    assert plan.errors and "de → fr" in plan.errors[0] and not plan.lines


def test_an_altered_source_in_the_file_is_rejected():
    line = one(back("周六的集市", source="Der Markt (geändert)"))
    assert line.change is Change.REJECTED and "source text was changed in the file" in line.reason


def test_approved_comes_back_approved_only_when_trusted():
    returned = back("周六的集市", "approved", S.APPROVED)
    assert one(returned).theirs.status is S.NEEDS_REVIEW
    assert one(returned, trust=True).theirs.status is S.APPROVED


def test_a_reviewers_approval_of_an_unchanged_text_changes_the_status_only():
    returned = back("集市", "approved", S.APPROVED)
    line = one(returned, trust=True)
    assert line.change is Change.CHANGED and line.theirs == Text(
        "集市", S.APPROVED, None, fingerprint(SOURCE)
    )
    assert one(returned).change is Change.CHANGED  # untrusted: needs review
    assert one(returned).theirs.status is S.NEEDS_REVIEW


def test_a_status_changed_here_too_is_kept():
    returned = back("集市", "needs review", S.NEEDS_REVIEW)
    assert one(returned, current(status=S.APPROVED)).change is Change.UNCHANGED


def test_too_long_for_the_field_is_rejected():
    line = one(back("长" * 11), current(max_length=10))
    assert line.change is Change.REJECTED and "at most 10" in line.reason


def test_without_a_record_of_the_export_only_empty_fields_are_filled():
    assert one(back("集市", base=False), current(ours="")).change is Change.NEW
    assert one(back("集市", base=False)).change is Change.UNCHANGED
    assert one(back("周六的集市", base=False)).change is Change.CONFLICT


def test_an_id_given_twice_is_rejected_the_second_time():
    plan = plan_import(ReturnedFile(META, (back("周六的集市"), back("别的"))), current(), LANGS)
    assert [x.change for x in plan.lines] == [Change.CHANGED, Change.REJECTED]


@pytest.mark.parametrize("text", ["集市", "周六的集市"])
def test_planning_twice_against_the_result_changes_nothing(text):
    first = one(back(text))
    ours = first.theirs if first.writes else Text("集市", S.DRAFT)
    again = one(back(text), {"work.u1.caption": Current(unit(), ours)})
    assert again.change is Change.UNCHANGED
