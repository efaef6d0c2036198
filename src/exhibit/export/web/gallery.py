"""The exhibition on the web: a folder of static, bilingual pages for phones and websites.

``WebGallery`` is a job (check, run with progress and cancel, a result value). It writes an
index (title, venue, dates, foreword, sections with a grid of works), one page per published
work at ``w/{number}/index.html`` (the address the wall labels' QR codes point to), an about
page with the colophon, responsive images without EXIF, one stylesheet and a small script for
the language switch. Every link is relative, so the folder works from ``file://`` and from
any static host; nothing is loaded from elsewhere.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from exhibit.core.jobs import CancelToken, Plan, ProgressCallback, ProgressClock
from exhibit.core.model import Exhibition, Section, Work
from exhibit.core.project import resolve_path
from exhibit.export.photos.captions import alt_text
from exhibit.export.web.images import WebImage, make_web_images
from exhibit.export.web.words import facts_labels, format_date, ui_words

MARKER = ".exhibit-gallery"
SIZES = (640, 1280, 2048)


@dataclass(frozen=True, slots=True)
class WebOptions:
    base_url: str = ""  # e.g. https://example.org/duren-jinhua/ (for Open Graph and QR codes)
    works: tuple[int, ...] = ()  # catalogue numbers; empty: every published work
    first_language: str | None = None  # shown first (default: the source language)
    sizes: tuple[int, ...] = SIZES
    webp: bool = True
    force: bool = False  # write despite preflight errors


@dataclass(frozen=True, slots=True)
class WebSource:
    exhibition: Exhibition
    sections: tuple[Section, ...]
    works: tuple[Work, ...]
    project_root: Path
    published: Callable[[Work], bool] = lambda w: w.on_web != "no"


@dataclass(frozen=True, slots=True)
class WebResult:
    path: Path
    pages: int
    images: int
    bytes: int
    elapsed: float
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "pages": self.pages,
            "images": self.images,
            "bytes": self.bytes,
            "elapsed_seconds": round(self.elapsed, 3),
            "warnings": list(self.warnings),
        }


class WebPreflightFailed(Exception):
    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = tuple(errors)


@dataclass(slots=True)
class _Lang:
    tag: str
    order: str  # "first" or "second"
    name: str
    words: dict = field(default_factory=dict)


class WebGallery:
    def __init__(self, source: WebSource, out: Path, options: WebOptions | None = None) -> None:
        self.source, self.out = source, Path(out)
        self.options = options or WebOptions()

    # ------------------------------------------------------------------ check

    def works(self) -> list[Work]:
        chosen = [w for w in self.source.works if self.source.published(w)]
        if self.options.works:
            wanted = set(self.options.works)
            chosen = [w for w in chosen if w.number in wanted]
        return chosen

    def check(self) -> Plan:
        """Preflight for the web: what stops the export, and what the curator should know."""
        errors, warnings = [], []
        if self.options.works:
            known = {w.number for w in self.source.works}
            for n in sorted(set(self.options.works) - known):
                errors.append(f"--works: there is no work No. {n}")
        if self.out.exists() and not self.out.is_dir():
            errors.append(f"{self.out}: exists and is not a folder")
        elif self.out.is_dir() and any(self.out.iterdir()) and not (self.out / MARKER).exists():
            errors.append(f"{self.out}: the folder is not empty and holds no Exhibit gallery")
        if not self.out.parent.is_dir():
            errors.append(f"{self.out.parent}: the folder does not exist")
        base = self.options.base_url
        if base and not base.startswith(("https://", "http://")):
            errors.append(f"--base-url {base}: not a web address (https://…)")
        langs = self.source.exhibition.languages
        works = self.works()
        if not works:
            errors.append("no works are published on the web")
        for w in works:
            where = f"No. {w.number}"
            original = resolve_path(w.original.path, self.source.project_root)
            if not original.is_file():
                errors.append(f"{where}: the original {original.name} is missing")
            long_edge = max(w.exif.width or 0, w.exif.height or 0)
            if 0 < long_edge < 1280:
                warnings.append(f"{where}: the photo is small for the web ({long_edge} px)")
            for lang in langs:
                if w.text("title", lang).empty:
                    warnings.append(f"{where}: no title in {lang}")
            if not any(not w.text("credit", lg).empty for lg in langs) and not w.exif.copyright:
                warnings.append(f"{where}: no rights information (credit or ©)")
        return Plan(
            f"write {len(works)} work pages to {self.out}",
            total=len(works),
            errors=tuple(errors),
            warnings=tuple(warnings),
        )

    # ------------------------------------------------------------------ run

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> WebResult:
        plan = self.check()
        if plan.errors and not self.options.force:
            raise WebPreflightFailed(plan.errors)
        works = self.works()
        clock = ProgressClock(progress, len(works) + 1, "web")
        self.out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.", dir=self.out.parent))
        try:
            images = self._images(works, staging, clock, cancel)
            pages = self._pages(works, images, staging)
            self._static(staging)
            (staging / MARKER).write_text("written by Exhibit; safe to replace\n")
            clock.report("pages", advance=1)
            self._swap(staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        size = sum(p.stat().st_size for p in self.out.rglob("*") if p.is_file())
        count = sum(len(v) for v in images.values())
        return WebResult(self.out, pages, count, size, clock.elapsed, plan.warnings)

    def _images(self, works, staging: Path, clock, cancel) -> dict[int, list[WebImage]]:
        out: dict[int, list[WebImage]] = {}
        folder = staging / "img"
        folder.mkdir()
        for w in works:
            cancel.raise_if_cancelled()
            original = resolve_path(w.original.path, self.source.project_root)
            name = w.uid if getattr(w, "uid", "") else f"work-{w.id}"
            out[w.id] = make_web_images(
                original, folder, name, self.options.sizes, webp=self.options.webp
            )
            clock.report(original.name, advance=1)
        return out

    def _swap(self, staging: Path) -> None:
        """Replace the old gallery by the new one in two renames (never half a gallery)."""
        old = None
        if self.out.exists():
            old = self.out.with_name(f".{self.out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            self.out.rename(old)
        staging.rename(self.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def _static(staging: Path) -> None:
        web = resources.files("exhibit.resources") / "web"
        for name in ("style.css", "lang.js"):
            (staging / name).write_bytes((web / name).read_bytes())

    # ------------------------------------------------------------------ pages

    def _langs(self) -> list[_Lang]:
        ex = self.source.exhibition
        languages = list(ex.languages[:2])
        first = self.options.first_language
        if first in languages:
            languages.remove(first)
            languages.insert(0, first)
        orders = ("first", "second")
        result = []
        for i, tag in enumerate(languages):
            words = ui_words(tag)
            result.append(_Lang(tag, orders[i], words["name"], words))
        return result

    def _pages(self, works: list[Work], images: dict[int, list[WebImage]], staging: Path) -> int:
        from jinja2 import Environment, FileSystemLoader, select_autoescape

        web = resources.files("exhibit.resources") / "web"
        with resources.as_file(web) as folder:
            env = Environment(
                loader=FileSystemLoader(str(folder)),
                autoescape=select_autoescape(["html"]),
                keep_trailing_newline=True,
            )
            index_t, work_t, about_t = (
                env.get_template(n) for n in ("index.html", "work.html", "about.html")
            )
        langs = self._langs()
        common = self._common(langs)
        (staging / "index.html").write_text(
            index_t.render({**common, **self._index_context(langs, works, images)}), "utf-8"
        )
        (staging / "about.html").write_text(
            about_t.render({**common, "og_url": self._url("about.html")}), "utf-8"
        )
        numbers = [w.number for w in works]
        for i, w in enumerate(works):
            folder = staging / "w" / str(w.number)
            folder.mkdir(parents=True)
            context = self._work_context(langs, w, images[w.id])
            context["prev"] = numbers[i - 1] if i > 0 else None
            context["next"] = numbers[i + 1] if i + 1 < len(numbers) else None
            (folder / "index.html").write_text(work_t.render({**common, **context}), "utf-8")
        return len(works) + 2

    def _common(self, langs: list[_Lang]) -> dict:
        ex = self.source.exhibition
        first = langs[0]
        for lang in langs:
            lang.words["ex_title"] = ex.value("title", lang.tag, ex.languages)
        return {
            "root": "",
            "langs": [self._lang_dict(lg) for lg in langs],
            "page_lang": first.tag,
            "ui": first.words,
            "og_type": "website",
            "og_image": None,
            "og_url": self._url(""),
            "page_title": " · ".join(lg.words["ex_title"] for lg in langs if lg.words["ex_title"]),
            "description": ex.value("subtitle", first.tag, ex.languages),
            "rights": "",
        }

    def _lang_dict(self, lang: _Lang) -> dict:
        ex = self.source.exhibition
        dates = " – ".join(
            format_date(d, lang.tag) for d in (ex.opening, ex.closing) if isinstance(d, date)
        )
        return {
            "tag": lang.tag,
            "order": lang.order,
            "name": lang.name,
            "ex_title": lang.words["ex_title"],
            "subtitle": ex.text("subtitle", lang.tag).text,
            "venue": lang.words["comma"].join(
                t for t in (ex.text("venue", lang.tag).text, ex.text("city", lang.tag).text) if t
            ),
            "dates": dates,
            "foreword": ex.text("foreword", lang.tag).text,
            "about_title": lang.words["about"],
            "colophon": self._colophon(lang),
        }

    def _colophon(self, lang: _Lang) -> list[tuple[str, str]]:
        ex = self.source.exhibition
        labels = facts_labels(lang.tag)
        rows = []
        for name, label in (("organisers", labels["organisers"]), ("venue", labels["venue"])):
            text = ex.text(name, lang.tag).text
            if text:
                rows.append((label, text))
        photographers = sorted({w.photographer for w in self.works() if w.photographer})
        if photographers:
            rows.append((labels["photographers"], ", ".join(photographers)))
        rows.append((labels["made_with"], "Exhibit"))
        return rows

    def _index_context(self, langs, works, images) -> dict:
        by_section: dict[int | None, list[Work]] = {}
        for w in works:
            by_section.setdefault(w.section_id, []).append(w)
        sections = []
        for s in (*self.source.sections, None):
            members = by_section.get(s.id if s else None, [])
            if not members:
                continue
            titles = [
                {"tag": lg.tag, "order": lg.order, "text": s.value("title", lg.tag) if s else ""}
                for lg in langs
            ]
            titles = [t for t in titles if t["text"]] or [
                {"tag": lg.tag, "order": lg.order, "text": lg.words["works"]} for lg in langs
            ]
            sections.append(
                {"titles": titles, "works": [self._card(langs, w, images[w.id]) for w in members]}
            )
        context = {"sections": sections}
        cover = images.get(works[0].id) if works else None
        if cover and self.options.base_url:
            context["og_image"] = self._url(f"img/{cover[-1].jpeg.name}")
        return context

    def _card(self, langs, w: Work, imgs: list[WebImage]) -> dict:
        small = imgs[0]
        return {
            "number": w.number,
            "thumb": f"img/{small.jpeg.name}",
            "thumb_srcset": ", ".join(f"img/{i.jpeg.name} {i.width}w" for i in imgs[:2]),
            "thumb_w": small.width,
            "thumb_h": small.height,
            "alt": self._alt(langs[0].tag, w),
            "titles": [
                {"tag": lg.tag, "order": lg.order, "text": self._title(w, lg)} for lg in langs
            ],
        }

    def _title(self, w: Work, lang: _Lang) -> str:
        return w.text("title", lang.tag).text or lang.words["untitled"]

    def _alt(self, tag: str, w: Work) -> str:
        text = alt_text(w.text("title", tag).text, w.text("caption", tag).text, tag)
        return text or ui_words(tag)["photo"]

    def _work_context(self, langs, w: Work, imgs: list[WebImage]) -> dict:
        texts = []
        for lg in langs:
            labels = facts_labels(lg.tag)
            facts = []
            for key, value in (
                ("location", w.text("location", lg.tag).text),
                ("photographer", w.photographer),
                ("year", str(w.exif.year) if w.exif.year else ""),
                ("credit", w.text("credit", lg.tag).text),
                ("rights", w.exif.copyright or ""),
            ):
                if value:
                    facts.append((labels[key], value))
            texts.append(
                {
                    "tag": lg.tag,
                    "order": lg.order,
                    "title": self._title(w, lg),
                    "caption": w.text("caption", lg.tag).text,
                    "facts": facts,
                }
            )
        largest = imgs[-1]
        title = " · ".join(t["title"] for t in texts)
        return {
            "root": "../../",
            "og_type": "article",
            "og_url": self._url(f"w/{w.number}/index.html"),
            "og_image": self._url(f"img/{imgs[min(1, len(imgs) - 1)].jpeg.name}"),
            "page_title": title,
            "description": (texts[0]["caption"] or texts[0]["title"])[:200],
            "rights": w.exif.copyright or "",
            "w": {
                "number": w.number,
                "src": f"../../img/{imgs[min(1, len(imgs) - 1)].jpeg.name}",
                "srcset": ", ".join(f"../../img/{i.jpeg.name} {i.width}w" for i in imgs),
                "webp_srcset": ", ".join(
                    f"../../img/{i.webp.name} {i.width}w" for i in imgs if i.webp
                ),
                "width": largest.width,
                "height": largest.height,
                "alt": self._alt(langs[0].tag, w),
                "texts": texts,
            },
        }

    def _url(self, path: str) -> str | None:
        base = self.options.base_url
        if not base:
            return None
        return base.rstrip("/") + "/" + path


def page_for_number(out: Path, number: int) -> Path:
    """The page a label's QR code for work No. ``number`` opens."""
    return out / "w" / str(number) / "index.html"


def qr_pattern_for(web_address: str) -> str:
    """The labels' QR code pattern for a gallery published at ``web_address``."""
    return f"{web_address.rstrip('/')}/w/{{number}}/" if web_address else ""


def qr_finds_no_page(pattern: str, web_address: str, work: Work) -> str:
    """Why a label's QR code for ``work`` would find no page in the web gallery ('' if it does).

    Only codes into the gallery (the pattern starts with the web address) are checked.
    """
    if not pattern or not web_address or not pattern.startswith(web_address.rstrip("/")):
        return ""
    url = pattern.format(number=work.number)
    if work.on_web == "no":
        return f"{url}, but the work is not published on the web"
    if not pattern.rstrip("/").endswith(("/w/{number}", "/w/{number}/index.html")):
        return f"{url}, which is not where the web gallery puts the work's page (…/w/{{number}}/)"
    return ""
