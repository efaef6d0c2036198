"""What the commands print: JSON, plain lines, and a progress bar on a terminal."""

from __future__ import annotations

import json
import re
import shutil
import sys
import time
from pathlib import PurePath
from typing import TextIO

from exhibit.core.jobs import Progress

# C0 and C1 controls, DEL, and the lone surrogates that stand for bytes that are not UTF-8.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\e"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\x{code:02x}"


def visible(text: object, *, multiline: bool = False) -> str:
    """``text`` safe for a terminal: control characters (an escape sequence in a caption, a
    newline in a file name) and undecodable bytes are shown as ``\\e``, ``\\n``, ``\\xff``,
    never sent raw. ``multiline`` keeps newlines, each continuation indented under the first.
    """
    text = str(text)
    if multiline:
        return "\n    ".join(_CONTROLS.sub(_escape, line) for line in text.split("\n"))
    return _CONTROLS.sub(_escape, text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")

# --jobs of the commands that run worker processes; the default is core.jobs.default_workers()
JOBS_HELP = "worker processes (default: one per core, as memory allows; 0: all in this process)"


def print_json(value: object, out: TextIO) -> None:
    """JSON; controls come out escaped by json itself, and a file name's undecodable bytes
    as ``\\udcff`` escapes (written raw they could not be encoded as UTF-8 at all)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    out.write(_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    out.write("\n")


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = int(seconds + 0.5)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class ProgressBar:
    """Draws ``[####----] 12/50  3.1/s  ETA 00:12  name.jpg`` on a terminal, at most 10x/s.

    Does nothing when the stream is not a terminal (pipes, CI logs) or when quiet.
    """

    def __init__(self, stream: TextIO = sys.stderr, *, enabled: bool | None = None) -> None:
        self._stream = stream
        self._enabled = stream.isatty() if enabled is None else enabled
        self._last = 0.0
        self._drawn = False

    def __call__(self, p: Progress) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and p.done < p.total:
            return
        self._last = now
        width = shutil.get_terminal_size((80, 20)).columns
        bar_w = max(10, min(30, width - 60))
        filled = int(bar_w * p.fraction)
        head = (
            f"[{'#' * filled}{'-' * (bar_w - filled)}] {p.done}/{p.total}"
            f"  {p.rate:.1f}/s  ETA {_clock(p.eta)}  "
        )
        name = PurePath(p.current).name if p.current else ""
        name = name[: max(0, width - len(head) - 1)]
        self._stream.write("\r" + (head + name).ljust(width - 1)[: width - 1])
        self._stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
