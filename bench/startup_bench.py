#!/usr/bin/env python3
"""Start-up benchmark (not a test): the bundle's first window against running from source.

Starts `exhibit` (the start page, fresh settings in a temporary folder) N times from the
one-folder bundle and N times from source (this Python, `-m exhibit`), alternating, and takes
the time from starting the process to the first painted window (the app prints it when
EXHIBIT_STARTUP_PROBE is set). Prints the median of each and the ratio bundle / source; the
goal is at most 1.2. Runs under Xvfb (started here on a free display) so that the real xcb
platform draws the window; without Xvfb it uses $DISPLAY.

usage: bench/startup_bench.py [--bundle dist/exhibit/exhibit] [-n 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.2


def first_window(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds from starting ``command`` to its first painted window; CPU seconds it used.

    The CPU time (user + system, until the app quits right after that window) moves less than
    the wall-clock time on a machine busy with other work.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in done.stdout.splitlines():
        if line.startswith("first-window "):
            return float(line.split()[1]) - started, cpu
    raise SystemExit(f"{command[0]}: no window (exit {done.returncode}): {done.stderr[-800:]}")


def start_xvfb() -> tuple[subprocess.Popen | None, str]:
    if not shutil.which("Xvfb"):
        if not os.environ.get("DISPLAY"):
            raise SystemExit("startup_bench: needs Xvfb or a DISPLAY")
        return None, os.environ["DISPLAY"]
    for number in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            server = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, display
                time.sleep(0.05)
            server.kill()
    raise SystemExit("startup_bench: Xvfb did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "exhibit" / "exhibit")
    parser.add_argument("-n", type=int, default=5)
    args = parser.parse_args()
    if not args.bundle.exists():
        raise SystemExit(f"{args.bundle} not found: run bash packaging/build.sh first")
    server, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="exhibit-startup-") as tmp:
            cwd = Path(tmp)  # no exhibit/ folder here to shadow the package
            runs: dict[str, list[float]] = {"bundle": [], "source": []}
            cpu: dict[str, list[float]] = {"bundle": [], "source": []}
            commands = {
                "bundle": [str(args.bundle.resolve())],
                "source": [sys.executable, "-m", "exhibit"],
            }
            for i in range(args.n + 1):  # the first round warms the disk cache, not counted
                for kind, command in commands.items():
                    env = {
                        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                        "HOME": tmp,
                        "DISPLAY": display,
                        "LANG": "C.UTF-8",
                        "EXHIBIT_STARTUP_PROBE": "1",
                        "EXHIBIT_CONFIG_DIR": str(cwd / f"config-{kind}-{i}"),
                    }
                    seconds, used = first_window(command, env, cwd)
                    if i:
                        runs[kind].append(seconds)
                        cpu[kind].append(used)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    bundle, source = (statistics.median(runs[k]) for k in ("bundle", "source"))
    for kind in ("bundle", "source"):
        times = " ".join(f"{t * 1000:.0f}" for t in runs[kind])
        print(
            f"first window, {kind:6}: median {statistics.median(runs[kind]) * 1000:.0f} ms "
            f"(runs: {times} ms)"
        )
    cpu_ratio = statistics.median(cpu["bundle"]) / statistics.median(cpu["source"])
    print(
        f"CPU time to the first window and quitting: bundle "
        f"{statistics.median(cpu['bundle']) * 1000:.0f} ms, source "
        f"{statistics.median(cpu['source']) * 1000:.0f} ms, ratio {cpu_ratio:.2f}"
    )
    ratio = bundle / source
    verdict = "within" if ratio <= GOAL else "OVER"
    print(f"ratio bundle / source: {ratio:.2f} ({verdict} the goal of {GOAL})")


if __name__ == "__main__":
    main()
