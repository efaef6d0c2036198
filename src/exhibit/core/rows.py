"""Rows to values: how the store's columns map onto model.py (used only by the store)."""

from __future__ import annotations

from datetime import datetime

from exhibit.core.fields import WORK_COLUMNS, FieldSpec, Kind
from exhibit.core.model import (
    ExifFacts,
    LoanStatus,
    OriginalRef,
    TranslationStatus,
    Work,
    freeze_texts,
)

EXIF_COLUMNS = tuple(ExifFacts.__dataclass_fields__)
SCALAR_WORK_FIELDS = tuple(f.name for f in WORK_COLUMNS)

# Stored values to enum members by a dict (calling the enum costs a few microseconds, which
# 10 000 works read at once notice); a value no member has still raises the enum's ValueError.
_LOAN_STATUSES = {s.value: s for s in LoanStatus}
_TRANSLATION_STATUSES = {s.value: s for s in TranslationStatus}


def loan_status(value: str) -> LoanStatus:
    return _LOAN_STATUSES.get(value) or LoanStatus(value)


def translation_status(value: str) -> TranslationStatus:
    return _TRANSLATION_STATUSES.get(value) or TranslationStatus(value)


_FROM_COLUMN = {"loan_status": loan_status}  # columns whose model value is not the stored one
_PLAIN_COLUMNS = tuple(f.name for f in WORK_COLUMNS if f.name not in _FROM_COLUMN)


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def empty_value(f: FieldSpec) -> object:
    return None if f.kind in (Kind.INT, Kind.FLOAT) else ""


def scalar(w: Work, name: str) -> object:
    value = getattr(w, name)
    return value.value if name in _FROM_COLUMN else value


def work_from_row(r, texts, tags, history, problems) -> Work:
    return Work(
        texts=texts or freeze_texts({}),
        id=r["id"],
        number=r["number"],
        section_id=r["section_id"],
        position=r["position"],
        original=OriginalRef(r["path"], r["sha256"], r["size"], r["mtime"], r["format"]),
        exif=ExifFacts(**{c: r[c] for c in EXIF_COLUMNS}),
        **{name: r[name] for name in _PLAIN_COLUMNS},
        **{name: convert(r[name]) for name, convert in _FROM_COLUMN.items()},
        loan_history=history,
        tags=tags,
        problems=problems,
        added=r["added"],
        uid=r.get("uid") or "",
    )


# --------------------------------------------------------------------- schema
