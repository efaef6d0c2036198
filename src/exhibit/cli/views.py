"""Plain dictionaries of works and texts for the commands' text and JSON output.

A work's texts and single values are listed as ``core.fields`` declares them, so a field added
there shows up here without a change.
"""

from __future__ import annotations

import dataclasses
from enum import Enum

from exhibit.core.fields import LOAN_WORK_TEXT_FIELDS, WORK_COLUMNS, WORK_TEXT_FIELDS
from exhibit.core.model import Section, Work, WorkListing


def work_summary(
    w: Work | WorkListing, languages: tuple[str, ...], sections: dict[int, Section]
) -> dict:
    w = WorkListing.of(w) if isinstance(w, Work) else w
    section = sections.get(w.section_id) if w.section_id is not None else None
    return {
        "number": w.number,
        "title": {lang: w.title(lang) for lang in languages},
        "section": summary_section(section, languages) if section else None,
        "file": file_name(w.path),
        "loan_status": w.loan_status.value,
        "problems": w.problems,
    }


def summary_section(section: Section, languages: tuple[str, ...]) -> str:
    """A section as listings name it: its title in the first language, else another."""
    return section.value("title", languages[0], languages)


def file_name(stored_path: str) -> str:
    return stored_path.rsplit("/", 1)[-1]  # stored paths use "/" (as_posix)


def work_detail(w: Work, languages: tuple[str, ...], sections: dict[int, Section]) -> dict:
    texts = {
        name: {
            lang: {"text": w.value(name, lang), "status": w.status(name, lang, languages).value}
            for lang in languages
        }
        for name in (*WORK_TEXT_FIELDS, *LOAN_WORK_TEXT_FIELDS)
    }
    return {
        **work_summary(w, languages, sections),
        "texts": texts,
        "original": dataclasses.asdict(w.original),
        "exif": {k: v for k, v in dataclasses.asdict(w.exif).items() if v is not None},
        **{f.name: _plain(getattr(w, f.name)) for f in WORK_COLUMNS},
        "loan_history": [
            {"status": e.status.value, "at": e.at, "note": e.note} for e in w.loan_history
        ],
        "tags": list(w.tags),
        "problems": [{"code": p.code, "message": p.message} for p in w.problems],
    }


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value
