"""What the web gallery reads from an open catalogue, as values, with the exhibition's web
settings (its web address and the language shown first) and which works are published."""

from __future__ import annotations

from dataclasses import dataclass

from exhibit.core.store import Catalogue
from exhibit.export.web.gallery import WebSource


@dataclass(frozen=True, slots=True)
class WebSettings:
    source: WebSource
    base_url: str
    first_language: str | None


def web_source(cat: Catalogue) -> WebSettings:
    ex = cat.exhibition()
    source = WebSource(
        exhibition=ex,
        sections=tuple(cat.sections()),
        works=tuple(cat.works()),
        project_root=cat.root,
        published=lambda w: w.on_web != "no",
    )
    return WebSettings(source, ex.web_address, ex.first_language or None)
