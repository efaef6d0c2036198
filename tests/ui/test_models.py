"""The item models without a window: works, filter proxy, sections, thumbnails, store events."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl

from exhibit.core.fields import Owner
from exhibit.core.model import LoanStatus, Problem, TranslationStatus
from exhibit.ui.models.filter_proxy import (
    ALL_SECTIONS,
    NO_SECTION,
    TranslationFilter,
    WorkFilter,
    WorksFilterProxy,
)
from exhibit.ui.models.sections_model import SectionRole, SectionsModel
from exhibit.ui.models.store_events import StoreEvents
from exhibit.ui.models.thumbnails import ThumbnailCache
from exhibit.ui.models.works_model import MIME_WORKS, Role, WorksModel

T = TranslationStatus


def make_model(catalogue, thumbnails=None):
    model = WorksModel(catalogue, thumbnails)
    events = StoreEvents(catalogue, model)
    events.changed.connect(model.apply_changes)
    return model, events


def ids(model) -> list[int]:
    return [model.index(r).data(Role.ID) for r in range(model.rowCount())]


def test_model_holds_works_in_order_with_badges(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 4, thumbnails=False)
    catalogue.set_problems(works[1].id, [Problem("missing_original", "gone"), Problem("x", "y")])
    model, _ = make_model(catalogue)
    assert model.rowCount() == 4
    assert ids(model) == [w.id for w in works]
    first = model.index(0)
    assert first.data(Role.NUMBER) == 1
    assert first.data(Role.TITLE) == "Der Markt am Samstag"
    # captions are missing everywhere: both languages show missing
    assert first.data(Role.LANG_STATUS) == (("de", T.MISSING), ("zh-Hans", T.MISSING))
    assert model.index(1).data(Role.MISSING_ORIGINAL) is True
    assert [p.code for p in model.index(1).data(Role.PROBLEMS)] == ["x"]
    assert model.counts() == (4, 4, 1)


def test_model_follows_store_changes(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 3, thumbnails=False)
    model, _ = make_model(catalogue)
    catalogue.set_text(Owner.WORK, works[2].id, "title", "de", "Neuer Titel")
    assert model.index(2).data(Role.TITLE) == "Neuer Titel"
    with qtbot.waitSignal(model.layoutChanged):
        catalogue.move_works([works[2].id], None, before=works[0].id)
    assert ids(model) == [works[2].id, works[0].id, works[1].id]
    assert [model.index(r).data(Role.NUMBER) for r in range(3)] == [1, 2, 3]
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsRemoved):
        catalogue.delete_works([works[0].id])
    assert ids(model) == [works[2].id, works[1].id]
    assert [model.index(r).data(Role.NUMBER) for r in range(2)] == [1, 2]
    assert resets == []  # the row removed, not the whole model read again


def test_a_job_s_results_are_stored_by_the_window_s_thread(qtbot, catalogue, add_works) -> None:
    import threading

    from fake_jobs import FakeWritingJob

    from exhibit.ui.workers import JobRunner

    works = add_works(catalogue, 4, thumbnails=False)
    model, events = make_model(catalogue)
    changes = []
    events.changed.connect(changes.extend)
    job = FakeWritingJob(catalogue, [w.id for w in works], rounds=5)
    runner = JobRunner(job)
    with qtbot.waitSignal(runner.succeeded) as done:
        runner.start()
    assert done.args == [20]
    assert job.store_threads == {threading.get_ident()}  # the window's thread, nothing else
    assert catalogue.work(works[3].id).value("caption", "de") == f"Hintergrund 4 für {works[3].id}"
    assert model.index(3).data(Role.WORK).value("caption", "de") == catalogue.work(
        works[3].id
    ).value("caption", "de")
    # every change names its works and the field; a batch is one transaction, one record
    assert {c.fields for c in changes} == {("caption.de",)}
    assert len(changes) == job.batches <= 20


def test_drop_asks_for_a_move_or_an_import(qtbot, catalogue, add_works, tmp_path) -> None:
    works = add_works(catalogue, 4, thumbnails=False)
    model, _ = make_model(catalogue)
    data = model.mimeData([model.index(3)])
    assert json.loads(bytes(data.data(MIME_WORKS)).decode()) == [works[3].id]
    with qtbot.waitSignal(model.moveRequested) as moved:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert moved.args == [[works[3].id], None, works[1].id]
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path / "Fotos"))])
    with qtbot.waitSignal(model.filesDropped) as dropped:
        model.dropMimeData(files, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert dropped.args[0] == [tmp_path / "Fotos"]


def test_filter_by_text_status_section_and_loan(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 6, thumbnails=False)
    section = catalogue.add_section({"de": "Stadt"})
    catalogue.move_works([works[0].id, works[3].id], section.id)
    catalogue.set_loan_status([works[4].id], LoanStatus.SHIPPED)
    model, _ = make_model(catalogue)
    proxy = WorksFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 6
    proxy.set_filter(WorkFilter(text="集市"))
    assert proxy.work_ids() == [works[0].id]
    proxy.set_filter(WorkFilter(text="rur NIEDRIG"))
    assert proxy.work_ids() == [works[1].id]
    proxy.set_filter(WorkFilter(section=section.id))
    assert sorted(proxy.work_ids()) == sorted([works[0].id, works[3].id])
    proxy.set_filter(WorkFilter(section=NO_SECTION))
    assert len(proxy.work_ids()) == 4
    proxy.set_filter(WorkFilter(loan=LoanStatus.SHIPPED))
    assert proxy.work_ids() == [works[4].id]


def test_filter_missing_and_outdated_translations(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 2, thumbnails=False)
    for w in works:
        catalogue.set_text(Owner.WORK, w.id, "title", "zh-Hans", "标题", T.APPROVED)
        for lang, text in (("de", "Text"), ("zh-Hans", "文字")):
            catalogue.set_text(Owner.WORK, w.id, "caption", lang, text, T.APPROVED)
    catalogue.set_text(Owner.WORK, works[1].id, "caption", "de", "Geänderter Text")
    model, _ = make_model(catalogue)
    proxy = WorksFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(WorkFilter(translation=TranslationFilter.OUTDATED))
    assert proxy.work_ids() == [works[1].id]
    proxy.set_filter(WorkFilter(translation=TranslationFilter.MISSING))
    assert proxy.work_ids() == []
    catalogue.set_text(Owner.WORK, works[0].id, "caption", "zh-Hans", "")
    proxy.set_filter(WorkFilter(translation=TranslationFilter.INCOMPLETE))
    assert proxy.work_ids() == [works[0].id, works[1].id]
    proxy.set_filter(WorkFilter(status=T.OUTDATED))
    assert proxy.work_ids() == [works[1].id]


def test_drop_after_the_last_work_of_a_filtered_section(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 4, thumbnails=False)
    a = catalogue.add_section({"de": "A"})
    b = catalogue.add_section({"de": "B"})
    catalogue.move_works([works[0].id, works[1].id], a.id)
    catalogue.move_works([works[2].id, works[3].id], b.id)
    model, _ = make_model(catalogue)
    proxy = WorksFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(WorkFilter(section=a.id))
    data = model.mimeData([model.index(0)])
    with qtbot.waitSignal(model.moveRequested) as moved:
        proxy.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert moved.args == [[works[0].id], a.id, None]  # the end of section A, not of B


def test_sections_model_rows_and_counts(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 3, thumbnails=False)
    section = catalogue.add_section({"de": "Die Stadt", "zh-Hans": "城市"})
    model, events = make_model(catalogue)
    sections = SectionsModel(catalogue, model)
    events.changed.connect(sections.apply_changes)
    assert [sections.index(r).data(SectionRole.ID) for r in range(3)] == [
        ALL_SECTIONS,
        section.id,
        NO_SECTION,
    ]
    assert sections.index(1).data() == "Die Stadt (0)"
    catalogue.move_works([works[0].id], section.id)
    assert sections.index(1).data() == "Die Stadt (1)"
    assert sections.index(2).data() == "Without section (2)"
    with qtbot.waitSignal(sections.worksDropped) as dropped:
        sections.dropMimeData(
            model.mimeData([model.index(2)]), Qt.DropAction.MoveAction, -1, 0, sections.index(1)
        )
    assert dropped.args == [[works[2].id], section.id]


def test_thumbnails_load_off_the_ui_thread_into_the_cache(qtbot, catalogue, add_works) -> None:
    works = add_works(catalogue, 2)
    cache = ThumbnailCache(catalogue.paths.thumbnail)
    model, _ = make_model(catalogue, cache)
    assert model.index(0).data(Role.THUMBNAIL) is None  # queued, not loaded on this thread
    qtbot.waitUntil(lambda: model.index(0).data(Role.THUMBNAIL) is not None)
    pixmap = model.index(0).data(Role.THUMBNAIL)
    assert (pixmap.width(), pixmap.height()) == (80, 120)  # small images are not enlarged
    sha = works[1].original.sha256
    catalogue.paths.thumbnail(sha).unlink()
    with qtbot.waitSignal(cache.ready):
        cache.pixmap(sha, 160)
    assert cache.unreadable(sha, 160)


def test_model_does_not_read_thumbnails_it_is_not_asked_for(qtbot, catalogue, add_works) -> None:
    add_works(catalogue, 30)
    cache = ThumbnailCache(catalogue.paths.thumbnail)
    model, _ = make_model(catalogue, cache)
    assert model.rowCount() == 30
    model.index(0).data(Role.THUMBNAIL)
    cache.wait_idle()
    qtbot.waitUntil(lambda: model.index(0).data(Role.THUMBNAIL) is not None)
    assert len(cache._cache) == 1


def test_added_works_are_inserted_in_place_without_a_reset(qtbot, catalogue, add_works) -> None:
    from exhibit.core.model import NewWork, OriginalRef

    first = catalogue.add_section({"de": "A"})
    catalogue.add_section({"de": "B"})
    add_works(catalogue, 3)  # unsorted, after both sections
    model, _events = make_model(catalogue)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    catalogue.add_work(
        NewWork(original=OriginalRef("n.jpg", "e" * 64, 1, 0.0), section_id=first.id)
    )
    qtbot.waitUntil(lambda: model.rowCount() == 4)  # the store's change, passed on at once
    assert resets == []
    assert ids(model) == [wid for wid, _ in catalogue.order()]
    assert [model.work_at(r).number for r in range(model.rowCount())] == [1, 2, 3, 4]
