"""Words the catalogue prints for the curator's data: untitled works, dates, rights lines.

Each language writes them its own way: "Ohne Titel" and "无题", "15. Mai 2026" and
"2026年5月15日", a "©" line from the photo's copyright notice or its credit.
"""

from __future__ import annotations

from datetime import date

from exhibit.core.languages import parse
from exhibit.core.model import Work

UNTITLED = {"de": "Ohne Titel", "zh": "无题", "en": "Untitled", "fr": "Sans titre"}
_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def untitled(lang: str) -> str:
    return UNTITLED.get(parse(lang).language, UNTITLED["en"])


def long_date(day: date, lang: str) -> str:
    """A date as the language writes it in running text."""
    language = parse(lang).language
    if language in ("zh", "ja"):
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "de":
        return f"{day.day}. {_MONTHS['de'][day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"


def date_range(start: date, end: date | None, lang: str) -> str:
    if end is None or end == start:
        return long_date(start, lang)
    separator = "—" if parse(lang).language in ("zh", "ja") else " – "
    return f"{long_date(start, lang)}{separator}{long_date(end, lang)}"


def short_date(day: date, lang: str) -> str:
    """A date for a table column: 2.10.2025, 2025年10月2日, 2025-10-02."""
    language = parse(lang).language
    if language in ("zh", "ja"):
        return long_date(day, lang)
    if language == "de":
        return f"{day.day}.{day.month}.{day.year}"
    return day.isoformat()


def taken(work: Work, lang: str, *, short: bool = False) -> str:
    """The day a photo was taken, from the camera's ISO timestamp ("" when unknown)."""
    try:
        day = date.fromisoformat((work.exif.date_taken or "")[:10])
    except ValueError:
        return (work.exif.date_taken or "")[:4]
    return short_date(day, lang) if short else long_date(day, lang)


def copyright_line(work: Work, languages: tuple[str, ...]) -> str:
    """The photo's rights line: its copyright notice, else its credit, else the photographer's
    name with the year; always beginning with ©."""
    notice = (work.exif.copyright or "").strip()
    if not notice:
        notice = next((c for c in (work.value("credit", lang) for lang in languages) if c), "")
    if not notice and work.photographer.strip():
        year = f"{work.exif.year} " if work.exif.year else ""
        notice = f"{year}{work.photographer.strip()}"
    if not notice:
        return ""
    notice = notice.removeprefix("(c)").removeprefix("(C)").removeprefix("Copyright").strip()
    return notice if notice.startswith("©") else f"© {notice}"
