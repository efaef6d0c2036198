"""Translations coming back: XLSX, CSV, XLIFF 1.2 and 2.0, PO, read into ``ReturnedFile``."""
