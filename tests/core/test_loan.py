"""The loan record, crates and condition checks: store round trips and the schema-1 upgrade."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from exhibit.core import migrations
from exhibit.core.errors import FieldError
from exhibit.core.fields import LOAN, Owner, fields_of, parse_value
from exhibit.core.loan import (
    ConditionCheck,
    Crate,
    Grade,
    HandOver,
    Zone,
    overall,
    parse_grade,
)
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.store import Catalogue

# a value for every loan field, as `exhibit set` would receive it
EXHIBITION_VALUES = {
    "loan_number": "LO-2026-001",
    "lender_authoriser": "Dr. Hanna Kessel",
    "dispatch_date": "2026-04-20",
    "return_due": "2026-08-15",
    "shipper": "Hasenkamp Fine Art Logistics",
    "cover": "indemnity",
    "insurer": "Stadt Düren",
    "policy_number": "P-77/2026",
    "loan_currency": "CNY",
    "insurance_excess": "500",
}
WORK_VALUES = {
    "mount_width_cm": "50",
    "mount_height_cm": "40",
    "frame_width_cm": "52.5",
    "frame_height_cm": "42,5",
    "frame_depth_cm": "3",
    "insurance_value": "800",
    "insurance_currency": "EUR",
}


def _work(cat: Catalogue, n: int) -> int:
    ref = OriginalRef(f"photos/{n}.jpg", f"{n:064x}", 100 + n, 1.0, "JPEG")
    return cat.add_work(NewWork(original=ref, photographer="Anna Schmitz")).id


SCHEMA1 = Path(__file__).resolve().parents[1] / "data" / "catalogue-schema1.sqlite"


def _schema1_project(root: Path) -> None:
    """The catalogue saved at schema 1 (tests/data), before any loan column existed."""
    root.mkdir()
    shutil.copy(SCHEMA1, root / "catalogue.sqlite")


def test_every_loan_field_through_the_upgrade_from_schema_1(tmp_path: Path) -> None:
    root = tmp_path / "old.exhibit"
    _schema1_project(root)
    with Catalogue.open(root) as cat:
        assert [s.name for s in migrations.steps()].count("loan_record") == 1
        ex = cat.exhibition()
        assert ex.loan.loan_number == "" and ex.loan.loan_currency == "EUR"
        work = cat.works()[0]
        wid = work.id
        assert work.print_width_cm == 40 and work.value("caption", "zh-Hans") == "五月的集市广场"
        assert work.crate == "" and work.frame_width_cm is None
        for name, raw in EXHIBITION_VALUES.items():
            f = next(f for f in fields_of(Owner.EXHIBITION) if f.name == name)
            cat.set_exhibition_field(name, parse_value(f, raw))
        for f in fields_of(Owner.EXHIBITION, per_language=True, group=LOAN):
            for lang in cat.languages:
                cat.set_text(Owner.EXHIBITION, 1, f.name, lang, f"{f.name} {lang} 金华")
        for name, raw in WORK_VALUES.items():
            f = next(f for f in fields_of(Owner.WORK) if f.name == name)
            cat.set_field([wid], name, parse_value(f, raw))
        cat.put_crate(Crate("K1", 120, 90, 30, 48.5))
        cat.set_field([wid], "crate", "K1")
        cat.set_text(Owner.WORK, wid, "process", "zh-Hans", "喷墨打印")
    with Catalogue.open(root) as cat:
        loan = cat.exhibition().loan
        assert loan.loan_number == "LO-2026-001"
        assert loan.dispatch_date == date(2026, 4, 20) and loan.return_due == date(2026, 8, 15)
        assert (loan.cover, loan.insurer, loan.loan_currency) == ("indemnity", "Stadt Düren", "CNY")
        assert loan.insurance_excess == 500
        ex = cat.exhibition()
        assert ex.value("borrower_address", "zh-Hans") == "borrower_address zh-Hans 金华"
        w = cat.work(wid)
        assert w.insurance_value == 800
        assert (w.frame_width_cm, w.frame_height_cm, w.frame_depth_cm) == (52.5, 42.5, 3)
        assert (w.mount_width_cm, w.mount_height_cm, w.crate) == (50, 40, "K1")
        assert w.value("process", "zh-Hans") == "喷墨打印"
        assert cat.crates() == [Crate("K1", 120, 90, 30, 48.5)]
        assert cat.integrity_problems() == []


def test_loan_texts_are_not_catalogue_texts() -> None:
    from exhibit.core.fields import EXHIBITION_TEXT_FIELDS, WORK_TEXT_FIELDS

    assert "process" not in WORK_TEXT_FIELDS and "borrower" not in EXHIBITION_TEXT_FIELDS
    assert "caption" in WORK_TEXT_FIELDS and "venue" in EXHIBITION_TEXT_FIELDS


def test_crate_assignment_needs_a_crate_and_removal_frees_works(catalogue: Catalogue) -> None:
    a, b = _work(catalogue, 1), _work(catalogue, 2)
    with pytest.raises(FieldError, match="no crate '7'"):
        catalogue.set_field([a], "crate", "7")
    catalogue.put_crate(Crate("2"))
    catalogue.put_crate(Crate("10"))
    assert [c.number for c in catalogue.crates()] == ["2", "10"]
    catalogue.set_field([a, b], "crate", "2")
    assert catalogue.remove_crate("2") == [a, b]
    assert {w.crate for w in catalogue.works()} == {""}
    with pytest.raises(FieldError, match="a crate needs a number"):
        Crate(" ")


def test_condition_history_round_trip_and_worsened_grades(catalogue: Catalogue, tmp_path) -> None:
    wid = _work(catalogue, 1)
    photo = tmp_path / "corner.jpg"
    photo.write_bytes(b"\xff\xd8damage\xff\xd9")
    before = photo.read_bytes()
    dispatch = ConditionCheck(
        HandOver.DISPATCH,
        date(2026, 4, 20),
        "Düren",
        "H. Kessel",
        ((Zone.IMAGE, Grade.EXCELLENT), (Zone.FRAME, Grade.GOOD), (Zone.GLAZING, Grade.GOOD)),
        "Rahmen links oben leicht berieben",
        work_id=wid,
    )
    arrival = ConditionCheck(
        HandOver.ARRIVAL,
        date(2026, 5, 2),
        "金华",
        "李伟",
        (
            (Zone.FRAME, Grade.FAIR),
            (Zone.IMAGE, Grade.EXCELLENT),
            (Zone.GLAZING, Grade.NOT_CHECKED),
        ),
        "左下角有划痕",
        (catalogue.damage_photo(photo),),
        work_id=wid,
    )
    catalogue.add_condition_checks([arrival, dispatch])  # dates order them, not insertion
    history = catalogue.condition_history(wid)
    assert [c.event for c in history.checks] == [HandOver.DISPATCH, HandOver.ARRIVAL]
    got = history.checks[1]
    assert (got.place, got.examiner, got.note) == ("金华", "李伟", "左下角有划痕")
    assert got.grade(Zone.FRAME) is Grade.FAIR and got.grade(Zone.BACK) is Grade.NOT_CHECKED
    assert got.photos[0].path == "corner.jpg" or got.photos[0].path.endswith("corner.jpg")
    assert photo.read_bytes() == before
    assert history.worsened(0) == () and history.worsened(1) == (Zone.FRAME,)
    assert overall(got) is Grade.FAIR
    assert history.at(HandOver.DISPATCH).examiner == "H. Kessel"
    catalogue.remove_condition_checks([got.id])
    assert len(catalogue.condition_history(wid).checks) == 1
    catalogue.add_condition_checks([got])  # undo puts it back with its id
    assert catalogue.condition_history(wid).checks[1] == got


def test_grade_parsing_names_the_problem() -> None:
    assert parse_grade("Frame=Not checked") == (Zone.FRAME, Grade.NOT_CHECKED)
    with pytest.raises(FieldError, match="'roof' is not a zone"):
        parse_grade("roof=good")
    with pytest.raises(FieldError, match="'shiny' is not a grade"):
        parse_grade("frame=shiny")
    with pytest.raises(FieldError, match="ZONE=GRADE"):
        parse_grade("frame")


def test_damage_photo_missing_file_is_named(catalogue: Catalogue, tmp_path) -> None:
    with pytest.raises(FieldError, match=r"nope\.jpg: no such photo file"):
        catalogue.damage_photo(tmp_path / "nope.jpg")
