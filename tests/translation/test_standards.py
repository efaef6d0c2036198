"""The files Exhibit writes are what the standards and the translators' tools expect."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.translation.conftest import export
from tests.translation.edit import set_target
from tests.translation.test_formats import plan, wid

from exhibit.core.translation import Change, Format
from exhibit.ingest.translation.read import read_translation

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "xliff"


def test_xliff12_is_valid_against_the_oasis_strict_schema(captioned, tmp_path):
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff-core-1.2-strict.xsd")))
    path = tmp_path / "t.xlf"
    export(captioned, path, Format.XLIFF)
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_xliff2_is_valid_against_the_oasis_core_schema(captioned, tmp_path):
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff_core_2.0.xsd")))
    path = tmp_path / "t.xlf"
    export(captioned, path, Format.XLIFF2)
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_translate_toolkit_reads_the_xliff2(captioned, tmp_path):
    xliff2 = pytest.importorskip("translate.storage.xliff2")
    path = tmp_path / "t.xlf"
    export(captioned, path, Format.XLIFF2)
    store = xliff2.Xliff2File.parsefile(str(path))
    by_source = {str(u.source): str(u.target or "") for u in store.units}
    assert by_source["Markt am\nSamstag"] == "周六的集市"
    assert len(by_source) == len(read_translation(path).units)


def test_xliff2_has_the_core_structure(captioned, tmp_path):
    etree = pytest.importorskip("lxml.etree")
    path = tmp_path / "t.xlf"
    export(captioned, path, Format.XLIFF2)
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "2.0" and root.get("srcLang") == "de"
    units = root.findall("x:file/x:unit", ns)
    assert units and all(u.find("x:segment/x:source", ns) is not None for u in units)
    states = {s.get("state") for s in root.iterfind(".//x:segment", ns)}
    assert states <= {"initial", "translated", "reviewed", "final"}
    for seg in root.iterfind(".//x:segment", ns):  # subState needs a prefix
        assert ":" in seg.get("subState", "x:y")


def test_translate_toolkit_reads_the_xliff_and_the_po(captioned, tmp_path):
    pytest.importorskip("translate.storage.xliff")
    from translate.storage import factory

    for fmt, name in ((Format.XLIFF, "t.xlf"), (Format.PO, "t.po")):
        path = tmp_path / name
        export(captioned, path, fmt)
        store = factory.getobject(str(path))
        ours = {u.id: u for u in read_translation(path).units}
        units = [u for u in store.units if not u.isheader()]
        assert len(units) == len(ours)
        by_source = {str(u.source): str(u.target or "") for u in units}
        assert by_source["Markt am\nSamstag"] == "周六的集市"
        assert by_source["=Summe der Teile"] == ""


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_xlsx_resaved_by_libreoffice_comes_back(captioned, tmp_path):
    path = tmp_path / "t.xlsx"
    export(captioned, path, Format.XLSX)
    uid = f"work.{wid(captioned, 2)}.title"
    set_target(path, Format.XLSX, uid, "圣安娜教堂")
    out = tmp_path / "saved"
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    p = plan(captioned, out / "t.xlsx")
    changed = [x for x in p.lines if x.change is not Change.UNCHANGED]
    assert [(x.id, x.change) for x in changed] == [(uid, Change.NEW)]
