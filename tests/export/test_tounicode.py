"""Characters beyond U+FFFF come back out of the PDF as themselves (reportlab patch)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import canvas

from exhibit.export.catalogue import tounicode
from exhibit.export.catalogue.fonts import Script, face
from exhibit.export.catalogue.typography import configure_reportlab


def test_reportlab_still_has_the_function_we_replace() -> None:
    configure_reportlab()
    assert ttfonts.makeToUnicodeCMap is tounicode.make_to_unicode_cmap
    original = tounicode._ORIGINAL("F", [0x41, 0x4E2D])
    assert "2 beginbfchar" in original and "<00> <0041>" in original


def test_surrogate_pairs_in_the_map() -> None:
    cmap = tounicode.make_to_unicode_cmap("F", [0x41, 0x2C629])
    assert "<00> <0041>" in cmap
    assert "<01> <D871DE29>" in cmap


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_supplementary_character_extracts(tmp_path: Path) -> None:
    configure_reportlab()
    name = face(Script.HANS).name
    out = tmp_path / "t.pdf"
    c = canvas.Canvas(str(out))
    c.setFont(name, 20)
    text = "丝𬘩绸 𬌗 Düren"
    assert all(pdfmetrics.getFont(name).face.charToGlyph.get(ord(ch)) for ch in "𬘩𬌗")
    c.drawString(72, 700, text)
    c.save()
    extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert text.replace(" ", "") in extracted.stdout.replace(" ", "")
