"""Exhibit: catalogue, caption and print a photo exhibition sent abroad."""

__version__ = "0.1.0"
APP_ID = "de.exhibit.Exhibit"
