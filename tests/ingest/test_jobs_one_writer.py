"""One writer: import, rescan and relink compute on any thread and the store's owner writes.

Each job's ``compute`` runs here on a thread of its own, as the window runs it; the catalogue
raises ``OwnerThreadError`` if that thread reads or writes it. What was delivered is stored
and reported on the test's thread, the owner.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from exhibit.core.jobs import CancelToken, JobReport, Outcome, no_progress
from exhibit.core.store import Catalogue, OwnerThreadError
from exhibit.ingest.importer import ImportJob, ImportOptions
from exhibit.ingest.relink import MISSING, RelinkJob, RescanJob
from exhibit.testing import asymmetric_image, make_jpeg


def compute_elsewhere(job) -> list:
    """Run ``job.compute`` on another thread; return what it delivered (re-raise its error)."""
    delivered, errors = [], []

    def work() -> None:
        try:
            job.compute(no_progress, CancelToken(), delivered.append)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work, name="job")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return delivered


def store_here(job, delivered: list) -> JobReport:
    job.store(delivered)
    return job.finish()


def photos(folder: Path, names: list[str], start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names, start):
        make_jpeg(folder / name, image=asymmetric_image((60 + i, 40)))
        paths.append(folder / name)
    return paths


def import_into(catalogue: Catalogue, paths, section_id=None) -> JobReport:
    job = ImportJob(catalogue, paths, ImportOptions(jobs=0, section_id=section_id))
    return store_here(job, compute_elsewhere(job))


def test_duplicate_numbers_are_those_after_the_import(catalogue: Catalogue, tmp_path) -> None:
    """The case of issue 9: the import's inserts renumber the work a copy duplicates."""
    first = catalogue.add_section({"de": "Stadt"})
    second = catalogue.add_section({"de": "Fluss"})
    import_into(catalogue, photos(tmp_path / "a", ["p0.jpg", "p1.jpg"]), first.id)
    (z,) = photos(tmp_path / "b", ["z.jpg"], start=5)
    import_into(catalogue, [z], second.id)
    assert catalogue.work_by_sha256(_sha(z)).number == 3
    later = tmp_path / "c"
    photos(later, ["a-new.jpg"], start=9)
    shutil.copy(z, later / "z-copy.jpg")
    report = import_into(catalogue, [later], first.id)
    (dup,) = report.of(Outcome.DUPLICATE)
    now = catalogue.work_by_sha256(_sha(z))
    assert now.number == 4  # a-new.jpg went in before it, at the end of the first section
    assert dup.number == 4 and dup.work_id == now.id
    assert dup.message == "z-copy.jpg: duplicate of No. 4"
    (new,) = report.of(Outcome.IMPORTED)
    assert new.number == catalogue.work(new.work_id).number == 3


def test_imported_numbers_follow_the_catalogue_after_the_job(catalogue, tmp_path) -> None:
    section = catalogue.add_section({"de": "Stadt"})
    paths = photos(tmp_path / "a", ["p0.jpg", "p1.jpg", "p2.jpg"])
    shutil.copy(paths[0], tmp_path / "a" / "p3-copy.jpg")
    report = import_into(catalogue, [tmp_path / "a"], section.id)
    numbers = {o.path: o.number for o in report.outcomes}
    for o in report.of(Outcome.IMPORTED):
        assert numbers[o.path] == catalogue.work(o.work_id).number
    assert [o.number for o in report.of(Outcome.DUPLICATE)] == [1]


def test_rescan_and_relink_compute_off_the_owner_s_thread(catalogue, tmp_path) -> None:
    paths = photos(tmp_path / "photos", ["p0.jpg", "p1.jpg", "p2.jpg"])
    import_into(catalogue, paths)
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.move(paths[1], moved / "renamed.jpg")
    rescan = RescanJob(catalogue)
    report = store_here(rescan, compute_elsewhere(rescan))
    assert [o.outcome for o in report.outcomes] == [Outcome.OK, Outcome.MISSING, Outcome.OK]
    lost = catalogue.work_by_number(2)
    assert [p.code for p in lost.problems] == [MISSING]
    relink = RelinkJob(catalogue, moved)
    report = store_here(relink, compute_elsewhere(relink))
    (found,) = report.of(Outcome.RELINKED)
    assert found.number == 2 and found.message == f"No. 2 relinked to {moved / 'renamed.jpg'}"
    relinked = catalogue.work_by_number(2)
    assert relinked.problems == () and relinked.original.path.endswith("renamed.jpg")


def test_what_a_rescan_saw_is_not_stored_over_a_later_relink(catalogue, tmp_path) -> None:
    paths = photos(tmp_path / "photos", ["p0.jpg"])
    import_into(catalogue, paths)
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.move(paths[0], moved / "p0.jpg")
    rescan = RescanJob(catalogue)
    seen = compute_elsewhere(rescan)  # saw the original missing
    relink = RelinkJob(catalogue, moved)
    store_here(relink, compute_elsewhere(relink))  # meanwhile the curator relinked it
    report = store_here(rescan, seen)
    assert catalogue.work_by_number(1).problems == ()  # the stale "missing" was not noted
    assert report.outcomes == ()


def test_a_job_that_touched_the_store_from_its_thread_fails(catalogue, tmp_path) -> None:
    class Sneaky(RescanJob):
        def compute(self, progress, cancel, deliver) -> None:
            self.catalogue.works()  # reading from the job's thread is refused too

    with pytest.raises(OwnerThreadError, match="only the thread that opened it"):
        compute_elsewhere(Sneaky(catalogue))


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
