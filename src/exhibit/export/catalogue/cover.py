"""The cover's text: titles, subtitles and organisers in the box under the cover photo.

The text shrinks to fit its box (reportlab's KeepInFrame), but never below the smallest
readable size (``MIN_SIZE``, 7.5 pt). Where it would have to, the organisers leave the cover
(the colophon names them, labelled, in every language) and the titles get the room; a cover
whose titles alone would need smaller type is a preflight error that --force cannot print.
``cover_fit`` decides, preflight reports it, and the document sets what it chose.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from exhibit.export.catalogue.plan import CataloguePlan, cover_text_box
from exhibit.export.catalogue.typography import MIN_SIZE


def cover_flowables(plan: CataloguePlan, organisers: bool = True) -> list[Flowable]:
    ex, ts = plan.source.exhibition, plan.typesetter

    def texts(name: str) -> list[tuple[str, str]]:
        return [(g, ex.value(name, g)) for g in plan.languages if ex.value(name, g)]

    paras: list[Flowable] = [ts.para(t, "cover_title", g) for g, t in texts("title")]
    paras += [ts.para(t, "cover_subtitle", g) for g, t in texts("subtitle")]
    if organisers:
        paras.append(Spacer(1, 4 * mm))
        paras += [ts.para(t, "cover_small", g) for g, t in texts("organisers")]
    return paras


def cover_frame(plan: CataloguePlan, organisers: bool | None = None) -> KeepInFrame:
    """The cover's text as set: with the organisers when they fit (``None``: as
    ``cover_fit`` decides)."""
    if organisers is None:
        organisers = cover_fit(plan).organisers
    box = cover_text_box(plan.geometry)
    return KeepInFrame(box.width, box.height, cover_flowables(plan, organisers), mode="shrink")


@dataclass(frozen=True, slots=True)
class CoverFit:
    scale: float  # 1.0 when the text fits as set; less when it has to shrink
    smallest_pt: float  # the smallest type on the cover at that scale
    organisers: bool = True  # False: they did not fit and are left to the colophon

    @property
    def too_small(self) -> bool:
        return self.smallest_pt < MIN_SIZE - 1e-3


def cover_fit(plan: CataloguePlan) -> CoverFit:
    """How the cover's text fits: with the organisers if it can at readable sizes."""
    fit = _measure(plan, organisers=True)
    if fit.too_small:
        without = _measure(plan, organisers=False)
        if not without.too_small or without.smallest_pt > fit.smallest_pt:
            return without
    return fit


def _measure(plan: CataloguePlan, organisers: bool) -> CoverFit:
    box = cover_text_box(plan.geometry)
    frame = cover_frame(plan, organisers)
    frame.wrapOn(Canvas(io.BytesIO()), box.width, box.height)  # a scratch canvas to measure on
    scale = 1 / max(1.0, getattr(frame, "_scale", 1.0))
    sizes = [f.style.fontSize for f in frame._content if isinstance(f, Paragraph)]
    return CoverFit(scale, min(sizes, default=MIN_SIZE) * scale, organisers)
