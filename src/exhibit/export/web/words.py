"""The few words the web pages say themselves, and dates as people write them, per language."""

from __future__ import annotations

from datetime import date

_UI = {
    "de": {
        "name": "Deutsch",
        "skip": "Zum Inhalt",
        "languages": "Sprachen",
        "both": "Beide",
        "about": "Impressum",
        "previous": "Vorheriges",
        "next": "Nächstes",
        "overview": "Übersicht",
        "pager": "Blättern",
        "number": "Nr.",
        "works": "Werke",
        "untitled": "Ohne Titel",
        "photo": "Fotografie",
        "comma": ", ",
    },
    "zh": {
        "name": "中文",
        "skip": "跳到内容",
        "languages": "语言",
        "both": "双语",
        "about": "关于本展",
        "previous": "上一幅",
        "next": "下一幅",
        "overview": "总览",
        "pager": "翻页",
        "number": "编号",
        "works": "作品",
        "untitled": "无题",
        "photo": "摄影作品",
        "comma": "，",
    },
    "en": {
        "name": "English",
        "skip": "Skip to content",
        "languages": "Languages",
        "both": "Both",
        "about": "About",
        "previous": "Previous",
        "next": "Next",
        "overview": "Overview",
        "pager": "Pages",
        "number": "No.",
        "works": "Works",
        "untitled": "Untitled",
        "photo": "Photograph",
        "comma": ", ",
    },
}

_FACTS = {
    "de": {
        "location": "Ort",
        "photographer": "Fotografie",
        "year": "Jahr",
        "credit": "Nachweis",
        "rights": "Rechte",
        "organisers": "Veranstalter",
        "venue": "Ort der Ausstellung",
        "photographers": "Fotografinnen und Fotografen",
        "made_with": "Erstellt mit",
    },
    "zh": {
        "location": "地点",
        "photographer": "摄影",
        "year": "年份",
        "credit": "来源",
        "rights": "版权",
        "organisers": "主办",
        "venue": "展览地点",
        "photographers": "摄影师",
        "made_with": "制作工具",
    },
    "en": {
        "location": "Location",
        "photographer": "Photographer",
        "year": "Year",
        "credit": "Credit",
        "rights": "Rights",
        "organisers": "Organisers",
        "venue": "Venue",
        "photographers": "Photographers",
        "made_with": "Made with",
    },
}

_MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _key(tag: str) -> str:
    primary = tag.split("-")[0].lower()
    return primary if primary in _UI else "en"


def ui_words(tag: str) -> dict:
    words = dict(_UI[_key(tag)])
    if _key(tag) == "en" and not tag.lower().startswith("en"):
        words["name"] = tag
    return words


def facts_labels(tag: str) -> dict:
    return _FACTS[_key(tag)]


def format_date(value: date, tag: str) -> str:
    """'15. Mai 2026', '2026年5月15日', '15 May 2026'."""
    key = _key(tag)
    if key == "de":
        return f"{value.day}. {_MONTHS_DE[value.month - 1]} {value.year}"
    if key == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%-d %B %Y")
