"""Plain dictionaries of works and texts for the commands' text and JSON output."""

from __future__ import annotations

import dataclasses
from pathlib import PurePosixPath

from exhibit.core.fields import WORK_TEXT_FIELDS
from exhibit.core.model import Section, Work


def work_summary(w: Work, languages: tuple[str, ...], sections: dict[int, Section]) -> dict:
    section = sections.get(w.section_id) if w.section_id is not None else None
    return {
        "number": w.number,
        "title": {lang: w.value("title", lang) for lang in languages},
        "section": section.value("title", languages[0], languages) if section else None,
        "file": PurePosixPath(w.original.path).name,
        "loan_status": w.loan_status.value,
        "problems": len(w.problems),
    }


def work_detail(w: Work, languages: tuple[str, ...], sections: dict[int, Section]) -> dict:
    texts = {
        name: {
            lang: {"text": w.value(name, lang), "status": w.status(name, lang, languages).value}
            for lang in languages
        }
        for name in WORK_TEXT_FIELDS
    }
    return {
        **work_summary(w, languages, sections),
        "texts": texts,
        "original": dataclasses.asdict(w.original),
        "exif": {k: v for k, v in dataclasses.asdict(w.exif).items() if v is not None},
        "photographer": w.photographer,
        "print_size_cm": [w.print_width_cm, w.print_height_cm],
        "edition": w.edition,
        "frame_notes": w.frame_notes,
        "insurance": {"value": w.insurance_value, "currency": w.insurance_currency},
        "loan": {
            "process": {lang: w.value("process", lang) for lang in languages},
            "mount_size_cm": [w.mount_width_cm, w.mount_height_cm],
            "frame_size_cm": [w.frame_width_cm, w.frame_height_cm, w.frame_depth_cm],
            "crate": w.crate,
        },
        "loan_history": [
            {"status": e.status.value, "at": e.at, "note": e.note} for e in w.loan_history
        ],
        "notes": w.notes,
        "tags": list(w.tags),
        "problems": [{"code": p.code, "message": p.message} for p in w.problems],
    }
