"""The catalogue store: create/open, texts and statuses, order, undo support, lock, backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.core import migrations
from exhibit.core.errors import (
    FieldError,
    NotAProjectError,
    ProjectLockedError,
    SchemaTooNewError,
    WorkNotFoundError,
)
from exhibit.core.fields import Owner
from exhibit.core.model import (
    ExifFacts,
    LoanStatus,
    NewWork,
    OriginalRef,
    Problem,
    Text,
    TranslationStatus,
    freeze_texts,
)
from exhibit.core.project import list_backups
from exhibit.core.store import Catalogue, Change

T = TranslationStatus


def new_work(n: int, **kw) -> NewWork:
    return NewWork(
        original=OriginalRef(f"photos/p{n}.jpg", f"{n:064x}", 1000 + n, 1.5, "JPEG"),
        exif=ExifFacts(date_taken="2024-05-01T10:00:00", make="Canon", model="EOS 7D"),
        **kw,
    )


def test_create_and_reopen_keeps_everything(project_dir: Path) -> None:
    with Catalogue.create(project_dir, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        sec = cat.add_section({"de": "Stadt", "zh-Hans": "城市"})
        w = cat.add_work(new_work(1, section_id=sec.id))
        cat.set_text(Owner.WORK, w.id, "caption", "zh-Hans", "鲁尔河畔")
        cat.set_field([w.id], "print_width_cm", 40.0)
        cat.set_tags([w.id], ["Rur", "Wasser"])
    with Catalogue.open(project_dir) as cat:
        ex = cat.exhibition()
        assert ex.languages == ("de", "zh-Hans")
        assert ex.value("title", "zh-Hans") == "迪伦"
        (work,) = cat.works()
        assert work.number == 1
        assert work.section_id == sec.id
        assert work.value("caption", "zh-Hans") == "鲁尔河畔"
        assert work.print_width_cm == 40.0
        assert work.tags == ("Rur", "Wasser")
        assert work.exif.camera == "Canon EOS 7D"
        assert cat.section(sec.id).value("title", "de") == "Stadt"


def test_open_missing_or_foreign_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError, match="no such project"):
        Catalogue.open(tmp_path / "nope.exhibit")
    with pytest.raises(NotAProjectError, match="not an Exhibit project"):
        Catalogue.open(tmp_path)


def test_status_rules_and_outdated(catalogue: Catalogue) -> None:
    w = catalogue.add_work(new_work(1))
    langs = catalogue.languages
    catalogue.set_text(Owner.WORK, w.id, "title", "de", "Der Markt")
    catalogue.set_text(Owner.WORK, w.id, "title", "zh-Hans", "集市")
    w = catalogue.work(w.id)
    assert w.status("title", "zh-Hans", langs) is T.DRAFT
    assert w.status("caption", "zh-Hans", langs) is T.MISSING
    catalogue.set_status(Owner.WORK, w.id, "title", "zh-Hans", T.APPROVED)
    assert catalogue.work(w.id).status("title", "zh-Hans", langs) is T.APPROVED
    catalogue.set_text(Owner.WORK, w.id, "title", "de", "Der Wochenmarkt")
    assert catalogue.work(w.id).status("title", "zh-Hans", langs) is T.OUTDATED
    with pytest.raises(FieldError, match="outdated"):
        catalogue.set_status(Owner.WORK, w.id, "title", "zh-Hans", T.OUTDATED)
    # the source language's own approval never goes outdated
    catalogue.set_status(Owner.WORK, w.id, "title", "de", T.APPROVED)
    catalogue.set_text(Owner.WORK, w.id, "title", "de", "Der Wochenmarkt")
    assert catalogue.work(w.id).status("title", "de", langs) is T.APPROVED


def test_bad_field_and_language_are_named(catalogue: Catalogue) -> None:
    w = catalogue.add_work(new_work(1))
    with pytest.raises(FieldError, match="'fr' is not a language"):
        catalogue.set_text(Owner.WORK, w.id, "title", "fr", "Le marché")
    with pytest.raises(FieldError, match="no field 'colour'"):
        catalogue.set_field([w.id], "colour", "red")
    with pytest.raises(FieldError, match="print_width_cm: -3"):
        catalogue.set_field([w.id], "print_width_cm", -3.0)
    with pytest.raises(WorkNotFoundError, match=r"No\. 9"):
        catalogue.work_by_number(9)


def test_rollback_on_error_leaves_nothing_half_done(catalogue: Catalogue) -> None:
    w = catalogue.add_work(new_work(1))
    seen: list[Change] = []
    catalogue.subscribe(seen.append)
    with pytest.raises(RuntimeError), catalogue.transaction():
        catalogue.set_text(Owner.WORK, w.id, "title", "de", "Halb")
        catalogue.set_field([w.id], "notes", "halb")
        raise RuntimeError("boom")
    work = catalogue.work(w.id)
    assert work.value("title", "de") == ""
    assert work.notes == ""
    assert seen == []  # nothing committed, nobody told
    catalogue.set_field([w.id], "notes", "ganz")
    assert seen == [Change("works", (w.id,), ("notes",))]


def test_numbers_follow_sections_and_moves(catalogue: Catalogue) -> None:
    a = catalogue.add_section({"de": "A"})
    b = catalogue.add_section({"de": "B"})
    ids = [catalogue.add_work(new_work(i, section_id=b.id if i % 2 else a.id)).id for i in range(6)]
    order = catalogue.order()
    assert [wid for wid, _ in order] == [ids[0], ids[2], ids[4], ids[1], ids[3], ids[5]]
    catalogue.move_works([ids[5]], a.id, before=ids[0])
    assert [w.id for w in catalogue.works()][:2] == [ids[5], ids[0]]
    assert [w.number for w in catalogue.works()] == [1, 2, 3, 4, 5, 6]
    catalogue.move_section(b.id, 0)
    assert catalogue.works()[0].section_id == b.id
    catalogue.move_section(b.id, 1)
    catalogue.set_order(order)
    assert catalogue.order() == order
    assert catalogue.integrity_problems() == []


def test_delete_section_moves_works_never_loses_them(catalogue: Catalogue) -> None:
    a = catalogue.add_section({"de": "A"})
    b = catalogue.add_section({"de": "B"})
    w = catalogue.add_work(new_work(1, section_id=a.id))
    section = catalogue.section(a.id)
    moved = catalogue.delete_section(a.id, move_works_to=b.id)
    assert moved == [w.id]
    assert catalogue.work(w.id).section_id == b.id
    catalogue.restore_section(section)
    assert catalogue.section(a.id).value("title", "de") == "A"


def test_delete_and_restore_works_round_trip(catalogue: Catalogue) -> None:
    ws = [
        catalogue.add_work(new_work(i, problems=(Problem("exif", "bad EXIF"),))) for i in range(3)
    ]
    catalogue.set_text(Owner.WORK, ws[1].id, "caption", "de", "Text")
    catalogue.set_loan_status([ws[1].id], LoanStatus.SHIPPED, note="Kiste 3")
    before = catalogue.works()
    removed = catalogue.delete_works([ws[1].id])
    assert [w.number for w in catalogue.works()] == [1, 2]
    catalogue.restore_works(removed)
    assert catalogue.works() == before
    assert catalogue.integrity_problems() == []


def test_known_hashes_and_duplicate_insert(catalogue: Catalogue) -> None:
    catalogue.add_work(new_work(1))
    assert catalogue.known_hashes() == {f"{1:064x}": 1}
    with pytest.raises(FieldError, match="already in the catalogue"):
        catalogue.add_work(new_work(1))
    assert catalogue.count_works() == 1


def test_imported_texts_keep_draft_status(catalogue: Catalogue) -> None:
    texts = freeze_texts({"title": {"de": Text("Rurtal", T.DRAFT), "fr": Text("ignored", T.DRAFT)}})
    w = catalogue.add_work(new_work(1, texts=texts))
    assert w.text("title", "de").status is T.DRAFT
    assert "fr" not in w.texts["title"]


def test_second_open_is_refused_with_a_clear_message(project_dir: Path, catalogue) -> None:
    with pytest.raises(ProjectLockedError, match="already open"):
        Catalogue.open(project_dir)


def test_second_process_is_refused(project_dir: Path, catalogue) -> None:
    code = (
        "import sys\nfrom exhibit.core.store import Catalogue\n"
        "from exhibit.core.errors import ProjectLockedError\n"
        f"try:\n    Catalogue.open({str(project_dir)!r})\n"
        "except ProjectLockedError as e:\n    print(e); sys.exit(3)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 3, out.stderr
    assert "already open" in out.stdout


def test_lock_released_on_close(project_dir: Path) -> None:
    Catalogue.create(project_dir, "x").close()
    Catalogue.open(project_dir).close()
    Catalogue.open(project_dir).close()


def test_backups_on_open_keep_the_last_few_and_the_first_of_the_day(project_dir: Path) -> None:
    Catalogue.create(project_dir, "x").close()
    for _ in range(7):
        Catalogue.open(project_dir).close()
    with Catalogue.open(project_dir, backup=False) as cat:
        backups = list_backups(cat.paths)
    assert len(backups) == 6  # thinning over longer times: tests/core/test_backups.py
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT COUNT(*) FROM exhibition").fetchone()[0] == 1
    conn.close()


def test_newer_schema_is_refused(project_dir: Path) -> None:
    Catalogue.create(project_dir, "x").close()
    conn = sqlite3.connect(project_dir / "catalogue.sqlite")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer version of Exhibit"):
        Catalogue.open(project_dir)


def test_every_past_schema_upgrades(tmp_path: Path) -> None:
    """A catalogue saved at each past version opens and reaches the latest schema."""
    for version in range(migrations.latest_version()):
        root = tmp_path / f"v{version}.exhibit"
        root.mkdir()
        conn = sqlite3.connect(root / "catalogue.sqlite")
        for step in migrations.steps()[:version]:
            conn.executescript(step.sql)
        conn.execute(f"PRAGMA user_version = {version}")
        if version >= 1:
            conn.execute(
                "INSERT INTO exhibition (id, languages, created) "
                "VALUES (1, '[\"de\",\"zh-Hans\"]', 'x')"
            )
        conn.commit()
        conn.close()
        with Catalogue.open(root) as cat:
            version_now = cat._rows("PRAGMA user_version")[0]["user_version"]
            assert version_now == migrations.latest_version()
            assert cat.integrity_problems() == []


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "p.exhibit"
    root.mkdir()
    conn = sqlite3.connect(root / "catalogue.sqlite")
    conn.execute("CREATE TABLE before_exhibit (x)")  # not empty: an empty file is refused
    conn.close()
    broken = migrations.Step(1, "broken", "CREATE TABLE a (x);\nSELECT * FROM nowhere;\n")
    monkeypatch.setattr(migrations, "steps", lambda: (broken,))
    with pytest.raises(sqlite3.OperationalError):
        Catalogue.open(root)
    conn = sqlite3.connect(root / "catalogue.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='a'").fetchone() is None
    conn.close()


def test_restore_loan_and_empty_text_exactly(catalogue: Catalogue) -> None:
    w = catalogue.add_work(new_work(1))
    before = catalogue.work(w.id)
    catalogue.set_loan_status([w.id], LoanStatus.SHIPPED, note="Kiste 3")
    catalogue.restore_loan(w.id, before.loan_status, before.loan_history)
    catalogue.set_text(Owner.WORK, w.id, "title", "de", "Neu")
    catalogue.restore_text(Owner.WORK, w.id, "title", "de", before.text("title", "de"))
    assert catalogue.work(w.id) == before


def test_only_the_owner_s_thread_reads_or_writes(catalogue: Catalogue) -> None:
    import threading

    from exhibit.core.store import OwnerThreadError

    w = catalogue.add_work(new_work(1))
    refused: list[str] = []

    def elsewhere() -> None:
        for name, action in (
            ("read", lambda: catalogue.works()),
            ("write", lambda: catalogue.set_field([w.id], "notes", "von woanders")),
            ("languages", lambda: catalogue.languages),
            ("transaction", lambda: catalogue.transaction().__enter__()),
        ):
            try:
                action()
            except OwnerThreadError:
                refused.append(name)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert refused == ["read", "write", "languages", "transaction"]
    assert catalogue.work(w.id).notes == ""


def test_changes_name_the_works_and_fields_they_touched(catalogue: Catalogue) -> None:
    a, b = catalogue.add_work(new_work(1)), catalogue.add_work(new_work(2))
    seen: list[Change] = []
    catalogue.subscribe(seen.append)
    catalogue.set_text(Owner.WORK, a.id, "caption", "de", "Am Markt")
    catalogue.set_field([a.id, b.id], "photographer", "Anna")
    catalogue.set_tags([b.id], ["Stadt"])
    catalogue.set_problems(b.id, [Problem("x", "y")])
    catalogue.set_loan_status([a.id], LoanStatus.SHIPPED)
    catalogue.move_works([b.id], None, before=a.id)
    with catalogue.transaction():  # one transaction: one record per kind and fields
        catalogue.set_text(Owner.WORK, a.id, "title", "zh-Hans", "集市")
        catalogue.set_text(Owner.WORK, b.id, "title", "zh-Hans", "河")
    catalogue.set_languages(["de", "zh-Hans", "en"])
    catalogue.delete_works([a.id])
    assert seen == [
        Change("works", (a.id,), ("caption.de",)),
        Change("works", (a.id, b.id), ("photographer",)),
        Change("works", (b.id,), ("tags",)),
        Change("works", (b.id,), ("problems",)),
        Change("works", (a.id,), ("loan_status",)),
        Change("order", (b.id,), ("section", "number")),
        Change("works", (a.id, b.id), ("title.zh-Hans",)),
        Change("exhibition", (), ("languages",)),
        Change("removed", (a.id,), ("*",)),
    ]
    assert seen[0].touches("caption") and seen[0].touches("caption.de")
    assert not seen[0].touches("title") and seen[-1].touches("anything")


def test_a_work_s_columns_are_declared_once_in_fields(catalogue: Catalogue) -> None:
    """Adding a single-valued work field is a FieldSpec, a migration step and the attribute:
    the store's SQL, the rows and ``exhibit show`` follow from ``fields.WORK_COLUMNS``."""
    import dataclasses

    from exhibit.cli.views import work_detail
    from exhibit.core.fields import WORK_COLUMNS, Kind

    place = {"id", "uid", "number", "section_id", "position", "added"}  # identity and place
    original = {f.name for f in dataclasses.fields(OriginalRef)}
    exif = {f.name for f in dataclasses.fields(ExifFacts)}
    with sqlite3.connect(catalogue.paths.catalogue) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(works)")}
    declared = {f.name for f in WORK_COLUMNS}
    assert columns - place - original - exif == declared  # no column without a declaration
    w = catalogue.add_work(new_work(1))
    values = {Kind.FLOAT: 12.5, Kind.INT: 3, Kind.CHOICE: None, Kind.DATE: "2026-05-01"}
    from exhibit.core.loan import Crate

    catalogue.put_crate(Crate("cr!"))  # a work's crate must be one of the exhibition's
    for f in WORK_COLUMNS:
        value = values.get(f.kind, f"{f.name[:2]}!")
        value = f.choices[-1] if f.kind is Kind.CHOICE else value
        catalogue.set_field([w.id], f.name, value)
    stored = catalogue.work(w.id)
    shown = work_detail(stored, catalogue.languages, {})
    for f in WORK_COLUMNS:
        value = getattr(stored, f.name)
        value = getattr(value, "value", value)
        assert value == shown[f.name] not in (None, "")
    restored = catalogue.delete_works([w.id])
    catalogue.restore_works(restored)
    assert catalogue.work(w.id) == stored  # put back through the derived INSERT
