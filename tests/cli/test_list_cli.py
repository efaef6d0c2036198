"""`exhibit list` reads what it prints and no more; the listing matches the full works."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import exhibit.cli.list_works as list_works
from exhibit.cli.main import main
from exhibit.cli.output import visible
from exhibit.core.fields import Owner
from exhibit.core.model import (
    LoanStatus,
    NewWork,
    OriginalRef,
    Problem,
    Text,
    TranslationStatus,
    WorkListing,
)
from exhibit.core.store import Catalogue


def make_project(root: Path, n: int) -> Path:
    project = root / f"P{n}.exhibit"
    with Catalogue.create(project, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        section = cat.add_section({"de": "Stadt", "zh-Hans": "城市"})
        for k in range(n):
            texts = {
                "title": {"de": Text(f"Rathaus {k}", TranslationStatus.APPROVED)},
                "caption": {"de": Text(f"CAPTION-{k} " * 20, TranslationStatus.APPROVED)},
            }
            if k % 3 == 0:
                texts["title"]["zh-Hans"] = Text(f"市政厅 {k}", TranslationStatus.APPROVED)
            if k % 4 == 1:
                texts["title"]["zh-Hans"] = Text(" \n ", TranslationStatus.APPROVED)  # empty
            ref = OriginalRef(f"photos/p{k}.jpg", f"{k:064x}", 100 + k, 0.0, "JPEG")
            problems = (Problem("exif_unreadable", "no EXIF"),) * (k % 2)
            new = NewWork(original=ref, texts=texts, problems=problems,
                          section_id=section.id if k % 2 else None)  # fmt: skip
            work = cat.add_work(new)
            cat.set_tags([work.id], ["Fluss", "Stadt"])
            if k % 5 == 0:
                cat.set_loan_status([work.id], LoanStatus.SELECTED)
    return project


def listed(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], str]:
    """Run `exhibit list --json`, returning every SQL statement it ran and its output."""
    statements: list[str] = []
    opened = list_works.open_to_read

    def traced(*args, **kwargs):
        cat = opened(*args, **kwargs)
        cat._conn.set_trace_callback(statements.append)
        return cat

    monkeypatch.setattr(list_works, "open_to_read", traced)
    out = io.StringIO()
    assert main(["list", str(project), "--json"], out, io.StringIO()) == 0
    return statements, out.getvalue()


def test_list_reads_titles_only_and_a_fixed_number_of_statements(tmp_path, monkeypatch) -> None:
    small, large = make_project(tmp_path, 3), make_project(tmp_path, 40)
    few, _ = listed(small, monkeypatch)
    many, out = listed(large, monkeypatch)
    assert len(json.loads(out)) == 40
    assert len(many) == len(few)  # not one query per work
    reads = [s for s in many if s.lstrip().upper().startswith("SELECT")]
    texts = [s for s in reads if "FROM texts" in s]
    assert texts and all("field = 'title'" in s or "owner = 'section'" in s for s in texts)
    for table in ("loan_history", "tags"):
        assert not any(f"FROM {table}" in s for s in reads), table
    assert not any("SELECT * FROM works" in s for s in reads)
    assert "CAPTION-" not in out


def test_the_listing_is_what_the_full_works_say(tmp_path) -> None:
    project = make_project(tmp_path, 12)
    with Catalogue.open(project, read_only=True) as cat:
        assert cat.work_listing() == [WorkListing.of(w) for w in cat.works()]
        listing = {w.id: w for w in cat.work_listing()}  # ids 1, 2, ... as added
    assert listing[1].title("zh-Hans") == "市政厅 0" and listing[2].title("zh-Hans") == ""
    assert listing[1].loan_status is LoanStatus.SELECTED and listing[2].problems == 1
    assert listing[2].section_id is not None and listing[1].section_id is None


def test_the_text_listing_says_what_json_says(tmp_path) -> None:
    project = make_project(tmp_path, 12)
    with Catalogue.open(project) as cat:  # a control character in a title and a section's
        cat.set_text(Owner.WORK, cat.work_by_number(3).id, "title", "de", "Tor\x1b[31m\nrot")
        cat.set_text(Owner.SECTION, cat.sections()[0].id, "title", "de", "Stadt\tmitte")
    out, as_json = io.StringIO(), io.StringIO()
    assert main(["list", str(project)], out, io.StringIO()) == 0
    assert main(["list", str(project), "--json"], as_json, io.StringIO()) == 0
    lines = out.getvalue().splitlines()
    rows = json.loads(as_json.getvalue())
    assert lines[0] == " No.  Title (de / zh-Hans)  [Section]  File"
    assert lines[-1] == "12 works" and len(lines) == len(rows) + 2
    for line, r in zip(lines[1:-1], rows, strict=True):
        titles = " / ".join(visible(r["title"][lang] or "–") for lang in ("de", "zh-Hans"))
        section = visible(r["section"] or "–")
        assert line == f"{r['number']:>4}  {titles}  [{section}]  {visible(r['file'])}"
    assert "\x1b" not in out.getvalue() and "Tor\\e[31m\\nrot" in out.getvalue()
    assert "[Stadt\\tmitte]" in out.getvalue()
