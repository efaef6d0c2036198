"""Errors the core raises. Each names the file or field and the problem, in plain words."""

from __future__ import annotations


class ExhibitError(Exception):
    """Base of every error Exhibit reports to a person (not a bug)."""

    code = "error"


class NotAProjectError(ExhibitError):
    code = "not_a_project"


class ProjectExistsError(ExhibitError):
    code = "project_exists"


class ProjectLockedError(ExhibitError):
    """Another process (or window) has the project open."""

    code = "project_open_elsewhere"


class SchemaTooNewError(ExhibitError):
    """The catalogue was written by a newer Exhibit."""

    code = "schema_too_new"


class CatalogueDamagedError(ExhibitError):
    code = "catalogue_damaged"


class CatalogueValueError(ExhibitError):
    """A value in the catalogue that cannot be used as it is (a content hash that is not one,
    a path that would lead outside the project)."""

    code = "bad_catalogue_value"


class WorkNotFoundError(ExhibitError):
    code = "work_not_found"


class SectionNotFoundError(ExhibitError):
    code = "section_not_found"


class FieldError(ExhibitError):
    """A field name, language or value that does not fit the field declaration."""

    code = "bad_field"


class LanguageError(ExhibitError):
    code = "bad_language"


class StorageFullError(ExhibitError):
    """The disk is full: the last change was not saved."""

    code = "disk_full"
