"""Thumbnails: a deleted cache comes back through `exhibit check`; a JPEG header that claims
far more pixels than its data holds gets a note."""

from __future__ import annotations

import io
import json
import shutil
import struct
from pathlib import Path

from exhibit.cli.main import main
from exhibit.ingest.probe import probe_file
from exhibit.testing import make_jpeg

from .conftest import photos


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


def test_check_reports_and_rebuilds_missing_thumbnails(tmp_path: Path) -> None:
    project = tmp_path / "T.exhibit"
    assert run("new", project, "--title", "T")[0] == 0
    originals = photos(tmp_path / "in", 3)
    assert run("import", project, *originals, "--jobs", "0")[0] == 0
    cache = project / "cache" / "thumbnails"
    before = sorted(p.name for p in cache.iterdir())
    shutil.rmtree(cache)
    originals[2].unlink()
    code, text, _ = run("check", project)
    assert code == 3  # the deleted original is a problem; the thumbnails were rebuilt
    assert "3 thumbnails were missing: 2 rebuilt" in text
    assert "thumbnail of No. 3 not rebuilt: the original file is missing" in text
    assert len(list(cache.iterdir())) == 2 and set(p.name for p in cache.iterdir()) < set(before)
    code, text, _ = run("check", project, "--json")
    assert json.loads(text)["thumbnails"]["missing"] == 1  # only the one without original


def test_a_jpeg_header_that_claims_more_pixels_than_its_data_holds_is_noted(
    tmp_path: Path,
) -> None:
    data = bytearray(make_jpeg(size=(64, 48)))
    sof = data.find(b"\xff\xc0")
    assert struct.unpack(">HH", data[sof + 5 : sof + 9]) == (48, 64)
    data[sof + 5 : sof + 9] = struct.pack(">HH", 9999, 9999)
    path = tmp_path / "claims.jpg"
    path.write_bytes(bytes(data))
    result = probe_file(path, ("de",))
    assert result.ok
    assert [p.code for p in result.problems] == ["image_data_missing"]
    assert "9999 x 9999" in result.problems[0].message
