"""The desktop application (Qt Widgets). The only package that imports PySide6."""
