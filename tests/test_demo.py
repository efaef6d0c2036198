"""The built-in demo exhibition is made through the real import and is complete."""

from __future__ import annotations

from pathlib import Path

from exhibit.core.model import TranslationStatus
from exhibit.core.store import Catalogue
from exhibit.demo import WORKS, create_demo


def test_demo_project(tmp_path: Path) -> None:
    path = create_demo(tmp_path / "Demo.exhibit", jobs=2)
    with Catalogue.open(path) as cat:
        ex = cat.exhibition()
        assert ex.value("venue", "zh-Hans") == "金华市展览服务中心"
        sections = cat.sections()
        assert len(sections) == 2
        works = cat.works()
        assert len(works) == len(WORKS)
        assert [w.number for w in works] == list(range(1, len(WORKS) + 1))
        assert {w.section_id for w in works} == {s.id for s in sections}
        for w, spec in zip(works, WORKS, strict=True):
            assert w.value("title", "de") == spec.title[0]
            assert w.exif.make and w.exif.date_taken and w.exif.gps_lat
            assert cat.thumbnail_path(w).is_file()
            assert cat.original_path(w).is_file()
        langs = cat.languages
        statuses = {w.status("caption", "zh-Hans", langs) for w in works}
        assert TranslationStatus.MISSING in statuses and TranslationStatus.APPROVED in statuses
        portrait = next(w for w, s in zip(works, WORKS, strict=True) if s.portrait)
        assert portrait.exif.height > portrait.exif.width
        assert cat.integrity_problems() == []
        # the loan papers have something real to show
        assert ex.loan.loan_number and ex.value("borrower", "zh-Hans")
        crates = {c.number for c in cat.crates()}
        assert {w.crate for w in works} == crates and len(crates) == -(-len(WORKS) // 10)
        assert max(sum(w.crate == c for w in works) for c in crates) <= 10
        assert all(w.frame_width_cm and w.insurance_value for w in works)
        histories = cat.condition_histories()
        assert len(histories) == len(works)
        assert any(h.worsened(len(h.checks) - 1) for h in histories.values())


def test_demo_with_fewer_works_than_photos_fails(tmp_path: Path, monkeypatch) -> None:
    """An import that loses photos makes the demo fail loudly, never a quiet empty catalogue."""
    import io

    import exhibit.demo as demo
    from exhibit.cli.main import main

    write_photo = demo._write_photo

    def damaged(folder: Path, index: int, work) -> Path:
        path = write_photo(folder, index, work)
        if index == 4:
            path.write_bytes(path.read_bytes()[:500])  # cut off: the import fails this one
        return path

    monkeypatch.setattr(demo, "_write_photo", damaged)
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "Demo.exhibit"
    code = main(["demo", str(target), "--no-open", "--no-catalogue", "--jobs", "0"], out, err)
    assert code == 1
    assert f"the demo made {len(WORKS)} photos but only {len(WORKS) - 1} were imported" in (
        err.getvalue()
    )
    assert "05 Bahnhof am Morgen.jpg" in err.getvalue()
    assert "Demo exhibition created" not in out.getvalue()
