"""Packages come from src/, plus the top-level resources/ folder as `exhibit.resources`.

Everything else is declared in pyproject.toml; this file only exists because that mapping
cannot be combined with package discovery there.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "exhibit.resources"],
    package_dir={"": "src", "exhibit.resources": "resources"},
)
