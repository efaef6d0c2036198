"""Merging a partner's copy of the catalogue into ours, field by field (pure, no store access).

Both copies keep a per-field history (see migrations/0002_history.sql): every row names the
copy that made it (origin) and its counter there (origin_rev), so a row is the same row in
every copy it travelled to. The common base of a field is the value of the newest row of
ours that theirs holds too; ``threeway.merge_field`` then says what happened to it.

Works and sections are keys too: ``@present`` (added, removed), ``@section`` (which section
a work is in); the exhibition keeps ``@order`` (works) and ``@sections`` (sections) as lists of
uids, merged with ``threeway.merge_order``. A work removed on one side and edited on the other
is a conflict on ``@present``: nothing is lost, ours stays until someone decides.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from exhibit.core.errors import ExhibitError
from exhibit.core.threeway import FieldMerge, Outcome, merge_field, merge_order, same

Key = tuple[str, str, str, str]  # entity, uid, field, lang

PRESENT = "@present"
SECTION = "@section"
ORDER = "@order"
PLACE = "@place"  # a work's last explicit move: [uid of the work it was put after, or None]
SECTIONS = "@sections"


class ForeignPackageError(ExhibitError):
    """The package belongs to another exhibition."""

    code = "package_foreign"


@dataclass(frozen=True, slots=True)
class Revision:
    """One row of a field's history: the value after an edit, who, where and when."""

    origin: str
    origin_rev: int
    entity: str
    uid: str
    field: str
    lang: str
    value: str | None  # JSON
    author: str = ""
    office: str = ""
    at: str = ""

    @property
    def dot(self) -> tuple[str, int]:
        return (self.origin, self.origin_rev)

    @property
    def key(self) -> Key:
        return (self.entity, self.uid, self.field, self.lang)

    def decoded(self) -> object:
        return decode(self.value)


def decode(value: str | None) -> object:
    if value is None:
        return None
    v = json.loads(value)
    if isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and not v[0].strip():
        return None  # an empty text is no text, whatever its status
    return v


@dataclass(frozen=True, slots=True)
class ExchangeState:
    """What a merge needs of one copy: current values and the history of every field."""

    exhibition_uid: str
    replica: str
    office: str
    values: Mapping[Key, object]
    history: Mapping[Key, tuple[Revision, ...]]  # oldest first, in this copy's order


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's outcome, with the values and the last edits on each side."""

    key: Key
    outcome: Outcome
    base: object
    ours: object
    theirs: object
    value: object
    ours_rev: Revision | None = None
    theirs_rev: Revision | None = None

    @property
    def entity(self) -> str:
        return self.key[0]

    @property
    def uid(self) -> str:
        return self.key[1]

    @property
    def field(self) -> str:
        return self.key[2]

    @property
    def lang(self) -> str:
        return self.key[3]


@dataclass(frozen=True, slots=True)
class MergePlan:
    """Everything a merge will do; the store applies it in one transaction."""

    exhibition_uid: str
    taken: tuple[FieldChange, ...] = ()  # fields whose value becomes theirs
    conflicts: tuple[FieldChange, ...] = ()
    added_works: tuple[str, ...] = ()
    removed_works: tuple[str, ...] = ()
    added_sections: tuple[str, ...] = ()
    removed_sections: tuple[str, ...] = ()
    order: tuple[str, ...] | None = None  # new order of works, when it changed
    section_order: tuple[str, ...] | None = None
    imports: tuple[Revision, ...] = ()  # their history rows to copy into ours
    conflict_history: Mapping[Key, tuple[Revision, ...]] = field(default_factory=dict)
    settled_conflicts: tuple[Key, ...] = ()  # open conflicts the partner has since settled
    unchanged: int = 0
    kept_ours: int = 0
    same_change: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.taken
            or self.conflicts
            or self.added_works
            or self.removed_works
            or self.added_sections
            or self.removed_sections
            or self.order is not None
            or self.section_order is not None
            or self.imports
            or self.settled_conflicts
        )


def base_value(ours: tuple[Revision, ...], theirs_dots: set[tuple[str, int]]) -> object:
    """The value of the newest row of ours that theirs holds too (None when none is shared)."""
    for rev in reversed(ours):
        if rev.dot in theirs_dots:
            return rev.decoded()
    return None


def _last(revs: tuple[Revision, ...]) -> Revision | None:
    return revs[-1] if revs else None


def plan_merge(ours: ExchangeState, theirs: ExchangeState) -> MergePlan:
    """Compare theirs with ours against the common base of every field."""
    if ours.exhibition_uid != theirs.exhibition_uid:
        raise ForeignPackageError(
            "the package belongs to another exhibition (exhibition id "
            f"{theirs.exhibition_uid}, this project is {ours.exhibition_uid})"
        )
    empty: tuple[Revision, ...] = ()
    keys = set(ours.values) | set(theirs.values) | set(ours.history) | set(theirs.history)
    merges: dict[Key, tuple[FieldMerge, object, object, object]] = {}
    for key in keys:
        mine = ours.history.get(key, empty)
        theirs_dots = {r.dot for r in theirs.history.get(key, empty)}
        base = base_value(mine, theirs_dots)
        o, t = ours.values.get(key), theirs.values.get(key)
        merges[key] = (merge_field(base, o, t), base, o, t)

    by_uid: dict[str, list[tuple[object, object, object]]] = {}
    for key, (_, base, o, t) in merges.items():
        if key[2] != PRESENT:
            by_uid.setdefault(key[1], []).append((base, o, t))

    def changed_since_base(uid: str, side: int) -> bool:
        """Did this side (1 ours, 2 theirs) change any field of the entity since the base?

        A field that became empty because the side removed the whole entity is no edit.
        """
        for base, o, t in by_uid.get(uid, ()):
            value = (o, t)[side - 1]
            if value is not None and not same(base, value):
                return True
        return False

    taken: list[FieldChange] = []
    conflicts: list[FieldChange] = []
    added_works: list[str] = []
    removed_works: list[str] = []
    added_sections: list[str] = []
    removed_sections: list[str] = []
    dropped: set[str] = set()  # entities absent from the result: their fields are not applied
    kept: set[str] = set()  # removed there but kept here (a conflict)
    counts = {Outcome.UNCHANGED: 0, Outcome.KEEP_OURS: 0, Outcome.SAME_CHANGE: 0}

    def change(key: Key, m: FieldMerge, base, o, t) -> FieldChange:
        return FieldChange(
            key,
            m.outcome,
            base,
            o,
            t,
            m.value,
            _last(ours.history.get(key, empty)),
            _last(theirs.history.get(key, empty)),
        )

    # presence first: it decides which fields count
    for key, (m, base, o, t) in merges.items():
        entity, uid, name, _ = key
        if name != PRESENT:
            continue
        added = added_works if entity == "work" else added_sections
        removed = removed_works if entity == "work" else removed_sections
        if m.outcome is Outcome.TAKE_THEIRS and t:
            added.append(uid)
        elif m.outcome is Outcome.TAKE_THEIRS and not t:
            if changed_since_base(uid, 1):  # removed there, edited here: kept until decided
                conflicts.append(
                    change(key, FieldMerge(Outcome.CONFLICT, o), base, o, t),
                )
                kept.add(uid)
            else:
                removed.append(uid)
                dropped.add(uid)
        elif m.outcome is Outcome.KEEP_OURS and not o and t:
            dropped.add(uid)
            if changed_since_base(uid, 2):  # removed here, edited there
                conflicts.append(change(key, FieldMerge(Outcome.CONFLICT, o), base, o, t))
        elif not m.value:
            dropped.add(uid)
        else:
            counts[m.outcome] = counts.get(m.outcome, 0) + 1
    order_keys = {ORDER, SECTIONS}

    def here(state: ExchangeState) -> set[str]:
        return {k[1] for k, v in state.values.items() if k[2] == PRESENT and v}

    # fields count only where both copies hold the work or section: one that was added comes
    # whole, one that was removed has no values to compare
    in_both = here(ours) & here(theirs)
    for key, (m, base, o, t) in sorted(merges.items(), key=lambda kv: kv[0]):
        entity, uid, name, _ = key
        if name == PRESENT or name in order_keys or uid in dropped:
            continue
        if entity != "exhibition" and uid not in in_both:
            continue
        if name == PLACE:  # moves: merged with the order below; both moved it: a conflict
            if m.outcome is Outcome.CONFLICT:
                conflicts.append(change(key, m, base, o, t))
            continue
        if m.outcome is Outcome.TAKE_THEIRS:
            taken.append(change(key, m, base, o, t))
        elif m.outcome is Outcome.CONFLICT:
            conflicts.append(change(key, m, base, o, t))
        else:
            counts[m.outcome] += 1

    # orders: works and sections
    def present(entity: str) -> list[str]:
        out = []
        for key, (m, *_rest) in merges.items():
            if (
                key[0] == entity
                and key[2] == PRESENT
                and key[1] not in dropped
                and (m.value or key[1] in kept)
            ):
                out.append(key[1])
        return out

    order_result: dict[str, tuple[str, ...] | None] = {}
    for name, entity in ((SECTIONS, "section"), (ORDER, "work")):
        key = ("exhibition", ours.exhibition_uid, name, "")
        m, base, o, t = merges.get(key, (None, None, None, None))
        members = present(entity)
        moved: dict[str, set[str] | None] = {"ours": None, "theirs": None}
        same_place: dict[str, str | None] = {}
        if entity == "work":  # the moves each side made, from its history
            moved = {"ours": set(), "theirs": set()}
            for k, (pm, *_r) in merges.items():
                if k[2] != PLACE:
                    continue
                if pm.outcome is Outcome.SAME_CHANGE and isinstance(pm.value, list):
                    same_place[k[1]] = pm.value[0] if pm.value else None
                if pm.outcome in (Outcome.KEEP_OURS, Outcome.SAME_CHANGE, Outcome.CONFLICT):
                    moved["ours"].add(k[1])  # type: ignore[union-attr]
                if pm.outcome in (Outcome.TAKE_THEIRS, Outcome.CONFLICT):
                    moved["theirs"].add(k[1])  # type: ignore[union-attr]
        merged = merge_order(
            base or [],
            o or [],
            t or [],
            members=members,
            tie_key=str,
            moved_ours=moved["ours"],
            moved_theirs=moved["theirs"],
            anchors=same_place,
        )
        result = list(merged.order)
        if entity == "work":
            # the catalogue's order: sections in their (merged) order, unsorted works last
            sections = list(
                order_result[SECTIONS]
                or merges.get(("exhibition", ours.exhibition_uid, SECTIONS, ""), (None, None, []))[
                    2
                ]
                or []
            )
            rank = {u: i for i, u in enumerate(sections)}

            def section_of(uid: str) -> object:
                entry = merges.get(("work", uid, SECTION, ""))
                return entry[0].value if entry else None

            position = {u: i for i, u in enumerate(result)}
            result.sort(key=lambda u: (rank.get(section_of(u), len(rank)), position[u]))  # type: ignore[arg-type]
        order_result[name] = tuple(result) if result != list(o or []) else None

    conflict_keys = {c.key for c in conflicts}
    # removed on one side, edited on the other: none of their rows of it come in yet, so the
    # edits here stay edits (newer than the base) until someone decides
    disputed = {c.uid for c in conflicts if c.field == PRESENT}
    imports: list[Revision] = []
    held: dict[Key, tuple[Revision, ...]] = {}
    for key, revs in theirs.history.items():
        mine = {r.dot for r in ours.history.get(key, empty)}
        new = tuple(r for r in revs if r.dot not in mine)
        if not new:
            continue
        if key in conflict_keys:
            held[key] = new
        elif key[1] in disputed:
            continue
        else:
            imports.extend(new)

    return MergePlan(
        exhibition_uid=ours.exhibition_uid,
        taken=tuple(taken),
        conflicts=tuple(sorted(conflicts, key=lambda c: c.key)),
        added_works=tuple(sorted(added_works)),
        removed_works=tuple(sorted(removed_works)),
        added_sections=tuple(sorted(added_sections)),
        removed_sections=tuple(sorted(removed_sections)),
        order=order_result[ORDER],
        section_order=order_result[SECTIONS],
        imports=tuple(imports),
        conflict_history=held,
        unchanged=counts[Outcome.UNCHANGED],
        kept_ours=counts[Outcome.KEEP_OURS],
        same_change=counts[Outcome.SAME_CHANGE],
    )
