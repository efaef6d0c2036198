"""The catalogue as a book in the store: the cover's focal point, the ISBN (check digit) and the
print run, declared once, through the migrations from schema 1 and `exhibit set`."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core import migrations
from exhibit.core.book import check_focus, check_isbn, isbn13_valid, parse_focus
from exhibit.core.errors import FieldError
from exhibit.core.fields import EXHIBITION_COLUMNS
from exhibit.core.store import Catalogue

SCHEMA1 = Path(__file__).resolve().parents[1] / "data" / "catalogue-schema1.sqlite"


def _schema1_project(root: Path) -> None:
    root.mkdir()
    shutil.copy(SCHEMA1, root / "catalogue.sqlite")


@pytest.mark.parametrize(
    ("text", "point"),
    [("", (0.5, 0.5)), ("0.5,0.3", (0.5, 0.3)), (" 0 , 1 ", (0.0, 1.0)),
     ("0.25;0.75", (0.25, 0.75))],
)  # fmt: skip
def test_focus_is_a_point_from_the_top_left(text, point) -> None:
    assert parse_focus(text) == point


@pytest.mark.parametrize("text", ["0.5", "1.2,0.3", "-0.1,0.5", "links,oben", "0.5,0.3,0.1"])
def test_a_wrong_focus_names_the_field(text) -> None:
    with pytest.raises(FieldError, match="cover_focus"):
        check_focus(text)


@pytest.mark.parametrize(
    "isbn", ["978-3-16-148410-0", "9783161484100", "ISBN 978-3-86680-192-9", "979-10-90636-07-1"]
)
def test_valid_isbn13_is_kept_as_written(isbn) -> None:
    assert check_isbn(isbn) == isbn.removeprefix("ISBN ").strip()


@pytest.mark.parametrize(
    ("isbn", "says"),
    [
        ("978-3-16-148410-1", "should be 0"),
        ("3-16-148410-X", "not an ISBN-13"),
        ("978-3-16-14841", "13 digits"),
        ("123-4-56-789012-3", "978"),
    ],
)
def test_wrong_isbn_is_refused_with_the_reason(isbn, says) -> None:
    with pytest.raises(FieldError, match="isbn") as exc:
        check_isbn(isbn)
    assert says in str(exc.value)


def test_check_digit() -> None:
    assert isbn13_valid("9780306406157")
    assert not isbn13_valid("9780306406158")


def test_book_fields_through_the_upgrade_from_schema_1(tmp_path: Path) -> None:
    root = tmp_path / "old.exhibit"
    _schema1_project(root)
    with Catalogue.open(root) as cat:
        assert [s.name for s in migrations.steps()].count("book") == 1
        assert {"cover_focus", "isbn", "print_run"} <= set(EXHIBITION_COLUMNS)
        ex = cat.exhibition()
        assert (ex.cover_focus, ex.isbn, ex.print_run) == ("", "", None)
        cat.set_exhibition_field("cover_focus", "0.5, 0.30")
        cat.set_exhibition_field("isbn", "978-3-16-148410-0")
        cat.set_exhibition_field("print_run", 500)
        with pytest.raises(FieldError, match="check digit"):
            cat.set_exhibition_field("isbn", "978-3-16-148410-9")
    with Catalogue.open(root) as cat:
        ex = cat.exhibition()
        assert (ex.cover_focus, ex.isbn, ex.print_run) == ("0.5,0.3", "978-3-16-148410-0", 500)


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_exhibit_set_book_fields(project_dir) -> None:
    Catalogue.create(project_dir, {"de": "Düren", "zh-Hans": "迪伦"}).close()
    assert run("set", project_dir, "exhibition", "cover_focus", "0.5,0.3")[0] == 0
    assert run("set", project_dir, "exhibition", "print_run", "800")[0] == 0
    code, _, err = run("set", project_dir, "exhibition", "isbn", "978-3-16-148410-1")
    assert code != 0 and "check digit" in err
    code, _, err = run("set", project_dir, "exhibition", "cover_focus", "oben")
    assert code != 0 and "cover_focus" in err
    with Catalogue.open(project_dir) as cat:
        ex = cat.exhibition()
        assert (ex.cover_focus, ex.print_run, ex.isbn) == ("0.5,0.3", 800, "")
