"""Photographer and credit filled at import from EXIF Artist/Copyright, XMP, IPTC."""

from __future__ import annotations

import pytest

from exhibit.ingest.metadata import name_in_copyright, read_metadata
from exhibit.testing import make_jpeg

LANGS = ("de", "zh-Hans")


def test_copyright_alone_gives_photographer_and_credit() -> None:
    data = make_jpeg(exif={"copyright": "Copyright Francisco Gonzalez"})
    meta = read_metadata(data, LANGS)
    assert meta.photographer == "Francisco Gonzalez"
    assert meta.texts["credit"] == {"de": "Copyright Francisco Gonzalez"}
    assert meta.draft_texts()["credit"]["de"].text == "Copyright Francisco Gonzalez"


def test_artist_wins_over_the_copyright_holder() -> None:
    data = make_jpeg(exif={"artist": "Jürgen Müller", "copyright": "© 2024 Fotoclub Düren"})
    meta = read_metadata(data, LANGS)
    assert meta.photographer == "Jürgen Müller"
    assert meta.texts["credit"]["de"] == "© 2024 Fotoclub Düren"


def test_no_rights_no_credit() -> None:
    meta = read_metadata(make_jpeg(exif={"make": "Canon"}), LANGS)
    assert "credit" not in meta.texts
    assert meta.photographer == ""


@pytest.mark.parametrize(
    ("notice", "name"),
    [
        ("© 2019 Ana Lima. All rights reserved.", "Ana Lima"),
        ("(c) 2001-2020 Foto Müller", "Foto Müller"),
        ("版权所有 张三", "张三"),
        ("2019", ""),
        ("©", ""),
    ],
)
def test_name_in_copyright(notice: str, name: str) -> None:
    assert name_in_copyright(notice) == name
