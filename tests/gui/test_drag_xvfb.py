"""Reordering by drag and drop in the grid, under Xvfb with the real xcb platform."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.gui.test_screenshots import _env, xvfb_display  # noqa: F401 (a fixture)

SCRIPT = Path(__file__).with_name("drag_reorder.py")
ROOT = Path(__file__).parents[2]


@pytest.mark.xvfb
def test_drag_a_work_onto_another_place_reorders(tmp_path: Path, xvfb_display: str) -> None:  # noqa: F811
    env = _env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    files = json.loads(result.stdout.strip().splitlines()[-1])
    # work 5 dropped on the left half of work 2 lands before it
    assert files == ["p0.jpg", "p4.jpg", "p1.jpg", "p2.jpg", "p3.jpg", "p5.jpg"]
