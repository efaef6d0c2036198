"""What a photo carries out of Exhibit: its captions per language, creator, rights, place.

``PhotoCaption`` is built from a work and the exhibition's languages; the XMP and IPTC
writers read only this value, never the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from exhibit.core.model import Work, normalize_text


@dataclass(frozen=True, slots=True)
class PhotoCaption:
    """Texts per language tag, ordered with the default language first."""

    default_lang: str
    title: Mapping[str, str] = field(default_factory=dict)
    description: Mapping[str, str] = field(default_factory=dict)
    rights: Mapping[str, str] = field(default_factory=dict)
    location: Mapping[str, str] = field(default_factory=dict)
    alt_text: Mapping[str, str] = field(default_factory=dict)
    creators: tuple[str, ...] = ()
    credit: str = ""
    date_created: str | None = None  # ISO 8601 date or date-time

    def default(self, alt: Mapping[str, str]) -> str:
        """The text that stands for x-default: the default language's, else the first one."""
        return alt.get(self.default_lang) or next(iter(alt.values()), "")


def caption_of(
    work: Work, languages: tuple[str, ...], default_lang: str | None = None
) -> PhotoCaption:
    """The work's captions in the project languages; x-default is ``default_lang`` or the source."""
    default_lang = default_lang or languages[0]
    order = (default_lang, *(lang for lang in languages if lang != default_lang))

    def per_lang(name: str) -> dict[str, str]:
        out = {}
        for lang in order:
            text = normalize_text(work.text(name, lang).text).strip()
            if text:
                out[lang] = text
        return out

    title, caption, credit = per_lang("title"), per_lang("caption"), per_lang("credit")
    rights = dict(credit)
    if not rights and work.exif.copyright:
        rights = {default_lang: work.exif.copyright.strip()}
    alt = {lang: alt_text(title.get(lang, ""), caption.get(lang, ""), lang) for lang in order}
    creators = tuple(p.strip() for p in work.photographer.split(";") if p.strip())
    if not creators and work.exif.artist:
        creators = (work.exif.artist.strip(),)
    return PhotoCaption(
        default_lang=default_lang,
        title=title,
        description=caption,
        rights=rights,
        location=per_lang("location"),
        alt_text={lang: text for lang, text in alt.items() if text},
        creators=creators,
        credit=next(iter(credit.values()), ""),
        date_created=work.exif.date_taken,
    )


def alt_text(title: str, caption: str, lang: str) -> str:
    """A short description for screen readers: the title, then the caption's first sentence
    (in XMP's alt text and the web gallery's images alike)."""
    first = caption.split("\n", 1)[0]
    for stop in ("。", ". ", "！", "？", "! ", "? "):
        if stop in first:
            first = first.split(stop, 1)[0] + stop.strip()
            break
    colon = "：" if lang.lower().startswith(("zh", "ja")) else ": "
    text = colon.join(t for t in (title, first) if t)
    return text[:250]
