"""Item models over the catalogue store: works, sections, the filter proxy, thumbnails."""
