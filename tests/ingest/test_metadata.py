"""EXIF, XMP and IPTC read from generated JPEGs into PhotoMetadata."""

from __future__ import annotations

import exifread
import pytest

from exhibit.core.model import TranslationStatus
from exhibit.ingest.exif import exposure, parse_date, user_comment
from exhibit.ingest.metadata import is_boilerplate, read_metadata
from exhibit.ingest.xmp import render_xmp
from exhibit.testing import build_exif, iptc_block, make_jpeg
from exhibit.testing import user_comment as make_user_comment

LANGS = ("de", "zh-Hans")

FULL_EXIF = {
    "date_taken": "2024:05:01 10:11:12",
    "make": "Canon",
    "model": "Canon EOS 7D",
    "lens": "EF 50mm f/1.4 USM",
    "exposure": (1, 250),
    "f_number": 2.8,
    "iso": 400,
    "focal_length": 50,
    "gps": (50.8, -6.48, -12.5),
    "orientation": 6,
    "artist": "Jürgen Müller",
    "copyright": "© 2024 王小明",
    "description": "Größe: Fußgängerzone, 展览",
}


def meta(**kwargs):
    return read_metadata(make_jpeg(**kwargs), LANGS, "test.jpg")


def test_every_exif_field() -> None:
    facts = meta(exif=FULL_EXIF).exif
    assert facts.date_taken == "2024-05-01T10:11:12"
    assert (facts.make, facts.model, facts.camera) == ("Canon", "Canon EOS 7D", "Canon EOS 7D")
    assert facts.lens == "EF 50mm f/1.4 USM"
    assert (facts.exposure_time, facts.f_number, facts.iso) == ("1/250", 2.8, 400)
    assert facts.focal_length == 50.0
    assert facts.gps_lat == pytest.approx(50.8, abs=1e-5)
    assert facts.gps_lon == pytest.approx(-6.48, abs=1e-5)
    assert facts.gps_alt == pytest.approx(-12.5)
    assert facts.orientation == 6
    assert (facts.artist, facts.copyright) == ("Jürgen Müller", "© 2024 王小明")
    assert facts.description == "Größe: Fußgängerzone, 展览"


def test_exif_texts_become_draft_captions_and_photographer() -> None:
    result = meta(exif=FULL_EXIF)
    assert result.texts == {
        "caption": {"de": "Größe: Fußgängerzone, 展览"},
        "credit": {"de": "© 2024 王小明"},  # the copyright notice as the credit line
    }
    assert result.photographer == "Jürgen Müller"
    assert result.draft_texts()["caption"]["de"].status is TranslationStatus.DRAFT
    assert result.problems == ()


@pytest.mark.parametrize(
    ("original", "digitized", "date_time", "expected"),
    [
        ("0000:00:00 00:00:00", "2020:01:02 03:04:05", None, "2020-01-02T03:04:05"),
        (
            "0000:00:00 00:00:00",
            "0000:00:00 00:00:00",
            "2019:12:31 23:59:59",
            "2019-12-31T23:59:59",
        ),
        ("0000:00:00 00:00:00", None, None, None),
        ("    :  :     :  :  ", None, None, None),
    ],
)
def test_date_fallbacks_and_zero_dates(original, digitized, date_time, expected) -> None:
    exif = {"date_taken": original, "date_digitized": digitized, "date_time": date_time}
    assert meta(exif=exif).exif.date_taken == expected


def test_gps_at_zero_zero_is_no_position() -> None:
    facts = meta(exif={"gps": (0.0, 0.0, 0.0)}).exif
    assert (facts.gps_lat, facts.gps_lon, facts.gps_alt) == (None, None, None)


def test_empty_gps_ifd_is_no_position() -> None:
    exif = build_exif(make="X")
    exif[0x8825] = {0: b"\x02\x02\x00\x00"}
    facts = read_metadata(make_jpeg(exif=exif), LANGS).exif
    assert facts.gps_lat is None and facts.make == "X"


def test_broken_gps_is_ignored_with_a_note() -> None:
    exif = build_exif(make="X", gps=(95.0, 10.0, None))  # latitude beyond the pole
    result = read_metadata(make_jpeg(exif=exif), LANGS, "gps.jpg")
    assert result.exif.gps_lat is None and result.exif.make == "X"
    assert any(p.code == "gps_invalid" and "gps.jpg" in p.message for p in result.problems)


def test_xp_title_and_user_comment() -> None:
    exif = {"xp_title": "标题 Überschrift", "user_comment": make_user_comment("Grüße 你好")}
    result = meta(exif=exif)
    assert result.texts["title"] == {"de": "标题 Überschrift"}
    assert result.texts["caption"] == {"de": "Grüße 你好"}


def test_user_comment_prefixes() -> None:
    assert user_comment(b"ASCII\x00\x00\x00Hello\x00") == "Hello"
    assert user_comment(b"UNICODE\x00" + "Größe".encode("utf-16-le")) == "Größe"
    assert user_comment(b"\x00" * 8 + "Köln".encode()) == "Köln"
    assert user_comment(b"\x00" * 8 + b"\x00\x00\x00") == ""


def test_exposure_and_dates() -> None:
    from fractions import Fraction

    assert exposure(Fraction(39, 5000)) == "1/128"
    assert exposure(Fraction(5, 2)) == "2.5"
    assert exposure(Fraction(30)) == "30"
    assert parse_date("2001:10:08") == "2001-10-08"
    assert parse_date("2001:13:08 10:00:00") is None


def test_exifread_exception_is_a_problem_not_a_crash(monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(exifread, "process_file", boom)
    result = meta(exif=FULL_EXIF, iptc=iptc_block({"caption": "Still here"}))
    assert [p.code for p in result.problems] == ["exif_unreadable"]
    assert "test.jpg" in result.problems[0].message
    assert result.texts["caption"] == {"de": "Still here"}


# --- XMP ---------------------------------------------------------------------------------


def test_xmp_lang_alt_maps_onto_project_languages() -> None:
    xmp = render_xmp(
        title={"x-default": "Default", "de-DE": "Titel", "zh-CN": "标题", "en": "Title"},
        description={"x-default": "Nur Standard"},
        creators=("Jürgen Müller", "王小明"),
    )
    result = meta(xmp=xmp)
    assert result.texts["title"] == {"de": "Titel", "zh-Hans": "标题"}
    assert result.texts["caption"] == {"de": "Nur Standard"}
    assert result.photographer == "Jürgen Müller; 王小明"


def test_x_default_repeating_another_entry_is_not_a_language() -> None:
    xmp = render_xmp(title={"x-default": "标题", "zh-Hans": "标题"})
    assert meta(xmp=xmp).texts["title"] == {"zh-Hans": "标题"}


def test_traditional_chinese_is_not_simplified() -> None:
    xmp = render_xmp(title={"zh-TW": "標題", "zh-hans": "标题"})
    assert meta(xmp=xmp).texts["title"] == {"zh-Hans": "标题"}


def test_broken_xmp_is_a_problem() -> None:
    result = meta(xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>unclosed", exif=FULL_EXIF)
    assert any(p.code == "xmp_unreadable" for p in result.problems)
    assert result.exif.make == "Canon"


def test_xmp_entity_expansion_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>&b;</x:xmpmeta>"
    )
    result = meta(xmp=bomb)
    assert any(p.code == "xmp_unreadable" for p in result.problems)


# --- IPTC and precedence -----------------------------------------------------------------


def test_iptc_fields_declared_utf8() -> None:
    fields = {
        "caption": "Bildunterschrift 说明",
        "headline": "Überschrift",
        "object_name": "Objekt",
        "by_line": "王小明",
        "copyright": "© Exhibit",
        "city": "Köln",
    }
    result = meta(iptc=iptc_block(fields))
    assert result.texts == {
        "title": {"de": "Objekt"},
        "caption": {"de": "Bildunterschrift 说明"},
        "credit": {"de": "© Exhibit"},
    }
    assert result.photographer == "王小明"
    assert result.exif.copyright == "© Exhibit"


def test_iptc_headline_is_title_without_object_name() -> None:
    result = meta(iptc=iptc_block({"headline": "Überschrift"}))
    assert result.texts["title"] == {"de": "Überschrift"}


def test_iptc_utf8_without_declaration() -> None:
    block = iptc_block({"caption": "Größe 展览"}, declare_utf8=False)
    assert meta(iptc=block).texts["caption"] == {"de": "Größe 展览"}


def test_iptc_latin1_without_declaration() -> None:
    block = iptc_block({"caption": "Größe: Fußgängerzone"}, encoding="latin-1", declare_utf8=False)
    assert meta(iptc=block).texts["caption"] == {"de": "Größe: Fußgängerzone"}


def test_iptc_mac_roman_without_declaration() -> None:
    block = iptc_block({"caption": "Größe Übersicht"}, encoding="mac_roman", declare_utf8=False)
    assert meta(iptc=block).texts["caption"] == {"de": "Größe Übersicht"}


def test_damaged_iptc_is_a_problem() -> None:
    result = meta(iptc=b"\x1c\x02\x78\x00\x03abc" + b"garbage!", exif=FULL_EXIF)
    assert any(p.code == "iptc_unreadable" for p in result.problems)


def test_mwg_exif_over_xmp_over_iptc() -> None:
    xmp = render_xmp(description={"x-default": "XMP"})
    iptc = iptc_block({"caption": "IPTC"})
    assert meta(exif={"description": "EXIF"}, xmp=xmp, iptc=iptc).texts["caption"]["de"] == "EXIF"
    assert meta(xmp=xmp, iptc=iptc).texts["caption"]["de"] == "XMP"
    assert meta(xmp=xmp, iptc=iptc, iptc_digest=True).texts["caption"]["de"] == "XMP"


def test_mwg_iptc_edited_after_xmp_wins() -> None:
    xmp = render_xmp(description={"x-default": "XMP"})
    iptc = iptc_block({"caption": "IPTC"})
    stale = b"\x00" * 16  # the digest of some earlier IPTC: IPTC changed since the XMP
    assert meta(xmp=xmp, iptc=iptc, iptc_digest=stale).texts["caption"]["de"] == "IPTC"


def test_language_tagged_xmp_beats_untagged_exif_for_its_language() -> None:
    xmp = render_xmp(description={"de": "Deutsch", "zh-CN": "中文"})
    texts = meta(exif={"description": "untagged"}, xmp=xmp).texts
    assert texts["caption"] == {"de": "Deutsch", "zh-Hans": "中文"}


@pytest.mark.parametrize(
    "text", ["OLYMPUS DIGITAL CAMERA", "SONY DSC", "DSC00006", "000007", "Default"]
)
def test_camera_boilerplate_is_not_a_caption(text: str) -> None:
    assert is_boilerplate(text)
    assert meta(exif={"description": text}).texts == {}


@pytest.mark.parametrize("text", ["1989", "Kyra im blauen Kleid", "Wilts & Dorset Bus"])
def test_real_captions_are_kept(text: str) -> None:
    assert not is_boilerplate(text)


def test_make_as_caption_is_boilerplate() -> None:
    assert meta(exif={"make": "SAMSUNG", "description": "SAMSUNG"}).texts == {}
