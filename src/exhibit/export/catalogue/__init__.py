"""The printable exhibition catalogue (reportlab): document, plates, type, images."""
