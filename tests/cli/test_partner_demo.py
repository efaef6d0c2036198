"""The demo exhibition sent to Jinhua and back: two copies edited apart in German and Chinese,
merged into one with every edit kept and the conflicts shown (issue 14's "done when")."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue
from exhibit.demo import WORKS, create_demo
from exhibit.export.partner import read_manifest


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.slow
def test_demo_round_trip_keeps_every_edit_and_shows_conflicts(tmp_path: Path) -> None:
    dueren = create_demo(tmp_path / "Dueren.exhibit", jobs=0)
    run("set", dueren, "office", "Düren")
    run("set", dueren, "author", "Anna Schmitz")
    code, out, err = run("package", dueren, "--out", tmp_path / "an-jinhua", "--json")
    assert code == 0, err
    sent = json.loads(out)
    assert sent["bytes"] < 5_000_000  # the demo: a few MB, mail-sized
    manifest = read_manifest(Path(sent["file"]))
    assert manifest.works == len(WORKS) and manifest.office == "Düren"
    jinhua = tmp_path / "Jinhua.exhibit"
    assert run("unpack", sent["file"], jinhua, "--office", "Jinhua")[0] == 0
    run("set", jinhua, "author", "王丽")

    # Jinhua corrects Chinese texts, approves one, removes a work and reorders; Düren edits German
    with Catalogue.open(jinhua, backup=False) as cat:
        works = cat.works()
        cat.set_text(Owner.WORK, works[0].id, "caption", "zh-Hans", "修改后的中文说明")
        cat.set_text(Owner.WORK, works[1].id, "title", "zh-Hans", "安娜教堂（金华校对）")
        cat.set_text(Owner.WORK, works[2].id, "title", "de", "Markt (aus Jinhua)")
        cat.set_field([works[3].id], "frame_notes", "到达时画框完好")
        cat.delete_works([works[11].id])
        cat.move_works([works[5].id], works[5].section_id, before=works[4].id)
        removed = works[11].uid
    with Catalogue.open(dueren, backup=False) as cat:
        works = cat.works()
        cat.set_text(Owner.WORK, works[0].id, "caption", "de", "Das Rathaus, neu beschrieben")
        cat.set_text(Owner.WORK, works[2].id, "title", "de", "Markt (aus Düren)")
        cat.set_field([works[6].id], "notes", "Leihvertrag unterschrieben")

    code, out, _ = run("package", jinhua, "--out", tmp_path / "an-dueren", "--json")
    back = json.loads(out)["file"]
    code, out, _ = run("merge", dueren, back, "--json")
    assert code == 3  # a conflict is open
    report = json.loads(out)
    assert [(c["where"], c["field"], c["lang"]) for c in report["conflicts"]] == [
        ("No. 3", "title", "de")
    ]
    conflict = report["conflicts"][0]
    assert "Düren" in conflict["ours_by"] and "Jinhua" in conflict["theirs_by"]
    assert report["removed_works"] == 1 and report["reordered"]
    with Catalogue.open(dueren, backup=False) as cat:
        uids = [w.uid for w in cat.works()]
        by_uid = {w.uid: w for w in cat.works()}
        assert removed not in uids
        first = cat.work_by_number(1)
        assert first.text("caption", "zh-Hans").text == "修改后的中文说明"
        assert first.text("caption", "de").text == "Das Rathaus, neu beschrieben"
        assert cat.work_by_number(2).text("title", "zh-Hans").text == "安娜教堂（金华校对）"
        assert cat.work_by_number(3).text("title", "de").text == "Markt (aus Düren)"  # ours kept
        assert any(w.frame_notes == "到达时画框完好" for w in by_uid.values())
        assert any(w.notes == "Leihvertrag unterschrieben" for w in by_uid.values())
        (c,) = cat.conflicts()
        cat.resolve_conflicts([c.id], "theirs")
        order = uids

    # and back to Jinhua: the same catalogue on both sides
    code, out, _ = run("package", dueren, "--out", tmp_path / "runde-2", "--json")
    assert run("merge", jinhua, json.loads(out)["file"])[0] == 0
    with Catalogue.open(jinhua, backup=False) as cat:
        assert [w.uid for w in cat.works()] == order
        assert cat.work_by_number(1).text("caption", "de").text == "Das Rathaus, neu beschrieben"
        assert cat.work_by_number(3).text("title", "de").text == "Markt (aus Jinhua)"
        assert cat.conflicts() == []
