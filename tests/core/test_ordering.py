"""core.ordering: new exhibition orders computed from (work, section) pairs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from exhibit.core import ordering
from exhibit.core.model import ExifFacts, OriginalRef, Work

# works 1-3 in section 10, 4-5 in section 20, 6 unsorted
ORDER = [(1, 10), (2, 10), (3, 10), (4, 20), (5, 20), (6, None)]


def test_move_up_within_a_section_and_across_its_top() -> None:
    assert ordering.move_up(ORDER, [2]) == [(2, 10), (1, 10), (3, 10), (4, 20), (5, 20), (6, None)]
    # the first work of section 20 becomes the last of section 10
    assert ordering.move_up(ORDER, [4]) == [(1, 10), (2, 10), (3, 10), (4, 10), (5, 20), (6, None)]
    assert ordering.move_up(ORDER, [1]) == ORDER


def test_move_down_within_a_section_and_across_its_end() -> None:
    assert ordering.move_down(ORDER, [4]) == [
        (1, 10),
        (2, 10),
        (3, 10),
        (5, 20),
        (4, 20),
        (6, None),
    ]
    assert ordering.move_down(ORDER, [3]) == [
        (1, 10),
        (2, 10),
        (3, 20),
        (4, 20),
        (5, 20),
        (6, None),
    ]
    assert ordering.move_down(ORDER, [6]) == ORDER


def test_move_a_block_keeps_its_order() -> None:
    assert ordering.move_up(ORDER, [2, 3]) == [
        (2, 10), (3, 10), (1, 10), (4, 20), (5, 20), (6, None)
    ]  # fmt: skip


def test_move_to_position_takes_the_section_of_that_place() -> None:
    new = ordering.move_to_position(ORDER, [6], 2)
    assert new == [(1, 10), (6, 10), (2, 10), (3, 10), (4, 20), (5, 20)]
    assert ordering.move_to_position(ORDER, [1], 99)[-1] == (1, None)


def test_move_after_and_to_section() -> None:
    assert ordering.move_after(ORDER, [1], 4) == [
        (2, 10), (3, 10), (4, 20), (1, 20), (5, 20), (6, None)
    ]  # fmt: skip
    assert ordering.move_to_section(ORDER, [6, 1], 20) == [
        (2, 10), (3, 10), (4, 20), (5, 20), (1, 20), (6, 20)
    ]  # fmt: skip


def _work(wid: int, name: str, date: str | None, who: str) -> Work:
    return Work(
        id=wid,
        number=wid,
        original=OriginalRef(f"photos/{name}", "x", 0, 0.0),
        exif=ExifFacts(date_taken=date),
        photographer=who,
    )


def test_sort_section_by_each_key_touches_only_that_section() -> None:
    works = [
        _work(1, "c.jpg", "2020-01-03", "Zhang"),
        _work(2, "a.jpg", None, "Becker"),
        _work(3, "b.jpg", "2020-01-01", ""),
        _work(4, "0.jpg", "1999-01-01", "Aal"),
        _work(5, "1.jpg", "1998-01-01", "Abt"),
        _work(6, "2.jpg", None, ""),
    ]
    by = {key: ordering.sort_section(ORDER, works, 10, key, ("de",)) for key in ordering.SortKey}
    ids = {key: [wid for wid, _ in order[:3]] for key, order in by.items()}
    assert ids[ordering.SortKey.DATE_TAKEN] == [3, 1, 2]  # undated last
    assert ids[ordering.SortKey.FILE_NAME] == [2, 3, 1]
    assert ids[ordering.SortKey.PHOTOGRAPHER] == [2, 1, 3]
    assert all(order[3:] == ORDER[3:] for order in by.values())


@given(st.lists(st.sampled_from([1, 2, 3, 4, 5, 6]), min_size=1, unique=True), st.integers(1, 6))
def test_every_move_keeps_every_work_once(ids: list[int], pos: int) -> None:
    for new in (
        ordering.move_up(ORDER, ids),
        ordering.move_down(ORDER, ids),
        ordering.move_to_position(ORDER, ids, pos),
        ordering.move_to_section(ORDER, ids, 20),
    ):
        assert sorted(wid for wid, _ in new) == [1, 2, 3, 4, 5, 6]
