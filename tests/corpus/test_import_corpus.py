"""The whole shared corpus through the import job into one catalogue, as MANIFEST.tsv says.

Every file gets exactly one outcome; real photos become works with their date and camera;
files the manifest wants rejected fail with a specific reason and files it wants imported
become works (damaged metadata noted on the work); originals stay byte-identical; the
catalogue is consistent afterwards and a second import finds only duplicates.
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pytest

from exhibit.core.jobs import CancelToken, Outcome
from exhibit.core.store import Catalogue
from exhibit.ingest.importer import ImportJob, ImportOptions
from exhibit.ingest.probe import REASONS

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
EITHER = re.compile(r"\bor reject|else clear rejection|unless a HEIF plugin")

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").is_file(), reason="no shared corpus"),
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    project = tmp_path_factory.mktemp("corpus") / "Corpus.exhibit"
    cat = Catalogue.create(project, "Corpus")
    report = ImportJob(cat, [CORPUS / "real", CORPUS / "bad"], ImportOptions(jobs=2)).run(
        lambda p: None, CancelToken()
    )
    yield rows, report, cat
    cat.close()


def _key(path: str) -> str:
    p = Path(path)
    return f"{p.parent.name}/{p.name}"


def test_every_file_has_one_outcome(imported) -> None:
    rows, report, _ = imported
    keys = [_key(o.path) for o in report.outcomes]
    assert sorted(keys) == sorted(f"{r['folder']}/{r['filename']}" for r in rows)
    assert not report.cancelled


def test_outcomes_follow_the_manifest(imported) -> None:
    rows, report, _ = imported
    outcomes = {_key(o.path): o for o in report.outcomes}
    wrong = []
    for row in rows:
        o = outcomes[f"{row['folder']}/{row['filename']}"]
        expected = row["expected_behaviour"]
        if EITHER.search(expected):
            ok = o.outcome is Outcome.IMPORTED or o.reason in REASONS
        elif expected.startswith(("must be rejected", "valid file")):
            ok = (
                o.outcome is Outcome.FAILED
                and o.reason in REASONS
                and row["filename"] in (o.message)
            )
        else:
            ok = o.outcome is Outcome.IMPORTED
        if not ok:
            wrong.append(f"{row['filename']}: {o.outcome} {o.reason} ({expected})")
    assert wrong == []


def test_real_photos_have_date_and_camera(imported) -> None:
    rows, report, cat = imported
    numbers = {_key(o.path): o.number for o in report.outcomes}
    for row in rows:
        if row["folder"] != "real":
            continue
        work = cat.work_by_number(numbers[f"real/{row['filename']}"])
        summary = row["exif_summary"]
        if "DateTimeOriginal=" in summary and "0000:00:00" not in summary:
            assert work.exif.date_taken, row["filename"]
        m = re.search(r"make=(.+?) model=", summary)
        if m and m.group(1).strip():
            assert work.exif.make, row["filename"]
        assert Path(work.original.path).name == row["filename"]  # name kept byte for byte


def test_damaged_metadata_is_noted_on_the_work(imported) -> None:
    _, report, cat = imported
    numbers = {Path(o.path).name: o.number for o in report.outcomes}
    work = cat.work_by_number(numbers["hopper_bad_exif.jpg"])
    assert work.problems, "the EXIF problem should be noted on the work"


def test_originals_unchanged_and_catalogue_consistent(imported) -> None:
    rows, _, cat = imported
    for row in rows:
        data = (CORPUS / row["folder"] / row["filename"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["filename"]
    assert cat.integrity_problems() == []
    again = ImportJob(cat, [CORPUS / "real"], ImportOptions(jobs=2)).run(
        lambda p: None, CancelToken()
    )
    assert again.count(Outcome.DUPLICATE) == len([r for r in rows if r["folder"] == "real"])
