"""Bundled resources (fonts, icons, translations), installed as the package `exhibit.resources`.

Read them with `importlib.resources.files("exhibit.resources")`, never through paths built from
`__file__`, so the same code works from a checkout, a wheel and a bundle.
"""
