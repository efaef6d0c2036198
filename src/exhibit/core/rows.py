"""Rows to values: how the store's columns map onto model.py (used only by the store)."""

from __future__ import annotations

from datetime import datetime

from exhibit.core.fields import WORK_COLUMNS, FieldSpec, Kind
from exhibit.core.model import (
    ExifFacts,
    LoanStatus,
    OriginalRef,
    Work,
    freeze_texts,
)

EXIF_COLUMNS = tuple(ExifFacts.__dataclass_fields__)
SCALAR_WORK_FIELDS = tuple(f.name for f in WORK_COLUMNS)
_FROM_COLUMN = {"loan_status": LoanStatus}  # columns whose model value is not the stored one


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def empty_value(f: FieldSpec) -> object:
    return None if f.kind in (Kind.INT, Kind.FLOAT) else ""


def scalar(w: Work, name: str) -> object:
    value = getattr(w, name)
    return value.value if name in _FROM_COLUMN else value


def _from_column(name: str, value: object) -> object:
    convert = _FROM_COLUMN.get(name)
    return convert(value) if convert is not None else value


def work_from_row(r, texts, tags, history, problems) -> Work:
    return Work(
        texts=texts or freeze_texts({}),
        id=r["id"],
        number=r["number"],
        section_id=r["section_id"],
        position=r["position"],
        original=OriginalRef(r["path"], r["sha256"], r["size"], r["mtime"], r["format"]),
        exif=ExifFacts(**{c: r[c] for c in EXIF_COLUMNS}),
        **{f.name: _from_column(f.name, r[f.name]) for f in WORK_COLUMNS},
        loan_history=history,
        tags=tags,
        problems=problems,
        added=r["added"],
        uid=r.get("uid") or "",
    )


# --------------------------------------------------------------------- schema
