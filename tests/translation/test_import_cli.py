"""End to end through the command line: out to a spreadsheet, filled in, back field by field."""

from __future__ import annotations

import io
import json

from tests.translation.edit import set_target
from tests.translation.test_formats import wid

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.model import TranslationStatus
from exhibit.core.store import Catalogue
from exhibit.core.translation import Format

S = TranslationStatus


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_spreadsheet_round_trip_with_statuses_and_conflicts(captioned, tmp_path):
    root = captioned.root
    ids = {n: captioned.work_by_number(n).id for n in (1, 2, 3)}
    keys = {n: wid(captioned, n) for n in (1, 2, 3)}
    captioned.close()
    sheet = tmp_path / "Übersetzung.xlsx"
    code, out = cli("export", "translation", root, "--format", "xlsx", "--out", sheet)
    assert code == 0 and "texts for translation" in out
    # the translator fills in two fields and corrects a third; one is approved
    set_target(sheet, Format.XLSX, f"work.{keys[2]}.title", "圣安娜教堂", "approved")
    set_target(sheet, Format.XLSX, f"work.{keys[1]}.caption", "市政厅。")
    set_target(sheet, Format.XLSX, f"work.{keys[3]}.title", "周六集市")
    # meanwhile in Düren: No. 3's Chinese title is edited here too, No. 1's German caption too
    with Catalogue.open(root) as cat:
        cat.set_text(Owner.WORK, ids[3], "title", "zh-Hans", "集市广场")
        cat.set_text(Owner.WORK, ids[1], "caption", "de", "Das Rathaus von 1959.")
    code, out = cli("import-translation", root, sheet, "--dry-run")
    assert code == 3, out
    assert "NEW       No. 2 title: '圣安娜教堂' (needs review)" in out
    assert "OUTDATED  No. 1 caption: '市政厅。'" in out
    assert "CONFLICT  No. 3 title: here '集市广场', file '周六集市'" in out
    assert "dry run, nothing written" in out
    with Catalogue.open(root) as cat:
        assert cat.work(ids[2]).text("title", "zh-Hans").empty
    backups_before = len(list((root / "backups").iterdir()))

    code, out = cli("import-translation", root, sheet, "--json")
    assert code == 3
    report = json.loads(out[: out.rindex("}") + 1])
    counts = report["counts"]
    assert (counts["new"], counts["outdated"], counts["conflict"]) == (1, 1, 1)
    assert "rejected" not in counts and "changed" not in counts
    with Catalogue.open(root) as cat:
        langs = cat.languages
        w1, w2, w3 = (cat.work(ids[n]) for n in (1, 2, 3))
        assert w2.text("title", "zh-Hans").text == "圣安娜教堂"
        assert w2.status("title", "zh-Hans", langs) is S.NEEDS_REVIEW  # approvals not trusted
        assert w1.text("caption", "zh-Hans").text == "市政厅。"
        assert w1.status("caption", "zh-Hans", langs) is S.OUTDATED
        assert w3.text("title", "zh-Hans").text == "集市广场"  # ours kept
        (conflict,) = cat.conflicts()
        assert list(conflict.theirs) == ["周六集市", "draft"]
        assert conflict.ours[0] == "集市广场"
    assert len(list((root / "backups").iterdir())) > backups_before

    # the same file again changes nothing (the conflict is not kept twice)
    code, out = cli("import-translation", root, sheet)
    assert "NEW" not in out and "OUTDATED" not in out
    with Catalogue.open(root) as cat:
        assert len(cat.conflicts()) == 1
        assert cat.work(ids[2]).text("title", "zh-Hans").text == "圣安娜教堂"


def test_trusted_approvals_and_a_foreign_file(captioned, tmp_path):
    root = captioned.root
    key = wid(captioned, 2)
    wid2 = captioned.work_by_number(2).id
    captioned.close()
    po = tmp_path / "t.po"
    assert cli("export", "translation", root, "--format", "xliff", "--out", po)[0] == 0
    set_target(po, Format.XLIFF, f"work.{key}.title", "圣安娜教堂", "signed-off")
    code, out = cli("import-translation", root, po, "--trust-approvals")
    assert code == 0, out
    with Catalogue.open(root) as cat:
        w = cat.work(wid2)
        assert w.status("title", "zh-Hans", cat.languages) is S.APPROVED
    other = tmp_path / "other.exhibit"
    Catalogue.create(other, {"de": "Andere"}).close()
    code, out = cli("import-translation", other, po)
    assert code == 1 and "another exhibition" in out and "nothing was changed" in out
