"""Writing works: adding, editing fields, moving, numbering, deleting and restoring.

Part of the catalogue store (the only place with SQL): `Catalogue` mixes this in. Every
method runs in one transaction and reports what changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from exhibit.core.errors import FieldError, WorkNotFoundError
from exhibit.core.fields import Kind, Owner, check_value, spec
from exhibit.core.model import (
    LoanEvent,
    LoanStatus,
    NewWork,
    OriginalRef,
    Problem,
    Work,
    normalize_text,
)
from exhibit.core.rows import EXIF_COLUMNS, SCALAR_WORK_FIELDS, empty_value, now, scalar


class WorkEditing:
    """Mixed into Catalogue; uses its transaction(), _rows(), works() and sections()."""

    # ----------------------------------------------------------------- works: writing

    def add_work(self, new: NewWork) -> Work:
        """Create a work at the end of its section (or the catalogue); returns it numbered."""
        with self.transaction() as db:
            if new.section_id is not None:
                self.section(new.section_id)
            exif = new.exif
            number = self._slot(db, new.section_id)
            # make room: everything from that place on moves one number up
            moved = db.execute(
                "UPDATE works SET number = number + 1, position = position + 1 WHERE number >= ?",
                (number,),
            ).rowcount
            cols = (
                "section_id",
                "position",
                "number",
                "path",
                "sha256",
                "size",
                "mtime",
                "format",
                *EXIF_COLUMNS,
                "photographer",
                "added",
            )
            values = (
                new.section_id,
                number,
                number,
                new.original.path,
                new.original.sha256,
                new.original.size,
                new.original.mtime,
                new.original.format,
                *(getattr(exif, c) for c in EXIF_COLUMNS),
                new.photographer,
                now(),
            )
            try:
                cur = db.execute(
                    f"INSERT INTO works ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    values,
                )
            except sqlite3.IntegrityError as exc:
                raise FieldError(f"{new.original.path}: already in the catalogue") from exc
            work_id = int(cur.lastrowid)
            for name, by_lang in new.texts.items():
                for lang, entry in by_lang.items():
                    if lang in self.languages and not entry.empty:
                        self._write_text(
                            db,
                            Owner.WORK,
                            work_id,
                            name,
                            lang,
                            normalize_text(entry.text),
                            entry.status,
                        )
            db.executemany(
                "INSERT INTO problems (work_id, code, message) VALUES (?, ?, ?)",
                [(work_id, p.code, p.message) for p in new.problems],
            )
            db.execute(
                "INSERT INTO loan_history (work_id, status, at) VALUES (?, ?, ?)",
                (work_id, LoanStatus.CANDIDATE.value, now()),
            )
            self._changed("works", [work_id])  # a new work: every field
            if moved:  # told after the new work, which the order then holds
                self._changed("order", (), ("number",))
        return self.work(work_id)

    def set_field(self, work_ids: Iterable[int], name: str, value: object) -> None:
        """Set one single-valued field (not per language) on one or more works."""
        f = spec(Owner.WORK, name)
        if f.per_language:
            raise FieldError(f"{name} is held per language; give a language ({name}.LANG)")
        ids = list(work_ids)
        if f.kind is Kind.TAGS:
            self.set_tags(ids, check_value(f, value or ()))  # type: ignore[arg-type]
            return
        if name == "loan_status":
            self.set_loan_status(ids, LoanStatus(check_value(f, value)))
            return
        value = check_value(f, value)
        if name not in SCALAR_WORK_FIELDS:
            raise FieldError(f"{name} cannot be set this way")
        if name == "crate":
            value = (value or "").strip()  # type: ignore[union-attr]
            self._require_crate(value)
        if isinstance(value, str):
            value = normalize_text(value)
        with self.transaction() as db:
            for wid in ids:
                self._require_work(wid)
            db.executemany(
                f"UPDATE works SET {name} = ? WHERE id = ?",
                [(value if value is not None else empty_value(f), w) for w in ids],
            )
            self._changed("works", ids, (name,))

    def set_tags(self, work_ids: Iterable[int], tags: Iterable[str]) -> None:
        ids, tags = list(work_ids), tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        with self.transaction() as db:
            for wid in ids:
                self._require_work(wid)
                db.execute("DELETE FROM tags WHERE work_id = ?", (wid,))
                db.executemany("INSERT INTO tags VALUES (?, ?)", [(wid, t) for t in tags])
            self._changed("works", ids, ("tags",))

    def set_loan_status(
        self, work_ids: Iterable[int], status: LoanStatus, at: str | None = None, note: str = ""
    ) -> None:
        """Change the loan status and record it, dated, in the work's history."""
        ids = list(work_ids)
        with self.transaction() as db:
            for wid in ids:
                self._require_work(wid)
                db.execute("UPDATE works SET loan_status = ? WHERE id = ?", (status.value, wid))
                db.execute(
                    "INSERT INTO loan_history (work_id, status, at, note) VALUES (?,?,?,?)",
                    (wid, status.value, at or now(), note),
                )
            self._changed("works", ids, ("loan_status",))

    def restore_loan(self, work_id: int, status: LoanStatus, history: Iterable[LoanEvent]) -> None:
        """Put back a loan status and its dated history exactly (for undo)."""
        with self.transaction() as db:
            self._require_work(work_id)
            db.execute("UPDATE works SET loan_status = ? WHERE id = ?", (status.value, work_id))
            db.execute("DELETE FROM loan_history WHERE work_id = ?", (work_id,))
            db.executemany(
                "INSERT INTO loan_history (work_id, status, at, note) VALUES (?, ?, ?, ?)",
                [(work_id, e.status.value, e.at, e.note) for e in history],
            )
            self._changed("works", [work_id], ("loan_status",))

    def set_problems(self, work_id: int, problems: Iterable[Problem]) -> None:
        with self.transaction() as db:
            self._require_work(work_id)
            db.execute("DELETE FROM problems WHERE work_id = ?", (work_id,))
            db.executemany(
                "INSERT INTO problems (work_id, code, message) VALUES (?, ?, ?)",
                [(work_id, p.code, p.message) for p in problems],
            )
            self._changed("works", [work_id], ("problems",))

    def update_original(self, work_id: int, original: OriginalRef) -> None:
        """Point a work at its original again (relink) or record its new size and time."""
        with self.transaction() as db:
            self._require_work(work_id)
            db.execute(
                "UPDATE works SET path = ?, sha256 = ?, size = ?, mtime = ?, format = ? "
                "WHERE id = ?",
                (
                    original.path,
                    original.sha256,
                    original.size,
                    original.mtime,
                    original.format,
                    work_id,
                ),
            )
            self._changed("works", [work_id], ("original",))

    def move_works(
        self, work_ids: Iterable[int], section_id: int | None, before: int | None = None
    ) -> None:
        """Move works into a section, before the work ``before`` (or at the section's end)."""
        moving = list(work_ids)
        with self.transaction() as db:
            if section_id is not None:
                self.section(section_id)
            current = self.order()
            known = {wid for wid, _ in current}
            if before is not None and before in moving:
                raise FieldError("cannot place works before one of themselves")
            if any(wid not in known for wid in moving):
                raise WorkNotFoundError("some of the works to move no longer exist")
            moving_set = set(moving)
            order = [(wid, sid) for wid, sid in current if wid not in moving_set]
            seq = [(wid, section_id) for wid in dict.fromkeys(moving)]
            at = next((i for i, (wid, _) in enumerate(order) if wid == before), None)
            if at is None:  # after the last work of the target section
                at = max(
                    (i + 1 for i, (_, sid) in enumerate(order) if sid == section_id),
                    default=len(order),
                )
            order[at:at] = seq
            self._write_order(db, order)
            self._note_moved(moving)
            self._changed("order", moving, ("section", "number"))

    def order(self) -> list[tuple[int, int | None]]:
        """The exhibition order as (work id, section id) pairs: what undo keeps."""
        return [
            (r["id"], r["section_id"])
            for r in self._rows("SELECT id, section_id FROM works ORDER BY number")
        ]

    def set_order(self, order: list[tuple[int, int | None]]) -> None:
        """Put every work in this order and section (e.g. to undo a move)."""
        with self.transaction() as db:
            before = self.order()
            self._write_order(db, order)
            self._note_moved(_placed_elsewhere(before, order))
            self._changed("order", [wid for wid, _ in order], ("section", "number"))

    def _write_order(self, db, order: list[tuple[int, int | None]]) -> None:
        db.executemany(
            "UPDATE works SET position = ?, section_id = ? WHERE id = ?",
            [(pos, sid, wid) for pos, (wid, sid) in enumerate(order)],
        )
        self._renumber(db)

    def delete_works(self, work_ids: Iterable[int]) -> list[Work]:
        """Remove works from the catalogue (originals are untouched); returns them for undo."""
        ids = list(work_ids)
        with self.transaction() as db:
            removed = self.works(ids)
            for wid in ids:
                db.execute("DELETE FROM texts WHERE owner = 'work' AND owner_id = ?", (wid,))
                db.execute("DELETE FROM works WHERE id = ?", (wid,))
            self._renumber(db)
            self._changed("removed", ids)  # later works' numbers follow from the order
        return removed

    def restore_works(self, works: Iterable[Work]) -> None:
        """Put deleted works back as they were, with ids, texts, history and place (undo)."""
        with self.transaction() as db:
            for w in works:
                self._insert_full(db, w)
            self._renumber(db)
            self._changed("works", [w.id for w in works])
            self._changed("order", (), ("number",))  # the works after them move up

    def _insert_full(self, db, w: Work) -> None:
        if w.section_id is not None and not self._rows(
            "SELECT 1 FROM sections WHERE id = ?", [w.section_id]
        ):
            w = replace(w, section_id=None)
        cols = (
            "id",
            "number",
            "section_id",
            "position",
            "path",
            "sha256",
            "size",
            "mtime",
            "format",
            *EXIF_COLUMNS,
            *SCALAR_WORK_FIELDS,
            "added",
            "uid",
        )
        o = w.original
        values = (
            w.id,
            w.number,
            w.section_id,
            w.position,
            o.path,
            o.sha256,
            o.size,
            o.mtime,
            o.format,
            *(getattr(w.exif, c) for c in EXIF_COLUMNS),
            *(scalar(w, c) for c in SCALAR_WORK_FIELDS),
            w.added,
            w.uid or None,
        )
        db.execute(
            f"INSERT INTO works ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values
        )
        for name, by_lang in w.texts.items():
            for lang, e in by_lang.items():
                db.execute(
                    "INSERT OR REPLACE INTO texts VALUES ('work', ?, ?, ?, ?, ?, ?, ?)",
                    (w.id, name, lang, e.text, e.status.value, e.updated, e.source_fingerprint),
                )
        db.executemany("INSERT INTO tags VALUES (?, ?)", [(w.id, t) for t in w.tags])
        db.executemany(
            "INSERT INTO loan_history (work_id, status, at, note) VALUES (?,?,?,?)",
            [(w.id, e.status.value, e.at, e.note) for e in w.loan_history],
        )
        db.executemany(
            "INSERT INTO problems (work_id, code, message) VALUES (?, ?, ?)",
            [(w.id, p.code, p.message) for p in w.problems],
        )

    # ----------------------------------------------------------------- numbering

    @staticmethod
    def _max_position(db) -> int:
        return db.execute("SELECT COALESCE(MAX(position), -1) FROM works").fetchone()[0]

    @staticmethod
    def _slot(db, section_id: int | None) -> int:
        """The catalogue number a work added at the end of this section (or unsorted) gets."""
        if section_id is None:
            return db.execute("SELECT COUNT(*) FROM works").fetchone()[0] + 1
        before = db.execute(
            "SELECT COUNT(*) FROM works w JOIN sections s ON s.id = w.section_id "
            "WHERE s.position <= (SELECT position FROM sections WHERE id = ?)",
            (section_id,),
        ).fetchone()[0]
        return before + 1

    def _renumber(self, db) -> None:
        """Catalogue numbers follow the exhibition order: sections in order, then unsorted."""
        rows = db.execute(
            "SELECT w.id FROM works w LEFT JOIN sections s ON s.id = w.section_id "
            "ORDER BY s.position IS NULL, s.position, w.position, w.id"
        ).fetchall()
        db.executemany(
            "UPDATE works SET number = ?, position = ? WHERE id = ?",
            [(n, n, wid) for n, (wid,) in enumerate(rows, 1)],
        )


def _placed_elsewhere(
    before: list[tuple[int, int | None]], after: list[tuple[int, int | None]]
) -> list[int]:
    """Works whose predecessor or section differs between two orders (moved, for history)."""

    def places(order):
        return {wid: (order[i - 1][0] if i else None, sid) for i, (wid, sid) in enumerate(order)}

    old, new = places(before), places(after)
    return [wid for wid, place in new.items() if old.get(wid) != place]
