"""The catalogue planned before anything is drawn: works, photos probed, plates measured.

Preflight and the export read the same plan: the effective resolution preflight reports is the
one the export prints at, and the pixels the images are prepared to are those of the placed size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from exhibit.core.model import Work
from exhibit.core.project import ProjectPaths
from exhibit.export.catalogue.images import ImageError, ImageInfo, ImageTask, probe, target_pixels
from exhibit.export.catalogue.options import (
    Box,
    CatalogueOptions,
    CatalogueSource,
    Layout,
    PageGeometry,
    PageSize,
    selected_works,
)
from exhibit.export.catalogue.plates import PlatePlan, PlateTexts, plan_plate
from exhibit.export.catalogue.typography import ROLES, SMALL_PAGE_ROLES, Coverage, Typesetter

COVER_PHOTO_SHARE = 0.6  # of the page height, from the top edge (plus bleed)


@dataclass(frozen=True, slots=True)
class PhotoPlan:
    """One photo: the original, what its header says (or why it could not be read), placement."""

    key: str
    work: Work
    path: Path
    info: ImageInfo | None
    error: str
    placed_width: float  # points, 0 when unreadable
    placed_height: float

    def effective_ppi(self) -> float:
        if self.info is None or not self.placed_width:
            return 0.0
        return min(
            self.info.width / (self.placed_width / 72), self.info.height / (self.placed_height / 72)
        )

    def task(self, digest: str, dpi: int, quality: int) -> ImageTask:
        assert self.info is not None
        width, height = target_pixels(self.info, self.placed_width, self.placed_height, dpi)
        return ImageTask(
            self.key, str(self.path), digest, width, height, dpi, quality, info=self.info
        )


@dataclass(frozen=True, slots=True)
class CataloguePlan:
    source: CatalogueSource
    options: CatalogueOptions
    geometry: PageGeometry
    typesetter: Typesetter
    languages: tuple[str, ...]
    works: tuple[Work, ...]
    texts: dict[int, PlateTexts]
    plates: dict[int, PlatePlan]
    photos: tuple[PhotoPlan, ...]  # one per work, then the cover

    @property
    def cover(self) -> PhotoPlan | None:
        return next((p for p in self.photos if p.key == "cover"), None)

    def photo(self, number: int) -> PhotoPlan:
        return next(p for p in self.photos if p.key == f"work-{number}")


def make_plan(source: CatalogueSource, options: CatalogueOptions) -> CataloguePlan:
    geometry = PageGeometry.of(options)
    roles = SMALL_PAGE_ROLES if options.page_size is PageSize.A5 else ROLES
    typesetter = Typesetter(Coverage.load(), geometry.scale, roles)
    languages = source.exhibition.languages
    works = selected_works(source, options)
    frame = geometry.plate_frames()[0]
    infos = {w.number: _probe(source.original_path(w), _preview(source, w)) for w in works}
    texts, plates, photos = {}, {}, []
    for work in works:
        info, error = infos[work.number]
        texts[work.number] = PlateTexts.of(work, languages, options.layout)
        aspect = info.aspect if info else 1.5
        plan = plan_plate(
            texts[work.number], typesetter, options.layout, frame.width, frame.height, aspect
        )
        if plan.overflow and options.layout is not Layout.ONE:  # a page of its own, if it fits
            page = geometry.content
            alone = plan_plate(texts[work.number], typesetter, options.layout, page.width,
                               page.height, aspect, own_page=True)  # fmt: skip
            plan = plan if alone.overflow else alone
        plates[work.number] = plan
        size = (plan.photo_width, plan.photo_height) if info else (0.0, 0.0)
        photos.append(PhotoPlan(f"work-{work.number}", work, source.original_path(work), info,
                                error, *size))  # fmt: skip
    cover = _cover(source, options, geometry, works, infos)
    if cover:
        photos.append(cover)
    return CataloguePlan(
        source, options, geometry, typesetter, languages, works, texts, plates, tuple(photos)
    )


def _preview(source, work: Work) -> Path:
    return ProjectPaths(source.project_root).preview(work.original.sha256)


def _probe(path: Path, preview: Path | None = None) -> tuple[ImageInfo | None, str]:
    if not path.is_file():
        if preview is not None and preview.is_file():
            return None, (
                f"{path.name}: the original stays with the partner office (this project was "
                "made from a partner package, which holds screen previews only); print at full "
                "resolution from the sender's copy"
            )
        return None, f"{path.name}: the original is missing"
    try:
        return probe(path), ""
    except ImageError as exc:
        return None, str(exc)


def _cover(source, options, geometry, works, infos) -> PhotoPlan | None:
    wanted = options.cover_work
    pool = [w for w in source.works if w.number == wanted] if wanted else list(works)
    work = next((w for w in pool if (infos.get(w.number) or _probe(source.original_path(w)))[0]),
                None)  # fmt: skip
    if work is None:
        return None
    info, _ = infos.get(work.number) or _probe(source.original_path(work))
    assert info is not None
    box_w, box_h = cover_box(geometry)
    width = max(box_w, box_h * info.aspect)
    return PhotoPlan("cover", work, source.original_path(work), info, "", width,
                     width / info.aspect)  # fmt: skip


def cover_text_box(geometry: PageGeometry) -> Box:
    """Where the cover's titles go: within the margins, below the cover photo."""
    height = geometry.height * (1 - COVER_PHOTO_SHARE) - geometry.margin - 8 * mm
    return Box(geometry.margin, geometry.margin, geometry.width - 2 * geometry.margin, height)


def cover_box(geometry: PageGeometry) -> tuple[float, float]:
    """The cover photo's area: full width and the top of the page, into the bleed."""
    return (
        geometry.width + 2 * geometry.bleed,
        geometry.height * COVER_PHOTO_SHARE + geometry.bleed,
    )
