"""Widgets of the main window: thumbnail grid, sections panel, inspector, preview."""
