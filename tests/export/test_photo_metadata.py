"""Captions out with the photos: XMP sidecars, delivery copies, IPTC; and sidecars read back in."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue
from exhibit.export.photos.iptc_out import cut_utf8
from exhibit.export.photos.jobs import sidecar_path
from exhibit.ingest.containers import XMP_EXTENSION_HEADER
from exhibit.ingest.metadata import read_metadata
from exhibit.ingest.xmp import parse_xmp, render_xmp
from exhibit.testing import insert_segments, make_jpeg, segment, xmp_segment

LANGS = ("de", "zh-Hans")
EXIFTOOL = shutil.which("exiftool")

FOREIGN_SIDECAR = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:digiKam="http://www.digikam.org/ns/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmp:Rating="4">
<digiKam:TagsList><rdf:Seq><rdf:li>Orte/Dueren</rdf:li></rdf:Seq></digiKam:TagsList>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Alter Titel</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def run_cli(*args: str) -> tuple[int, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = main([*args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def project(tmp_path: Path, catalogue: Catalogue) -> tuple[Path, Path]:
    """A project with two photos; No. 1 captioned in both languages."""
    photos = tmp_path / "Fotos"
    photos.mkdir()
    make_jpeg(photos / "markt.jpg", size=(640, 480))
    make_jpeg(photos / "kirche.jpg", size=(300, 400))
    root = catalogue.root
    catalogue.close()
    assert run_cli("import", str(root), str(photos))[0] == 0
    with Catalogue.open(root) as cat:
        w = cat.work_by_number(1)
        for name, lang, text in (
            ("title", "de", "Markt am Samstag"),
            ("title", "zh-Hans", "周六的集市"),
            ("caption", "de", "Händler am Marktplatz.\nZweite Zeile"),
            ("caption", "zh-Hans", "市场上的商贩。"),
            ("credit", "de", "© 2025 Anna Schmitz"),
            ("credit", "zh-Hans", "© 2025 安娜·施密茨"),
            ("location", "de", "Marktplatz, Düren"),
            ("location", "zh-Hans", "迪伦市场广场"),
        ):
            cat.set_text(Owner.WORK, w.id, name, lang, text)
        cat.set_field([w.id], "photographer", "Anna Schmitz")
        original = cat.original_path(w)
    return root, original


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sidecar_merges_into_an_existing_one_and_keeps_its_other_properties(project):
    root, original = project
    before = digest(original)
    side = original.with_name(original.name + ".xmp")
    side.write_bytes(FOREIGN_SIDECAR)
    code, out = run_cli("export", "xmp", str(root), "--works", "1")
    assert code == 0, out
    packet = side.read_bytes()
    assert b'Rating="4"' in packet or b"Rating>4<" in packet
    assert b"Orte/Dueren" in packet and b"digiKam:TagsList" in packet
    data = parse_xmp(packet)
    assert data.title == {
        "x-default": "Markt am Samstag",
        "de": "Markt am Samstag",
        "zh-Hans": "周六的集市",
    }
    assert data.description["zh-Hans"] == "市场上的商贩。"
    assert data.description["de"] == "Händler am Marktplatz.\nZweite Zeile"
    assert data.creators == ("Anna Schmitz",)
    assert b"Alter Titel" not in packet
    assert digest(original) == before


def test_sidecar_naming_and_an_existing_sidecar_in_capitals(project):
    root, original = project
    upper = original.with_name(original.stem + ".XMP")
    upper.write_bytes(FOREIGN_SIDECAR)
    assert sidecar_path(original, "xmp") == upper
    assert run_cli("export", "xmp", str(root), "--naming", "xmp", "--works", "1")[0] == 0
    assert b"Markt am Samstag" in upper.read_bytes()
    assert not original.with_name(original.stem + ".xmp").exists()
    assert run_cli("export", "xmp", str(root), "--works", "1")[0] == 0
    assert original.with_name(original.name + ".xmp").is_file()


def test_an_unreadable_sidecar_is_reported_and_left_alone(project):
    root, original = project
    side = original.with_name(original.name + ".xmp")
    side.write_bytes(b"<x:xmpmeta><not closed")
    code, out = run_cli("export", "xmp", str(root))
    assert code == 3
    # one fact per line, the work named by its number (the reason code is in --json)
    assert f"No. 1 {side.name}: the existing XMP cannot be read" in out
    assert side.read_bytes() == b"<x:xmpmeta><not closed"


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_reads_every_language_of_sidecars_and_copies(project, tmp_path):
    root, original = project
    before = digest(original)
    assert run_cli("export", "xmp", str(root))[0] == 0
    out_dir = tmp_path / "copies"
    code, out = run_cli(
        "export", "copies", str(root), "--out", str(out_dir), "--iptc", "--long-edge", "320"
    )
    assert code == 0, out
    copy = sorted(out_dir.glob("001-*.jpg"))[0]
    for path in (original.with_name(original.name + ".xmp"), copy):
        tags = json.loads(
            subprocess.run(
                [EXIFTOOL, "-j", "-XMP:all", str(path)], capture_output=True, text=True, check=True
            ).stdout
        )[0]
        assert tags["Title-de"] == "Markt am Samstag"
        assert tags["Title-zh-hans"] == "周六的集市"
        assert tags["Description-zh-hans"] == "市场上的商贩。"
        assert tags["Rights-zh-hans"] == "© 2025 安娜·施密茨"
        assert tags["LocationShownLocationName-zh-hans"] == "迪伦市场广场"
        assert tags["Title"] == "Markt am Samstag"  # x-default repeats the source language
        assert "周六的集市" in tags["AltTextAccessibility-zh-hans"]
    iptc = json.loads(
        subprocess.run(
            [EXIFTOOL, "-j", "-IPTC:all", "-charset", "iptc=UTF8", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )[0]
    assert iptc["CodedCharacterSet"] == "UTF8"
    assert iptc["ObjectName"] == "Markt am Samstag"
    assert iptc["By-line"] == "Anna Schmitz"
    assert digest(original) == before


def test_copies_are_srgb_jpegs_of_the_asked_size_without_exif(project, tmp_path):
    root, _ = project
    out_dir = tmp_path / "copies"
    code, out = run_cli(
        "export",
        "copies",
        str(root),
        "--out",
        str(out_dir),
        "--long-edge",
        "200",
        "--default-lang",
        "zh-Hans",
    )
    assert code == 0, out
    files = sorted(out_dir.glob("*.jpg"))
    assert [f.name[:4] for f in files] == ["001-", "002-"]
    with Image.open(files[0]) as im:
        assert max(im.size) == 200 and im.mode == "RGB"
        assert not im.getexif()
        packet = im.info["xmp"]
    data = parse_xmp(packet)
    assert data.title["x-default"] == "周六的集市"  # the partner's copies default to Chinese


def test_copies_refuse_a_missing_parent_folder(project, tmp_path):
    root, _ = project
    code, out = run_cli("export", "copies", str(root), "--out", str(tmp_path / "no" / "dir"))
    assert code == 1 and "does not exist" in out
    assert not (tmp_path / "no").exists()


@given(st.text(max_size=300), st.integers(min_value=0, max_value=200))
def test_iptc_fields_are_cut_by_bytes_without_breaking_a_character(text, limit):
    cut = cut_utf8(text, limit)
    assert len(cut) <= limit
    decoded = cut.decode("utf-8")  # never half a character
    assert text.startswith(decoded)
    if len(text.encode()) <= limit:
        assert decoded == text


# --- metadata in: sidecars and extended XMP -------------------------------------------------


def test_import_reads_sidecars_in_both_namings_and_any_case(tmp_path, catalogue):
    photos = tmp_path / "in"
    photos.mkdir()
    make_jpeg(photos / "a.jpg")
    make_jpeg(photos / "b.jpg", xmp=render_xmp(title={"x-default": "eingebettet"}))
    (photos / "a.jpg.xmp").write_bytes(
        render_xmp(title={"de": "Seitenwagen", "zh-Hans": "边车"}, creators=("Li Wei",))
    )
    (photos / "b.XMP").write_bytes(render_xmp(description={"zh-Hans": "来自边车"}))
    root = catalogue.root
    catalogue.close()
    code, out = run_cli("import", str(root), str(photos))
    assert code == 0, out
    with Catalogue.open(root) as cat:
        by_name = {Path(w.original.path).name: w for w in cat.works()}
    a, b = by_name["a.jpg"], by_name["b.jpg"]
    assert a.text("title", "de").text == "Seitenwagen"
    assert a.text("title", "zh-Hans").text == "边车"
    assert a.photographer == "Li Wei"
    assert b.text("title", "de").text == "eingebettet"  # the embedded XMP fills in
    assert b.text("caption", "zh-Hans").text == "来自边车"


def test_exported_sidecars_come_back_at_import(project, tmp_path):
    root, original = project
    assert run_cli("export", "xmp", str(root), "--works", "1")[0] == 0
    fresh = tmp_path / "fresh.exhibit"
    Catalogue.create(fresh).close()
    assert run_cli("import", str(fresh), str(original))[0] == 0
    with Catalogue.open(fresh) as cat:
        w = cat.work_by_number(1)
    assert w.text("title", "zh-Hans").text == "周六的集市"
    assert w.text("caption", "de").text == "Händler am Marktplatz.\nZweite Zeile"


def extended_segments(extension: bytes, guid: bytes, chunk: int) -> list[bytes]:
    parts = []
    for offset in range(0, len(extension), chunk):
        head = XMP_EXTENSION_HEADER + guid + len(extension).to_bytes(4, "big")
        parts.append(
            segment(0xE1, head + offset.to_bytes(4, "big") + extension[offset : offset + chunk])
        )
    return parts


def test_extended_xmp_split_over_several_segments_is_read():
    long_caption = "Langer Text über den Markt. " * 300  # ~8 KB: needs the extension
    extension = render_xmp(description={"de": long_caption, "zh-Hans": "扩展的说明"})
    guid = hashlib.md5(extension).hexdigest().upper().encode()
    main_packet = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
        b'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" xmpNote:HasExtendedXMP="' + guid + b'" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>'
        b'<rdf:li xml:lang="x-default">Haupttitel</rdf:li></rdf:Alt></dc:title>'
        b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    base = make_jpeg()
    data = insert_segments(
        base, [xmp_segment(main_packet), *extended_segments(extension, guid, 3000)]
    )
    meta = read_metadata(data, LANGS)
    assert meta.texts["title"]["de"] == "Haupttitel"
    assert meta.texts["caption"]["de"] == long_caption.strip()
    assert meta.texts["caption"]["zh-Hans"] == "扩展的说明"
    # a missing chunk: the main packet still counts, the damaged extension is not used
    damaged = insert_segments(
        base, [xmp_segment(main_packet), *extended_segments(extension, guid, 3000)[1:]]
    )
    assert "caption" not in read_metadata(damaged, LANGS).texts
