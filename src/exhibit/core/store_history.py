"""History and exchange: who changed which field where, and merging a partner's copy.

Part of the catalogue store (the only place with SQL): `Catalogue` mixes this in. Every
edit of a field is recorded by triggers in the schema (0002_history.sql), whatever write path
made it; this module adds the office and author of this copy, the order of works and
sections (recorded once per transaction), and folds the rows one user action wrote into one
row per field. It also reads a copy's state for ``exchange.plan_merge`` and applies a plan.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from exhibit.core.errors import ExhibitError, FieldError
from exhibit.core.exchange import (
    ORDER,
    PLACE,
    PRESENT,
    SECTION,
    SECTIONS,
    ExchangeState,
    Key,
    MergePlan,
    Revision,
    decode,
)
from exhibit.core.fields import EXHIBITION_COLUMNS, Kind, Owner, spec
from exhibit.core.model import TranslationStatus, fingerprint
from exhibit.core.rows import SCALAR_WORK_FIELDS, now

# Every tracked value as it is now, in the JSON form the history triggers write.
_CURRENT_VALUES = """
    SELECT t.owner AS entity,
           CASE t.owner
               WHEN 'work' THEN (SELECT uid FROM works WHERE id = t.owner_id)
               WHEN 'section' THEN (SELECT uid FROM sections WHERE id = t.owner_id)
               ELSE (SELECT uid FROM exhibition WHERE id = t.owner_id)
           END AS uid,
           t.field AS field, t.lang AS lang, json_array(t.text, t.status) AS value
    FROM texts t WHERE trim(t.text) <> ''
    {exhibition}
    UNION ALL SELECT 'section', uid, '@present', '', 'true' FROM sections
    UNION ALL SELECT 'work', uid, '@present', '', 'true' FROM works
    {scalars}
    UNION ALL SELECT 'work', w.uid, '@section', '', json_quote(s.uid)
        FROM works w LEFT JOIN sections s ON s.id = w.section_id
    UNION ALL SELECT 'work', w.uid, 'tags', '',
        (SELECT json_group_array(tag) FROM (SELECT tag FROM tags WHERE work_id = w.id ORDER BY tag))
        FROM works w
""".format(
    exhibition="\n".join(
        f"UNION ALL SELECT 'exhibition', uid, '{c}', '', json_quote({c}) FROM exhibition"
        for c in EXHIBITION_COLUMNS
    ),
    scalars="\n".join(
        f"UNION ALL SELECT 'work', uid, '{c}', '', json_quote({c}) FROM works"
        for c in SCALAR_WORK_FIELDS
    ),
)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both copies changed differently; ours stays until it is resolved."""

    id: int
    package: str
    entity: str
    uid: str
    field: str
    lang: str
    base: object
    ours: object
    theirs: object
    ours_author: str
    ours_office: str
    ours_at: str | None
    theirs_author: str
    theirs_office: str
    theirs_at: str | None
    resolved: str | None = None
    work_number: int | None = None  # the work's catalogue number here, when it is a work


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or passwd
        return ""


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class HistoryKeeping:
    """Mixed into Catalogue; uses its transaction(), _rows() and _conn."""

    _history_start = 0

    # ----------------------------------------------------------------- this copy

    def _start_history_session(self) -> None:
        """Record this session's edits under the author setting, or the OS user, and every
        single-valued work field declared in core/fields.py (triggers made from it)."""
        if self.read_only:
            return
        self.check_owner()
        row = self._conn.execute("SELECT author FROM replica WHERE id = 1").fetchone()
        author = (row[0] if row else "") or os_user()
        self._conn.execute(
            "UPDATE replica SET session_author = ?, recording = 1 WHERE id = 1", (author,)
        )
        for statement in work_column_triggers(SCALAR_WORK_FIELDS):
            self._conn.execute(statement)
        for statement in exhibition_column_triggers(EXHIBITION_COLUMNS):
            self._conn.execute(statement)

    def _replica_row(self) -> dict:
        return self._rows("SELECT * FROM replica WHERE id = 1")[0]

    @property
    def office(self) -> str:
        """The office this copy's edits are recorded under ('' until it is asked)."""
        return self._replica_row()["office"]

    def set_office(self, office: str) -> None:
        office = office.strip()
        if not office:
            raise FieldError("office: give the office's name, e.g. Jinhua")
        with self.transaction() as db:
            db.execute("UPDATE replica SET office = ? WHERE id = 1", (office,))

    @property
    def author(self) -> str:
        """Whose edits these are: the author setting, else the OS user."""
        return self._replica_row()["session_author"]

    def set_author(self, author: str) -> None:
        author = author.strip()
        with self.transaction() as db:
            db.execute(
                "UPDATE replica SET author = ?, session_author = ? WHERE id = 1",
                (author, author or os_user()),
            )

    @property
    def replica_id(self) -> str:
        return self._replica_row()["replica"]

    def become_new_copy(self, office: str = "") -> None:
        """This catalogue is a new copy (an unpacked package): a new replica id, its own office."""
        with self.transaction() as db:
            db.execute(
                "UPDATE replica SET replica = ?, office = ?, author = '' WHERE id = 1",
                (str(uuid.uuid4()), office.strip()),
            )
            db.execute("DELETE FROM conflicts")
        self._start_history_session()

    @property
    def exhibition_uid(self) -> str:
        return self._rows("SELECT uid FROM exhibition WHERE id = 1")[0]["uid"]

    @property
    def revision(self) -> int:
        """This copy's revision counter: the number of history rows it holds."""
        return self._rows("SELECT COALESCE(MAX(rev), 0) AS n FROM history")[0]["n"]

    def work_uid(self, work_id: int) -> str:
        rows = self._rows("SELECT uid FROM works WHERE id = ?", [work_id])
        if not rows:
            self._require_work(work_id)
        return rows[0]["uid"]

    def work_id_by_uid(self, uid: str) -> int | None:
        rows = self._rows("SELECT id FROM works WHERE uid = ?", [uid])
        return rows[0]["id"] if rows else None

    def _uid_of(self, owner: Owner, owner_id: int) -> str | None:
        table = {Owner.WORK: "works", Owner.SECTION: "sections", Owner.EXHIBITION: "exhibition"}
        rows = self._rows(f"SELECT uid FROM {table[owner]} WHERE id = ?", [owner_id])
        return rows[0]["uid"] if rows else None

    # ----------------------------------------------------------------- reading history

    def field_history(
        self, owner: Owner, owner_id: int, name: str, lang: str = ""
    ) -> list[Revision]:
        """Every recorded edit of one field, oldest first."""
        uid = self._uid_of(owner, owner_id)
        rows = self._rows(
            "SELECT * FROM history WHERE entity = ? AND uid = ? AND field = ? AND lang = ? "
            "ORDER BY rev",
            (str(owner), uid, name, lang),
        )
        return [_revision(r) for r in rows]

    def last_change(
        self, owner: Owner, owner_id: int, name: str, lang: str = ""
    ) -> Revision | None:
        """The newest edit of a field (None when nothing was recorded)."""
        table = {Owner.WORK: "works", Owner.SECTION: "sections", Owner.EXHIBITION: "exhibition"}
        rows = self._rows(
            "SELECT * FROM history WHERE entity = ? AND field = ? AND lang = ? AND uid = "
            f"(SELECT uid FROM {table[owner]} WHERE id = ?) ORDER BY rev DESC LIMIT 1",
            (str(owner), name, lang, owner_id),
        )
        return _revision(rows[0]) if rows else None

    # ----------------------------------------------------------------- per transaction

    def _history_begin(self, db: sqlite3.Connection) -> None:
        self._moved_ids: list[int] = []

    def _note_moved(self, work_ids: Iterable[int]) -> None:
        """Works the curator moved in this action: their new place enters the history."""
        self._moved_ids.extend(work_ids)

    def _history_commit(self, db: sqlite3.Connection) -> None:
        """Before a user action commits: record the orders when it changed them.

        The fields record themselves (triggers); a caption keystroke costs no statement here.
        """
        kinds = {c.kind for c in self._pending}
        reordered = bool(kinds & {"order", "removed"}) or any(
            c.kind == "works" and "*" in c.fields
            for c in self._pending  # added, put back
        )
        moved = list(dict.fromkeys(getattr(self, "_moved_ids", ())))
        self._moved_ids = []
        if not (reordered or moved or "sections" in kinds):
            return
        ex = db.execute("SELECT uid FROM exhibition WHERE id = 1").fetchone()
        if ex is None:
            return
        if reordered or moved:
            db.execute(
                "INSERT INTO history_log SELECT 'exhibition', ?, ?, '', "
                "(SELECT json_group_array(uid) FROM (SELECT uid FROM works ORDER BY number))",
                (ex[0], ORDER),
            )
        if "sections" in kinds or reordered:
            db.execute(
                "INSERT INTO history_log SELECT 'exhibition', ?, ?, '', "
                "(SELECT json_group_array(uid) FROM "
                "(SELECT uid FROM sections ORDER BY position, id))",
                (ex[0], SECTIONS),
            )
        self._prune_orders(db, ex[0])
        # where each work moved in this action now stands: after which work (None: first)
        for wid in moved:
            db.execute(
                "INSERT INTO history_log SELECT 'work', w.uid, ?, '', json_array("
                " (SELECT p.uid FROM works p WHERE p.number = w.number - 1))"
                " FROM works w WHERE w.id = ?",
                (PLACE, wid),
            )

    def _prune_orders(self, db: sqlite3.Connection, exhibition_uid: str) -> None:
        """Keep one unsent row per order: the newest (as ``_compact_history`` would later).

        An order row lists every work, and an import records one per transaction: kept all,
        10 000 imported works left 10 000 order rows of up to 10 000 ids each (2 GB), which
        every check of the file then had to read.
        """
        db.execute(
            "DELETE FROM history WHERE entity = 'exhibition' AND uid = ?1 AND field IN (?2, ?3)"
            " AND lang = '' AND origin = (SELECT replica FROM replica WHERE id = 1)"
            " AND rev > (SELECT COALESCE(MAX(revision), 0) FROM exchanges"
            "            WHERE direction = 'sent')"
            " AND rev < (SELECT MAX(h.rev) FROM history h WHERE h.entity = 'exhibition'"
            "            AND h.uid = ?1 AND h.field = history.field AND h.lang = ''"
            "            AND h.origin = history.origin)",
            (exhibition_uid, ORDER, SECTIONS),
        )

    def _compact_history(self, db: sqlite3.Connection) -> None:
        """Fold this copy's rows that no partner holds yet (written since the last package was
        sent): per field and author only the last edit stays (typing a caption is one change,
        not a row per keystroke), per order only the newest, and none that repeats the row
        before it. Rows that went out in a package stay: they may be a common base. Runs before
        a package is made and before a merge, not on every keystroke."""
        replica = db.execute("SELECT replica FROM replica WHERE id = 1").fetchone()[0]
        sent = db.execute(
            "SELECT COALESCE(MAX(revision), 0) FROM exchanges WHERE direction = 'sent'"
        ).fetchone()[0]
        db.execute(
            "DELETE FROM history WHERE origin = ? AND rev > ? AND rev < ("
            " SELECT MAX(h.rev) FROM history h WHERE h.origin = history.origin"
            " AND h.entity = history.entity AND h.uid = history.uid AND h.field = history.field"
            " AND h.lang = history.lang"
            " AND (h.author = history.author OR history.field IN (?, ?)))",
            (replica, sent, ORDER, SECTIONS),
        )
        db.execute(
            "DELETE FROM history WHERE origin = ? AND rev > ? AND value IS ("
            " SELECT h.value FROM history h WHERE h.entity = history.entity"
            " AND h.uid = history.uid AND h.field = history.field AND h.lang = history.lang"
            " AND h.rev < history.rev ORDER BY h.rev DESC LIMIT 1)"
            " AND EXISTS (SELECT 1 FROM history h WHERE h.entity = history.entity"
            " AND h.uid = history.uid AND h.field = history.field AND h.lang = history.lang"
            " AND h.rev < history.rev)",
            (replica, sent),
        )

    # ----------------------------------------------------------------- exchange: reading

    def exchange_state(self) -> ExchangeState:
        """Current values and history of every field, for a merge."""
        values: dict[Key, object] = {}
        for r in self._rows(_CURRENT_VALUES):
            values[(r["entity"], r["uid"], r["field"], r["lang"])] = decode(r["value"])
        present = {k[1] for k in values if k[2] == PRESENT}
        ex = self.exhibition_uid
        for name, sql in (
            (ORDER, "SELECT uid FROM works ORDER BY number"),
            (SECTIONS, "SELECT uid FROM sections ORDER BY position, id"),
        ):
            values[("exhibition", ex, name, "")] = [r["uid"] for r in self._rows(sql)]
        history: dict[Key, list[Revision]] = {}
        for r in self._rows("SELECT * FROM history ORDER BY rev"):
            rev = _revision(r)
            history.setdefault(rev.key, []).append(rev)
        for key, revs in history.items():
            if key[2] == PLACE and key[1] in present:  # where it was last moved to
                values[key] = revs[-1].decoded()
        row = self._replica_row()
        return ExchangeState(
            exhibition_uid=ex,
            replica=row["replica"],
            office=row["office"],
            values=values,
            history={k: tuple(v) for k, v in history.items()},
        )

    def work_record(self, uid: str) -> dict:
        """A work as a plain dict (columns, texts, tags, loan history, problems, section uid)."""
        rows = self._rows("SELECT * FROM works WHERE uid = ?", [uid])
        if not rows:
            raise ExhibitError(f"there is no work with uid {uid}")
        w = dict(rows[0])
        wid = w.pop("id")
        for col in ("number", "position"):
            w.pop(col)
        section = w.pop("section_id")
        w["@section"] = (
            self._rows("SELECT uid FROM sections WHERE id = ?", [section])[0]["uid"]
            if section is not None
            else None
        )
        w["@texts"] = [
            [r["field"], r["lang"], r["text"], r["status"], r["updated"], r["source_fp"]]
            for r in self._rows(
                "SELECT * FROM texts WHERE owner = 'work' AND owner_id = ? ORDER BY field, lang",
                [wid],
            )
        ]
        w["@tags"] = [r["tag"] for r in self._rows("SELECT tag FROM tags WHERE work_id = ?", [wid])]
        w["@loan_history"] = [
            [r["status"], r["at"], r["note"]]
            for r in self._rows("SELECT * FROM loan_history WHERE work_id = ? ORDER BY id", [wid])
        ]
        w["@problems"] = [
            [r["code"], r["message"]]
            for r in self._rows("SELECT * FROM problems WHERE work_id = ? ORDER BY id", [wid])
        ]
        return w

    def section_record(self, uid: str) -> dict:
        rows = self._rows("SELECT * FROM sections WHERE uid = ?", [uid])
        if not rows:
            raise ExhibitError(f"there is no section with uid {uid}")
        sid = rows[0]["id"]
        return {
            "uid": uid,
            "@texts": [
                [r["field"], r["lang"], r["text"], r["status"], r["updated"], r["source_fp"]]
                for r in self._rows(
                    "SELECT * FROM texts WHERE owner = 'section' AND owner_id = ?", [sid]
                )
            ],
        }

    def text_row(self, entity: str, uid: str, name: str, lang: str) -> list | None:
        owner_id = self._id_of(entity, uid)
        if owner_id is None:
            return None
        rows = self._rows(
            "SELECT * FROM texts WHERE owner = ? AND owner_id = ? AND field = ? AND lang = ?",
            (entity, owner_id, name, lang),
        )
        if not rows:
            return None
        r = rows[0]
        return [r["field"], r["lang"], r["text"], r["status"], r["updated"], r["source_fp"]]

    def _id_of(self, entity: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        table = {"work": "works", "section": "sections", "exhibition": "exhibition"}[entity]
        rows = self._rows(f"SELECT id FROM {table} WHERE uid = ?", [uid])
        return rows[0]["id"] if rows else None

    # ----------------------------------------------------------------- exchange: writing

    def apply_merge(self, plan: MergePlan, source, package_id: str) -> list[str]:
        """Apply a merge plan in one transaction; ``source`` is the partner's catalogue.

        Returns notes about what could not be taken as it was (e.g. a photo both sides
        imported separately). The partner's history rows come along with their values, so a
        later merge finds the common base.
        """
        notes: list[str] = []
        with self.transaction() as db:
            if plan.exhibition_uid != self.exhibition_uid:
                raise ExhibitError("the merge plan was made for another exhibition")
            self._compact_history(db)
            db.execute("UPDATE replica SET recording = 0 WHERE id = 1")
            for uid in plan.added_sections:
                rec = source.section_record(uid)
                cur = db.execute(
                    "INSERT INTO sections (position, uid)"
                    " VALUES ((SELECT COUNT(*) FROM sections), ?)",
                    (uid,),
                )
                for t in rec["@texts"]:
                    self._put_text_row(db, "section", int(cur.lastrowid), t)
            for uid in plan.added_works:
                if not self._insert_record(db, source.work_record(uid)):
                    notes.append(
                        f"work {uid}: its photo is already in this catalogue as another work; "
                        "not added twice"
                    )
            removed_ids = [self._id_of("work", uid) for uid in plan.removed_works]
            for wid in removed_ids:
                if wid is not None:
                    db.execute("DELETE FROM texts WHERE owner = 'work' AND owner_id = ?", (wid,))
                    db.execute("DELETE FROM works WHERE id = ?", (wid,))
            for uid in plan.removed_sections:
                sid = self._id_of("section", uid)
                if sid is not None:
                    db.execute("DELETE FROM texts WHERE owner = 'section' AND owner_id = ?", (sid,))
                    db.execute("DELETE FROM sections WHERE id = ?", (sid,))
            touched: set[int] = set()
            for ch in plan.taken:
                wid = self._write_value(db, ch.key, ch.value, source)
                if ch.entity == "work" and wid is not None:
                    touched.add(wid)
            if plan.section_order is not None:
                db.executemany(
                    "UPDATE sections SET position = ? WHERE uid = ?",
                    list(enumerate(plan.section_order)),
                )
            if plan.order is not None:
                db.executemany(
                    "UPDATE works SET position = ? WHERE uid = ?", list(enumerate(plan.order))
                )
            self._renumber(db)
            db.executemany(
                "INSERT OR IGNORE INTO history (origin, origin_rev, entity, uid, field, lang,"
                " value, author, office, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [_row(r) for r in plan.imports],
            )
            for c in plan.conflicts:
                theirs = c.theirs
                if c.field == PRESENT and c.theirs:
                    theirs = source.work_record(c.uid) if c.entity == "work" else True
                held = plan.conflict_history.get(c.key, ())
                o, t = c.ours_rev, c.theirs_rev
                db.execute(
                    "INSERT OR IGNORE INTO conflicts (package, entity, uid, field, lang, base,"
                    " ours, theirs, ours_author, ours_office, ours_at, theirs_author,"
                    " theirs_office, theirs_at, theirs_history, created)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        package_id,
                        *c.key,
                        _json(c.base),
                        _json(c.ours),
                        _json(theirs),
                        o.author if o else "",
                        o.office if o else "",
                        o.at if o else None,
                        t.author if t else "",
                        t.office if t else "",
                        t.at if t else None,
                        json.dumps([list(_row(r)) for r in held], ensure_ascii=False),
                        now(),
                    ),
                )
            db.executemany(
                "UPDATE conflicts SET resolved = 'merged', resolved_at = ? WHERE resolved IS NULL"
                " AND entity = ? AND uid = ? AND field = ? AND lang = ?",
                [(now(), *k) for k in plan.settled_conflicts],
            )
            db.execute("UPDATE replica SET recording = 1 WHERE id = 1")
            db.execute(
                "INSERT OR REPLACE INTO exchanges VALUES (?, 'merged', ?, ?, ?)",
                (package_id, source.office, source.revision, now()),
            )
            self._changed("exhibition")
            self._changed("sections")
            self._changed("removed", [w for w in removed_ids if w is not None])
            self._changed("works", sorted(touched))
            self._changed("order")
        return notes

    def _insert_record(self, db: sqlite3.Connection, rec: dict) -> bool:
        rec = dict(rec)
        section_uid = rec.pop("@section")
        texts = rec.pop("@texts")
        tags = rec.pop("@tags")
        loans = rec.pop("@loan_history")
        problems = rec.pop("@problems")
        if db.execute("SELECT 1 FROM works WHERE sha256 = ?", (rec["sha256"],)).fetchone():
            return False
        rec["section_id"] = self._id_of("section", section_uid)
        rec["number"] = rec["position"] = db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM works"
        ).fetchone()[0]
        known = {r[1] for r in db.execute("PRAGMA table_info(works)").fetchall()}
        cols = [c for c in rec if c in known]
        cur = db.execute(
            f"INSERT INTO works ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [rec[c] for c in cols],
        )
        wid = int(cur.lastrowid)
        for t in texts:
            self._put_text_row(db, "work", wid, t)
        db.executemany("INSERT INTO tags VALUES (?, ?)", [(wid, t) for t in tags])
        db.executemany(
            "INSERT INTO loan_history (work_id, status, at, note) VALUES (?,?,?,?)",
            [(wid, *e) for e in loans],
        )
        db.executemany(
            "INSERT INTO problems (work_id, code, message) VALUES (?, ?, ?)",
            [(wid, *p) for p in problems],
        )
        return True

    @staticmethod
    def _put_text_row(db: sqlite3.Connection, owner: str, owner_id: int, t: list) -> None:
        db.execute(
            "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (owner, owner_id, *t)
        )

    def _write_value(self, db, key: Key, value: object, source=None) -> int | None:
        """Write one field's merged value; returns the owner's id (None when it is gone)."""
        entity, uid, name, lang = key
        owner_id = self._id_of(entity, uid)
        if owner_id is None:
            return None
        if lang:  # a text
            row = source.text_row(entity, uid, name, lang) if source is not None else None
            if row is not None and decode(json.dumps([row[2], row[3]])) == value:
                self._put_text_row(db, entity, owner_id, row)
            elif value is None:
                db.execute(
                    "DELETE FROM texts WHERE owner = ? AND owner_id = ? AND field = ? AND lang = ?",
                    (entity, owner_id, name, lang),
                )
            else:
                text, status = value  # type: ignore[misc]
                source_fp = None
                if status == TranslationStatus.APPROVED.value and lang != self.languages[0]:
                    src = db.execute(
                        "SELECT text FROM texts WHERE owner = ? AND owner_id = ? AND field = ?"
                        " AND lang = ?",
                        (entity, owner_id, name, self.languages[0]),
                    ).fetchone()
                    source_fp = fingerprint(src[0] if src else "")
                self._put_text_row(
                    db, entity, owner_id, [name, lang, text, status, now(), source_fp]
                )
            return owner_id
        if entity == "exhibition" and name in EXHIBITION_COLUMNS:
            if value is None and spec(Owner.EXHIBITION, name).kind not in _NULLABLE:
                value = ""
            db.execute(f"UPDATE exhibition SET {name} = ? WHERE id = 1", (value,))
        elif entity == "work" and name in SCALAR_WORK_FIELDS:
            if value is None:
                value = None if name.endswith(("_cm", "_value")) else ""
            db.execute(f"UPDATE works SET {name} = ? WHERE id = ?", (value, owner_id))
        elif entity == "work" and name == "tags":
            db.execute("DELETE FROM tags WHERE work_id = ?", (owner_id,))
            db.executemany("INSERT INTO tags VALUES (?, ?)", [(owner_id, t) for t in value or ()])
        elif entity == "work" and name == PLACE:  # put it after that work again
            order = [wid for wid, _ in self.order()]
            order.remove(owner_id)
            pred = value[0] if isinstance(value, list) and value else None  # [uid] or [None]
            after = self._id_of("work", pred) if pred else None
            at = order.index(after) + 1 if after in order else 0
            order.insert(at, owner_id)
            db.executemany("UPDATE works SET position = ? WHERE id = ?", list(enumerate(order)))
            self._renumber(db)
        elif entity == "work" and name == SECTION:
            db.execute(
                "UPDATE works SET section_id = ? WHERE id = ?",
                (self._id_of("section", value), owner_id),  # type: ignore[arg-type]
            )
        return owner_id

    # ----------------------------------------------------------------- conflicts

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        sql = "SELECT c.*, w.number AS work_number FROM conflicts c "
        sql += "LEFT JOIN works w ON c.entity = 'work' AND w.uid = c.uid "
        sql += "WHERE c.resolved IS NULL " if open_only else ""
        sql += "ORDER BY w.number, c.field, c.lang, c.id"
        return [
            Conflict(
                id=r["id"],
                package=r["package"],
                entity=r["entity"],
                uid=r["uid"],
                field=r["field"],
                lang=r["lang"],
                base=decode(r["base"]),
                ours=decode(r["ours"]),
                theirs=decode(r["theirs"]),
                ours_author=r["ours_author"],
                ours_office=r["ours_office"],
                ours_at=r["ours_at"],
                theirs_author=r["theirs_author"],
                theirs_office=r["theirs_office"],
                theirs_at=r["theirs_at"],
                resolved=r["resolved"],
                work_number=r["work_number"],
            )
            for r in self._rows(sql)
        ]

    def resolve_conflicts(self, ids: Iterable[int], take: str) -> None:
        """Settle conflicts: take 'ours' (keep) or 'theirs'; both sides' edits enter history."""
        if take not in ("ours", "theirs"):
            raise FieldError("take: 'ours' or 'theirs'")
        ids = list(ids)
        with self.transaction() as db:
            for cid in ids:
                rows = self._rows("SELECT * FROM conflicts WHERE id = ?", [cid])
                if not rows:
                    raise FieldError(f"there is no conflict {cid}")
                r = rows[0]
                if r["resolved"]:
                    raise FieldError(f"conflict {cid} was already resolved ({r['resolved']})")
                key = (r["entity"], r["uid"], r["field"], r["lang"])
                db.execute("UPDATE replica SET recording = 0 WHERE id = 1")
                db.executemany(
                    "INSERT OR IGNORE INTO history (origin, origin_rev, entity, uid, field, lang,"
                    " value, author, office, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [tuple(x) for x in json.loads(r["theirs_history"])],
                )
                if take == "theirs":
                    self._take_theirs(db, key, decode(r["theirs"]))
                db.execute("UPDATE replica SET recording = 1 WHERE id = 1")
                if take == "ours":  # our value, recorded again on top of theirs
                    db.execute(
                        "INSERT INTO history_log VALUES (?, ?, ?, ?, ?)",
                        (*key, r["ours"]),
                    )
                db.execute(
                    "UPDATE conflicts SET resolved = ?, resolved_at = ? WHERE id = ?",
                    (take, now(), cid),
                )
            self._changed("exhibition")
            self._changed("sections")
            self._changed("works", [w.id for w in self.works()])
            self._changed("order")

    def _take_theirs(self, db, key: Key, theirs: object) -> None:
        entity, uid, name, _ = key
        if name != PRESENT:
            self._write_value(db, key, theirs)
            return
        wid = self._id_of(entity, uid)
        if theirs and wid is None and isinstance(theirs, dict):
            self._insert_record(db, theirs)
        elif not theirs and wid is not None:
            table = "works" if entity == "work" else "sections"
            db.execute("DELETE FROM texts WHERE owner = ? AND owner_id = ?", (entity, wid))
            db.execute(f"DELETE FROM {table} WHERE id = ?", (wid,))
        self._renumber(db)

    def record_exchange(self, package_id: str, direction: str) -> None:
        """Note a package sent or merged; what this copy wrote since the last one is folded
        first (see ``_compact_history``), so the package carries one row per edit."""
        with self.transaction() as db:
            self._compact_history(db)
            db.execute(
                "INSERT OR REPLACE INTO exchanges VALUES (?, ?, ?, ?, ?)",
                (package_id, direction, self.office, self.revision, now()),
            )

    # ----------------------------------------------------------------- whole-catalogue snapshots

    def snapshot_to(self, target: Path) -> None:
        """Copy the catalogue as it is now to ``target`` (SQLite's backup API)."""
        self.check_owner()
        dest = sqlite3.connect(target)
        try:
            self._conn.backup(dest)
        finally:
            dest.close()

    def restore_snapshot(self, snapshot: Path) -> None:
        """Put the whole catalogue back as a snapshot holds it (undo of a merge)."""
        self.check_owner()
        if self._depth:
            raise ExhibitError("cannot restore a snapshot inside a transaction")
        src = sqlite3.connect(snapshot)
        try:
            src.backup(self._conn)
        finally:
            src.close()
        self._languages = None
        self._start_history_session()
        for kind in ("exhibition", "sections", "order"):
            self._changed(kind)
        self._changed("works", [w.id for w in self.works()])
        self._flush()


def work_column_triggers(columns: Iterable[str]) -> list[str]:
    """TEMP triggers recording each work column as a history row: on insert (its first value)
    and on update (when it changed). Made when a writer opens the catalogue, from the one
    declaration of the columns, so they cover whatever columns this version has."""
    cols = [c for c in columns if c.isidentifier()]
    values = " UNION ALL ".join(f"SELECT '{c}' AS name, json_quote(NEW.{c}) AS value" for c in cols)
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS name, json_quote(NEW.{c}) AS value WHERE OLD.{c} IS NOT NEW.{c}"
        for c in cols
    )
    return [
        "DROP TRIGGER IF EXISTS temp.history_work_columns_insert",
        "DROP TRIGGER IF EXISTS temp.history_work_columns_update",
        "CREATE TEMP TRIGGER history_work_columns_insert AFTER INSERT ON main.works BEGIN"
        f" UPDATE works SET uid = {UUID_SQL} WHERE id = NEW.id AND uid IS NULL;"
        " INSERT INTO history_log SELECT 'work', w.uid, f.name, '', f.value"
        f" FROM works w, ({values}) f WHERE w.id = NEW.id; END",
        f"CREATE TEMP TRIGGER history_work_columns_update AFTER UPDATE OF {', '.join(cols)}"
        " ON main.works BEGIN INSERT INTO history_log SELECT 'work', NEW.uid, f.name, '',"
        f" f.value FROM ({changed}) f; END",
    ]


def exhibition_column_triggers(columns: Iterable[str]) -> list[str]:
    """A TEMP trigger recording each single-valued exhibition field (the loan record, the web
    and book settings) as a history row when it changed; opening and closing have their own
    trigger in the schema."""
    cols = [c for c in columns if c.isidentifier() and c not in ("opening", "closing")]
    if not cols:
        return []
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS name, json_quote(NEW.{c}) AS value WHERE OLD.{c} IS NOT NEW.{c}"
        for c in cols
    )
    return [
        "DROP TRIGGER IF EXISTS temp.history_exhibition_columns_update",
        f"CREATE TEMP TRIGGER history_exhibition_columns_update AFTER UPDATE OF {', '.join(cols)}"
        " ON main.exhibition BEGIN INSERT INTO history_log SELECT 'exhibition', NEW.uid, f.name,"
        f" '', f.value FROM ({changed}) f; END",
    ]


_NULLABLE = (Kind.DATE, Kind.FLOAT, Kind.INT)

UUID_SQL = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
    " || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"
)


def _revision(r) -> Revision:
    return Revision(
        r["origin"],
        r["origin_rev"],
        r["entity"],
        r["uid"],
        r["field"],
        r["lang"],
        r["value"],
        r["author"],
        r["office"],
        r["at"],
    )


def _row(r: Revision) -> tuple:
    return (
        r.origin,
        r.origin_rev,
        r.entity,
        r.uid,
        r.field,
        r.lang,
        r.value,
        r.author,
        r.office,
        r.at,
    )
