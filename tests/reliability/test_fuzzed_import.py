"""Mutated JPEG, TIFF and PNG bytes through the whole import (workers, bounds, the store).

Few examples by default, so CI stays quick; for a longer run outside CI set
``EXHIBIT_FUZZ_EXAMPLES`` (e.g. ``EXHIBIT_FUZZ_EXAMPLES=500 pytest tests/reliability``).
Whatever the bytes, the import finishes, says one thing about every file, keeps the
catalogue consistent and stores no control characters and no more than the capped notes.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from exhibit.core.jobs import CancelToken, Outcome, no_progress
from exhibit.core.store import Catalogue
from exhibit.ingest.importer import ImportJob, ImportOptions
from exhibit.ingest.metadata import MAX_PROBLEMS
from exhibit.ingest.probe import REASONS
from exhibit.testing import asymmetric_image, build_exif, make_jpeg

EXAMPLES = int(os.environ.get("EXHIBIT_FUZZ_EXAMPLES", "6"))
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _seeds() -> dict[str, bytes]:
    exif = build_exif(
        make="Canon", model="EOS", description="Annakirche", artist="K. Weber", orientation=6
    )
    image = asymmetric_image((120, 80))
    tiff, png = io.BytesIO(), io.BytesIO()
    image.save(tiff, "TIFF", exif=exif, compression="tiff_lzw")
    image.save(png, "PNG", exif=exif)
    return {
        "jpg": make_jpeg(image=image, exif=exif),
        "tif": tiff.getvalue(),
        "png": png.getvalue(),
    }


SEEDS = _seeds()


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[kind])
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    if draw(st.booleans()):
        data = data[: draw(st.integers(1, len(data)))]
    return kind, bytes(data)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=st.lists(mutated(), min_size=1, max_size=6))
def test_mutated_files_through_the_whole_import(tmp_path_factory, files) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    folder = root / "in"
    folder.mkdir()
    for i, (kind, data) in enumerate(files):
        (folder / f"f{i}.{kind}").write_bytes(data)
    with Catalogue.create(root / "F.exhibit", {"de": "F", "zh-Hans": "F"}) as cat:
        job = ImportJob(cat, [folder], ImportOptions(jobs=2, timeout=30))
        job.check()
        report = job.run(no_progress, CancelToken())
        assert len(report.outcomes) == len(files)
        for outcome in report.outcomes:
            assert outcome.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE, Outcome.FAILED)
            if outcome.outcome is Outcome.FAILED:
                assert outcome.reason in REASONS and outcome.message
        assert cat.integrity_problems() == []
        works = cat.works()
        assert len(works) == report.count(Outcome.IMPORTED)
        for work in works:
            assert len(work.problems) <= MAX_PROBLEMS + 1
            texts = [work.value(f, lang) for f in ("title", "caption") for lang in cat.languages]
            assert not any(CONTROLS.search(t or "") for t in [*texts, work.photographer])
            assert cat.thumbnail_path(work).is_file()


def test_the_seeds_import_cleanly(tmp_path: Path) -> None:
    """The unmutated seeds are good photos: the mutations start from files that import."""
    for kind, data in SEEDS.items():
        (tmp_path / f"seed.{kind}").write_bytes(data)
        with Image.open(tmp_path / f"seed.{kind}") as im:
            im.load()
    with Catalogue.create(tmp_path / "S.exhibit", {"de": "S"}) as cat:
        report = ImportJob(cat, [tmp_path], ImportOptions(jobs=0)).run(no_progress, CancelToken())
        assert report.count(Outcome.IMPORTED) == len(SEEDS), report.to_dict()
