"""What the documents read from an open catalogue, as values (they never hold the store)."""

from __future__ import annotations

from exhibit.core.store import Catalogue
from exhibit.export.documents.options import DocumentSource


def document_source(cat: Catalogue) -> DocumentSource:
    works = tuple(cat.works())
    thumbnails = {w.id: cat.thumbnail_path(w) for w in works}
    return DocumentSource(
        exhibition=cat.exhibition(),
        works=works,
        crates=tuple(cat.crates()),
        histories=cat.condition_histories(),
        project_root=cat.root,
        thumbnails={k: p for k, p in thumbnails.items() if p.is_file()},
    )
