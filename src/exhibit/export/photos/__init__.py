"""Photos leaving the app with their captions: XMP sidecars and delivery copies."""
