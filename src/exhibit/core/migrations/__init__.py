"""Numbered schema steps. Step N upgrades a catalogue from user_version N-1 to N.

Each step is plain SQL in ``NNNN_name.sql`` (never today's model classes), run in one
transaction after a backup. Add a step by adding a file; never edit a released one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Step:
    version: int
    name: str
    sql: str


def steps() -> tuple[Step, ...]:
    """All steps in order, read from the package."""
    found = []
    for entry in resources.files(__package__).iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Step(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda s: s.version)
    if [s.version for s in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema steps are not numbered 1..N without gaps")
    return tuple(found)


def latest_version() -> int:
    return len(steps())
