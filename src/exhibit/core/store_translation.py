"""Applying a returned translation: the texts it brings, and its conflicts kept for later.

Part of the catalogue store (the only place with SQL): `Catalogue` mixes this in. One
transaction writes every taken text (recording the source text it was translated from, so a
later change of the source shows it as outdated) and keeps each conflict beside ours in the
``conflicts`` table the partner merge uses too, so the curator accepts or rejects them in the
same place. What was there before is returned, so that the window can undo the whole import
as one step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from exhibit.core.model import Text
from exhibit.core.rows import now
from exhibit.core.translation import ImportPlan, Line


@dataclass(frozen=True, slots=True)
class AppliedTranslation:
    """What an import wrote: the fields with their texts before, and the conflicts it added."""

    before: tuple[tuple[Line, Text], ...]
    conflict_ids: tuple[int, ...]

    @property
    def written(self) -> int:
        return len(self.before)


class TranslationImport:
    """Mixed into Catalogue; uses its transaction(), _rows(), get_text() and _changed()."""

    def apply_translation(
        self, plan: ImportPlan, origin: str, translator: str = ""
    ) -> AppliedTranslation:
        """Write what the plan takes; keep its conflicts. One transaction."""
        before: list[tuple[Line, Text]] = []
        conflict_ids: list[int] = []
        touched: set[int] = set()
        with self.transaction() as db:
            for line in plan.lines:
                if line.owner is None or line.theirs is None:
                    continue
                old = self.get_text(line.owner, line.owner_id, line.field, plan.lang)
                if line.writes:
                    self._put_translation(db, line, plan.lang, line.theirs)
                    before.append((line, old))
                elif line.conflict:
                    cid = self._keep_conflict(db, line, plan.lang, old, origin, translator)
                    if cid is not None:
                        conflict_ids.append(cid)
                else:
                    continue
                if line.owner.value == "work":
                    touched.add(line.owner_id)
            self._changed("works", sorted(touched))
            self._changed("sections")
            self._changed("exhibition")
        return AppliedTranslation(tuple(before), tuple(conflict_ids))

    def undo_translation(self, applied: AppliedTranslation, lang: str) -> None:
        """Put back every text the import wrote and drop the conflicts it kept."""
        with self.transaction() as db:
            for line, old in applied.before:
                self.restore_text(line.owner, line.owner_id, line.field, lang, old)
            if applied.conflict_ids:
                marks = ",".join("?" * len(applied.conflict_ids))
                db.execute(f"DELETE FROM conflicts WHERE id IN ({marks})", applied.conflict_ids)
            self._changed("works", sorted({ln.owner_id for ln, _ in applied.before}))

    def _put_translation(self, db, line: Line, lang: str, theirs: Text) -> None:
        db.execute(
            "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                line.owner.value,
                line.owner_id,
                line.field,
                lang,
                theirs.text,
                theirs.status.value,
                now(),
                theirs.source_fingerprint,
            ),
        )

    def _keep_conflict(self, db, line: Line, lang, ours: Text, origin, translator) -> int | None:
        """Theirs waits beside ours; the same suggestion twice is kept once."""
        uid = self._uid_of(line.owner, line.owner_id)
        theirs = json.dumps([line.theirs.text, line.theirs.status.value], ensure_ascii=False)
        open_rows = self._rows(
            "SELECT id, theirs FROM conflicts WHERE entity = ? AND uid = ? AND field = ? "
            "AND lang = ? AND resolved IS NULL",
            (line.owner.value, uid, line.field, lang),
        )
        if open_rows and open_rows[0]["theirs"] == theirs:
            return None
        if open_rows:  # a newer suggestion replaces an older one from a file
            db.execute("DELETE FROM conflicts WHERE id = ?", (open_rows[0]["id"],))
        cur = db.execute(
            "INSERT INTO conflicts (package, entity, uid, field, lang, base, ours, theirs, "
            "ours_author, ours_office, ours_at, theirs_author, theirs_office, theirs_at, created) "
            "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, '', '', ?, ?, '', ?, ?)",
            (
                origin,
                line.owner.value,
                uid,
                line.field,
                lang,
                json.dumps([ours.text, ours.status.value], ensure_ascii=False),
                theirs,
                ours.updated,
                translator,
                now(),
                now(),
            ),
        )
        return int(cur.lastrowid)
