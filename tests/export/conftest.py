"""Factories for export tests: photo-like JPEGs with EXIF and ICC, works, sources, PDF tools."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw, ImageFilter

from exhibit.core.model import (
    Exhibition,
    ExifFacts,
    OriginalRef,
    Section,
    Text,
    TranslationStatus,
    Work,
    fingerprint,
    freeze_texts,
)
from exhibit.export.catalogue.options import CatalogueOptions, CatalogueSource

LANGS = ("de", "zh-Hans")


def make_photo(
    path: Path,
    size: tuple[int, int] = (1200, 800),
    *,
    orientation: int = 1,
    icc: bool = False,
    seed: int = 1,
    mode: str = "RGB",
) -> Path:
    """A photo-like JPEG: sky gradient, a horizon, blocks and noise; optional EXIF and ICC."""
    w, h = size
    sky = Image.linear_gradient("L").resize((w, h))
    base = Image.merge("RGB", (sky.point(lambda v: 90 + v // 3), sky.point(lambda v: 130 + v // 4),
                               Image.new("L", (w, h), 200)))  # fmt: skip
    draw = ImageDraw.Draw(base)
    draw.rectangle((0, int(h * 0.6), w, h), fill=(90 + seed * 7 % 60, 85, 70))
    for k in range(8):
        x = (k * 173 * seed) % w
        draw.rectangle((x, int(h * 0.3), x + w // 10, int(h * 0.6)), fill=(150, 120 + k * 9, 100))
    noise = Image.effect_noise((w, h), 24).convert("RGB")
    image = Image.blend(base, noise, 0.12).filter(ImageFilter.SMOOTH)
    if mode != "RGB":
        image = image.convert(mode)
    kwargs: dict = {"quality": 88}
    if orientation != 1:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kwargs["exif"] = exif.tobytes()
    if icc:
        kwargs["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", **kwargs)
    return path


def texts(**fields: dict[str, str]) -> dict:
    """``texts(title={"de": "…", "zh-Hans": "…"})`` as approved Text values."""
    out: dict = {}
    for name, by_lang in fields.items():
        source = by_lang.get(LANGS[0], "")
        out[name] = {
            lang: Text(value, TranslationStatus.APPROVED, None, fingerprint(source))
            for lang, value in by_lang.items()
        }
    return out


def make_work(root: Path, number: int, photo: Path, *, section_id: int | None = 1,
              photographer: str = "Hans Müller", **fields: dict[str, str]) -> Work:  # fmt: skip
    data = photo.read_bytes()
    ref = OriginalRef(
        photo.relative_to(root).as_posix(), hashlib.sha256(data).hexdigest(), len(data), 0.0, "JPEG"
    )
    return Work(
        texts=freeze_texts(texts(**fields)),
        id=number,
        number=number,
        section_id=section_id,
        position=number,
        original=ref,
        exif=ExifFacts(date_taken=f"20{10 + number % 14:02d}-05-0{1 + number % 8}T10:00:00"),
        photographer=photographer,
        print_width_cm=60,
        print_height_cm=40,
    )


def exhibition(languages: tuple[str, ...] = LANGS) -> Exhibition:
    fields = {
        "title": {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"},
        "subtitle": {"de": "Fotografien aus dem Rurtal", "zh-Hans": "鲁尔河谷摄影展"},
        "organisers": {"de": "Fotoclub Düren e. V.", "zh-Hans": "迪伦摄影协会、金华市文化馆"},
        "foreword": {
            "de": "Dieses Buch begleitet die Ausstellung in Jinhua.\n\nWir danken allen.",
            "zh-Hans": "本画册是金华展览的配套出版物。\n\n谨向所有人致谢。",
        },
        "venue": {"de": "Kunstmuseum Jinhua", "zh-Hans": "金华美术馆"},
    }
    fields = {k: {lang: v for lang, v in d.items() if lang in languages} for k, d in fields.items()}
    return Exhibition(texts=freeze_texts(texts(**fields)), languages=languages,
                      opening=date(2026, 5, 1), closing=date(2026, 6, 30))  # fmt: skip


def section(sid: int, de: str, zh: str, languages: tuple[str, ...] = LANGS) -> Section:
    values = {"de": de, "zh-Hans": zh}
    fields = {"title": {lang: values[lang] for lang in languages}}
    return Section(texts=freeze_texts(texts(**fields)), id=sid, position=sid)


def bilingual_source(root: Path, n: int = 4, *, photo_size=(1200, 800)) -> CatalogueSource:
    sections = (section(1, "Stadt am Fluss", "河畔之城"), section(2, "Menschen", "人物"))
    works = []
    for k in range(1, n + 1):
        photo = make_photo(root / "photos" / f"p{k}.jpg", photo_size, seed=k)
        works.append(
            make_work(
                root,
                k,
                photo,
                section_id=1 if k <= n // 2 else 2,
                title={"de": f"Rathaus Nr. {k}", "zh-Hans": f"市政厅 {k} 号"},
                caption={
                    "de": f"Blick auf das Rathaus, Aufnahme {k}.",
                    "zh-Hans": f"市政厅一景，第{k}张照片。",
                },
                location={"de": "Düren", "zh-Hans": "迪伦"},
            )
        )
    return CatalogueSource(exhibition(), sections, tuple(works), root)


def fast_options(**kw) -> CatalogueOptions:
    """Small dpi and no process pool: fast tests; the pool is tested on its own."""
    kw.setdefault("dpi", 72)
    kw.setdefault("processes", 0)
    return CatalogueOptions(**kw)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def pdffonts(pdf: Path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... emb sub uni object ID: the three yes/no columns come before the last two
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


@pytest.fixture
def poppler() -> None:
    if not shutil.which("pdftotext") or not shutil.which("pdffonts"):
        pytest.skip("poppler-utils is not installed")
