"""The package builds quietly and carries its resources (fonts, icons, translations)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_holds_the_resources(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: a build in the checkout would leave build/ there
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, source / name)
    for name in ("src", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("*.egg-info"))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 and "matching distribution" in output:
        pytest.skip("no package index to fetch the build requirements from")
    assert done.returncode == 0, output
    assert "Warning" not in output and "absent from the `packages`" not in output, output
    wheel = next((tmp_path / "dist").glob("exhibit-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in (REPO / "resources").iterdir():
        if folder.is_dir() and not folder.name.startswith(("_", ".")):
            for file in folder.rglob("*"):  # the guide has a folder per language
                if file.is_file() and "__pycache__" not in file.parts:
                    inside = file.relative_to(REPO / "resources").as_posix()
                    assert f"exhibit/resources/{inside}" in names
