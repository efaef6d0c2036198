"""Read a returned translation file and compare it with the catalogue: the import's plan.

Nothing is written here; the owner of the store applies the plan (``Catalogue.apply_translation``)
in one transaction after a backup.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from exhibit.core.model import Exhibition, Section, Work
from exhibit.core.translation import (
    ImportPlan,
    Only,
    collect_units,
    current_units,
    plan_import,
    stable_key,
    stored_texts,
)
from exhibit.ingest.translation.read import read_translation


def plan_translation(
    exhibition: Exhibition,
    sections: Sequence[Section],
    works: Sequence[Work],
    path: Path,
    *,
    trust_approvals: bool = False,
) -> ImportPlan:
    languages = exhibition.languages
    sources = [w.text(n, languages[0]).text for w in works for n in ("title", "caption")]
    returned = read_translation(path, sources)
    meta = returned.meta
    if meta is not None and meta.exhibition and meta.exhibition != stable_key(exhibition):
        return ImportPlan(
            "",
            errors=(f"{Path(path).name} was exported from another exhibition",),
            notes=returned.notes,
        )
    plan = plan_import(returned, {}, languages, trust_approvals=trust_approvals)
    if plan.errors:
        return plan
    units = collect_units(exhibition, sections, works, plan.lang, Only.ALL)
    stored = stored_texts(exhibition, sections, works, plan.lang)
    return plan_import(
        returned, current_units(units, stored), languages, trust_approvals=trust_approvals
    )
