"""Shared fixtures: a fresh project per test, the shared corpus when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    return tmp_path / "Dueren-Jinhua.exhibit"


@pytest.fixture
def catalogue(project_dir: Path):
    from exhibit.core.store import Catalogue

    cat = Catalogue.create(project_dir, {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"})
    yield cat
    cat.close()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    return CORPUS


def _damage_index(root: Path, index: str = "sqlite_autoindex_exchanges_1") -> None:
    """Overwrite the root page of ``index`` of a closed project's catalogue with garbage: the
    quick check fails, while the works, their texts and the sections can still be read."""
    import sqlite3

    conn = sqlite3.connect(root / "catalogue.sqlite")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with open(root / "catalogue.sqlite", "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write((bytes(range(7, 250)) * (size // 243 + 1))[:size])


@pytest.fixture
def damage_index():
    """``damage_index(project_root)``: a catalogue that fails the quick check but reads."""
    return _damage_index


def lock_down(root: Path, *, folder_writable: bool) -> None:
    """Make a project readable by anyone but writable by no other user: either its catalogue
    file is read-only in a writable folder, or the whole folder is read-only."""
    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    if folder_writable:
        os.chmod(root, 0o777)
        os.chmod(root / "catalogue.sqlite", 0o444)
    else:
        os.chmod(root, 0o555)
