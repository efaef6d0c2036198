"""Desktop integration files: one application id, valid desktop entry, metainfo and MIME types.

The validators run when installed (``packaging/ci-build.sh`` installs them); the id and MIME
checks always run.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from exhibit import APP_ID
from exhibit.cli.main import DOCUMENT_SUFFIXES

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / "linux" / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_application_id_names_every_file() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "exhibit.spec").read_text()
    assert f"AppId={APP_ID}" in (PACKAGING / "windows" / "exhibit.iss").read_text()


def test_desktop_entry_opens_the_project_types_in_three_languages() -> None:
    entry = _desktop_entry()
    mime_types = [t for t in entry["MimeType"].split(";") if t]
    assert "inode/directory" not in mime_types
    declared = {m.get("type") for m in ET.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")}
    assert set(mime_types) == declared
    globs = {g.get("pattern") for g in ET.parse(MIME).getroot().iter(f"{MIME_NS}glob")}
    assert globs == {f"*{suffix}" for suffix in DOCUMENT_SUFFIXES}
    assert "%F" in entry["Exec"]
    for key in ("Name", "GenericName", "Comment"):
        assert all(f"{key}[{lang}]" in entry for lang in ("de", "en", "zh_CN"))


def test_metainfo_speaks_three_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {s.get(lang) for s in root.findall("summary")} == {None, "de", "zh-CN"}
    assert {p.get(lang) for p in root.find("description").findall("p")} == {None, "de", "zh-CN"}
    assert root.find("screenshots/screenshot[@type='default']") is not None
    assert root.find("releases/release") is not None
    assert root.find("content_rating") is not None


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info")
def test_mime_types_are_registered(tmp_path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / f"{APP_ID}.xml")
    done = subprocess.run(["update-mime-database", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    types = (tmp_path / "types").read_text()
    assert "application/x-exhibit-project" in types
    assert "application/x-exhibit-package" in types
    assert "*.exhibit-pkg" in (tmp_path / "globs2").read_text()


def _trimmed() -> tuple[str, ...]:
    """The modules ``packaging/exhibit.spec`` leaves out of the bundle to stay within budget."""
    import ast

    tree = ast.parse((PACKAGING / "exhibit.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "TRIMMED":
            return ast.literal_eval(node.value)
    raise AssertionError("exhibit.spec has no TRIMMED list")


_IMPORT_EVERYTHING = """
import importlib, io, pkgutil, sys
import exhibit
for info in pkgutil.walk_packages(exhibit.__path__, "exhibit."):
    if info.name != "exhibit.testing" and not info.name.endswith("__main__"):
        importlib.import_module(info.name)
from exhibit.selftest import run_self_test
out = io.StringIO()
assert run_self_test(out, out), out.getvalue()
for codec in ("utf-8", "gb18030", "cp1252", "shift_jis"):  # what Exhibit reads: still there
    "Düren 迪伦".encode(codec, "replace").decode(codec)
print(" ".join(sorted(set(sys.argv[1:]) & set(sys.modules))))
"""


@pytest.mark.slow
def test_what_the_bundle_leaves_out_is_never_imported(tmp_path) -> None:
    trimmed = _trimmed()
    assert {"PySide6.QtDBus", "lxml.sax", "_codecs_kr"} <= set(trimmed)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERYTHING, *trimmed],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", f"imported, but left out of the bundle: {done.stdout}"
