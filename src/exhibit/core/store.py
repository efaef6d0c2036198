"""The catalogue store: the only place with SQL.

``Catalogue`` opens a project folder (lock, backup, migrations), reads values from model.py
and writes every edit in one transaction that rolls back when anything raises. Whoever
changes the catalogue gets told through the ``notify`` callback passed in (the UI turns it
into Qt signals). One writer: the store is guarded by a lock and may be called from the
thread that runs a job as well as from the window's thread.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from exhibit.core import migrations
from exhibit.core.errors import (
    CatalogueDamagedError,
    ExhibitError,
    FieldError,
    ProjectExistsError,
    SchemaTooNewError,
    SectionNotFoundError,
    WorkNotFoundError,
)
from exhibit.core.fields import Kind, Owner, check_value, spec
from exhibit.core.languages import DEFAULT_LANGUAGES, check_languages
from exhibit.core.model import (
    EMPTY_TEXT,
    Exhibition,
    ExifFacts,
    LoanEvent,
    LoanStatus,
    NewWork,
    OriginalRef,
    Problem,
    Section,
    Text,
    TranslationStatus,
    Work,
    fingerprint,
    freeze_texts,
    normalize_text,
)
from exhibit.core.project import (
    ProjectLock,
    ProjectPaths,
    backup_catalogue,
    require_project,
    resolve_path,
)


class StorageFullError(ExhibitError):
    code = "disk_full"


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``kind`` is exhibition, sections, works, order or removed."""

    kind: str
    ids: tuple[int, ...] = ()


Notify = Callable[[Change], None]

_EXIF_COLUMNS = tuple(ExifFacts.__dataclass_fields__)
_SCALAR_WORK_FIELDS = (
    "photographer",
    "print_width_cm",
    "print_height_cm",
    "edition",
    "frame_notes",
    "insurance_value",
    "insurance_currency",
    "loan_status",
    "notes",
)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class Catalogue:
    """An open project. Use ``Catalogue.create`` or ``Catalogue.open``; close when done."""

    def __init__(self, paths: ProjectPaths, conn: sqlite3.Connection, lock: ProjectLock) -> None:
        self.paths = paths
        self._conn = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self._depth = 0
        self._pending: list[Change] = []
        self._listeners: list[Notify] = []

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def create(
        cls,
        root: Path,
        title: Mapping[str, str] | str = "",
        languages: Iterable[str] = DEFAULT_LANGUAGES,
    ) -> Catalogue:
        """Make a new project folder with an empty catalogue and open it."""
        root = Path(root)
        langs = check_languages(tuple(languages))
        if root.exists() and any(root.iterdir()):
            raise ProjectExistsError(f"{root}: the folder exists and is not empty")
        paths = ProjectPaths(root)
        root.mkdir(parents=True, exist_ok=True)
        paths.make_dirs()
        cat = cls._connect(paths, backup=False)
        try:
            with cat.transaction():
                cat._conn.execute(
                    "INSERT INTO exhibition (id, languages, created) VALUES (1, ?, ?)",
                    (json.dumps(list(langs)), _now()),
                )
            titles = {langs[0]: title} if isinstance(title, str) else dict(title)
            for lang, text in titles.items():
                if text:
                    cat.set_text(Owner.EXHIBITION, 1, "title", lang, text)
        except BaseException:
            cat.close()
            raise
        return cat

    @classmethod
    def open(cls, root: Path, *, backup: bool = True) -> Catalogue:
        """Open an existing project: lock it, back it up, bring its schema up to date."""
        paths = require_project(Path(root))
        paths.make_dirs()
        return cls._connect(paths, backup=backup)

    @classmethod
    def _connect(cls, paths: ProjectPaths, *, backup: bool) -> Catalogue:
        lock = ProjectLock(paths)
        lock.acquire()
        try:
            version = _schema_version(paths)
            if backup and version is not None:
                backup_catalogue(paths)
            conn = sqlite3.connect(paths.catalogue, isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=5000")
                _migrate(conn, paths)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(paths, conn, lock)

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                self._conn = None  # type: ignore[assignment]
            self._lock.release()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def root(self) -> Path:
        return self.paths.root

    @property
    def closed(self) -> bool:
        return self._conn is None

    def subscribe(self, listener: Notify) -> Callable[[], None]:
        """Call ``listener(change)`` after every committed change; returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # ----------------------------------------------------------------- transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: committed as a whole, rolled back when anything raises."""
        with self._mutex:
            if self._conn is None:
                raise ExhibitError("the project is closed")
            outer = self._depth == 0
            name = f"sp{self._depth}"
            self._conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self._conn
            except BaseException:
                self._depth -= 1
                self._conn.execute("ROLLBACK" if outer else f"ROLLBACK TO {name}")
                if not outer:
                    self._conn.execute(f"RELEASE {name}")
                else:
                    self._pending.clear()
                raise
            self._depth -= 1
            try:
                self._conn.execute("COMMIT" if outer else f"RELEASE {name}")
            except sqlite3.OperationalError as exc:
                if outer:
                    self._conn.execute("ROLLBACK")
                    self._pending.clear()
                raise _storage_error(exc, self.paths) from exc
        if outer:
            self._flush()

    def _changed(self, kind: str, ids: Iterable[int] = ()) -> None:
        self._pending.append(Change(kind, tuple(ids)))

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        for change in pending:
            for listener in list(self._listeners):
                listener(change)

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        with self._mutex:
            cur = self._conn.execute(sql, tuple(params))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]  # type: ignore[misc]

    # ----------------------------------------------------------------- exhibition

    def exhibition(self) -> Exhibition:
        row = self._rows("SELECT * FROM exhibition WHERE id = 1")
        if not row:
            raise CatalogueDamagedError(f"{self.paths.catalogue}: the exhibition record is missing")
        r = row[0]
        return Exhibition(
            texts=self._texts("exhibition", [1]).get(1, freeze_texts({})),
            languages=tuple(json.loads(r["languages"])),
            opening=date.fromisoformat(r["opening"]) if r["opening"] else None,
            closing=date.fromisoformat(r["closing"]) if r["closing"] else None,
        )

    @property
    def languages(self) -> tuple[str, ...]:
        (row,) = self._rows("SELECT languages FROM exhibition WHERE id = 1")
        return tuple(json.loads(row["languages"]))

    def set_languages(self, languages: Iterable[str]) -> None:
        """Change the project languages. Texts of a dropped language are kept, not deleted."""
        langs = check_languages(tuple(languages))
        with self.transaction() as db:
            db.execute("UPDATE exhibition SET languages = ? WHERE id = 1", (json.dumps(langs),))
            self._changed("exhibition")

    def set_exhibition_date(self, name: str, value: date | str | None) -> None:
        f = spec(Owner.EXHIBITION, name)
        if f.kind is not Kind.DATE:
            raise FieldError(f"{name} is not a date field")
        iso = check_value(f, value.isoformat() if isinstance(value, date) else (value or ""))
        with self.transaction() as db:
            db.execute(f"UPDATE exhibition SET {name} = ? WHERE id = 1", (iso,))
            self._changed("exhibition")

    # ----------------------------------------------------------------- texts

    def _texts(self, owner: str, ids: Iterable[int]) -> dict[int, Mapping]:
        ids = list(ids)
        if not ids:
            return {}
        grouped: dict[int, dict[str, dict[str, Text]]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._rows(
                f"SELECT * FROM texts WHERE owner = ? AND owner_id IN ({marks})", [owner, *chunk]
            ):
                grouped.setdefault(r["owner_id"], {}).setdefault(r["field"], {})[r["lang"]] = Text(
                    r["text"], TranslationStatus(r["status"]), r["updated"], r["source_fp"]
                )
        return {k: freeze_texts(v) for k, v in grouped.items()}

    def get_text(self, owner: Owner, owner_id: int, name: str, lang: str) -> Text:
        rows = self._rows(
            "SELECT * FROM texts WHERE owner = ? AND owner_id = ? AND field = ? AND lang = ?",
            (str(owner), owner_id, name, lang),
        )
        if not rows:
            return EMPTY_TEXT
        r = rows[0]
        return Text(r["text"], TranslationStatus(r["status"]), r["updated"], r["source_fp"])

    def set_text(
        self,
        owner: Owner,
        owner_id: int,
        name: str,
        lang: str,
        text: str,
        status: TranslationStatus | None = None,
    ) -> Text:
        """Write one field in one language. Without a status, an edited text becomes a draft.

        Approving a target-language text records the source text it was approved against,
        so that a later change of the source shows it as outdated.
        """
        f = spec(owner, name)
        if not f.per_language:
            raise FieldError(f"{name} is not held per language; set it without .LANG")
        self._check_language(lang)
        text = normalize_text(text)
        check_value(f, text)
        with self.transaction() as db:
            self._require_owner(owner, owner_id)
            old = self.get_text(owner, owner_id, name, lang)
            if status is None:
                unchanged = old.text == text
                status = old.status if unchanged else TranslationStatus.DRAFT
            if not text.strip():
                status = TranslationStatus.MISSING
            self._write_text(db, owner, owner_id, name, lang, text, status)
            self._changed(_KIND[owner], [owner_id])
        return self.get_text(owner, owner_id, name, lang)

    def set_status(
        self, owner: Owner, owner_id: int, name: str, lang: str, status: TranslationStatus
    ) -> Text:
        """Set the translation status of one field in one language (the text stays)."""
        if status is TranslationStatus.OUTDATED:
            raise FieldError("'outdated' follows from the source text; it cannot be set")
        old = self.get_text(owner, owner_id, name, lang)
        return self.set_text(owner, owner_id, name, lang, old.text, status)

    def restore_text(self, owner: Owner, owner_id: int, name: str, lang: str, entry: Text) -> None:
        """Put back a Text exactly as it was (for undo)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(owner),
                    owner_id,
                    name,
                    lang,
                    entry.text,
                    entry.status.value,
                    entry.updated,
                    entry.source_fingerprint,
                ),
            )
            self._changed(_KIND[owner], [owner_id])

    def _write_text(self, db, owner, owner_id, name, lang, text, status) -> None:
        source_fp = None
        if status is TranslationStatus.APPROVED and lang != self.languages[0]:
            source = self.get_text(owner, owner_id, name, self.languages[0])
            source_fp = fingerprint(source.text)
        db.execute(
            "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (str(owner), owner_id, name, lang, text, status.value, _now(), source_fp),
        )

    def _check_language(self, lang: str) -> None:
        if lang not in self.languages:
            raise FieldError(
                f"{lang!r} is not a language of this project ({', '.join(self.languages)})"
            )

    def _require_owner(self, owner: Owner, owner_id: int) -> None:
        if owner is Owner.WORK:
            self._require_work(owner_id)
        elif owner is Owner.SECTION and not self._rows(
            "SELECT 1 FROM sections WHERE id = ?", [owner_id]
        ):
            raise SectionNotFoundError(f"there is no section {owner_id}")

    # ----------------------------------------------------------------- sections

    def sections(self) -> list[Section]:
        rows = self._rows("SELECT * FROM sections ORDER BY position, id")
        texts = self._texts("section", [r["id"] for r in rows])
        return [
            Section(texts=texts.get(r["id"], freeze_texts({})), id=r["id"], position=r["position"])
            for r in rows
        ]

    def section(self, section_id: int) -> Section:
        for s in self.sections():
            if s.id == section_id:
                return s
        raise SectionNotFoundError(f"there is no section {section_id}")

    def add_section(self, titles: Mapping[str, str], index: int | None = None) -> Section:
        with self.transaction() as db:
            ids = [s.id for s in self.sections()]
            cur = db.execute("INSERT INTO sections (position) VALUES (?)", (len(ids),))
            new_id = int(cur.lastrowid)
            ids.insert(len(ids) if index is None else index, new_id)
            self._write_section_order(db, ids)
            for lang, text in titles.items():
                if text:
                    self._check_language(lang)
                    self._write_text(
                        db,
                        Owner.SECTION,
                        new_id,
                        "title",
                        lang,
                        normalize_text(text),
                        TranslationStatus.DRAFT,
                    )
            self._renumber(db)
            self._changed("sections", [new_id])
        return self.section(new_id)

    def move_section(self, section_id: int, index: int) -> None:
        with self.transaction() as db:
            ids = [s.id for s in self.sections()]
            if section_id not in ids:
                raise SectionNotFoundError(f"there is no section {section_id}")
            ids.remove(section_id)
            ids.insert(max(0, min(index, len(ids))), section_id)
            self._write_section_order(db, ids)
            self._renumber(db)
            self._changed("sections", ids)
            self._changed("order")

    def delete_section(self, section_id: int, move_works_to: int | None) -> list[int]:
        """Delete a section; its works move to another section (or none), never lost."""
        with self.transaction() as db:
            self.section(section_id)
            if move_works_to == section_id:
                raise FieldError("works cannot move into the section being deleted")
            if move_works_to is not None:
                self.section(move_works_to)
            moved = [w.id for w in self.works() if w.section_id == section_id]
            end = self._max_position(db)
            for offset, wid in enumerate(moved, 1):
                db.execute(
                    "UPDATE works SET section_id = ?, position = ? WHERE id = ?",
                    (move_works_to, end + offset, wid),
                )
            db.execute("DELETE FROM texts WHERE owner = 'section' AND owner_id = ?", (section_id,))
            db.execute("DELETE FROM sections WHERE id = ?", (section_id,))
            self._write_section_order(db, [s.id for s in self.sections()])
            self._renumber(db)
            self._changed("sections", [section_id])
            self._changed("order", moved)
        return moved

    def restore_section(self, section: Section) -> None:
        """Put a deleted section back with its id, position and titles (for undo)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sections (id, position) VALUES (?, ?)", (section.id, section.position)
            )
            for name, by_lang in section.texts.items():
                for lang, entry in by_lang.items():
                    self.restore_text(Owner.SECTION, section.id, name, lang, entry)
            ids = [s.id for s in self.sections() if s.id != section.id]
            ids.insert(min(section.position, len(ids)), section.id)
            self._write_section_order(db, ids)
            self._renumber(db)
            self._changed("sections", [section.id])

    @staticmethod
    def _write_section_order(db, ids: list[int]) -> None:
        db.executemany(
            "UPDATE sections SET position = ? WHERE id = ?",
            [(pos, sid) for pos, sid in enumerate(ids)],
        )

    # ----------------------------------------------------------------- works: reading

    def count_works(self) -> int:
        return self._rows("SELECT COUNT(*) AS n FROM works")[0]["n"]

    def works(self, ids: Iterable[int] | None = None) -> list[Work]:
        """Works in catalogue order (all, or those with the given ids)."""
        if ids is None:
            rows = self._rows("SELECT * FROM works ORDER BY number")
        else:
            wanted = list(ids)
            rows = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += self._rows(f"SELECT * FROM works WHERE id IN ({marks})", chunk)
            rows.sort(key=lambda r: r["number"])
        return self._works_from_rows(rows)

    def work(self, work_id: int) -> Work:
        found = self.works([work_id])
        if not found:
            raise WorkNotFoundError(f"there is no work with id {work_id}")
        return found[0]

    def work_by_number(self, number: int) -> Work:
        rows = self._rows("SELECT * FROM works WHERE number = ?", [number])
        if not rows:
            raise WorkNotFoundError(
                f"there is no work No. {number} (the catalogue has {self.count_works()} works)"
            )
        return self._works_from_rows(rows)[0]

    def work_by_sha256(self, sha256: str) -> Work | None:
        rows = self._rows("SELECT * FROM works WHERE sha256 = ?", [sha256])
        return self._works_from_rows(rows)[0] if rows else None

    def known_hashes(self) -> dict[str, int]:
        """SHA-256 of every original -> catalogue number (for duplicate detection)."""
        return {r["sha256"]: r["number"] for r in self._rows("SELECT sha256, number FROM works")}

    def original_path(self, work: Work) -> Path:
        return resolve_path(work.original.path, self.root)

    def thumbnail_path(self, work: Work) -> Path:
        return self.paths.thumbnail(work.original.sha256)

    def _works_from_rows(self, rows: list) -> list[Work]:
        ids = [r["id"] for r in rows]
        texts = self._texts("work", ids)
        tags = self._children(
            "SELECT work_id, tag FROM tags WHERE work_id IN ({}) ORDER BY tag",
            ids,
            lambda r: r["tag"],
        )
        history = self._children(
            "SELECT * FROM loan_history WHERE work_id IN ({}) ORDER BY at, id",
            ids,
            lambda r: LoanEvent(LoanStatus(r["status"]), r["at"], r["note"]),
        )
        problems = self._children(
            "SELECT * FROM problems WHERE work_id IN ({}) ORDER BY id",
            ids,
            lambda r: Problem(r["code"], r["message"]),
        )
        return [
            _work_from_row(
                r,
                texts.get(r["id"]),
                tags.get(r["id"], ()),
                history.get(r["id"], ()),
                problems.get(r["id"], ()),
            )
            for r in rows
        ]

    def _children(self, sql: str, ids: list[int], make) -> dict[int, tuple]:
        out: dict[int, list] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for r in self._rows(sql.format(",".join("?" * len(chunk))), chunk):
                out.setdefault(r["work_id"], []).append(make(r))
        return {k: tuple(v) for k, v in out.items()}

    def _require_work(self, work_id: int) -> None:
        if not self._rows("SELECT 1 FROM works WHERE id = ?", [work_id]):
            raise WorkNotFoundError(f"there is no work with id {work_id}")

    # ----------------------------------------------------------------- works: writing

    def add_work(self, new: NewWork) -> Work:
        """Create a work at the end of its section (or the catalogue); returns it numbered."""
        with self.transaction() as db:
            if new.section_id is not None:
                self.section(new.section_id)
            exif = new.exif
            cols = (
                "section_id",
                "position",
                "number",
                "path",
                "sha256",
                "size",
                "mtime",
                "format",
                *_EXIF_COLUMNS,
                "photographer",
                "added",
            )
            values = (
                new.section_id,
                self._max_position(db) + 1,
                self.count_works() + 1,
                new.original.path,
                new.original.sha256,
                new.original.size,
                new.original.mtime,
                new.original.format,
                *(getattr(exif, c) for c in _EXIF_COLUMNS),
                new.photographer,
                _now(),
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
                (work_id, LoanStatus.CANDIDATE.value, _now()),
            )
            self._renumber(db)
            self._changed("works", [work_id])
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
        if name not in _SCALAR_WORK_FIELDS:
            raise FieldError(f"{name} cannot be set this way")
        if isinstance(value, str):
            value = normalize_text(value)
        with self.transaction() as db:
            for wid in ids:
                self._require_work(wid)
            db.executemany(
                f"UPDATE works SET {name} = ? WHERE id = ?",
                [(value if value is not None else _empty(f), w) for w in ids],
            )
            self._changed("works", ids)

    def set_tags(self, work_ids: Iterable[int], tags: Iterable[str]) -> None:
        ids, tags = list(work_ids), tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        with self.transaction() as db:
            for wid in ids:
                self._require_work(wid)
                db.execute("DELETE FROM tags WHERE work_id = ?", (wid,))
                db.executemany("INSERT INTO tags VALUES (?, ?)", [(wid, t) for t in tags])
            self._changed("works", ids)

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
                    (wid, status.value, at or _now(), note),
                )
            self._changed("works", ids)

    def set_problems(self, work_id: int, problems: Iterable[Problem]) -> None:
        with self.transaction() as db:
            self._require_work(work_id)
            db.execute("DELETE FROM problems WHERE work_id = ?", (work_id,))
            db.executemany(
                "INSERT INTO problems (work_id, code, message) VALUES (?, ?, ?)",
                [(work_id, p.code, p.message) for p in problems],
            )
            self._changed("works", [work_id])

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
            self._changed("works", [work_id])

    def move_works(
        self, work_ids: Iterable[int], section_id: int | None, before: int | None = None
    ) -> None:
        """Move works into a section, before the work ``before`` (or at the section's end)."""
        moving = list(work_ids)
        with self.transaction() as db:
            if section_id is not None:
                self.section(section_id)
            order = [w for w in self.works() if w.id not in moving]
            if before is not None and before in moving:
                raise FieldError("cannot place works before one of themselves")
            moved = {w.id: replace(w, section_id=section_id) for w in self.works(moving)}
            seq = [moved[i] for i in moving if i in moved]
            if len(seq) != len(moving):
                raise WorkNotFoundError("some of the works to move no longer exist")
            at = next((i for i, w in enumerate(order) if w.id == before), None)
            if at is None:  # after the last work of the target section
                at = max(
                    (i + 1 for i, w in enumerate(order) if w.section_id == section_id),
                    default=len(order),
                )
            order[at:at] = seq
            self._write_order(db, [(w.id, w.section_id) for w in order])
            self._changed("order", moving)

    def order(self) -> list[tuple[int, int | None]]:
        """The exhibition order as (work id, section id) pairs: what undo keeps."""
        return [
            (r["id"], r["section_id"])
            for r in self._rows("SELECT id, section_id FROM works ORDER BY number")
        ]

    def set_order(self, order: list[tuple[int, int | None]]) -> None:
        """Put every work in this order and section (e.g. to undo a move)."""
        with self.transaction() as db:
            self._write_order(db, order)
            self._changed("order", [wid for wid, _ in order])

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
            self._changed("removed", ids)
        return removed

    def restore_works(self, works: Iterable[Work]) -> None:
        """Put deleted works back as they were, with ids, texts, history and place (undo)."""
        with self.transaction() as db:
            for w in works:
                self._insert_full(db, w)
            self._renumber(db)
            self._changed("works", [w.id for w in works])

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
            *_EXIF_COLUMNS,
            *_SCALAR_WORK_FIELDS,
            "added",
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
            *(getattr(w.exif, c) for c in _EXIF_COLUMNS),
            *(_scalar(w, c) for c in _SCALAR_WORK_FIELDS),
            w.added,
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

    # ----------------------------------------------------------------- consistency

    def integrity_problems(self) -> list[str]:
        """What SQLite's own check and Exhibit's invariants find wrong (empty when sound)."""
        problems = [
            r["integrity_check"]
            for r in self._rows("PRAGMA integrity_check")
            if r["integrity_check"] != "ok"
        ]
        problems += [f"foreign key: {r}" for r in self._rows("PRAGMA foreign_key_check")]
        numbers = [r["number"] for r in self._rows("SELECT number FROM works ORDER BY number")]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append("catalogue numbers are not 1..N without gaps")
        orphans = self._rows(
            "SELECT owner, owner_id FROM texts WHERE owner = 'work' AND owner_id NOT IN "
            "(SELECT id FROM works)"
        )
        problems += [f"text without a work: {r['owner_id']}" for r in orphans]
        return problems


_KIND = {Owner.EXHIBITION: "exhibition", Owner.SECTION: "sections", Owner.WORK: "works"}


def _empty(f) -> object:
    return None if f.kind in (Kind.INT, Kind.FLOAT) else ""


def _scalar(w: Work, name: str) -> object:
    value = getattr(w, name)
    return value.value if isinstance(value, LoanStatus) else value


def _work_from_row(r, texts, tags, history, problems) -> Work:
    return Work(
        texts=texts or freeze_texts({}),
        id=r["id"],
        number=r["number"],
        section_id=r["section_id"],
        position=r["position"],
        original=OriginalRef(r["path"], r["sha256"], r["size"], r["mtime"], r["format"]),
        exif=ExifFacts(**{c: r[c] for c in _EXIF_COLUMNS}),
        photographer=r["photographer"],
        print_width_cm=r["print_width_cm"],
        print_height_cm=r["print_height_cm"],
        edition=r["edition"],
        frame_notes=r["frame_notes"],
        insurance_value=r["insurance_value"],
        insurance_currency=r["insurance_currency"],
        loan_status=LoanStatus(r["loan_status"]),
        loan_history=history,
        notes=r["notes"],
        tags=tags,
        problems=problems,
        added=r["added"],
    )


# --------------------------------------------------------------------- schema


def _schema_version(paths: ProjectPaths) -> int | None:
    if not paths.catalogue.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{paths.catalogue}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CatalogueDamagedError(
            f"{paths.catalogue}: not a readable catalogue ({exc}); backups are in "
            f"{paths.backups.name}/"
        ) from exc


def _migrate(conn: sqlite3.Connection, paths: ProjectPaths) -> None:
    """Bring the schema up to date, one step per transaction; refuse a newer schema."""
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CatalogueDamagedError(f"{paths.catalogue}: not a readable catalogue ({exc})") from exc
    steps = migrations.steps()
    if current > len(steps):
        raise SchemaTooNewError(
            f"{paths.root.name} was saved by a newer version of Exhibit (catalogue schema "
            f"{current}, this version reads up to {len(steps)}). Please update Exhibit."
        )
    for step in steps[current:]:
        _run_step(conn, step)


def _run_step(conn: sqlite3.Connection, step: migrations.Step) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(step.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a step into statements (executescript would commit on its own)."""
    out, buf = [], []
    for line in sql.splitlines():
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    if "\n".join(buf).strip(" \n;") and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buf
    ):
        raise ValueError("incomplete statement at the end of a schema step")
    return out


def _storage_error(exc: sqlite3.OperationalError, paths: ProjectPaths) -> Exception:
    if "full" in str(exc).lower():
        return StorageFullError(
            f"the disk holding {paths.root} is full; the last change was not saved. "
            "Free some space and try again."
        )
    return exc
