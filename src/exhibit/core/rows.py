"""Rows to values: how the store's columns map onto model.py (used only by the store)."""

from __future__ import annotations

from datetime import datetime

from exhibit.core.fields import FieldSpec, Kind
from exhibit.core.model import (
    ExifFacts,
    LoanStatus,
    OriginalRef,
    Work,
    freeze_texts,
)

EXIF_COLUMNS = tuple(ExifFacts.__dataclass_fields__)
SCALAR_WORK_FIELDS = (
    "photographer",
    "print_width_cm",
    "print_height_cm",
    "edition",
    "frame_notes",
    "insurance_value",
    "insurance_currency",
    "loan_status",
    "notes",
)


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def empty_value(f: FieldSpec) -> object:
    return None if f.kind in (Kind.INT, Kind.FLOAT) else ""


def scalar(w: Work, name: str) -> object:
    value = getattr(w, name)
    return value.value if isinstance(value, LoanStatus) else value


def work_from_row(r, texts, tags, history, problems) -> Work:
    return Work(
        texts=texts or freeze_texts({}),
        id=r["id"],
        number=r["number"],
        section_id=r["section_id"],
        position=r["position"],
        original=OriginalRef(r["path"], r["sha256"], r["size"], r["mtime"], r["format"]),
        exif=ExifFacts(**{c: r[c] for c in EXIF_COLUMNS}),
        photographer=r["photographer"],
        print_width_cm=r["print_width_cm"],
        print_height_cm=r["print_height_cm"],
        edition=r["edition"],
        frame_notes=r["frame_notes"],
        insurance_value=r["insurance_value"],
        insurance_currency=r["insurance_currency"],
        loan_status=LoanStatus(r["loan_status"]),
        loan_history=history,
        notes=r["notes"],
        tags=tags,
        problems=problems,
        added=r["added"],
        uid=r.get("uid") or "",
    )


# --------------------------------------------------------------------- schema
