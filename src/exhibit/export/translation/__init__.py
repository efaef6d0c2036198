"""Texts out to translators: XLSX, XLIFF 1.2 and 2.0, PO (see ``core.translation``)."""
