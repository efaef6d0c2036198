"""The loan paperwork in the store: the loan record's fields, crates and condition checks.

Part of the catalogue store (the only place with SQL): `Catalogue` mixes this in. Every method
runs in one transaction and reports what changed (``exhibition`` for the loan record and the
crates, ``works`` with the work's id for its condition checks).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from exhibit.core.errors import FieldError, WorkNotFoundError
from exhibit.core.fields import EXHIBITION_COLUMNS, Kind, Owner, check_value, spec
from exhibit.core.loan import (
    ConditionCheck,
    ConditionHistory,
    Crate,
    DamagePhoto,
    Grade,
    HandOver,
    LoanRecord,
    Zone,
)
from exhibit.core.model import normalize_text
from exhibit.core.project import file_sha256, stored_path
from exhibit.core.rows import now

# what a Change names besides declared fields: the crates (of the exhibition) and a work's
# condition checks
CRATES = "crates"
CONDITION = "condition"


def loan_from_row(r) -> LoanRecord:
    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    return LoanRecord(
        loan_number=r["loan_number"],
        lender_authoriser=r["lender_authoriser"],
        dispatch_date=day(r["dispatch_date"]),
        return_due=day(r["return_due"]),
        shipper=r["shipper"],
        cover=r["cover"],
        insurer=r["insurer"],
        policy_number=r["policy_number"],
        loan_currency=r["loan_currency"],
        insurance_excess=r["insurance_excess"],
    )


class LoanEditing:
    """Mixed into Catalogue; uses its transaction(), _rows(), _changed() and works()."""

    # ----------------------------------------------------------------- exhibition fields

    def set_exhibition_field(self, name: str, value: object) -> None:
        """Set a single-valued exhibition field (dates, the loan record's fields), checked."""
        f = spec(Owner.EXHIBITION, name)
        if f.per_language or name not in EXHIBITION_COLUMNS:
            raise FieldError(f"{name} is held per language; give a language ({name}.LANG)")
        if isinstance(value, date):
            value = value.isoformat()
        value = check_value(f, value)
        if isinstance(value, str):
            value = normalize_text(value)
        if value is None and f.kind not in (Kind.DATE, Kind.FLOAT, Kind.INT):
            value = "EUR" if name == "loan_currency" else ""
        if name == "loan_currency" and isinstance(value, str):
            value = value.upper() or "EUR"
        if name == "cover" and not value:
            value = "insurance"
        if name == "first_language" and value and value not in self.languages:
            raise FieldError(
                f"first_language: {value!r} is not a language of this project "
                f"({', '.join(self.languages)})"
            )
        if name == "web_address" and value and not str(value).startswith(("https://", "http://")):
            raise FieldError(f"web_address: {value!r} is not a web address (https://…)")
        with self.transaction() as db:
            db.execute(f"UPDATE exhibition SET {name} = ? WHERE id = 1", (value,))
            self._changed("exhibition", (), (name,))

    # ----------------------------------------------------------------- crates

    def crates(self) -> list[Crate]:
        rows = self._rows("SELECT * FROM crates")
        made = [
            Crate(
                r["number"],
                r["width_cm"],
                r["height_cm"],
                r["depth_cm"],
                r["weight_kg"],
                r["notes"],
            )
            for r in rows
        ]
        return sorted(made, key=lambda c: _natural(c.number))

    def crate(self, number: str) -> Crate | None:
        return next((c for c in self.crates() if c.number == number), None)

    def put_crate(self, crate: Crate) -> None:
        """Add a crate or replace the one with the same number."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO crates VALUES (?, ?, ?, ?, ?, ?)",
                (
                    crate.number.strip(),
                    crate.width_cm,
                    crate.height_cm,
                    crate.depth_cm,
                    crate.weight_kg,
                    normalize_text(crate.notes),
                ),
            )
            self._changed("exhibition", (), (CRATES,))

    def remove_crate(self, number: str) -> list[int]:
        """Remove a crate; its works are left without a crate. Returns their ids (for undo)."""
        with self.transaction() as db:
            if self.crate(number) is None:
                raise FieldError(f"there is no crate {number!r}")
            ids = [r["id"] for r in self._rows("SELECT id FROM works WHERE crate = ?", [number])]
            db.execute("UPDATE works SET crate = '' WHERE crate = ?", (number,))
            db.execute("DELETE FROM crates WHERE number = ?", (number,))
            self._changed("exhibition", (), (CRATES,))
            if ids:
                self._changed("works", ids, ("crate",))
        return ids

    def _require_crate(self, number: object) -> None:
        if number and self.crate(str(number)) is None:
            known = ", ".join(c.number for c in self.crates()) or "none yet"
            raise FieldError(f"crate: there is no crate {number!r} (crates: {known})")

    # ----------------------------------------------------------------- condition checks

    def condition_history(self, work_id: int) -> ConditionHistory:
        return self.condition_histories([work_id]).get(work_id, ConditionHistory())

    def condition_histories(
        self, work_ids: Iterable[int] | None = None
    ) -> dict[int, ConditionHistory]:
        """Every work's checks, oldest first (all works, or those given)."""
        if work_ids is None:
            rows = self._rows("SELECT * FROM condition_checks ORDER BY date, id")
        else:
            rows = []
            wanted = list(work_ids)
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += self._rows(
                    f"SELECT * FROM condition_checks WHERE work_id IN ({marks})", chunk
                )
            rows.sort(key=lambda r: (r["date"], r["id"]))
        grades = self._check_children(
            "SELECT * FROM condition_grades WHERE check_id IN ({})",
            [r["id"] for r in rows],
            lambda r: (Zone(r["zone"]), Grade(r["grade"])),
        )
        photos = self._check_children(
            "SELECT * FROM condition_photos WHERE check_id IN ({}) ORDER BY position",
            [r["id"] for r in rows],
            lambda r: DamagePhoto(r["path"], r["sha256"], r["size"]),
        )
        out: dict[int, list[ConditionCheck]] = {}
        for r in rows:
            zones = dict(grades.get(r["id"], ()))
            out.setdefault(r["work_id"], []).append(
                ConditionCheck(
                    event=HandOver(r["event"]),
                    date=date.fromisoformat(r["date"]),
                    place=r["place"],
                    examiner=r["examiner"],
                    grades=tuple((z, zones[z]) for z in Zone if z in zones),
                    note=r["note"],
                    photos=tuple(photos.get(r["id"], ())),
                    id=r["id"],
                    work_id=r["work_id"],
                    created=r["created"],
                )
            )
        return {k: ConditionHistory(tuple(v)) for k, v in out.items()}

    def _check_children(self, sql: str, check_ids: list[int], make) -> dict[int, list]:
        out: dict[int, list] = {}
        for start in range(0, len(check_ids), 500):
            chunk = check_ids[start : start + 500]
            for r in self._rows(sql.format(",".join("?" * len(chunk))), chunk):
                out.setdefault(r["check_id"], []).append(make(r))
        return out

    def add_condition_checks(self, checks: Iterable[ConditionCheck]) -> list[ConditionCheck]:
        """Record checks (one per work, e.g. a whole crate at arrival) in one transaction.

        A check with an id is put back with that id (undo of a removal). Returns the checks as
        stored, with their ids.
        """
        stored = []
        with self.transaction() as db:
            for check in checks:
                stored.append(self._insert_check(db, check))
            self._changed("works", sorted({c.work_id for c in stored}), (CONDITION,))
        return stored

    def remove_condition_checks(self, check_ids: Iterable[int]) -> None:
        ids = list(check_ids)
        with self.transaction() as db:
            works = set()
            for cid in ids:
                found = db.execute(
                    "SELECT work_id FROM condition_checks WHERE id = ?", (cid,)
                ).fetchone()
                if found is None:
                    raise FieldError(f"there is no condition check {cid}")
                works.add(found[0])
                db.execute("DELETE FROM condition_checks WHERE id = ?", (cid,))
            self._changed("works", sorted(works), (CONDITION,))

    def damage_photo(self, path: Path) -> DamagePhoto:
        """Reference a photo of damage like an original: path, SHA-256 and size; never copied
        or changed. Raises FieldError naming the file when it cannot be read."""
        path = Path(path)
        try:
            if not path.is_file():
                raise FieldError(f"{path}: no such photo file")
            return DamagePhoto(stored_path(path, self.root), file_sha256(path), path.stat().st_size)
        except OSError as exc:
            raise FieldError(f"{path}: cannot read the photo ({exc.strerror or exc})") from exc

    def _insert_check(self, db: sqlite3.Connection, check: ConditionCheck) -> ConditionCheck:
        if not self._rows("SELECT 1 FROM works WHERE id = ?", [check.work_id]):
            raise WorkNotFoundError(f"there is no work with id {check.work_id}")
        created = check.created or now()
        cur = db.execute(
            "INSERT INTO condition_checks (id, work_id, event, date, place, examiner, note, "
            "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                check.id or None,
                check.work_id,
                HandOver(check.event).value,
                check.date.isoformat(),
                normalize_text(check.place),
                normalize_text(check.examiner),
                normalize_text(check.note),
                created,
            ),
        )
        check_id = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO condition_grades VALUES (?, ?, ?)",
            [(check_id, Zone(z).value, Grade(g).value) for z, g in check.grades],
        )
        db.executemany(
            "INSERT INTO condition_photos (check_id, position, path, sha256, size) "
            "VALUES (?, ?, ?, ?, ?)",
            [(check_id, n, p.path, p.sha256, p.size) for n, p in enumerate(check.photos)],
        )
        return replace(check, id=check_id, created=created)


def _natural(number: str) -> tuple:
    """Crate 2 before crate 10."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 1 << 30, number)
