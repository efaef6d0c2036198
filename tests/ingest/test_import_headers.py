"""The import keeps the header facts its workers read, so the first preflight after it opens
no original: the facts are exactly what the print's own header read finds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from exhibit import headers
from exhibit.core.jobs import CancelToken, Outcome, no_progress
from exhibit.core.project import ProjectPaths
from exhibit.core.store import Catalogue
from exhibit.demo import create_demo
from exhibit.export.catalogue.options import CatalogueOptions
from exhibit.export.preflight import preflight
from exhibit.export.source import catalogue_source
from exhibit.headers import HEADERS_FILE, KnownHeaders
from exhibit.ingest.importer import ImportJob, ImportOptions
from exhibit.testing import make_jpeg


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every original the print's header reader opens, in a process that has read none."""
    headers._header.cache_clear()
    seen: list[str] = []
    real = headers.open_regular

    def counting(path, *args, **kwargs):
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(headers, "open_regular", counting)
    return seen


def photo(path: Path) -> Path:
    make_jpeg(path, size=(64, 48))
    return path


def fresh_read(path: Path) -> headers.ImageInfo:
    """What the print reads from the file itself, nothing remembered."""
    st = path.stat()
    return headers._header.__wrapped__(str(path), st.st_size, st.st_mtime_ns)


def kept_facts_match_fresh_reads(cat: Catalogue, opened: list[str]) -> int:
    """Each work's kept facts are those of a fresh read; returns how many were kept."""
    known = KnownHeaders(cat.paths.print_cache)
    kept = 0
    for work in cat.works():
        path = cat.original_path(work)
        try:
            fresh = fresh_read(path)
        except headers.ImageError:
            continue  # not a printable photo: the preflight reads and reports it
        opened.clear()
        assert known.probe(path) == fresh, path.name
        assert opened == [], path.name  # answered from what the import kept
        kept += 1
    return kept


def test_the_corpus_facts_kept_by_the_import_are_a_fresh_read(
    corpus: Path, catalogue: Catalogue, opened: list[str]
) -> None:
    real = sorted(p for p in (corpus / "real").iterdir() if p.is_file())
    report = ImportJob(catalogue, real, ImportOptions(jobs=0)).run(no_progress, CancelToken())
    imported = [o for o in report.outcomes if o.outcome is Outcome.IMPORTED]
    assert imported
    kept = kept_facts_match_fresh_reads(catalogue, opened)
    assert kept == len(imported)
    facts = {fresh_read(catalogue.original_path(w)) for w in catalogue.works()}
    assert {f.orientation for f in facts} > {1}  # turned photos are among them
    assert any(f.icc_description for f in facts)  # and photos with a profile


@pytest.mark.slow  # the demo takes about 16 s to make
def test_the_first_preflight_after_the_demo_opens_no_original(
    tmp_path: Path, opened: list[str]
) -> None:
    project = create_demo(tmp_path / "Demo.exhibit", jobs=1)  # through the workers
    with Catalogue.open(project) as cat:
        works = cat.count_works()
        assert kept_facts_match_fresh_reads(cat, opened) == works
        headers._header.cache_clear()  # a new process
        opened.clear()
        report = preflight(catalogue_source(cat), CatalogueOptions(dpi=72, processes=0))
    assert report.works == works
    assert opened == []
    assert not any(f.code == "unreadable_original" for f in report.findings)


def test_only_imported_works_are_recorded(tmp_path: Path, catalogue: Catalogue) -> None:
    folder = tmp_path / "Fotos"
    folder.mkdir()
    good = photo(folder / "a.jpg")
    shutil.copy(good, folder / "b-copy.jpg")  # a duplicate: no work of its own
    (folder / "c.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photo")  # fails
    ImportJob(catalogue, [folder], ImportOptions(jobs=0)).run(no_progress, CancelToken())
    kept = json.loads((ProjectPaths(catalogue.root).print_cache / HEADERS_FILE).read_text())
    assert list(kept) == [str(catalogue.original_path(catalogue.works()[0]))]
    assert Path(next(iter(kept))).name == "a.jpg"


def test_a_save_that_fails_never_fails_the_import(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = photo(tmp_path / "a.jpg")
    folder = ProjectPaths(catalogue.root).print_cache
    (folder / HEADERS_FILE).mkdir(parents=True)  # in the way: the facts cannot be saved
    report = ImportJob(catalogue, [original], ImportOptions(jobs=0)).run(no_progress, CancelToken())
    assert [o.outcome for o in report.outcomes] == [Outcome.IMPORTED]
    assert catalogue.count_works() == 1
    assert [p.name for p in folder.iterdir()] == [HEADERS_FILE]  # no temporary file left
