"""Packages come from src/, plus the top-level resources/ folder as `exhibit.resources`.

Everything else is declared in pyproject.toml; this file only exists because that mapping
cannot be combined with package discovery there. The resource folders (fonts, icons,
translations, the user guide) hold no Python, but Python can import them as namespace
packages, so they are declared as packages too: setuptools warns about every importable folder
it is not told about.
"""

from setuptools import find_packages, setup

RESOURCES = [
    "exhibit.resources",
    *(f"exhibit.resources.{d}" for d in ("fonts", "icons", "translations", "color", "web")),
    "exhibit.resources.guide",
    *(f"exhibit.resources.guide.{lang}" for lang in ("de", "en", "zh_CN")),
]

setup(
    packages=[*find_packages("src"), *RESOURCES],
    package_dir={"": "src", "exhibit.resources": "resources"},
)
