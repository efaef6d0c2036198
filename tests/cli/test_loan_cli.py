"""The loan record, crates and condition checks from the command line."""

from __future__ import annotations

import json

import pytest

from exhibit.cli.main import main
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.store import Catalogue


def run(*args) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def _project(root) -> None:
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        for n in (1, 2):
            ref = OriginalRef(f"{n}.jpg", f"{n:064x}", 1, 1.0, "JPEG")
            cat.add_work(NewWork(original=ref))


def test_loan_fields_crates_and_set(project_dir) -> None:
    _project(project_dir)
    p = project_dir
    assert run("set", p, "exhibition", "loan_number", "LO-2026-001")[0] == 0
    assert run("set", p, "exhibition", "borrower.zh-Hans", "金华市展览服务中心")[0] == 0
    assert run("set", p, "exhibition", "dispatch_date", "2026-04-20")[0] == 0
    code, _, err = run("set", p, "exhibition", "return_due", "someday")
    assert code == 2 and "return_due" in err
    assert run("crate", "add", p, "1", "--size", "120x90x30", "--weight", "48")[0] == 0
    code, _, err = run("set", p, "1", "crate", "9")
    assert code == 2 and "no crate '9'" in err
    assert run("set", p, "1", "crate", "1")[0] == 0
    assert run("set", p, "2", "frame_width_cm", "52,5")[0] == 0
    assert run("set", p, "2", "process.de", "Pigmentdruck")[0] == 0
    code, out, _ = run("crate", "list", p, "--json")
    assert code == 0 and json.loads(out)[0]["works"] == [1]
    assert json.loads(out)[0]["width_cm"] == 120
    code, _, err = run("crate", "add", p, "2", "--size", "big")
    assert code == 2 and "--size 'big'" in err
    with Catalogue.open(p, backup=False) as cat:
        ex = cat.exhibition()
        assert ex.loan.loan_number == "LO-2026-001" and str(ex.loan.dispatch_date) == "2026-04-20"
        assert ex.value("borrower", "zh-Hans") == "金华市展览服务中心"
        w2 = cat.work_by_number(2)
        assert w2.frame_width_cm == 52.5 and w2.value("process", "de") == "Pigmentdruck"


def test_condition_add_and_list(project_dir, tmp_path) -> None:
    _project(project_dir)
    p = project_dir
    photo = tmp_path / "kratzer.jpg"
    photo.write_bytes(b"not really a jpeg")
    base = ["condition", "add", p, "1"]
    code, _, _ = run(
        *base, "--event", "dispatch", "--date", "2026-04-20", "--place", "Düren",
        "--examiner", "Kessel", "--grade", "frame=good", "--grade", "image=excellent",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(
        *base, "--event", "arrival", "--date", "2026-05-02", "--place", "金华",
        "--examiner", "李伟", "--grade", "frame=poor", "--note", "角裂", "--photo", photo, "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)
    assert added["worsened"] == ["frame"] and added["photos"][0]["size"] == 17
    code, out, _ = run("condition", "list", p, "--json")
    listed = json.loads(out)
    assert [len(e["checks"]) for e in listed] == [2, 0]
    assert listed[0]["checks"][1]["grades"] == {"frame": "poor"}
    code, out, _ = run("condition", "list", p, "1")
    assert "frame=poor (worse)" in out and "角裂" in out
    code, _, err = run(*base, "--event", "arrival", "--date", "2026-05-02", "--place", "x",
                       "--examiner", "y", "--grade", "frame=shiny")  # fmt: skip
    assert code == 2 and "'shiny' is not a grade" in err
    with pytest.raises(SystemExit) as stopped:
        run(*base, "--event", "lunch", "--date", "2026-05-02", "--place", "x", "--examiner", "y")
    assert stopped.value.code == 2


def test_export_documents_from_the_command_line(project_dir, tmp_path) -> None:
    _project(project_dir)
    p = project_dir
    run("set", p, "1", "title.de", "Rathaus")
    run("set", p, "1", "title.zh-Hans", "市政厅")
    run("set", p, "2", "title.de", "Markt")
    out = tmp_path / "liste.pdf"
    code, text, _ = run("export", "checklist", p, "--out", out, "--json")
    assert code == 0 and out.is_file()
    result = json.loads(text)
    assert result["document"] == "checklist" and result["pages"] == 1 and result["works"] == 2
    codes = {f["code"] for f in result["preflight"]["findings"]}
    assert {"missing_frame_size", "missing_insurance_value", "missing_crate"} <= codes
    run("set", p, "2", "caption.de", "Wort " * 400)
    labels = tmp_path / "labels.pdf"
    code, text, err = run("export", "labels", p, "--out", labels, "--size", "a6", "--json")
    assert code == 6 and not labels.exists() and "--force" in err
    assert any(f["code"] == "label_overflow" for f in json.loads(text)["preflight"]["findings"])
    code, text, _ = run("export", "labels", p, "--out", labels, "--works", "1", "--sheet", "none",
                        "--qr", "https://example.org/w/{number}", "--json")  # fmt: skip
    assert code == 0 and json.loads(text)["pages"] == 1
    code, _, err = run("export", "labels", p, "--out", labels, "--qr", "https://x.org/")
    assert code == 1 and "{number}" in err
    code, _, err = run("export", "loan", p, "--out", tmp_path / "l.pdf", "--works", "7")
    assert code == 1 and "no work No. 7" in err
    code, _, err = run("export", "condition", p, "--out", tmp_path / "z.pdf", "--languages", "fr")
    assert code == 1 and "'fr'" not in err and "fr is not a language" in err
