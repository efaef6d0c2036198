"""Landscape plates use the page (turned sideways when that makes them clearly larger), and
the cover keeps the curator's focal point in view."""

from __future__ import annotations

from dataclasses import replace

import pikepdf
import pytest

from exhibit.export.catalogue.document import cover_position
from exhibit.export.catalogue.options import CatalogueSource, Layout, PageSize
from exhibit.export.catalogue.plan import make_plan
from exhibit.export.catalogue.plates import TURN_GAIN

from .conftest import bilingual_source, fast_options
from .test_pdfx import export


def _used(plan, number: int) -> float:
    """The share of the page's content area the photo covers."""
    c = plan.geometry.content
    return plan.plates[number].photo_area / (c.width * c.height)


def test_a_landscape_plate_alone_on_a_portrait_page_is_turned_and_larger(tmp_path) -> None:
    source = bilingual_source(tmp_path, 2, photo_size=(1500, 1000))
    turned = make_plan(source, fast_options(page_size=PageSize.A4, layout=Layout.ONE))
    plate = turned.plates[1]
    assert plate.turned
    frame = turned.geometry.plate_frames()[0]
    assert (plate.width, plate.height) == (frame.height, frame.width)  # the plate's own axes
    # today (upright) a 3:2 photo takes the content width and leaves ~43 % of the page empty
    upright_area = frame.width * (frame.width / 1.5)
    assert plate.photo_area >= upright_area * TURN_GAIN
    assert _used(turned, 1) > 0.6
    assert plate.photo_width <= plate.width and plate.photo_height <= plate.height


@pytest.mark.parametrize(
    ("size", "layout", "photo"),
    [
        (PageSize.A4, Layout.ONE, (1000, 1500)),  # portrait photo: upright
        (PageSize.A5, Layout.TWO, (1500, 1000)),  # two plates a page: frames are wide already
        (PageSize.SQUARE, Layout.ONE, (1500, 1000)),  # a square page: nothing to gain
    ],
)
def test_other_plates_stay_upright(tmp_path, size, layout, photo) -> None:
    source = bilingual_source(tmp_path, 1, photo_size=photo)
    plan = make_plan(source, fast_options(page_size=size, layout=layout))
    assert not plan.plates[1].turned


def test_a_turned_plate_is_drawn_rotated_within_its_frame(tmp_path) -> None:
    source = bilingual_source(tmp_path, 1, photo_size=(1500, 1000))
    pdf_path = export(source, tmp_path, page_size=PageSize.A4, layout=Layout.ONE)
    rotated = 0
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for operands, op in pikepdf.parse_content_stream(page):
                if str(op) == "cm":
                    a, b, c = (float(v) for v in operands[:3])
                    if abs(a) < 1e-6 and b == pytest.approx(1) and c == pytest.approx(-1):
                        rotated += 1
    assert rotated == 1  # the one plate, turned a quarter anticlockwise (top to the left)


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        ((0.5, 0.5), (-25.0, -50.0)),  # centred
        ((0.5, 0.0), (-25.0, -100.0)),  # the top edge of the photo at the box's top
        ((0.5, 1.0), (-25.0, 0.0)),  # the bottom
        ((0.0, 0.2), (0.0, -100.0)),  # left edge; near the top
        ((1.0, 0.5), (-50.0, -50.0)),
    ],
)
def test_cover_position_keeps_the_focal_point_in_view(focus, expected) -> None:
    # a 150 x 200 photo covering a 100 x 100 box
    assert cover_position(100, 100, 150, 200, focus) == pytest.approx(expected)


def test_the_cover_crop_follows_the_exhibition_focus(tmp_path) -> None:
    source = bilingual_source(tmp_path, 1, photo_size=(800, 1200))  # a portrait cover photo

    def cover_y(focus: str) -> float:
        ex = replace(source.exhibition, cover_focus=focus)
        src = CatalogueSource(ex, source.sections, source.works, source.project_root)
        pdf_path = export(src, tmp_path, f"c{focus}.pdf")
        with pikepdf.open(pdf_path) as pdf:
            ops = list(pikepdf.parse_content_stream(pdf.pages[0]))
        # the image's placement: the last cm before the Do that paints it
        last_cm = None
        for operands, op in ops:
            if str(op) == "cm":
                last_cm = [float(v) for v in operands]
            if str(op) == "Do":
                return last_cm[5]
        raise AssertionError("no cover image")

    top, middle = cover_y("0.5,0.1"), cover_y("")
    assert top < middle  # the photo moves down to show its top (the church spire)


def test_the_fast_measure_turns_the_same_plates_as_the_full_layout(tmp_path) -> None:
    from exhibit.export.catalogue.plates import plan_upright_or_turned

    source = bilingual_source(tmp_path, 2, photo_size=(1500, 1000))
    plan = make_plan(source, fast_options(page_size=PageSize.A4, layout=Layout.ONE))
    frame = plan.geometry.plate_frames()[0]
    for number, fast in plan.plates.items():
        full = plan_upright_or_turned(plan.texts[number], plan.typesetter, Layout.ONE,
                                      frame.width, frame.height, 1.5)  # fmt: skip
        assert fast == full
