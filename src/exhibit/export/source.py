"""What an export reads from an open catalogue, as values (the exports never hold the store)."""

from __future__ import annotations

from exhibit.core.store import Catalogue
from exhibit.export.catalogue.options import CatalogueSource


def catalogue_source(cat: Catalogue) -> CatalogueSource:
    """The exhibition, its sections and works as they are now."""
    return CatalogueSource(
        exhibition=cat.exhibition(),
        sections=tuple(cat.sections()),
        works=tuple(cat.works()),
        project_root=cat.root,
    )
