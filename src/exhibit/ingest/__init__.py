"""Photos coming in: scanning folders, reading EXIF/XMP/IPTC, thumbnails, the import job, relink."""
