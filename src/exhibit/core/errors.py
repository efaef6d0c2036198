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
    """Another process (or window) has the project open; ``holder`` says which, when known."""

    code = "project_open_elsewhere"

    def __init__(self, message: str, holder: object = None) -> None:
        super().__init__(message)
        self.holder = holder  # a project.LockHolder, or None when the lock file says nothing


class SchemaTooNewError(ExhibitError):
    """The catalogue was written by a newer Exhibit."""

    code = "schema_too_new"


class SchemaTooOldError(ExhibitError):
    """The catalogue needs upgrading before it can be read, and cannot be upgraded now."""

    code = "schema_too_old"


class CatalogueDamagedError(ExhibitError):
    code = "catalogue_damaged"


class CatalogueValueError(ExhibitError):
    """A value in the catalogue that cannot be used as it is (a content hash that is not one,
    a path that would lead outside the project)."""

    code = "bad_catalogue_value"


class CatalogueReadOnlyError(ExhibitError):
    """A change was asked of a catalogue opened for reading only."""

    code = "catalogue_read_only"


class NoPermissionError(ExhibitError):
    """The operating system does not allow Exhibit to write the project (names the place)."""

    code = "permission_denied"


class BackupError(ExhibitError):
    """A backup of the catalogue could not be made or restored (the message says why)."""

    code = "backup_failed"


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
