"""Short commands load only what they need: no ReportLab, Pillow, importer or Qt for `list`.

Run in a fresh interpreter (this test process has loaded everything already); the timing lives
in bench/cli_bench.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.core.fields import Owner
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.store import Catalogue

HEAVY = ("reportlab", "PIL", "PySide6", "exhibit.ingest", "exhibit.export", "exhibit.ui")

PROBE = """\
import io, json, sys
from exhibit.cli.main import main

try:
    code = main(sys.argv[1:], io.StringIO(), io.StringIO())
except SystemExit as stop:  # --version and --help end this way
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded_by(*args: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.splitlines()[-1])
    return result["code"], result["modules"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "P.exhibit"
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        work = cat.add_work(NewWork(original=OriginalRef("Fotos/a.jpg", "a" * 64, 10, 1.0)))
        cat.set_text(Owner.WORK, work.id, "title", "de", "Der Markt")
    return root


@pytest.mark.parametrize("command", [("list",), ("show", "1"), ("--version",)])
def test_short_commands_do_not_load_the_heavy_parts(project: Path, command) -> None:
    args = [command[0], str(project), *command[1:]] if command[0] != "--version" else command
    code, modules = loaded_by(*args)
    assert code == 0
    assert "exhibit.core.store" in modules or command[0] == "--version"
    heavy = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert heavy == []
