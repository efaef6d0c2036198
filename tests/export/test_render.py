"""Rendered pages (pdftoppm): cover, a plate and the index of a Latin-only and a Chinese-heavy
project. Set EXHIBIT_KEEP_RENDERS=DIR to keep the PNGs for looking at them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from exhibit.core.model import freeze_texts
from exhibit.export.catalogue.options import CatalogueSource
from exhibit.export.catalogue.typography import Coverage

from .conftest import exhibition, make_photo, make_work, section, texts
from .test_catalogue import export

CHINESE_CAPTION = (
    "八咏楼位于金华市婺城区，始建于南朝，是江南名楼之一。照片摄于黄昏时分，"
    "楼前的“婺江”在夕阳下泛着金光；远处是新建的《金华日报》大楼。"
)


def _project(root: Path, languages: tuple[str, ...]) -> CatalogueSource:
    works = []
    for k in range(1, 4):
        photo = make_photo(root / "photos" / f"{k}.jpg", (900, 600) if k != 2 else (600, 900),
                           seed=k, orientation=1)  # fmt: skip
        fields = {
            "title": {"de": f"Am Rursee, Blatt {k}", "zh-Hans": f"鲁尔湖畔，第{k}幅"},
            "caption": {"de": "Der „Rursee“ bei Heimbach im Herbst; Wasser, Wald und Nebel. " * 2,
                        "zh-Hans": CHINESE_CAPTION},
            "location": {"de": "Heimbach (Eifel)", "zh-Hans": "海姆巴赫（艾费尔山区）"},
        }  # fmt: skip
        fields = {n: {lang: v for lang, v in d.items() if lang in languages}
                  for n, d in fields.items()}  # fmt: skip
        work = make_work(root, k, photo, photographer="Li Hua 李华", section_id=1)
        works.append(type(work)(**{**_fields_of(work), "texts": freeze_texts(texts(**fields))}))
    sec = section(1, "Wasser", "水", languages)
    return CatalogueSource(exhibition(languages), (sec,), tuple(works), root)


def _fields_of(work) -> dict:
    return {name: getattr(work, name) for name in work.__dataclass_fields__}


def _render(pdf: Path, page: int, out: Path) -> Image.Image:
    prefix = out / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(prefix)], check=True)  # fmt: skip
    return Image.open(f"{prefix}.png").convert("L")


@pytest.mark.parametrize("languages", [("de",), ("zh-Hans", "de")], ids=["latin", "chinese"])
def test_rendered_cover_plate_and_index(tmp_path, languages) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is not installed")
    source = _project(tmp_path, languages)
    coverage = Coverage.load()
    for work in source.works:
        for by_lang in work.texts.values():
            assert not coverage.missing("".join(t.text for t in by_lang.values()))
    pdf = export(source, tmp_path, f"render-{languages[0]}.pdf", bleed_mm=3)
    keep = os.environ.get("EXHIBIT_KEEP_RENDERS")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    forewords = len(languages)
    opener = 1 + 1 + forewords + 1 + 1  # after cover, colophon, forewords, contents
    opener += opener % 2 == 0  # sections open on a right-hand page
    plate_page = opener + 1
    pages = {"cover": 1, "plate": plate_page, "index": plate_page + 3}
    for name, number in pages.items():
        image = _render(pdf, number, out)
        width, height = image.size
        stat = ImageStat.Stat(image)
        assert stat.stddev[0] > 10, f"{name} page looks empty"
        # the captions sit under the photo: there must be ink there
        if name == "plate":
            lower = image.crop((0, int(height * 0.47), width, int(height * 0.6)))
            assert ImageStat.Stat(lower).extrema[0][0] < 100
