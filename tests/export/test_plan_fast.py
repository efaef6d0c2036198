"""The plan's cheap measure of plates agrees with laying the captions out with reportlab.

``OneLineMeasure`` stands in a one-line paragraph for every text whose width bound fits; the
plan it gives must be the one the full layout gives, or preflight and the export would differ.
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exhibit.core.model import Text, TranslationStatus, Work, freeze_texts
from exhibit.export.catalogue.options import CatalogueOptions, Layout, PageGeometry, PageSize
from exhibit.export.catalogue.plan import MayWrap, OneLineMeasure, line_width_bound
from exhibit.export.catalogue.plates import PlateTexts, plan_plate
from exhibit.export.catalogue.typography import (
    HYPHENATED_ROLES,
    ROLES,
    SMALL_PAGE_ROLES,
    Coverage,
    Typesetter,
)

LANGS = ("de", "zh-Hans")
# Latin with umlauts and wide letters, Han, Chinese and German punctuation, straight quotes
# (printed curly), dashes, spaces and the odd line break or character no face has
ALPHABET = st.sampled_from(
    list("aeinrstlmWMQ ÄÖÜäöüßéJ0123456789.,;:!?()-'\"")
    + list("迪伦金华市政厅河畔之城人物摄影，。、“”：——《》")
    + ["\u2014", "\u2026", "\u00b7", "\n", "\u00ad", "\U0001f600", "\u0301"]
)
TEXT = st.text(ALPHABET, max_size=40)
SHORT = st.text(ALPHABET, max_size=12)


def typesetter(page_size: PageSize) -> Typesetter:
    geometry = PageGeometry.of(CatalogueOptions(page_size=page_size))
    roles = SMALL_PAGE_ROLES if page_size is PageSize.A5 else ROLES
    return Typesetter(Coverage.load(), geometry.scale, roles)


def work(number: int, fields: dict[str, dict[str, str]], photographer: str) -> Work:
    texts = {
        name: {lang: Text(t, TranslationStatus.APPROVED) for lang, t in by_lang.items()}
        for name, by_lang in fields.items()
    }
    return Work(texts=freeze_texts(texts), id=number, number=number, photographer=photographer)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXT,
    role=st.sampled_from(["plate_title", "caption", "meta", "plate_number", "grid_title"]),
    lang=st.sampled_from(LANGS),
    width=st.floats(40, 400),
)
def test_a_text_under_its_bound_is_one_line_of_its_leading(text, role, lang, width) -> None:
    ts = typesetter(PageSize.A4)
    style = ts.style(role, lang)
    try:
        bound = line_width_bound(text, style.fontSize, role in HYPHENATED_ROLES)
    except MayWrap:
        return
    if bound + style.firstLineIndent > width - 0.01 or not text.strip():
        return
    event("fits on one line by its bound")
    para = ts.para(text, role, lang)
    _, height = para.wrap(width, 1e6)
    assert len(para.blPara.lines) == 1
    assert height == style.leading


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.tuples(SHORT, SHORT),
    caption=st.tuples(TEXT, TEXT),
    location=st.tuples(SHORT, SHORT),
    photographer=SHORT,
    layout=st.sampled_from(list(Layout)),
    page_size=st.sampled_from(list(PageSize)),
    aspect=st.sampled_from([0.5, 0.75, 1.0, 1.5, 3.0]),
    own_page=st.booleans(),
)
def test_the_fast_measure_and_the_full_layout_plan_the_same_plate(
    title, caption, location, photographer, layout, page_size, aspect, own_page
) -> None:
    ts = typesetter(page_size)
    fields = {"title": title, "caption": caption, "location": location}
    w = work(7, {k: dict(zip(LANGS, v, strict=True)) for k, v in fields.items()}, photographer)
    texts = PlateTexts.of(w, LANGS, layout)
    geometry = PageGeometry.of(CatalogueOptions(page_size=page_size, layout=layout))
    box = geometry.content if own_page else geometry.plate_frames()[0]
    args = (layout, box.width, box.height, aspect)
    full = plan_plate(texts, ts, *args, own_page=own_page)
    measure = OneLineMeasure(ts)
    assert measure.plate(texts, *args, own_page=own_page) == full
    try:
        fast = plan_plate(texts, measure, *args, own_page=own_page)
    except MayWrap:
        return
    event("measured fast")
    assert fast == full


def test_short_texts_take_the_fast_path_and_long_ones_do_not() -> None:
    ts = typesetter(PageSize.A4)
    measure = OneLineMeasure(ts)
    geometry = PageGeometry.of(CatalogueOptions())
    frame = geometry.plate_frames()[0]
    short = work(3, {"title": {"de": "Rathaus", "zh-Hans": "市政厅"}}, "Anna Schmitz")
    texts = PlateTexts.of(short, LANGS, Layout.TWO)
    fast = plan_plate(texts, measure, Layout.TWO, frame.width, frame.height, 1.5)
    assert fast == plan_plate(texts, ts, Layout.TWO, frame.width, frame.height, 1.5)
    long = work(4, {"caption": {"de": "Ein langer Satz über den Fluss. " * 12}}, "Anna Schmitz")
    texts = PlateTexts.of(long, LANGS, Layout.TWO)
    try:
        plan_plate(texts, measure, Layout.TWO, frame.width, frame.height, 1.5)
    except MayWrap:
        pass
    else:
        raise AssertionError("a caption of several lines was measured as one line")


def test_a_plan_made_again_measures_only_the_plates_whose_texts_changed(
    tmp_path, monkeypatch
) -> None:
    # the window runs preflight after every edit: the other plates come from the last run
    from dataclasses import replace

    from tests.export.conftest import bilingual_source, fast_options, texts

    from exhibit.export.catalogue import plan as plan_module

    source = bilingual_source(tmp_path, 4)
    measured: list[int] = []
    real = plan_module.plan_plate

    def counting(plate_texts, *args, **kwargs):
        measured.append(plate_texts.number)
        return real(plate_texts, *args, **kwargs)

    monkeypatch.setattr(plan_module, "plan_plate", counting)
    plan_module._MEASURED.clear()
    first = plan_module.make_plan(source, fast_options())
    assert set(measured) == {1, 2, 3, 4}
    measured.clear()
    assert plan_module.make_plan(source, fast_options()).plates == first.plates
    assert measured == []
    long = "Ein sehr langer Text über das Rathaus, der in keine Zeile passt. " * 30
    edited = replace(source.works[2], texts=freeze_texts(texts(caption={"de": long})))
    source = replace(source, works=(*source.works[:2], edited, source.works[3]))
    again = plan_module.make_plan(source, fast_options())
    assert set(measured) == {3}
    plan_module._MEASURED.clear()
    assert plan_module.make_plan(source, fast_options()).plates == again.plates
    assert again.plates[3] != first.plates[3]


def test_a_changed_caption_is_measured_again_and_unchanged_plates_are_remembered(tmp_path):
    """Plates are remembered per process by what they print: a re-export after one caption
    change measures that plate again and takes the others as they were."""
    import dataclasses

    from exhibit.export.catalogue.plan import make_plan

    from .conftest import bilingual_source, fast_options, texts

    source = bilingual_source(tmp_path, 3)
    options = fast_options()
    before = make_plan(source, options)
    longer = texts(
        title={"de": "Rathaus Nr. 1", "zh-Hans": "市政厅 1 号"},
        caption={"de": "Ein viel längerer Text über das Rathaus. " * 12, "zh-Hans": "长文。" * 60},
    )
    changed = dataclasses.replace(source.works[0], texts=freeze_texts(longer))
    after = make_plan(dataclasses.replace(source, works=(changed, *source.works[1:])), options)
    assert after.plates[1].text_height > before.plates[1].text_height
    assert after.plates[1].photo_height < before.plates[1].photo_height
    assert after.plates[2] is before.plates[2] and after.plates[3] is before.plates[3]
    again = make_plan(source, options)  # the caption changed back: the first plan's plate
    assert again.plates[1] == before.plates[1]
