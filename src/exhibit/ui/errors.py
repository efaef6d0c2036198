"""Errors in the window: say what happened and what to do, and never take the window down.

    from exhibit.ui.errors import guard_slot, install_excepthook, show_error

    @guard_slot                      # on a slot: an exception is logged and shown, not raised
    def _on_import(self): ...

    show_error(parent, exc)          # a dialog in the UI language: what happened, what to do
    install_excepthook()             # at start-up: uncaught exceptions are shown the same way

``describe_error(exc)`` gives the texts without showing anything (for tests, the status bar and
reports). Errors the core raises on purpose (``ExhibitError`` subclasses, matched by their
``code`` so that new subclasses in ingest or export fit in) get a specific explanation; a disk
full or a permission problem from the operating system too; anything else is a bug, shown with
its traceback under "Details" and the reassurance that what was saved is safe (every edit is its
own transaction in the store).
"""

from __future__ import annotations

import errno
import functools
import inspect
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from exhibit.core.errors import ExhibitError
from exhibit.core.project import LockHolder, clock_words

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds the calls: keep the literal context

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class ErrorText:
    """What a person reads: a title, what happened, what to do, and details for a report."""

    title: str
    what: str
    todo: str
    details: str
    is_bug: bool = False


def _explanations() -> dict[str, tuple[str, str]]:
    """``code`` -> (what happened, what to do), translated when asked for."""
    return {
        "project_open_elsewhere": (
            translate(
                "ErrorMessages",
                "This project is already open in another Exhibit window or on another computer.",
            ),
            translate(
                "ErrorMessages",
                "Close it there and open it here again. Only one window may change a project "
                "at a time, so that no edit is lost.",
            ),
        ),
        "original_missing": (
            translate(
                "ErrorMessages",
                "The original photo file cannot be found where it was imported from.",
            ),
            translate(
                "ErrorMessages",
                "Put the file back, or relink the work to where the file is now. The work "
                "and its captions are kept.",
            ),
        ),
        "disk_full": (
            translate("ErrorMessages", "The disk is full, so the change could not be saved."),
            translate(
                "ErrorMessages",
                "Free some space on the disk that holds the project, then try again. "
                "Everything saved before is safe.",
            ),
        ),
        "schema_too_new": (
            translate("ErrorMessages", "This project was saved by a newer version of Exhibit."),
            translate(
                "ErrorMessages", "Open it with that newer version. The project was not changed."
            ),
        ),
        "not_a_project": (
            translate("ErrorMessages", "This folder is not an Exhibit project."),
            translate(
                "ErrorMessages",
                "Choose the project folder (it contains catalogue.sqlite), or create a project.",
            ),
        ),
        "project_exists": (
            translate("ErrorMessages", "There is already a project or other files in this folder."),
            translate("ErrorMessages", "Choose an empty folder or a new name for the project."),
        ),
        "catalogue_damaged": (
            translate("ErrorMessages", "The project's catalogue file is damaged."),
            translate(
                "ErrorMessages",
                "Restore the latest copy from the project's backups folder. Exhibit keeps a "
                "backup from each time the project was opened.",
            ),
        ),
        "catalogue_read_only": (
            translate("ErrorMessages", "This project is open for reading only."),
            translate(
                "ErrorMessages",
                "Nothing was changed. Close the other window or program that has the project "
                "open, then open it here again.",
            ),
        ),
        "backup_failed": (
            translate("ErrorMessages", "A backup of the catalogue could not be written."),
            translate(
                "ErrorMessages",
                "Free some space on the disk that holds the project, or check its permissions. "
                "The catalogue itself was not changed.",
            ),
        ),
        "schema_too_old": (
            translate(
                "ErrorMessages",
                "This project was saved by an older version of Exhibit and must be upgraded.",
            ),
            translate(
                "ErrorMessages",
                "Close it in the other window or program that has it open, then open it here "
                "again: it is upgraded after a backup.",
            ),
        ),
        "permission_denied": (
            translate(
                "ErrorMessages", "Exhibit is not allowed to read or write this file or folder."
            ),
            translate("ErrorMessages", "Check the file's permissions, or choose another place."),
        ),
        "unreadable_original": (
            translate("ErrorMessages", "An original photo cannot be read as a photo."),
            translate(
                "ErrorMessages",
                "Check the file named below: put a readable copy in its place, or relink the "
                "work. The original is never changed by Exhibit.",
            ),
        ),
        "preflight_failed": (
            translate("ErrorMessages", "Preflight found errors, so nothing was exported."),
            translate(
                "ErrorMessages",
                "Correct the errors listed in the preflight panel, or export anyway if you "
                "accept them.",
            ),
        ),
        "bad_catalogue_value": (
            translate("ErrorMessages", "A value in the catalogue cannot be used as it is."),
            translate(
                "ErrorMessages",
                "Nothing was written. Check the value named below; a partner package that "
                "brought it may have been altered.",
            ),
        ),
        "work_not_found": (
            translate("ErrorMessages", "The work is no longer in the catalogue."),
            translate("ErrorMessages", "It may have been removed meanwhile. Nothing was changed."),
        ),
        "section_not_found": (
            translate("ErrorMessages", "The section is no longer in the catalogue."),
            translate("ErrorMessages", "It may have been deleted meanwhile. Nothing was changed."),
        ),
        "bad_field": (
            translate("ErrorMessages", "A value does not fit its field."),
            translate("ErrorMessages", "Correct the value named below. Nothing was changed."),
        ),
        "bad_language": (
            translate("ErrorMessages", "This is not a language Exhibit can use."),
            translate(
                "ErrorMessages",
                "Use a language tag such as de, en or zh-Hans. Nothing was changed.",
            ),
        ),
        "workers_could_not_start": (
            translate("ErrorMessages", "Exhibit could not start its helper processes."),
            translate(
                "ErrorMessages",
                "Nothing was done and the files are not to blame. Close other programs to free "
                "memory, then try again; if it happens again, reinstall Exhibit.",
            ),
        ),
        "demo_incomplete": (
            translate("ErrorMessages", "The demo exhibition could not be made completely."),
            translate(
                "ErrorMessages",
                "Some of its photos were not imported (see below). Delete the demo folder and "
                "make the demo again.",
            ),
        ),
        "package_unusable": (
            translate("ErrorMessages", "This partner package cannot be used."),
            translate(
                "ErrorMessages",
                "Nothing was changed. Ask your partner to send the package again: it may be "
                "incomplete or altered on the way.",
            ),
        ),
        "package_foreign": (
            translate("ErrorMessages", "This partner package belongs to another exhibition."),
            translate(
                "ErrorMessages",
                "Nothing was changed. Open the project of that exhibition, or ask for the "
                "package of this one.",
            ),
        ),
        "translation_file_unreadable": (
            translate("ErrorMessages", "This file cannot be read as a translation."),
            translate(
                "ErrorMessages",
                "Nothing was changed. Check the file named below, or ask the translator for "
                "the file as it was exported.",
            ),
        ),
    }


# Errors whose own message names the file, field or value: it is shown under the explanation.
_SPECIFIC = frozenset({
    "unreadable_original", "bad_catalogue_value", "bad_field", "bad_language",
    "demo_incomplete", "package_unusable", "package_foreign", "translation_file_unreadable",
    "work_not_found", "section_not_found",
})  # fmt: skip


def _code(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if isinstance(exc, PermissionError):
        return "permission_denied"
    if isinstance(exc, FileNotFoundError):
        return "original_missing" if "original" in str(exc).lower() else "file_not_found"
    return getattr(exc, "code", "") if isinstance(exc, ExhibitError) else ""


def holder_words(holder: LockHolder) -> str:
    """Who holds a project, in the UI language: "Exhibit (the app) on this computer, process
    1234, since 14:02"."""
    if holder.is_app:
        who = translate("ErrorMessages", "Exhibit (the app)")
    else:
        who = translate("ErrorMessages", "the command “{command}”").format(
            command=holder.command or "exhibit"
        )
    if holder.on_this_computer:
        where = translate("ErrorMessages", "on this computer")
    else:
        where = translate("ErrorMessages", "on the computer “{host}”").format(host=holder.host)
    since = holder.since_time()
    if since is None:
        return translate("ErrorMessages", "{who} {where}, process {pid}").format(
            who=who, where=where, pid=holder.pid
        )
    return translate("ErrorMessages", "{who} {where}, process {pid}, since {time}").format(
        who=who, where=where, pid=holder.pid, time=clock_words(since)
    )


def _what(code: str, exc: BaseException, known: str) -> str:
    """The explanation, made precise where the error knows more (who holds the project)."""
    holder = getattr(exc, "holder", None)
    if code == "project_open_elsewhere" and isinstance(holder, LockHolder):
        return translate("ErrorMessages", "This project is already open in {holder}.").format(
            holder=holder_words(holder)
        )
    if code in _SPECIFIC and str(exc):
        return f"{known}\n{exc}"
    return known


def describe_error(exc: BaseException) -> ErrorText:
    """The texts ``show_error`` shows for ``exc``, in the current UI language."""
    code = _code(exc)
    known = _explanations().get(code)
    message = str(exc) or type(exc).__name__
    if known is not None:
        what = _what(code, exc, known[0])
        return ErrorText(translate("ErrorMessages", "Exhibit"), what, known[1], message)
    if isinstance(exc, ExhibitError | OSError):
        return ErrorText(
            translate("ErrorMessages", "Exhibit"),
            message,
            translate("ErrorMessages", "Check the message above, then try again."),
            message,
        )
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ErrorText(
        translate("ErrorMessages", "Exhibit: unexpected error"),
        translate("ErrorMessages", "Something went wrong inside Exhibit: {message}").format(
            message=message
        ),
        translate(
            "ErrorMessages",
            "What you saved before is safe. Please report this problem and include the "
            "details below.",
        ),
        details,
        is_bug=True,
    )


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A message box for ``exc``, not yet shown."""
    text = describe_error(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if text.is_bug else QMessageBox.Icon.Warning)
    box.setWindowTitle(text.title)
    box.setText(text.what)
    box.setInformativeText(text.todo)
    box.setDetailedText(text.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` in a modal dialog that says what happened and what to do."""
    if QApplication.instance() is None or QThread.currentThread() is not _gui_thread():
        log.error("error outside the window's thread: %s", exc)
        return
    error_box(parent, exc).exec()


def _gui_thread() -> QThread | None:
    app = QCoreApplication.instance()
    return app.thread() if app is not None else None


def guard_slot(func: F) -> F:
    """Decorate a slot so that an exception in it is logged and shown instead of raised.

    The first argument, when it is a widget, parents the dialog. Signals that pass more
    arguments than the slot takes (``clicked(bool)``) are trimmed to what the slot accepts.
    """
    accepts = _positional_count(func)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        call_args = args if accepts is None else args[:accepts]
        try:
            return func(*call_args, **kwargs)
        except Exception as exc:
            log.exception("error in %s", func.__qualname__)
            parent = args[0] if args and isinstance(args[0], QWidget) else None
            show_error(parent, exc)
            return None

    return wrapper  # type: ignore[return-value]


def _positional_count(func: Callable[..., Any]) -> int | None:
    """How many positional arguments ``func`` takes, or None when it takes ``*args``."""
    params = inspect.signature(func).parameters.values()
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return None
    return sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def install_excepthook(parent: Callable[[], QWidget | None] | None = None) -> Callable[..., Any]:
    """Show uncaught exceptions in a dialog (logged too); returns the hook it replaced.

    ``parent`` returns the widget to parent the dialog on (the main window), if any.
    """
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        show_error(parent() if parent else None, exc)

    sys.excepthook = hook
    return previous
