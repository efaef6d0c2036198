"""A small captioned catalogue for the translation round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.core.fields import Owner
from exhibit.core.model import TranslationStatus
from exhibit.core.store import Catalogue
from exhibit.core.translation import Format
from exhibit.export.translation.job import export_translation, translation_snapshot
from exhibit.testing import make_jpeg


@pytest.fixture
def captioned(tmp_path: Path, catalogue: Catalogue) -> Catalogue:
    """Three works, a section; German everywhere, Chinese for some fields."""
    from exhibit.cli.main import main

    photos = tmp_path / "photos"
    photos.mkdir()
    for i, name in enumerate(("a", "b", "c")):
        make_jpeg(photos / f"{name}.jpg", size=(120 + i, 80))
    root = catalogue.root
    catalogue.close()
    assert main(["import", str(root), str(photos)]) == 0
    cat = Catalogue.open(root)
    works = cat.works()
    section = cat.add_section({"de": "Die Stadt"})
    texts = {
        works[0].id: {"title": ("Rathaus", "市政厅"), "caption": ("Das Rathaus.", "")},
        works[1].id: {"title": ("Annakirche", ""), "caption": ("=Summe der Teile", "")},
        works[2].id: {"title": ("Markt", "集市"), "caption": ("Markt am\nSamstag", "周六的集市")},
    }
    for wid, fields in texts.items():
        for name, (de, zh) in fields.items():
            cat.set_text(Owner.WORK, wid, name, "de", de)
            if zh:
                cat.set_text(Owner.WORK, wid, name, "zh-Hans", zh)
    cat.set_status(Owner.WORK, works[0].id, "title", "zh-Hans", TranslationStatus.APPROVED)
    cat.set_text(Owner.SECTION, section.id, "title", "zh-Hans", "城市")
    yield cat
    cat.close()


def snapshot_of(cat: Catalogue):
    return translation_snapshot(cat)


def export(cat: Catalogue, path: Path, fmt: Format, **kw):
    return export_translation(snapshot_of(cat), path, fmt, "zh-Hans", **kw)


SUFFIX = {Format.XLSX: ".xlsx", Format.XLIFF: ".xlf", Format.XLIFF2: ".xlf", Format.PO: ".po"}
