"""The catalogue store: the only place with SQL.

``Catalogue`` opens a project folder, as the one writer (lock, backup, migrations after a
backup; see store_opening.py) or as a reader (no lock, read-only, beside a writer), reads values
from model.py and writes every edit in one transaction that rolls back when anything raises;
SQLite errors of the disk or the file reach the caller as ExhibitErrors (disk full, permission,
damaged catalogue), never raw. Whoever
changes the catalogue gets told through the ``notify`` callback passed in (the UI turns it
into Qt signals). One writer: the thread that opened the catalogue owns it, and only that
thread may read or write it (``OwnerThreadError`` otherwise). Jobs compute on their own
threads and hand their results to the owner, which stores them (see ``core.jobs``).

Every committed change is told as ``Change`` records naming the works (or sections) and the
fields it touched, so that models update those rows and editors those fields only.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exhibit.core import migrations
from exhibit.core.errors import (
    CatalogueDamagedError,
    CatalogueReadOnlyError,
    ExhibitError,
    FieldError,
    ProjectExistsError,
    ProjectLockedError,
    SchemaTooOldError,
    SectionNotFoundError,
    WorkNotFoundError,
)
from exhibit.core.fields import Kind, Owner, check_value, spec
from exhibit.core.languages import DEFAULT_LANGUAGES, check_languages
from exhibit.core.model import (
    EMPTY_TEXT,
    Exhibition,
    LoanEvent,
    LoanStatus,
    Problem,
    Section,
    Text,
    TranslationStatus,
    Work,
    WorkListing,
    fingerprint,
    freeze_texts,
    normalize_text,
)
from exhibit.core.project import (
    COMMAND,
    WRITER_WAIT,
    ProjectLock,
    ProjectPaths,
    require_project,
    resolve_path,
)
from exhibit.core.rows import loan_status, now, translation_status, work_from_row
from exhibit.core.schema import (
    HISTORY_TABLES,
    check_not_too_new,
    connect_read_only,
    quick_check,
    raise_database_error,
    restore_hint,
    schema_version,
)
from exhibit.core.store_backups import make_backup
from exhibit.core.store_history import HistoryKeeping
from exhibit.core.store_loan import LoanEditing, loan_from_row
from exhibit.core.store_opening import (
    backup_or_notice,
    check_not_empty,
    check_writable,
    connect_writer,
    refuse_damaged,
)
from exhibit.core.store_translation import TranslationImport
from exhibit.core.store_works import WorkEditing

ALL_FIELDS = "*"  # a change that may touch every field (a work added or put back)


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed transaction changed.

    ``kind`` is exhibition, sections, works, order or removed; ``ids`` the works (or sections)
    touched; ``fields`` what about them: field names as ``exhibit set`` spells them (a text
    per language as ``caption.de``, a single value as ``photographer``), plus ``problems``,
    ``original``, ``number`` and ``section`` (a work's place), ``languages`` (the project's),
    or ``ALL_FIELDS`` for a whole record.
    """

    kind: str
    ids: tuple[int, ...] = ()
    fields: tuple[str, ...] = (ALL_FIELDS,)

    def touches(self, name: str) -> bool:
        """Whether this change may have touched field ``name`` (``caption.de`` or ``caption``)."""
        return any(f in (ALL_FIELDS, name) or f.split(".")[0] == name for f in self.fields)


class OwnerThreadError(RuntimeError):
    """The catalogue was used from a thread other than its owner's (a programming error)."""


Notify = Callable[[Change], None]


class Catalogue(WorkEditing, LoanEditing, HistoryKeeping, TranslationImport):
    """An open project. Use ``Catalogue.create`` or ``Catalogue.open``; close when done."""

    def __init__(
        self,
        paths: ProjectPaths,
        conn: sqlite3.Connection,
        lock: ProjectLock | None,
        *,
        notices: Iterable[str] = (),
        read_only: bool = False,
    ) -> None:
        self.paths = paths
        self._conn = conn
        self._lock = lock
        self.read_only = read_only
        self.notices: tuple[str, ...] = tuple(notices)  # for the person: backup failed, damage
        self._owner = threading.get_ident()  # the one thread that reads and writes
        self._depth = 0
        self._pending: list[Change] = []
        self._languages: tuple[str, ...] | None = None
        self._listeners: list[Notify] = []

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def create(
        cls,
        root: Path,
        title: Mapping[str, str] | str = "",
        languages: Iterable[str] = DEFAULT_LANGUAGES,
        *,
        program: str = COMMAND,
    ) -> Catalogue:
        """Make a new project folder with an empty catalogue and open it."""
        root = Path(root)
        langs = check_languages(tuple(languages))
        if root.exists() and any(root.iterdir()):
            raise ProjectExistsError(f"{root}: the folder exists and is not empty")
        paths = ProjectPaths(root)
        root.mkdir(parents=True, exist_ok=True)
        paths.make_dirs()
        cat = cls._connect(paths, backup=False, program=program)
        try:
            with cat.transaction():
                cat._conn.execute(
                    "INSERT INTO exhibition (id, languages, created) VALUES (1, ?, ?)",
                    (json.dumps(list(langs)), now()),
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
    def open(
        cls,
        root: Path,
        *,
        backup: bool = True,
        read_only: bool = False,
        wait: float = 0.0,
        program: str = COMMAND,
        command: str = "",
        reads_history: bool = True,
    ) -> Catalogue:
        """Open an existing project.

        A writer locks it (waiting up to ``wait`` seconds for another command-line writer),
        backs it up when asked, and brings its schema up to date (always after a backup).
        A reader (``read_only``) takes no lock and writes nothing, so it works while another
        process writes; a damaged catalogue opens for reading only, with a notice.
        ``program`` and ``command`` name the holder to whoever else is refused. A reader that
        never reads the revision history (``reads_history=False``: a listing, preflight, an
        export) checks the file for damage without it, which is most of a large catalogue.
        """
        paths = require_project(Path(root))
        check_not_empty(paths)
        if read_only:
            return cls._connect_reader(
                paths, program=program, command=command, reads_history=reads_history
            )
        return cls._connect(paths, backup=backup, wait=wait, program=program, command=command)

    @classmethod
    def _connect(
        cls,
        paths: ProjectPaths,
        *,
        backup: bool,
        wait: float = 0.0,
        program: str = COMMAND,
        command: str = "",
    ) -> Catalogue:
        lock = ProjectLock(paths, program, command)
        lock.acquire(wait)
        notices: list[str] = []
        try:
            check_writable(paths)
            with contextlib.suppress(OSError):  # whoever needs a folder says when it is missing
                paths.make_dirs()
            version = schema_version(paths)
            if version is not None:
                check_not_too_new(version, paths)
                if version < migrations.latest_version():
                    make_backup(paths, "migration")  # no upgrade without a backup
                elif backup:
                    notices += backup_or_notice(paths)  # refuses a damaged catalogue too
                else:
                    refuse_damaged(paths)
            conn = connect_writer(paths)
        except BaseException:
            lock.release()
            raise
        cat = cls(paths, conn, lock, notices=notices)
        cat._start_history_session()
        return cat

    @classmethod
    def _connect_reader(
        cls, paths: ProjectPaths, *, program: str, command: str, reads_history: bool = True
    ) -> Catalogue:
        version = schema_version(paths)
        if version is not None and version < migrations.latest_version():
            _upgrade_for_reading(paths, program, command)
        elif version is not None:
            check_not_too_new(version, paths)
        try:
            conn = connect_read_only(paths.catalogue)
            damage = quick_check(conn, frozenset() if reads_history else HISTORY_TABLES)
        except sqlite3.Error as exc:
            raise_database_error(exc, paths)
        notices = []
        if damage:
            notices.append(
                f"{paths.catalogue} is damaged ({'; '.join(damage[:3])}); showing "
                f"what can still be read, and nothing can be changed. {restore_hint(paths)}."
            )
        return cls(paths, conn, None, notices=notices, read_only=True)

    def close(self) -> None:
        self.check_owner()
        if self._conn is not None:
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()
            self._conn = None  # type: ignore[assignment]
        if self._lock is not None:
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

    def check_owner(self) -> None:
        """Raise ``OwnerThreadError`` unless called on the thread that owns the catalogue."""
        if threading.get_ident() != self._owner:
            raise OwnerThreadError(
                f"{self.paths.catalogue}: used from thread {threading.current_thread().name!r}; "
                "only the thread that opened it may read or write it (jobs hand it values)"
            )

    def subscribe(self, listener: Notify) -> Callable[[], None]:
        """Call ``listener(change)`` after every committed change; returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # ----------------------------------------------------------------- transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: committed as a whole, rolled back when anything raises."""
        self.check_owner()
        if self._conn is None:
            raise ExhibitError("the project is closed")
        if self.read_only:
            raise CatalogueReadOnlyError(
                f"{self.root.name} is open for reading only here; nothing was changed"
            )
        outer = self._depth == 0
        name = f"sp{self._depth}"
        self._execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            if outer:
                self._history_begin(self._conn)
            yield self._conn
            if outer:
                self._history_commit(self._conn)
        except BaseException as exc:
            self._depth -= 1
            self._undo(outer, name)
            if isinstance(exc, sqlite3.Error):
                raise_database_error(exc, self.paths)
            raise
        self._depth -= 1
        try:
            self._execute("COMMIT" if outer else f"RELEASE {name}")
        except BaseException:
            self._undo(outer, name)
            raise
        if outer:
            self._flush()

    def _undo(self, outer: bool, name: str) -> None:
        """Roll back what the failed action did. After a failed COMMIT SQLite may have rolled
        back already (a full disk): then there is nothing to undo, and the first error is
        the one to report, not "cannot rollback - no transaction is active"."""
        if outer:
            self._pending.clear()
        self._languages = None  # read again: a rolled back change may have set them
        if not self._conn.in_transaction:
            return
        with contextlib.suppress(sqlite3.Error):
            if outer:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")

    def _execute(self, sql: str) -> None:
        try:
            self._conn.execute(sql)
        except sqlite3.Error as exc:
            raise_database_error(exc, self.paths)

    def _changed(
        self, kind: str, ids: Iterable[int] = (), fields: Iterable[str] = (ALL_FIELDS,)
    ) -> None:
        self._pending.append(Change(kind, tuple(ids), tuple(fields)))

    def _flush(self) -> None:
        """Tell the listeners what the transaction changed, one record per kind and fields."""
        pending, self._pending = self._pending, []
        merged: dict[tuple[str, tuple[str, ...]], dict[int, None]] = {}
        for change in pending:
            merged.setdefault((change.kind, change.fields), {}).update(dict.fromkeys(change.ids))
        for (kind, fields), ids in merged.items():
            change = Change(kind, tuple(ids), fields)
            for listener in list(self._listeners):
                listener(change)

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        self.check_owner()
        if self._conn is None:
            raise ExhibitError("the project is closed")
        try:
            cur = self._conn.execute(sql, tuple(params))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]  # type: ignore[misc]
        except sqlite3.Error as exc:
            raise_database_error(exc, self.paths)

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
            loan=loan_from_row(r),
            web_address=r["web_address"],
            first_language=r["first_language"],
            cover_focus=r["cover_focus"],
            isbn=r["isbn"],
            print_run=r["print_run"],
            uid=r["uid"] or "",
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """The project languages, the source language first (kept once read)."""
        if self._languages is None:
            (row,) = self._rows("SELECT languages FROM exhibition WHERE id = 1")
            self._languages = tuple(json.loads(row["languages"]))
        else:
            self.check_owner()
        return self._languages

    def set_languages(self, languages: Iterable[str]) -> None:
        """Change the project languages. Texts of a dropped language are kept, not deleted."""
        langs = check_languages(tuple(languages))
        with self.transaction() as db:
            db.execute("UPDATE exhibition SET languages = ? WHERE id = 1", (json.dumps(langs),))
            self._languages = None
            self._changed("exhibition", (), ("languages",))

    def set_exhibition_date(self, name: str, value: date | str | None) -> None:
        if spec(Owner.EXHIBITION, name).kind is not Kind.DATE:
            raise FieldError(f"{name} is not a date field")
        self.set_exhibition_field(name, value or "")

    # ----------------------------------------------------------------- texts

    def _texts(self, owner: str, ids: Iterable[int], *, every: bool = False) -> dict[int, Mapping]:
        """The texts of these owners (``every``: of every owner of that kind, read whole)."""
        ids = list(ids)
        if not ids:
            return {}
        grouped: dict[int, dict[str, dict[str, Text]]] = {}
        if every:
            chunks = [self._rows("SELECT * FROM texts WHERE owner = ?", [owner])]
        else:
            chunks = (
                self._rows(
                    f"SELECT * FROM texts WHERE owner = ? AND owner_id IN ({marks})",
                    [owner, *chunk],
                )
                for start in range(0, len(ids), 500)
                for chunk in [ids[start : start + 500]]
                for marks in [",".join("?" * len(chunk))]
            )
        for rows in chunks:
            for r in rows:
                grouped.setdefault(r["owner_id"], {}).setdefault(r["field"], {})[r["lang"]] = Text(
                    r["text"], translation_status(r["status"]), r["updated"], r["source_fp"]
                )
        return {k: freeze_texts(v) for k, v in grouped.items()}

    def work_texts(self, work_ids: Iterable[int]) -> dict[int, Mapping]:
        """The texts of these works by id (what a change of texts alone needs read again)."""
        return self._texts("work", work_ids)

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
            written = self._write_text(db, owner, owner_id, name, lang, text, status)
            self._changed(_KIND[owner], [owner_id], (f"{name}.{lang}",))
        return written

    def set_status(
        self, owner: Owner, owner_id: int, name: str, lang: str, status: TranslationStatus
    ) -> Text:
        """Set the translation status of one field in one language (the text stays)."""
        if status is TranslationStatus.OUTDATED:
            raise FieldError("'outdated' follows from the source text; it cannot be set")
        old = self.get_text(owner, owner_id, name, lang)
        return self.set_text(owner, owner_id, name, lang, old.text, status)

    def restore_text(self, owner: Owner, owner_id: int, name: str, lang: str, entry: Text) -> None:
        """Put back a Text exactly as it was (for undo); an empty, missing one leaves no row."""
        with self.transaction() as db:
            if entry.empty and entry.status is TranslationStatus.MISSING:
                db.execute(
                    "DELETE FROM texts WHERE owner = ? AND owner_id = ? AND field = ? AND lang = ?",
                    (str(owner), owner_id, name, lang),
                )
                self._changed(_KIND[owner], [owner_id], (f"{name}.{lang}",))
                return
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
            self._changed(_KIND[owner], [owner_id], (f"{name}.{lang}",))

    def _write_text(self, db, owner, owner_id, name, lang, text, status) -> Text:
        source_fp = None
        if status is TranslationStatus.APPROVED and lang != self.languages[0]:
            source = self.get_text(owner, owner_id, name, self.languages[0])
            source_fp = fingerprint(source.text)
        updated = now()
        db.execute(
            "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (str(owner), owner_id, name, lang, text, status.value, updated, source_fp),
        )
        return Text(text, status, updated, source_fp)

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
            Section(
                texts=texts.get(r["id"], freeze_texts({})),
                id=r["id"],
                position=r["position"],
                uid=r.get("uid") or "",
            )
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
            self._changed("sections", ids, ("position",))
            self._changed("order", (), ("number",))

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
            self._note_moved(moved)
            db.execute("DELETE FROM texts WHERE owner = 'section' AND owner_id = ?", (section_id,))
            db.execute("DELETE FROM sections WHERE id = ?", (section_id,))
            self._write_section_order(db, [s.id for s in self.sections()])
            self._renumber(db)
            self._changed("sections", [section_id])
            self._changed("order", moved, ("section", "number"))
        return moved

    def restore_section(self, section: Section) -> None:
        """Put a deleted section back with its id, position and titles (for undo)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sections (id, position, uid) VALUES (?, ?, ?)",
                (section.id, section.position, section.uid or None),
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
            return self._works_from_rows(rows, every=True)
        else:
            wanted = list(ids)
            rows = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += self._rows(f"SELECT * FROM works WHERE id IN ({marks})", chunk)
            rows.sort(key=lambda r: r["number"])
        return self._works_from_rows(rows)

    def work_listing(self) -> list[WorkListing]:
        """Every work in catalogue order as a listing shows it: titles only of its texts."""
        titles: dict[int, dict[str, str]] = {}
        for r in self._rows(
            "SELECT owner_id, lang, text FROM texts "
            "WHERE owner = 'work' AND field = 'title' AND TRIM(text) != ''"
        ):
            if r["text"].strip():  # the model's "empty" (SQL's TRIM knows only spaces)
                titles.setdefault(r["owner_id"], {})[r["lang"]] = r["text"]
        rows = self._rows(
            "SELECT id, number, section_id, path, loan_status, "
            "(SELECT COUNT(*) FROM problems p WHERE p.work_id = w.id) AS problems "
            "FROM works w ORDER BY number"
        )
        return [
            WorkListing(
                r["id"],
                r["number"],
                r["section_id"],
                titles.get(r["id"], {}),
                r["path"],
                LoanStatus(r["loan_status"]),
                r["problems"],
            )
            for r in rows
        ]

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

    def work_id_by_sha256(self, sha256: str) -> int | None:
        """The id of the work whose original has this SHA-256, or None."""
        rows = self._rows("SELECT id FROM works WHERE sha256 = ?", [sha256])
        return rows[0]["id"] if rows else None

    def numbers(self) -> dict[int, int]:
        """Work id -> catalogue number, as they are now (for reports written after a job)."""
        return {r["id"]: r["number"] for r in self._rows("SELECT id, number FROM works")}

    def original_path(self, work: Work) -> Path:
        return resolve_path(work.original.path, self.root)

    def thumbnail_path(self, work: Work) -> Path:
        return self.paths.thumbnail(work.original.sha256)

    def _works_from_rows(self, rows: list, *, every: bool = False) -> list[Work]:
        """``every``: the rows are all works, so their texts, tags, loan history and problems
        are read whole, one statement each (not in chunks of 500 ids)."""
        ids = [r["id"] for r in rows]
        texts = self._texts("work", ids, every=every)
        tags = self._children(
            "SELECT work_id, tag FROM tags WHERE work_id IN ({}) ORDER BY tag",
            ids,
            lambda r: r["tag"],
            every,
        )
        history = self._children(
            "SELECT * FROM loan_history WHERE work_id IN ({}) ORDER BY at, id",
            ids,
            lambda r: LoanEvent(loan_status(r["status"]), r["at"], r["note"]),
            every,
        )
        problems = self._children(
            "SELECT * FROM problems WHERE work_id IN ({}) ORDER BY id",
            ids,
            lambda r: Problem(r["code"], r["message"]),
            every,
        )
        return [
            work_from_row(
                r,
                texts.get(r["id"]),
                tags.get(r["id"], ()),
                history.get(r["id"], ()),
                problems.get(r["id"], ()),
            )
            for r in rows
        ]

    def _children(self, sql: str, ids: list[int], make, every: bool = False) -> dict[int, tuple]:
        out: dict[int, list] = {}
        if every:
            for r in self._rows(sql.replace("WHERE work_id IN ({}) ", "")):
                out.setdefault(r["work_id"], []).append(make(r))
            return {k: tuple(v) for k, v in out.items()}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for r in self._rows(sql.format(",".join("?" * len(chunk))), chunk):
                out.setdefault(r["work_id"], []).append(make(r))
        return {k: tuple(v) for k, v in out.items()}

    def _require_work(self, work_id: int) -> None:
        if not self._rows("SELECT 1 FROM works WHERE id = ?", [work_id]):
            raise WorkNotFoundError(f"there is no work with id {work_id}")

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


def _upgrade_for_reading(paths: ProjectPaths, program: str, command: str) -> None:
    """A reader meeting an older schema upgrades it (after a backup) when no writer holds the
    project, waiting for a command-line writer as writers do; held by the app (which may be an
    older Exhibit), it says why it cannot read."""
    try:
        Catalogue._connect(
            paths, backup=False, wait=WRITER_WAIT, program=program, command=command
        ).close()
    except ProjectLockedError as exc:
        who = exc.holder.describe() if exc.holder else "another window or process"
        raise SchemaTooOldError(
            f"{paths.root.name} was saved by an older version of Exhibit and must be upgraded "
            f"before it can be read here, but it is open in {who}, which may not know the new "
            "schema. Close it there, then run this command again (it upgrades the catalogue "
            "after a backup)."
        ) from exc


_KIND = {Owner.EXHIBITION: "exhibition", Owner.SECTION: "sections", Owner.WORK: "works"}
