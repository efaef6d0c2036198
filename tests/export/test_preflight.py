"""Preflight: every case it reports, and its JSON form."""

from __future__ import annotations

import dataclasses
import json

import pytest

from exhibit.core.model import Text, TranslationStatus, freeze_texts
from exhibit.export.catalogue.options import CatalogueSource, Layout, PageSize
from exhibit.export.preflight import Severity, preflight

from .conftest import bilingual_source, exhibition, fast_options, make_photo, make_work


def test_a_clean_project_passes(tmp_path) -> None:
    report = preflight(bilingual_source(tmp_path, 2), fast_options())
    assert report.ok and not report.warnings, report.findings
    assert json.loads(json.dumps(report.to_dict()))["ok"] is True


def test_resolution_warning_and_error(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2, photo_size=(1600, 1067))
    report = preflight(source, fast_options(dpi=300))  # 1600 px over ~17 cm is ~230 ppi
    low = report.of("low_resolution")
    assert low and all(f.severity is Severity.WARNING for f in low if "cover" not in f.message)
    tiny = bilingual_source(tmp_path / "t", 2, photo_size=(400, 267))
    errors = preflight(tiny, fast_options(dpi=300)).of("low_resolution")
    assert errors and all(f.severity is Severity.ERROR for f in errors)
    assert "ppi" in errors[0].message and errors[0].work == 1


def test_missing_and_outdated_translations(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2)
    first = source.works[0]
    changed = {name: dict(by_lang) for name, by_lang in first.texts.items()}
    del changed["caption"]["zh-Hans"]
    changed["title"]["de"] = Text("Neuer Titel", TranslationStatus.APPROVED)
    work = dataclasses.replace(first, texts=freeze_texts(changed))
    source = dataclasses.replace(source, works=(work, *source.works[1:]))
    report = preflight(source, fast_options())
    missing = report.of("missing_translation")
    assert [(f.work, f.field, f.language) for f in missing] == [(1, "caption", "zh-Hans")]
    outdated = report.of("outdated_translation")
    assert [(f.work, f.field, f.language) for f in outdated] == [(1, "title", "zh-Hans")]


def test_characters_the_fonts_cannot_show(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "c.jpg")
    work = make_work(tmp_path, 7, photo, photographer="Ｘ𓀀",
                     title={"de": "Auge 𓂀", "zh-Hans": "龘"},
                     caption={"de": "ok", "zh-Hans": "彁 and 🙂"})  # fmt: skip
    report = preflight(CatalogueSource(exhibition(), (), (work,), tmp_path), fast_options())
    found = {(f.field, f.language): f for f in report.of("unsupported_character")}
    assert "U+13080" in found[("title", "de")].message
    assert "U+9F98" in found[("title", "zh-Hans")].message  # 龘 is not in the general table
    assert "U+1F642" in found[("caption", "zh-Hans")].message
    assert found[("photographer", None)].work == 7
    assert all(f.severity is Severity.ERROR for f in found.values())


def test_missing_unreadable_and_changed_originals(tmp_path) -> None:
    source = bilingual_source(tmp_path, 3)
    (tmp_path / "photos" / "p1.jpg").unlink()
    (tmp_path / "photos" / "p2.jpg").write_bytes(b"not a photo at all")
    make_photo(tmp_path / "photos" / "p3.jpg", seed=99)
    report = preflight(source, fast_options())
    assert [f.work for f in report.of("missing_original")] == [1]
    assert [f.work for f in report.of("unreadable_original")] == [2]
    changed = report.of("changed_original")
    assert 3 in [f.work for f in changed]
    assert changed[0].severity is Severity.WARNING


def test_text_that_does_not_fit(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "l.jpg")
    long = "Eine sehr lange Bildunterschrift über die Geschichte der Stadt. " * 60
    work = make_work(tmp_path, 1, photo, caption={"de": long, "zh-Hans": "很长的说明。" * 200})
    options = fast_options(page_size=PageSize.A5, layout=Layout.TWO)
    report = preflight(CatalogueSource(exhibition(), (), (work,), tmp_path), options)
    overflow = report.of("text_overflow")
    assert overflow and overflow[0].work == 1 and overflow[0].severity is Severity.ERROR


def test_no_works_selected(tmp_path) -> None:
    report = preflight(bilingual_source(tmp_path, 2), fast_options(works=(99,)))
    assert report.of("no_works") and not report.ok
    data = report.to_dict()
    assert data["errors"] == 1 and data["findings"][0]["code"] == "no_works"


def test_every_finding_carries_its_facts_as_args(tmp_path) -> None:
    tiny = bilingual_source(tmp_path / "t", 2, photo_size=(400, 267))
    low = preflight(tiny, fast_options(dpi=300)).of("low_resolution")
    assert {f.args["cover"] for f in low} == {False, True}
    args = next(f.args for f in low if not f.args["cover"])
    assert args["owner"] == "work" and args["number"] == 1
    facts = (args["width_px"], args["height_px"], args["wanted"], args["minimum"])
    assert facts == (400, 267, 300, 150)
    assert all(isinstance(args[k], int) for k in ("ppi", "width_mm", "height_mm"))
    assert f"{args['ppi']} ppi at {args['width_mm']} x {args['height_mm']} mm" in low[0].message


def test_translation_findings_name_the_place_field_and_languages(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2)
    first = source.works[0]
    changed = {name: dict(by_lang) for name, by_lang in first.texts.items()}
    del changed["caption"]["zh-Hans"]
    changed["title"]["de"] = Text("Neuer Titel", TranslationStatus.APPROVED)
    work = dataclasses.replace(first, texts=freeze_texts(changed))
    source = dataclasses.replace(source, works=(work, *source.works[1:]))
    report = preflight(source, fast_options())
    common = {"owner": "work", "number": 1, "cover": False, "source_language": "de"}
    (missing,) = report.of("missing_translation")
    assert missing.args == {**common, "field": "caption", "language": "zh-Hans"}
    (outdated,) = report.of("outdated_translation")
    assert outdated.args == {**common, "field": "title", "language": "zh-Hans"}


def test_character_findings_list_characters_and_code_points(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "c.jpg")
    work = make_work(tmp_path, 7, photo, photographer="𓀀",
                     title={"de": "Auge 𓂀", "zh-Hans": "龘"})  # fmt: skip
    report = preflight(CatalogueSource(exhibition(), (), (work,), tmp_path), fast_options())
    found = {(f.field, f.language): f.args for f in report.of("unsupported_character")}
    title = found[("title", "de")]
    assert title["chars"] == ("𓂀",) and title["codepoints"] == ("U+13080",)
    assert title["owner"] == "work" and title["number"] == 7
    assert found[("photographer", None)]["codepoints"] == ("U+13000",)


def test_original_findings_name_the_file(tmp_path) -> None:
    source = bilingual_source(tmp_path, 3)
    (tmp_path / "photos" / "p1.jpg").unlink()
    (tmp_path / "photos" / "p2.jpg").write_bytes(b"not a photo at all")
    make_photo(tmp_path / "photos" / "p3.jpg", seed=99)
    report = preflight(source, fast_options())
    for code, number in (("missing_original", 1), ("unreadable_original", 2)):
        args = next(f.args for f in report.of(code) if not f.args["cover"])
        assert args["number"] == number and args["file"] == f"p{number}.jpg" and args["reason"]
    changed = next(f.args for f in report.of("changed_original") if f.args["number"] == 3)
    assert changed["file"] == "p3.jpg"
    assert changed["bytes_now"] != changed["bytes_then"] > 0


def test_overflow_and_no_works_args(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "l.jpg")
    long = "Eine sehr lange Bildunterschrift über die Geschichte der Stadt. " * 60
    work = make_work(tmp_path, 1, photo, caption={"de": long, "zh-Hans": "很长的说明。" * 200})
    options = fast_options(page_size=PageSize.A5, layout=Layout.TWO)
    report = preflight(CatalogueSource(exhibition(), (), (work,), tmp_path), options)
    (overflow,) = report.of("text_overflow")
    assert overflow.args["number"] == 1 and 0 < overflow.args["scale_percent"] < 100
    assert f"{overflow.args['scale_percent']}%" in overflow.message
    none = preflight(bilingual_source(tmp_path / "n", 1), fast_options(works=(99,)))
    assert none.of("no_works")[0].args == {}


def test_args_are_read_only_and_in_the_json(tmp_path) -> None:
    report = preflight(bilingual_source(tmp_path, 1, photo_size=(400, 267)), fast_options())
    finding = report.of("low_resolution")[0]
    with pytest.raises(TypeError):
        finding.args["ppi"] = 1  # type: ignore[index]
    assert hash(finding) == hash(dataclasses.replace(finding, args={}))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["findings"][0]["args"] == json.loads(json.dumps(dict(report.findings[0].args)))
