"""Two copies of one catalogue edited apart and merged: history, common base, conflicts."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exhibit.core.exchange import ORDER, PRESENT, SECTIONS, ForeignPackageError, plan_merge
from exhibit.core.fields import Owner
from exhibit.core.model import ExifFacts, NewWork, OriginalRef, TranslationStatus
from exhibit.core.store import Catalogue
from exhibit.core.threeway import same

_serial = itertools.count(1000)


def new_work(n: int | None = None, **kw) -> NewWork:
    n = next(_serial) if n is None else n
    return NewWork(
        original=OriginalRef(f"photos/p{n}.jpg", f"{n:064x}", 1000 + n, 1.5, "JPEG"),
        exif=ExifFacts(date_taken="2024-05-01T10:00:00"),
        **kw,
    )


def make_origin(root: Path) -> Catalogue:
    cat = Catalogue.create(root, {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"})
    cat.set_office("Düren")
    cat.set_author("Anna")
    section = cat.add_section({"de": "Die Stadt", "zh-Hans": "城市"})
    for n in range(1, 5):
        w = cat.add_work(new_work(n, section_id=section.id if n % 2 else None))
        cat.set_text(Owner.WORK, w.id, "title", "de", f"Bild {n}")
        cat.set_text(Owner.WORK, w.id, "title", "zh-Hans", f"图片{n}")
    return cat


def copy_of(cat: Catalogue, root: Path, office: str, author: str) -> Catalogue:
    """What a package does: the sender records it as sent, the copy becomes a copy of its own."""
    root.mkdir(parents=True)
    cat.record_exchange(root.name, "sent")
    cat.snapshot_to(root / "catalogue.sqlite")
    other = Catalogue.open(root, backup=False)
    other.become_new_copy(office)
    other.set_author(author)
    return other


def merge(ours: Catalogue, theirs: Catalogue, package: str = "p1"):
    plan = plan_merge(ours.exchange_state(), theirs.exchange_state())
    ours.apply_merge(plan, theirs, package)
    return plan


def by_number(cat: Catalogue, n: int):
    return cat.work_by_number(n)


@pytest.fixture
def pair(tmp_path: Path):
    a = make_origin(tmp_path / "Dueren.exhibit")
    b = copy_of(a, tmp_path / "Jinhua.exhibit", "Jinhua", "王丽")
    yield a, b
    a.close()
    b.close()


# ---------------------------------------------------------------------- history


def test_every_edit_records_who_where_and_when(catalogue: Catalogue) -> None:
    catalogue.set_office("Jinhua")
    catalogue.set_author("王丽")
    w = catalogue.add_work(new_work(1))
    catalogue.set_text(Owner.WORK, w.id, "caption", "zh-Hans", "老城")
    catalogue.set_field([w.id], "photographer", "Anna Schmitz")
    catalogue.set_tags([w.id], ["Rur", "Markt"])
    rev = catalogue.last_change(Owner.WORK, w.id, "caption", "zh-Hans")
    assert (rev.author, rev.office) == ("王丽", "Jinhua")
    assert rev.decoded() == ["老城", "draft"]
    assert rev.at.endswith("Z")
    assert catalogue.field_history(Owner.WORK, w.id, "tags")[-1].decoded() == ["Markt", "Rur"]
    # writing the same value again records nothing
    catalogue.set_text(Owner.WORK, w.id, "caption", "zh-Hans", "老城")
    assert len(catalogue.field_history(Owner.WORK, w.id, "caption", "zh-Hans")) == 1
    # a package folds what one author wrote since the last one into one row per field (tags
    # were written as a delete and two inserts); once sent, a row stays and the next is new
    catalogue.record_exchange("p1", "sent")
    tags = catalogue.field_history(Owner.WORK, w.id, "tags")
    assert [r.decoded() for r in tags] == [["Markt", "Rur"]]
    catalogue.set_status(Owner.WORK, w.id, "caption", "zh-Hans", TranslationStatus.APPROVED)
    rows = catalogue.field_history(Owner.WORK, w.id, "caption", "zh-Hans")
    assert [r.decoded() for r in rows] == [["老城", "draft"], ["老城", "approved"]]


def test_typing_and_importing_do_not_bloat_the_history(catalogue: Catalogue) -> None:
    w = catalogue.add_work(new_work(1))
    for n in range(1, 8):  # keystrokes, each its own transaction
        catalogue.set_text(Owner.WORK, w.id, "caption", "de", "Am Markt"[:n])
    for n in range(2, 12):
        catalogue.add_work(new_work(n))
    catalogue.record_exchange("p1", "sent")  # making a package folds them
    rows = catalogue.field_history(Owner.WORK, w.id, "caption", "de")
    assert [r.decoded()[0] for r in rows] == ["Am Mark"]
    orders = [r for r in catalogue.exchange_state().history.values() if r[0].field == "@order"]
    assert len(orders) == 1 and len(orders[0]) == 1  # only the newest unsent order is kept
    # what went out in a package stays: it may be the common base of the next merge
    catalogue.set_text(Owner.WORK, w.id, "caption", "de", "Am Markt")
    catalogue.add_work(new_work(40))
    catalogue.record_exchange("p2", "sent")
    assert len(catalogue.field_history(Owner.WORK, w.id, "caption", "de")) == 2
    orders = [r for r in catalogue.exchange_state().history.values() if r[0].field == "@order"]
    assert len(orders[0]) == 2


def test_an_import_keeps_one_unsent_order_row_not_one_per_work(catalogue: Catalogue) -> None:
    # each order row lists every work: one per added work grew as the square of the works
    def order_rows() -> list:
        return catalogue.field_history(Owner.EXHIBITION, 1, ORDER)

    for n in range(1, 6):
        catalogue.add_work(new_work(n))
    assert len(order_rows()) == 1
    assert len(order_rows()[0].decoded()) == 5
    catalogue.add_section({"de": "Markt"})
    assert len(catalogue.field_history(Owner.EXHIBITION, 1, SECTIONS)) == 1
    catalogue.record_exchange("p1", "sent")
    sent = order_rows()[0]
    for n in range(6, 9):
        catalogue.add_work(new_work(n))
    rows = order_rows()  # the sent row stays (it may be a common base), then the newest
    assert rows[0].origin_rev == sent.origin_rev and len(rows) == 2
    assert len(rows[1].decoded()) == 8


def test_uid_survives_renumbering_and_undo_of_a_delete(catalogue: Catalogue) -> None:
    a = catalogue.add_work(new_work(1))
    b = catalogue.add_work(new_work(2))
    assert a.uid and b.uid and a.uid != b.uid
    catalogue.move_works([b.id], None, before=a.id)
    assert by_number(catalogue, 1).uid == b.uid
    removed = catalogue.delete_works([b.id])
    catalogue.restore_works(removed)
    assert catalogue.work(b.id).uid == b.uid


def test_uids_are_uuids_and_a_section_keeps_its_own_through_undo(catalogue: Catalogue) -> None:
    import uuid

    section = catalogue.add_section({"de": "Die Stadt"})
    work = catalogue.add_work(new_work(1))
    for uid in (catalogue.exhibition_uid, section.uid, work.uid, catalogue.replica_id):
        assert uuid.UUID(uid).version == 4 and str(uuid.UUID(uid)) == uid
    catalogue.delete_section(section.id, None)
    catalogue.restore_section(section)
    assert catalogue.section(section.id).uid == section.uid


def test_office_and_author_are_kept_per_copy(project_dir: Path) -> None:
    with Catalogue.create(project_dir) as cat:
        assert cat.office == ""
        assert cat.author  # the OS user until set
        cat.set_office("Jinhua")
        cat.set_author("王丽")
    with Catalogue.open(project_dir, backup=False) as cat:
        assert (cat.office, cat.author) == ("Jinhua", "王丽")


# ---------------------------------------------------------------------- merging


def test_one_sided_edits_are_taken_and_both_sided_ones_conflict(pair) -> None:
    a, b = pair
    b.set_text(Owner.WORK, by_number(b, 1).id, "title", "zh-Hans", "新标题")
    b.set_text(Owner.WORK, by_number(b, 2).id, "title", "de", "Jinhua sagt")
    a.set_text(Owner.WORK, by_number(a, 2).id, "title", "de", "Düren sagt")
    a.set_field([by_number(a, 3).id], "notes", "Rahmen prüfen")
    plan = merge(a, b)
    assert by_number(a, 1).text("title", "zh-Hans").text == "新标题"
    assert by_number(a, 3).notes == "Rahmen prüfen"
    assert by_number(a, 2).text("title", "de").text == "Düren sagt"  # ours kept
    (c,) = a.conflicts()
    assert (c.field, c.lang, c.work_number) == ("title", "de", 2)
    assert c.ours == ["Düren sagt", "draft"] and c.theirs == ["Jinhua sagt", "draft"]
    assert (c.ours_office, c.theirs_office, c.theirs_author) == ("Düren", "Jinhua", "王丽")
    # the partner's edit is in our history under their name and office
    rev = a.last_change(Owner.WORK, by_number(a, 1).id, "title", "zh-Hans")
    assert (rev.author, rev.office) == ("王丽", "Jinhua")
    assert plan.changes_anything
    # the same again changes nothing
    again = plan_merge(a.exchange_state(), b.exchange_state())
    assert not again.taken and not again.imports and not again.added_works
    assert [x.key for x in again.conflicts] == [x.key for x in plan.conflicts]


def test_resolving_takes_theirs_or_keeps_ours_and_the_next_round_agrees(pair) -> None:
    a, b = pair
    for cat, text in ((a, "Düren sagt"), (b, "Jinhua sagt")):
        cat.set_text(Owner.WORK, by_number(cat, 2).id, "title", "de", text)
        cat.set_field([by_number(cat, 3).id], "edition", text)
    merge(a, b)
    title, edition = sorted(a.conflicts(), key=lambda c: c.field, reverse=True)
    a.resolve_conflicts([title.id], "theirs")
    a.resolve_conflicts([edition.id], "ours")
    assert by_number(a, 2).text("title", "de").text == "Jinhua sagt"
    assert by_number(a, 3).edition == "Düren sagt"
    assert a.conflicts() == []
    # Jinhua merges Düren's copy: both decisions arrive without a conflict
    plan = merge(b, a, "p2")
    assert plan.conflicts == ()
    assert by_number(b, 2).text("title", "de").text == "Jinhua sagt"
    assert by_number(b, 3).edition == "Düren sagt"


def test_open_conflict_settled_over_there_closes_here(pair) -> None:
    a, b = pair
    for cat, text in ((a, "Düren"), (b, "Jinhua")):
        cat.set_field([by_number(cat, 1).id], "photographer", text)
    merge(a, b)
    merge(b, a, "p2")
    assert len(a.conflicts()) == len(b.conflicts()) == 1
    b.resolve_conflicts([b.conflicts()[0].id], "ours")
    plan = plan_merge(a.exchange_state(), b.exchange_state())
    assert [c.key[2] for c in plan.taken] == ["photographer"]


def test_works_added_removed_and_moved_on_both_sides(pair) -> None:
    a, b = pair
    uids = [w.uid for w in a.works()]
    added_a = a.add_work(new_work(50))
    added_b = b.add_work(new_work(60))
    a.delete_works([by_number(a, 4).id])
    b.move_works([b.work_id_by_uid(uids[0])], None)  # No. 1 to the end of unsorted
    merge(a, b)
    merge(b, a, "p2")
    for cat in (a, b):
        have = [w.uid for w in cat.works()]
        assert added_a.uid in have and added_b.uid in have
        assert uids[3] not in have
        assert cat.integrity_problems() == []
    assert [w.uid for w in a.works()] == [w.uid for w in b.works()]


def test_removed_there_but_edited_here_is_a_conflict_not_a_loss(pair) -> None:
    a, b = pair
    w_a = by_number(a, 2)
    a.set_text(Owner.WORK, w_a.id, "title", "de", "neu in Düren")
    b.delete_works([by_number(b, 2).id])
    merge(a, b)
    assert a.work(w_a.id).text("title", "de").text == "neu in Düren"
    (c,) = a.conflicts()
    assert c.field == PRESENT
    merge(b, a, "p2")
    (c,) = b.conflicts()
    assert c.field == PRESENT and isinstance(c.theirs, dict)
    b.resolve_conflicts([c.id], "theirs")  # bring it back, with Düren's edit
    assert b.work_id_by_uid(w_a.uid) is not None
    back = b.work(b.work_id_by_uid(w_a.uid))
    assert back.text("title", "de").text == "neu in Düren"


def test_a_foreign_exhibition_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    other = make_origin(tmp_path / "other.exhibit")
    with pytest.raises(ForeignPackageError):
        plan_merge(catalogue.exchange_state(), other.exchange_state())
    other.close()


def test_an_older_copy_changes_nothing(pair, tmp_path: Path) -> None:
    a, b = pair
    b.set_field([by_number(b, 1).id], "notes", "erste Runde")
    old = copy_of(b, tmp_path / "old.exhibit", "Jinhua", "王丽")
    b.set_field([by_number(b, 1).id], "notes", "zweite Runde")
    merge(a, b, "p2")
    plan = merge(a, old, "p1")
    assert not plan.taken and not plan.conflicts
    assert by_number(a, 1).notes == "zweite Runde"
    old.close()


# ---------------------------------------------------------------------- property

EDIT = st.one_of(
    st.tuples(
        st.just("text"),
        st.integers(1, 6),
        st.sampled_from(["title", "caption"]),
        st.sampled_from(["de", "zh-Hans"]),
        st.sampled_from(["", "A", "B", "早", "晚"]),
    ),
    st.tuples(
        st.just("field"),
        st.integers(1, 6),
        st.sampled_from(["photographer", "notes"]),
        st.sampled_from(["", "X", "Y"]),
    ),
    st.tuples(st.just("tags"), st.integers(1, 6), st.sampled_from([(), ("a",), ("a", "b")])),
    st.tuples(st.just("status"), st.integers(1, 6), st.sampled_from(["draft", "approved"])),
    st.tuples(st.just("move"), st.integers(1, 6), st.integers(1, 6)),
    st.tuples(st.just("section"), st.integers(1, 6), st.booleans()),
    st.tuples(st.just("delete"), st.integers(1, 6)),
    st.tuples(st.just("add")),
)


def apply_edit(cat: Catalogue, edit: tuple) -> None:
    n = cat.count_works()
    kind = edit[0]
    if kind == "add":
        cat.add_work(new_work())
        return
    if n == 0:
        return
    w = by_number(cat, (edit[1] - 1) % n + 1)
    if kind == "text":
        cat.set_text(Owner.WORK, w.id, edit[2], edit[3], edit[4])
    elif kind == "field":
        cat.set_field([w.id], edit[2], edit[3])
    elif kind == "tags":
        cat.set_tags([w.id], edit[2])
    elif kind == "status":
        if not w.text("title", "zh-Hans").empty:
            cat.set_status(Owner.WORK, w.id, "title", "zh-Hans", TranslationStatus(edit[2]))
    elif kind == "move":
        other = by_number(cat, (edit[2] - 1) % n + 1)
        if other.id != w.id:
            cat.move_works([w.id], other.section_id, before=other.id)
    elif kind == "section":
        sections = cat.sections()
        cat.move_works([w.id], sections[0].id if edit[2] and sections else None)
    elif kind == "delete":
        cat.delete_works([w.id])


def edits_of(before: dict, after: dict) -> dict:
    return {k: v for k, v in after.items() if not same(before.get(k), v)}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(EDIT, max_size=6), st.lists(EDIT, max_size=6))
def test_edit_sequences_merge_the_same_both_ways_and_lose_no_edit(
    tmp_path_factory, ours_edits, theirs_edits
) -> None:
    root = tmp_path_factory.mktemp("pair")
    origin = make_origin(root / "o.exhibit")
    a = copy_of(origin, root / "a.exhibit", "Düren", "Anna")
    b = copy_of(origin, root / "b.exhibit", "Jinhua", "王丽")
    try:
        base = origin.exchange_state().values
        for e in ours_edits:
            apply_edit(a, e)
        for e in theirs_edits:
            apply_edit(b, e)
        a_vals = a.exchange_state().values
        b_vals = b.exchange_state().values
        # merge in both orders: b into a, and a into b (copies, so each sees the other unmerged)
        a2 = copy_of(a, root / "a2.exhibit", "Düren", "Anna")
        b2 = copy_of(b, root / "b2.exhibit", "Jinhua", "王丽")
        plan_ab = merge(a, b)
        plan_ba = merge(b2, a2, "p-a")
        ra, rb = a.exchange_state().values, b2.exchange_state().values
        conflicts_ab = {c.key for c in plan_ab.conflicts}
        conflicts_ba = {c.key for c in plan_ba.conflicts}
        assert conflicts_ab == conflicts_ba
        conflicted_uids = {k[1] for k in conflicts_ab}
        skip = {ORDER, SECTIONS}
        for key in set(ra) | set(rb):
            if key[2] in skip or key in conflicts_ab or key[1] in conflicted_uids:
                continue
            assert same(ra.get(key), rb.get(key)), key
        # no edit lost: each is in the result or in a recorded conflict
        for side in (edits_of(base, a_vals), edits_of(base, b_vals)):
            for key, value in side.items():
                if key[2] in skip or key in conflicts_ab or key[1] in conflicted_uids:
                    continue
                present = ra.get((key[0], key[1], PRESENT, ""), key[0] != "work")
                if not present:
                    continue  # the work was removed on the other side (no edit of it here)
                assert same(ra.get(key), value), key
        # orders agree on the works both results hold (unless a work was moved on both sides,
        # or removed on one and edited on the other: then each keeps its own for it, and works
        # placed after it follow it)
        place_conflict = any(k[2] in ("@place", PRESENT) for k in conflicts_ab)
        order_a = [u for u in ra[("exhibition", a.exhibition_uid, ORDER, "")]]
        order_b = [u for u in rb[("exhibition", b2.exhibition_uid, ORDER, "")]]
        both = set(order_a) & set(order_b) - conflicted_uids
        if not place_conflict:
            assert [u for u in order_a if u in both] == [u for u in order_b if u in both]
        # merging the same again changes nothing
        again = plan_merge(a.exchange_state(), b.exchange_state())
        assert not again.taken and not again.added_works and not again.removed_works
        assert again.order is None
        assert a.integrity_problems() == [] and b2.integrity_problems() == []
    finally:
        for cat in (origin, a, b):
            cat.close()
        for name in ("a2", "b2"):
            if name in locals():
                locals()[name].close()
