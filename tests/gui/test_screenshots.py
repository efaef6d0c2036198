"""The screenshot script runs offscreen and under Xvfb with the real xcb platform."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("screenshots.py")
SIZES = ((1280, 800), (1920, 1080))
PICTURES = ("start", "main", "preflight", "export", "import-progress", "import-report")


def _run_script(out: Path, env: dict[str, str], *extra: str) -> list[Path]:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(out), "--languages", "en,zh_CN", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]


def _check(saved: list[Path], suffix: str = "") -> None:
    from PIL import Image

    names = {p.name for p in saved}
    for width, height in SIZES:
        for picture in PICTURES:
            name = f"{picture}-{width}x{height}-en{suffix}.png"
            assert name in names
            with Image.open(saved[0].parent / name) as image:
                assert image.size == (width, height)
                assert len(image.convert("L").getcolors(1 << 16) or ()) > 20  # not blank
    assert f"main-1280x800-zh_CN{suffix}.png" in names


def _env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env.update(overrides)
    return env


@pytest.mark.slow
def test_screenshots_offscreen(tmp_path: Path) -> None:
    saved = _run_script(tmp_path, _env(QT_QPA_PLATFORM="offscreen"))
    _check(saved)


def _free_display() -> int:
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    pytest.skip("no free X display number")


def start_xvfb(screen: str) -> tuple[subprocess.Popen, str]:
    """An Xvfb server of ``screen`` ("1920x1080") on a free display, and that display (":90");
    skips when Xvfb is missing or does not start."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.terminate()
            server.wait(10)
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    return server, f":{number}"


@pytest.fixture
def xvfb_display():
    server, display = start_xvfb("1920x1080")
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.xvfb
@pytest.mark.slow
def test_screenshots_under_xvfb_with_xcb(tmp_path: Path, xvfb_display: str) -> None:
    env = _env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    saved = _run_script(tmp_path, env, "--suffix=-xcb")
    _check(saved, "-xcb")
