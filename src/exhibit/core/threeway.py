"""Three-way comparison of one field: base, ours and theirs.

Pure functions, no store access. The partner package merge (``exhibit merge``) and the
translation round trip both ask the same question of every field: given the value both sides
last shared (the base), the value here (ours) and the value coming in (theirs), what happened
and what is the merged value?

- unchanged: nobody changed it;
- keep ours: only we changed it (or the rule "an empty theirs never erases ours" applies);
- take theirs: only they changed it;
- same change: both changed it to the same value;
- conflict: both changed it differently. The merged value is ours until someone resolves it.

Texts are compared after ``normalize_text`` (NFC, LF newlines), so a text that only differs in
its Unicode form or line endings is not a change. A ``Text`` (text with translation status) is
compared by text and status; when it was written does not make it a different value.

``merge_order`` does the same for the order of a list of ids (works in the catalogue), so that
moves made on both sides are all kept when they do not touch the same id.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from exhibit.core.model import Text, normalize_text


class Outcome(StrEnum):
    UNCHANGED = "unchanged"
    TAKE_THEIRS = "take_theirs"
    KEEP_OURS = "keep_ours"
    SAME_CHANGE = "same_change"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class FieldMerge:
    """The outcome for one field and the value the merged catalogue holds."""

    outcome: Outcome
    value: object

    @property
    def conflict(self) -> bool:
        return self.outcome is Outcome.CONFLICT

    @property
    def takes_theirs(self) -> bool:
        return self.outcome is Outcome.TAKE_THEIRS


def comparable(value: object) -> object:
    """The form in which two values of a field are compared.

    Strings are normalized (NFC, LF); a ``Text`` becomes (normalized text, status); an empty
    string, an empty ``Text``, an empty list and None all mean "nothing"; lists and tuples
    compare item by item; floats that are whole numbers equal their int.
    """
    if value is None:
        return None
    if isinstance(value, Text):
        text = normalize_text(value.text)
        if not text.strip():
            return None
        return ("text", text, str(value.status))
    if isinstance(value, str):
        text = normalize_text(value)
        return text if text.strip() else None
    if isinstance(value, list | tuple):
        return tuple(comparable(v) for v in value) or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def is_empty(value: object) -> bool:
    return comparable(value) is None


def same(a: object, b: object) -> bool:
    return comparable(a) == comparable(b)


def merge_field(
    base: object,
    ours: object,
    theirs: object,
    *,
    empty_theirs_keeps_ours: bool = False,
) -> FieldMerge:
    """Merge one field three ways.

    ``empty_theirs_keeps_ours`` is the rule of the translation import: an empty value coming in
    never erases a value here (a translator who left a cell blank did not mean "delete").
    """
    o, t, b = comparable(ours), comparable(theirs), comparable(base)
    if empty_theirs_keeps_ours and t is None and o is not None:
        return FieldMerge(Outcome.KEEP_OURS if o != b else Outcome.UNCHANGED, ours)
    if o == t:
        return FieldMerge(Outcome.UNCHANGED if o == b else Outcome.SAME_CHANGE, ours)
    if t == b:
        return FieldMerge(Outcome.KEEP_OURS, ours)
    if o == b:
        return FieldMerge(Outcome.TAKE_THEIRS, theirs)
    return FieldMerge(Outcome.CONFLICT, ours)


# --------------------------------------------------------------------------- order


@dataclass(frozen=True, slots=True)
class OrderMerge:
    """The merged order and the ids both sides moved to different places (ours kept)."""

    order: tuple[Hashable, ...]
    conflicts: tuple[Hashable, ...] = ()


_START = object()


def _stable(base: Sequence[Hashable], side: Sequence[Hashable]) -> set[Hashable]:
    """Ids that kept their relative order from base to side (a longest common subsequence).

    Patience-style LIS over the base ranks of the side's ids, O(n log n); ties go to the
    earliest, so the choice is deterministic.
    """
    rank = {x: i for i, x in enumerate(base)}
    seq = [x for x in side if x in rank]
    tails: list[int] = []  # index into seq of the smallest tail of each length
    prev: list[int] = [-1] * len(seq)
    tail_ranks: list[int] = []
    for i, x in enumerate(seq):
        r = rank[x]
        k = bisect.bisect_left(tail_ranks, r)
        if k == len(tail_ranks):
            tail_ranks.append(r)
            tails.append(i)
        else:
            tail_ranks[k] = r
            tails[k] = i
        prev[i] = tails[k - 1] if k > 0 else -1
    out: set[Hashable] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        out.add(seq[i])
        i = prev[i]
    return out


def _anchor(side: Sequence[Hashable], x: Hashable, keep: set[Hashable]) -> object:
    """What ``x`` follows on that side: the nearest earlier id that stays, else the start."""
    i = list(side).index(x)
    while i > 0:
        i -= 1
        if side[i] in keep:
            return side[i]
    return _START


def merge_order(
    base: Sequence[Hashable],
    ours: Sequence[Hashable],
    theirs: Sequence[Hashable],
    members: Iterable[Hashable] | None = None,
    *,
    tie_key=repr,
    moved_ours: Iterable[Hashable] | None = None,
    moved_theirs: Iterable[Hashable] | None = None,
    anchors: Mapping[Hashable, Hashable | None] | None = None,
) -> OrderMerge:
    """Merge two reorderings of the same list against their common base.

    An id that kept its place relative to the others on a side is "stable" there; otherwise it
    was moved (or added) on that side and its new place is "after its predecessor on that
    side". Ids moved on one side go where that side put them; moved on both sides to different
    places is a conflict and ours wins. ``members`` is the set the result holds (after adds and
    removals were merged; default: ids in ours or theirs). The result does not depend on which
    side is ours, except for conflicting ids; two chains after the same predecessor are ordered
    by ``tie_key`` of their first id.

    ``moved_ours`` / ``moved_theirs``: the ids each side is known to have moved (from its
    history). Without them, the moves are inferred (a longest common subsequence), which cannot
    tell "a moved before b" from "b moved after a". ``anchors``: ids both sides put after the
    same id (None: first), placed there whatever else moved around them on either side.
    """
    ours, theirs, base = list(ours), list(theirs), list(base)
    if members is None:
        members = dict.fromkeys([*ours, *theirs])
    keep = set(members)
    # one side did not reorder anything: the other side's order is the result as it stands
    if theirs == base and keep <= set(ours):
        return OrderMerge(tuple(x for x in ours if x in keep))
    if ours == base and keep <= set(theirs):
        return OrderMerge(tuple(x for x in theirs if x in keep))
    stable_o = _stable(base, ours) if moved_ours is None else set(ours) - set(moved_ours)
    stable_t = _stable(base, theirs) if moved_theirs is None else set(theirs) - set(moved_theirs)
    in_base = set(base)
    anchor: dict[Hashable, object] = {}
    conflicts: list[Hashable] = []
    fixed = dict(anchors or {})
    for x in keep:
        if x in fixed:
            a = fixed[x]
            anchor[x] = a if a is not None and a in keep else _START
            continue
        moved_o = x in ours and x not in stable_o
        moved_t = x in theirs and x not in stable_t
        if x not in in_base:
            # added: placed where the side that has it put it (both: ours, a conflict if apart)
            moved_o, moved_t = x in ours, x in theirs
        if moved_o and moved_t:
            a_o, a_t = _anchor(ours, x, keep), _anchor(theirs, x, keep)
            anchor[x] = a_o
            if a_o != a_t:
                conflicts.append(x)
        elif moved_o:
            anchor[x] = _anchor(ours, x, keep)
        elif moved_t:
            anchor[x] = _anchor(theirs, x, keep)
    backbone = [x for x in base if x in keep and x not in anchor]
    children: dict[object, list[Hashable]] = {}
    for x, a in anchor.items():
        # an anchor that is gone from the result: hang off the start
        children.setdefault(a if (a is _START or a in keep) else _START, []).append(x)
    for kids in children.values():
        kids.sort(key=tie_key)
    out: list[Hashable] = []
    seen: set[Hashable] = set()

    def emit_children(parent: object) -> None:
        stack = list(reversed(children.get(parent, [])))
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            out.append(x)
            stack.extend(reversed(children.get(x, [])))

    emit_children(_START)
    for x in backbone:
        if x not in seen:
            seen.add(x)
            out.append(x)
            emit_children(x)
    # ids whose anchors form a cycle (a after b here, b after a there): at the end, sorted
    rest = sorted((x for x in keep if x not in seen), key=tie_key)
    for x in rest:
        if x not in seen:
            seen.add(x)
            out.append(x)
            emit_children(x)
    return OrderMerge(tuple(out), tuple(sorted(conflicts, key=tie_key)))
