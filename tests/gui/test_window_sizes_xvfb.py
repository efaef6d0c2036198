"""The window on small screens and at 200 % scaling, under Xvfb with the xcb platform."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.gui.test_screenshots import _env, start_xvfb

SCRIPT = Path(__file__).with_name("window_sizes.py")
ROOT = Path(__file__).parents[2]


def _run_on_screen(size: str, scale: str, folder: Path, language: str) -> dict:
    server, display = start_xvfb(size)
    try:
        env = _env(
            DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT)
        )
        result = subprocess.run(
            [sys.executable, str(SCRIPT), str(folder), language],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        server.terminate()
        server.wait(10)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("size", "scale", "language"),
    [("1024x700", "1", "zh_CN"), ("1920x1080", "2", "de"), ("1920x1080", "2", "zh_CN")],
)
def test_window_fits_and_reopens_sensibly(tmp_path: Path, size, scale, language) -> None:
    report = _run_on_screen(size, scale, tmp_path, language)
    screen_w, screen_h = report["screen"]
    for stage in ("first", "reopened", "after_squeezed"):
        seen = report[stage]
        assert seen["inside_screen"], (stage, seen)
        # the inspector's content fits its column: never cut off, never scrolled sideways
        assert seen["inspector_fits"], (stage, seen)
        assert not seen["inspector_scrolls"], (stage, seen)
        assert seen["grid_visible"], (stage, seen)
        assert min(seen["panels"]) >= 100, (stage, seen)
    width, height = report["after_squeezed"]["frame"]
    assert width >= min(900, screen_w) and height >= min(560, screen_h)  # never 1075x310
