"""Exhibition order as a value: new orders computed from ``Catalogue.order()`` pairs.

    order = catalogue.order()                       # [(work id, section id), ...] by number
    catalogue.set_order(ordering.move_up(order, [7]))

Pure functions (no store, no Qt): the window's undo commands and ``exhibit move`` compute the
order here and hand it to the store in one ``set_order``. The store renumbers by section
position, so a work placed among another section's works takes that section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from exhibit.core.model import Work

Order = list[tuple[int, int | None]]


class SortKey(StrEnum):
    DATE_TAKEN = "date"
    FILE_NAME = "file"
    PHOTOGRAPHER = "photographer"
    TITLE = "title"


def _split(order: Sequence[tuple[int, int | None]], ids: Iterable[int]):
    moving = set(ids)
    block = [p for p in order if p[0] in moving]
    rest = [p for p in order if p[0] not in moving]
    return block, rest


def _insert(rest: Order, block: Order, at: int, section: int | bool | None = False) -> Order:
    """``block`` at index ``at`` of ``rest``, taking the section of its new neighbours."""
    at = max(0, min(at, len(rest)))
    if section is False:  # the section of the work after it, else of the one before
        near = rest[at] if at < len(rest) else (rest[at - 1] if rest else None)
        section = near[1] if near is not None else (block[0][1] if block else None)
    return [*rest[:at], *[(wid, section) for wid, _ in block], *rest[at:]]


def move_up(order: Order, ids: Iterable[int]) -> Order:
    """One place earlier; at the top of a section the works go to the end of the previous one."""
    block, rest = _split(order, ids)
    if not block:
        return list(order)
    first = next(i for i, p in enumerate(order) if p in block)
    if first == 0:
        return list(order)
    prev_id, prev_section = order[first - 1]
    at = rest.index((prev_id, prev_section))
    if prev_section != block[0][1]:  # cross the section boundary: last of the previous section
        return _insert(rest, block, at + 1, prev_section)
    return _insert(rest, block, at, prev_section)


def move_down(order: Order, ids: Iterable[int]) -> Order:
    """One place later; at the end of a section the works go to the start of the next one."""
    block, rest = _split(order, ids)
    if not block:
        return list(order)
    last = max(i for i, p in enumerate(order) if p in block)
    if last == len(order) - 1:
        return list(order)
    next_id, next_section = order[last + 1]
    at = rest.index((next_id, next_section))
    if next_section != block[-1][1]:
        return _insert(rest, block, at, next_section)
    return _insert(rest, block, at + 1, next_section)


def move_to_position(order: Order, ids: Iterable[int], position: int) -> Order:
    """The first of the works gets catalogue number ``position`` (1-based, clamped)."""
    block, rest = _split(order, ids)
    return _insert(rest, block, position - 1) if block else list(order)


def move_after(order: Order, ids: Iterable[int], after: int) -> Order:
    """Just after the work ``after``, in its section."""
    block, rest = _split(order, ids)
    if after in {wid for wid, _ in block}:
        raise ValueError("cannot place works after one of themselves")
    at = next((i for i, (wid, _) in enumerate(rest) if wid == after), None)
    if at is None:
        raise KeyError(after)
    return _insert(rest, block, at + 1, rest[at][1])


def move_to_section(order: Order, ids: Iterable[int], section_id: int | None) -> Order:
    """To the end of a section (``None``: the unsorted works at the end)."""
    block, rest = _split(order, ids)
    at = max((i + 1 for i, (_, sid) in enumerate(rest) if sid == section_id), default=len(rest))
    return _insert(rest, block, at, section_id)


def sort_key(key: SortKey, languages: Sequence[str]) -> Callable[[Work], tuple]:
    """How works compare for ``key``; works lacking the value go last, then by number."""

    def value(work: Work) -> str:
        if key is SortKey.DATE_TAKEN:
            return work.exif.date_taken or ""
        if key is SortKey.FILE_NAME:
            return Path(work.original.path).name.casefold()
        if key is SortKey.PHOTOGRAPHER:
            return work.photographer.casefold()
        return work.value("title", languages[0], languages[1:]).casefold() if languages else ""

    def compare(work: Work) -> tuple:
        found = value(work)
        return (found == "", found, work.number)

    return compare


def sort_section(
    order: Order, works: Iterable[Work], section_id: int | None, key: SortKey, languages
) -> Order:
    """The works of one section sorted by ``key`` in the places that section holds."""
    by_id = {w.id: w for w in works}
    members = [wid for wid, sid in order if sid == section_id]
    ranked = iter(sorted(members, key=lambda wid: sort_key(key, languages)(by_id[wid])))
    return [(next(ranked), sid) if sid == section_id else (wid, sid) for wid, sid in order]
