"""`exhibit move`: reorder works by catalogue number from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.test_cli_basic import run

from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.store import Catalogue


@pytest.fixture
def project(tmp_path: Path) -> Path:
    p = tmp_path / "P.exhibit"
    assert run("new", p)[0] == 0
    with Catalogue.open(p, backup=False) as cat:
        first = cat.add_section({"de": "Markt"})
        cat.add_section({"de": "Hafen"})
        for i in range(5):
            ref = OriginalRef(f"/photos/{i}.jpg", f"{i:064x}", 1, 0.0, "JPEG")
            cat.add_work(NewWork(original=ref, section_id=first.id if i < 3 else None))
    return p


def files(project: Path) -> list[tuple[int, str, int | None]]:
    with Catalogue.open(project, backup=False) as cat:
        index = {s.id: i for i, s in enumerate(cat.sections(), 1)}
        return [
            (w.number, Path(w.original.path).stem, index.get(w.section_id)) for w in cat.works()
        ]


def test_move_to_after_and_section(project: Path) -> None:
    code, out, err = run("move", project, "3", "--to", "1")
    assert code == 0, err
    assert [f for _, f, _ in files(project)] == ["2", "0", "1", "3", "4"]
    assert out.split() == ["1", "2.jpg"]
    assert run("move", project, "1", "5", "--after", "2")[0] == 0
    assert files(project) == [(1, "0", 1), (2, "2", 1), (3, "4", 1), (4, "1", 1), (5, "3", None)]
    code, out, _ = run("move", project, "1", "2", "--section", "2", "--json")
    assert code == 0
    assert [r["file"] for r in json.loads(out)] == ["0.jpg", "2.jpg"]
    assert files(project)[-3:-1] == [(3, "0", 2), (4, "2", 2)]


@pytest.mark.parametrize(
    "args, named",
    [
        (("9", "--to", "1"), "NO 9"),
        (("1", "--to", "7"), "--to 7"),
        (("1", "--section", "5"), "--section 5"),
        (("1", "--after", "1"), "--after 1"),
    ],
)
def test_bad_numbers_name_the_argument(project: Path, args, named: str) -> None:
    code, _out, err = run("move", project, *args)
    assert code == 2
    assert named in err
    assert [f for _, f, _ in files(project)] == ["0", "1", "2", "3", "4"]


def test_needs_exactly_one_place(project: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        run("move", project, "1")
    assert stop.value.code == 2
