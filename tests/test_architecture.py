"""The house rules as checks: layers, Qt only in the ui package, lint clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_core_ingest_export_never_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import exhibit.core.store, exhibit.core.fields, exhibit.core.jobs\n"
        "import exhibit.ingest, exhibit.export, exhibit.demo\n"
        "for pkg in ('exhibit.core', 'exhibit.ingest', 'exhibit.export'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_layers_contract() -> None:
    exe = shutil.which("lint-imports", path=str(REPO / ".venv" / "bin")) or shutil.which(
        "lint-imports"
    )
    if exe is None:
        pytest.skip("import-linter is not installed")
    out = subprocess.run([exe], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_clean() -> None:
    exe = shutil.which("ruff", path=str(REPO / ".venv" / "bin")) or shutil.which("ruff")
    if exe is None:
        pytest.skip("ruff is not installed")
    out = subprocess.run(
        [exe, "check", "src", "tests", "bench"], capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == 0, out.stdout
