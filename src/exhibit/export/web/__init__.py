"""The exhibition on the web: a static bilingual gallery (``exhibit export web``)."""
