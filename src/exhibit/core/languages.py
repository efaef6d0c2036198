"""Project languages: BCP 47 tags, their canonical form and matching tags found in files.

A project holds an ordered list of languages; the first is the source language that the
others are translated from. Tags found in the wild (``de-DE``, ``zh-CN``, ``zh-hans``) are
matched by language and script, never by exact string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from exhibit.core.errors import LanguageError

DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "zh-Hans")

_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

# Regions that imply a Chinese script when the tag names none.
_HANS_REGIONS = {"CN", "SG", "MY"}
_HANT_REGIONS = {"TW", "HK", "MO"}

_NAMES = {
    "de": ("Deutsch", "German"),
    "zh-Hans": ("中文", "Chinese (Simplified)"),
    "zh-Hant": ("中文（繁體）", "Chinese (Traditional)"),
    "en": ("English", "English"),
    "fr": ("Français", "French"),
    "it": ("Italiano", "Italian"),
    "ja": ("日本語", "Japanese"),
    "pl": ("Polski", "Polish"),
}


@dataclass(frozen=True, slots=True)
class Tag:
    """The parts of a tag that matter for matching: language, script, region."""

    language: str
    script: str | None
    region: str | None


def parse(tag: str) -> Tag:
    """Split a BCP 47 tag into language, script and region, inferring the Chinese script."""
    if not isinstance(tag, str):
        raise LanguageError(f"{tag!r} is not a language tag such as 'de' or 'zh-Hans'")
    return _parse(tag)


@lru_cache(maxsize=256)  # asked for every paragraph and field: a catalogue has a few tags
def _parse(tag: str) -> Tag:
    if not _TAG.match(tag.strip().replace("_", "-")):
        raise LanguageError(f"{tag!r} is not a language tag such as 'de' or 'zh-Hans'")
    parts = tag.strip().replace("_", "-").split("-")  # POSIX locales write zh_CN
    language = parts[0].lower()
    script = region = None
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and script is None and region is None:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = region or part.upper()
    if language == "zh" and script is None:
        script = "Hant" if region in _HANT_REGIONS else "Hans"
    return Tag(language, script, region)


def canonical(tag: str) -> str:
    """The form Exhibit stores: language plus script where the script matters (``zh-Hans``)."""
    parsed = parse(tag)
    if parsed.language == "zh":
        return f"zh-{parsed.script}"
    return parsed.language if parsed.script is None else f"{parsed.language}-{parsed.script}"


def check_languages(languages: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Validate and canonicalise a project's language list (at least one, no repeats)."""
    result = tuple(canonical(t) for t in languages)
    if not result:
        raise LanguageError("a project needs at least one language")
    if len(set(result)) != len(result):
        raise LanguageError(f"languages repeat: {', '.join(languages)}")
    return result


def match(found: str, project_languages: tuple[str, ...]) -> str | None:
    """The project language a tag found in a file stands for, or None.

    ``x-default`` matches nothing here; callers decide what it stands for.
    """
    if not found or found.lower() == "x-default":
        return None
    try:
        wanted = parse(found)
    except LanguageError:
        return None
    for lang in project_languages:
        have = parse(lang)
        if have.language == wanted.language and (have.script or "") == (wanted.script or ""):
            return lang
    for lang in project_languages:
        have = parse(lang)
        if have.language == wanted.language and have.script is None:
            return lang
    return None


def display_name(tag: str, english: bool = False) -> str:
    """A short name for a language in its own script (or in English)."""
    names = _NAMES.get(canonical(tag))
    if names is None:
        return tag
    return names[1] if english else names[0]
