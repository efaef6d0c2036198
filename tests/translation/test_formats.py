"""Each format out and back: units, texts and the base survive; the plan reads the changes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from tests.translation.conftest import SUFFIX, export
from tests.translation.edit import set_target

from exhibit.core.model import TranslationStatus, normalize_text
from exhibit.core.translation import Change, Format, Only
from exhibit.ingest.translation.plan import plan_translation
from exhibit.ingest.translation.read import read_translation

FORMATS = list(Format)


def plan(cat, path, trust=False):
    return plan_translation(
        cat.exhibition(), cat.sections(), cat.works(), path, trust_approvals=trust
    )


def wid(cat, number):
    from exhibit.core.translation import stable_key

    return stable_key(cat.work_by_number(number))


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_untouched_file_changes_nothing(captioned, tmp_path, fmt):
    path = tmp_path / f"t{SUFFIX[fmt]}"
    result = export(captioned, path, fmt)
    assert result.units >= 7
    p = plan(captioned, path)
    assert not p.errors
    assert {line.change for line in p.lines} == {Change.UNCHANGED}
    assert len(p.lines) == result.units


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_translation_filled_in_the_file_is_new(captioned, tmp_path, fmt):
    path = tmp_path / f"t{SUFFIX[fmt]}"
    export(captioned, path, fmt)
    uid = f"work.{wid(captioned, 2)}.title"
    set_target(path, fmt, uid, "圣安娜教堂")
    p = plan(captioned, path)
    (line,) = [x for x in p.lines if x.change is not Change.UNCHANGED]
    assert (line.id, line.change, line.theirs.text) == (uid, Change.NEW, "圣安娜教堂")
    assert line.theirs.status in (TranslationStatus.DRAFT, TranslationStatus.NEEDS_REVIEW)


def test_only_missing_sends_empty_fields_alone(captioned, tmp_path):
    path = tmp_path / "t.xlsx"
    result = export(captioned, path, Format.XLSX, only=Only.MISSING)
    units = read_translation(path).units
    assert result.units == len(units)
    assert all(u.target == "" for u in units)
    assert {u.id.split(".")[-1] for u in units} >= {"caption", "title"}


def test_xlsx_layout_for_people(captioned, tmp_path):
    path = tmp_path / "t.xlsx"
    export(captioned, path, Format.XLSX)
    wb = load_workbook(path)
    ws = wb["Translation"]
    header = [c.value for c in ws[1]]
    assert header[:6] == [
        "id 编号",
        "no. 目录号",
        "field 字段",
        "source (de) 原文",
        "target (zh-Hans) 译文",
        "status 状态",
    ]
    assert ws.freeze_panes == "A2"
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and not ws["E2"].protection.locked
    assert wb["exhibit"].sheet_state == "hidden"
    formula = [c for c in ws["D"] if c.value == "=Summe der Teile"]
    assert formula and formula[0].data_type == "s"  # stays text, never a formula
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert kinds == {"list", "textLength"}


def test_zh_cn_on_request(captioned, tmp_path):
    path = tmp_path / "t.xlf"
    export(captioned, path, Format.XLIFF, code="zh-CN")
    assert 'target-language="zh-CN"' in path.read_text(encoding="utf-8")
    assert not plan(captioned, path).errors  # zh-CN is read back as zh-Hans


def test_photos_zip_with_contact_sheet(captioned, tmp_path):
    import zipfile

    path = tmp_path / "t.po"
    result = export(captioned, path, Format.PO, photos=True)
    names = zipfile.ZipFile(result.photos).namelist()
    assert sorted(names) == ["001.jpg", "002.jpg", "003.jpg", "contact-sheet.jpg"]


XML_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\ufffe\uffff"
    )
    | st.sampled_from(["\n", "=", " ", "，", "。", "“", "”", "😀", "…"]),
    min_size=1,
    max_size=200,
).filter(lambda t: t.strip() and t == t.strip())


@pytest.mark.parametrize("fmt", FORMATS)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=XML_TEXT)
def test_any_caption_text_comes_back_identical(captioned, tmp_path, fmt, text):
    path = tmp_path / f"h{SUFFIX[fmt]}"
    export(captioned, path, fmt)
    uid = f"work.{wid(captioned, 3)}.caption"
    set_target(path, fmt, uid, text)
    back = {u.id: u for u in read_translation(path).units}
    assert back[uid].target == text
    p = plan(captioned, path)
    (line,) = [x for x in p.lines if x.id == uid]
    stored = normalize_text(text)  # NFC, as every text the catalogue holds
    if stored != "周六的集市":
        assert line.change is Change.CHANGED and line.theirs.text == stored


def test_files_that_are_not_translations_get_a_clear_error(captioned, tmp_path):
    from exhibit.ingest.translation.sheet import TranslationFileError

    bad = tmp_path / "notes.txt.docx"
    bad.write_bytes(b"\x00\x01binary")
    with pytest.raises(TranslationFileError, match=r"notes\.txt\.docx"):
        read_translation(bad)
    broken = tmp_path / "t.xlf"
    broken.write_text("<xliff><unclosed", encoding="utf-8")
    with pytest.raises(TranslationFileError, match=r"t\.xlf: not readable XML"):
        read_translation(broken)
    assert captioned.count_works() == 3


def test_units_do_not_follow_the_catalogue_number(captioned, tmp_path):
    path = tmp_path / "t.xlsx"
    export(captioned, path, Format.XLSX)
    before = {u.id for u in read_translation(path).units}
    first = captioned.work_by_number(1)
    captioned.move_works([captioned.work_by_number(3).id], first.section_id, before=first.id)
    assert captioned.work_by_number(1).text("title", "de").text == "Markt"
    path2 = tmp_path / "t2.xlsx"
    export(captioned, path2, Format.XLSX)
    assert {u.id for u in read_translation(path2).units} == before
