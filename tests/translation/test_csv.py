"""CSV saved from a spreadsheet: encodings and delimiters detected and reported."""

from __future__ import annotations

import pytest
from tests.translation.test_formats import plan, wid

from exhibit.core.translation import Change
from exhibit.ingest.translation.read import read_translation
from exhibit.ingest.translation.sheet import decode_csv

HEADER = "id;no.;field;source (de);target (zh-Hans);status;note\n"


def rows(cat):
    a, b = wid(cat, 1), wid(cat, 2)
    return (
        f"work.{a}.title;1;No. 1 title;Rathaus;市政厅;approved;\n"
        f"work.{b}.title;2;No. 2 title;Annakirche;圣安娜教堂;draft;\n"
    )


@pytest.mark.parametrize(
    ("encoding", "prefix", "said"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 with BOM"),
        ("gb18030", b"", "GB18030"),
    ],
)
def test_chinese_excel_csv_in_each_encoding(captioned, tmp_path, encoding, prefix, said):
    path = tmp_path / "back.csv"
    path.write_bytes(prefix + (HEADER + rows(captioned)).encode(encoding))
    returned = read_translation(path)
    assert returned.notes and said in returned.notes[0] and "semicolons" in returned.notes[0]
    p = plan(captioned, path)
    changes = {line.id.split(".")[1]: line.change for line in p.lines}
    assert changes[wid(captioned, 2)] is Change.NEW  # empty here: filled without a base
    assert changes[wid(captioned, 1)] is Change.UNCHANGED


def test_windows_1252_with_commas_is_told_from_gb18030_by_the_known_sources(tmp_path):
    text = 'id,source (de),target (zh-Hans)\nwork.1.title,"Gräfin Äbtissin",\n'
    data = text.encode("cp1252")
    decoded, said = decode_csv(data, {"Gräfin Äbtissin"})
    assert said == "Windows-1252" and "Gräfin Äbtissin" in decoded
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    assert "commas" in read_translation(path, ["Gräfin Äbtissin"]).notes[0]


def test_a_csv_without_the_header_is_refused_with_its_name(tmp_path):
    from exhibit.ingest.translation.sheet import TranslationFileError

    path = tmp_path / "t.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(TranslationFileError, match=r"t\.csv: no column named 'id'"):
        read_translation(path)
