"""A picture of a document's first page, for the print dialog (pypdfium2 renders the PDF)."""

from __future__ import annotations

import io

from PIL import Image

from exhibit.export.documents.job import DocumentExport
from exhibit.export.documents.options import DocumentKind


def preview_works(job: DocumentExport) -> tuple[int, ...]:
    """The works that make up the first page (a shorter build, the same first page)."""
    per_page = {DocumentKind.LABELS: 8, DocumentKind.CHECKLIST: 14, DocumentKind.CONDITION: 1}
    limit = per_page.get(job.options.kind)
    numbers = tuple(w.number for w in job.works)
    return numbers[:limit] if limit else numbers


def first_page(job: DocumentExport, width_px: int = 600) -> Image.Image:
    """The document's first page as an RGB image ``width_px`` wide."""
    import pypdfium2

    buf = io.BytesIO()
    job.write(buf)
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    try:
        page = pdf[0]
        scale = width_px / page.get_width()
        return page.render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
