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
