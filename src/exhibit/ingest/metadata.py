"""A photo's metadata as Exhibit values: EXIF facts, titles and captions per language.

``read_metadata`` combines EXIF (exif.py), XMP (xmp.py) and IPTC-IIM (iptc.py) from the file's
bytes, without decoding pixels. Where they disagree the Metadata Working Group rules decide
(as ExifTool's MWG module reads them): a non-blank EXIF value wins; otherwise XMP, unless a
stored IPTC digest shows the IPTC was edited after the XMP, in which case IPTC. A caption or
title that XMP tags with a project language is kept for that language. Camera boilerplate
such as "OLYMPUS DIGITAL CAMERA" is not a caption. Nothing here raises: every failure is a
``Problem`` on the result. Imported texts are drafts (``PhotoMetadata.draft_texts``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from exhibit.core.model import (
    ExifFacts,
    Problem,
    Text,
    TextsByField,
    TranslationStatus,
    freeze_texts,
    normalize_text,
)
from exhibit.ingest.containers import find_extended_xmp, find_xmp
from exhibit.ingest.exif import ExifRead, read_exif
from exhibit.ingest.iptc import IptcData, iptc_from_jpeg, parse_iptc
from exhibit.ingest.xmp import XmpData, map_languages, parse_xmp

TITLE, CAPTION = "title", "caption"

# C0 controls but tab and newline, DEL, C1 controls: an escape sequence in an EXIF caption
# must not reach a catalogue (and from there a terminal or a PDF).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MAX_PROBLEMS = 20  # problem notes kept per file; the rest are counted in one more note
_MORE = "more_problems"
_MORE_COUNT = re.compile(r"and (\d+) more problems$")

_BOILERPLATE = re.compile(
    r"^(?:[\w.,&-]+\s+){0,3}(?:digital\s+(?:still\s+)?camera|dsc|digital\s+image|camera)$"
    r"|^(?:default|image|picture|untitled|no description|exif_jpeg_picture|<no description>)$"
    r"|^(?:[A-Za-z]{2,6}[_-]?\d{3,}|\d{5,})$",  # file numbers: DSC00006, IMG_1234, 000007
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    """What the import takes from a photo file. ``texts`` is ``{field: {language: text}}``."""

    exif: ExifFacts = field(default_factory=ExifFacts)
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    photographer: str = ""
    problems: tuple[Problem, ...] = ()

    def draft_texts(self) -> TextsByField:
        """The texts as draft ``Text`` values, ready for ``NewWork.texts``."""
        return freeze_texts(
            {
                name: {lang: Text(text, TranslationStatus.DRAFT) for lang, text in per.items()}
                for name, per in self.texts.items()
            }
        )


def strip_controls(text: str) -> str:
    """``text`` without control characters; newlines and tabs stay (CR LF becomes LF)."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def capped(problems: tuple[Problem, ...], name: str, limit: int = MAX_PROBLEMS) -> tuple:
    """The first ``limit`` problems, their messages without controls, then "and N more".

    A TIFF with 65 000 bogus tags must not become 65 000 rows on its work. Capping twice
    counts the notes an earlier cap left out.
    """
    plain = [p for p in problems if p.code != _MORE]
    more = max(0, len(plain) - limit) + sum(
        int(m.group(1))
        for p in problems
        if p.code == _MORE and (m := _MORE_COUNT.search(p.message))
    )
    kept = tuple(Problem(p.code, strip_controls(p.message)) for p in plain[:limit])
    return (*kept, Problem(_MORE, f"{name}: and {more} more problems")) if more else kept


def _clean_facts(facts: ExifFacts) -> ExifFacts:
    changed = {
        f.name: strip_controls(value)
        for f in dataclasses.fields(facts)
        if isinstance(value := getattr(facts, f.name), str) and _CONTROLS.search(value)
    }
    return dataclasses.replace(facts, **changed) if changed else facts


def is_boilerplate(text: str, camera: tuple[str | None, ...] = ()) -> bool:
    """Texts cameras write by themselves ('OLYMPUS DIGITAL CAMERA', 'DSC00006', the make)."""
    text = text.strip()
    names = {c.strip().casefold() for c in camera if c}
    return bool(_BOILERPLATE.match(text)) or text.casefold() in names


def read_metadata(
    data: bytes, languages: tuple[str, ...], name: str = "the file", sidecar: bytes | None = None
) -> PhotoMetadata:
    """Read EXIF, XMP and IPTC from a file's bytes and reconcile them per MWG.

    ``sidecar`` is the XMP sidecar beside the file (``IMG_1.jpg.xmp`` or ``IMG_1.xmp``):
    what it says wins over the XMP embedded in the file, which fills in the rest.
    """
    exif = read_exif(data, name)
    problems = list(exif.problems)
    xmp = _read_xmp(data, name, problems)
    if sidecar:
        xmp = _read_sidecar(sidecar, xmp, name, problems)
    iptc = _read_iptc(data, exif, name, problems)
    sources = _Sources(exif, xmp, iptc, languages)
    facts = _clean_facts(exif.facts)
    if facts.copyright is None and sources.copyright():
        facts = dataclasses.replace(facts, copyright=sources.copyright())
    texts = {TITLE: sources.title(), CAPTION: sources.caption()}
    return PhotoMetadata(
        exif=facts,
        texts={k: v for k, v in texts.items() if v},
        photographer=sources.photographer(),
        problems=capped(tuple(problems), name),
    )


def _read_xmp(data: bytes, name: str, problems: list[Problem]) -> XmpData | None:
    is_jpeg = data[:3] == b"\xff\xd8\xff"
    try:
        packet = find_xmp(data, is_jpeg=is_jpeg)
        xmp = parse_xmp(packet) if packet else None
    except Exception as exc:  # defusedxml refusals, damaged packets, anything else
        problems.append(Problem("xmp_unreadable", f"XMP of {name} cannot be read: {exc}"[:300]))
        return None
    if xmp is not None and xmp.extended_guid and is_jpeg:
        try:
            extended = find_extended_xmp(data, xmp.extended_guid)
            if extended is not None:
                xmp = xmp.merged_over(parse_xmp(extended))
        except Exception as exc:
            message = f"the extended XMP of {name} cannot be read: {exc}"[:300]
            problems.append(Problem("xmp_unreadable", message))
    return xmp


def _read_sidecar(
    sidecar: bytes, embedded: XmpData | None, name: str, problems: list[Problem]
) -> XmpData | None:
    try:
        side = parse_xmp(sidecar)
    except Exception as exc:
        problems.append(Problem("xmp_unreadable", f"the XMP sidecar of {name}: {exc}"[:300]))
        return embedded
    return side if embedded is None else side.merged_over(embedded)


def _read_iptc(data: bytes, exif: ExifRead, name: str, problems: list[Problem]) -> IptcData | None:
    try:
        if data[:3] == b"\xff\xd8\xff":
            return iptc_from_jpeg(data)
        return parse_iptc(exif.tiff_iptc) if exif.tiff_iptc else None
    except Exception as exc:  # damaged resource blocks or datasets
        problems.append(Problem("iptc_unreadable", f"IPTC of {name} cannot be read: {exc}"[:300]))
        return None


class _Sources:
    """The three metadata sources of one file, and the MWG choice between them."""

    def __init__(
        self, exif: ExifRead, xmp: XmpData | None, iptc: IptcData | None, languages: tuple[str, ...]
    ) -> None:
        self.exif, self.xmp, self.iptc, self.languages = exif, xmp, iptc, languages
        # MWG: IPTC edited after the XMP was synchronised (digest differs) -> IPTC first.
        self.iptc_first = iptc is not None and iptc.digest_matches is False
        self.camera = (exif.facts.make, exif.facts.model)

    def _clean(self, text: str | None) -> str:
        text = strip_controls(normalize_text(text or "")).strip()
        return "" if is_boilerplate(text, self.camera) else text

    def _reconciled(self, exif_value: str | None, xmp_value: str, iptc_value: str) -> str:
        xmp, iptc = self._clean(xmp_value), self._clean(iptc_value)
        if self.iptc_first and not (xmp and iptc and xmp.startswith(iptc)):
            ordered = [iptc, xmp]  # (an IPTC value that is XMP cut short is the XMP value)
        else:
            ordered = [xmp, iptc]
        return next((v for v in [self._clean(exif_value), *ordered] if v), "")

    def _per_language(self, alt: Mapping[str, str], fallback: str) -> dict[str, str]:
        mapped = {
            lang: self._clean(text) for lang, text in map_languages(alt, self.languages).items()
        }
        result = {lang: text for lang, text in mapped.items() if text}
        explicit = {self._clean(t) for tag, t in alt.items() if tag.lower() != "x-default"}
        source = self.languages[0] if self.languages else ""
        if source and source not in result and fallback and fallback not in explicit:
            result[source] = fallback
        return {lang: result[lang] for lang in self.languages if lang in result}

    def caption(self) -> dict[str, str]:
        alt = self.xmp.description if self.xmp else {}
        best = self._reconciled(
            self.exif.facts.description,
            alt.get("x-default", ""),
            self.iptc.first("caption") if self.iptc else "",
        )
        return self._per_language(
            _explicit(alt),
            best or self._clean(self.exif.xp_comment) or self._clean(self.exif.user_comment),
        )

    def title(self) -> dict[str, str]:
        alt = self.xmp.title if self.xmp else {}
        iptc = self.iptc
        best = self._reconciled(
            None, alt.get("x-default", ""), iptc.first("object_name") if iptc else ""
        )
        headline = self._reconciled(
            None, self.xmp.headline if self.xmp else "", iptc.first("headline") if iptc else ""
        )
        return self._per_language(
            _explicit(alt), best or headline or self._clean(self.exif.xp_title)
        )

    def photographer(self) -> str:
        xmp = "; ".join(self.xmp.creators) if self.xmp else ""
        iptc = "; ".join(self.iptc.fields.get("by_line", ())) if self.iptc else ""
        return self._reconciled(self.exif.facts.artist, xmp, iptc)

    def copyright(self) -> str:
        xmp = self.xmp.rights.get("x-default", "") if self.xmp else ""
        return self._reconciled(None, xmp, self.iptc.first("copyright") if self.iptc else "")


def _explicit(alt: Mapping[str, str]) -> dict[str, str]:
    """The language-tagged entries, x-default left to the reconciled fallback."""
    return {tag: text for tag, text in alt.items() if tag.lower() != "x-default"}
