"""Errors in the window: explained by kind, shown in a dialog, never raised out of a slot."""

from __future__ import annotations

import errno
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from ui_language import ui_language

from exhibit.core.errors import ProjectLockedError, SchemaTooNewError, StorageFullError
from exhibit.ui import errors
from exhibit.ui.errors import describe_error, error_box, guard_slot, install_excepthook


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    """Replace the modal exec of error dialogs: record the box instead."""
    boxes: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ProjectLockedError("open on host a"), "already open"),
        (StorageFullError("disk full"), "disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (SchemaTooNewError("schema 9"), "newer version"),
        (FileNotFoundError("original /photos/a.jpg is missing"), "cannot be found"),
    ],
)
def test_known_errors_say_what_happened_and_what_to_do(qapp, exc, words) -> None:
    text = describe_error(exc)
    assert words in text.what
    assert text.todo and not text.is_bug


def test_a_bug_shows_its_traceback(qapp) -> None:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        text = describe_error(exc)
    assert text.is_bug and "Traceback" in text.details and "ZeroDivisionError" in text.details


def test_error_box(qapp) -> None:
    box = error_box(None, ProjectLockedError("x"))
    assert "already open" in box.text() and box.informativeText()
    assert box.icon() is QMessageBox.Icon.Warning


def test_guard_slot_shows_instead_of_raising(qtbot, shown) -> None:
    class Window(QWidget):
        calls = 0

        @guard_slot
        def on_click(self) -> None:
            self.calls += 1
            raise StorageFullError("disk full")

    window = Window()
    qtbot.addWidget(window)
    button = QPushButton(window)
    button.clicked.connect(window.on_click)  # clicked(bool): one argument more than it takes
    button.click()
    assert window.calls == 1
    assert len(shown) == 1 and "disk is full" in shown[0].text()
    assert shown[0].parent() is window


def test_guard_slot_returns_the_value(qapp) -> None:
    assert guard_slot(lambda a, b: a + b)(1, 2) == 3
    assert guard_slot(lambda *a: len(a))(1, 2, 3) == 3


def test_excepthook_shows_and_restores(qapp, shown) -> None:
    previous = install_excepthook()
    try:
        try:
            raise SchemaTooNewError("schema 9")
        except SchemaTooNewError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1 and "newer version" in shown[0].text()


def test_show_error_from_a_worker_thread_only_logs(qapp, shown, caplog) -> None:
    import threading

    thread = threading.Thread(target=errors.show_error, args=(None, OSError("x")))
    thread.start()
    thread.join()
    assert shown == []


def _holder():
    import socket
    from datetime import datetime

    from exhibit.core.project import APP, LockHolder

    since = datetime.now().astimezone().replace(hour=14, minute=2).isoformat(timespec="seconds")
    return LockHolder(APP, 1234, socket.gethostname(), since)


def test_the_lock_message_names_the_holder(qapp) -> None:
    text = describe_error(ProjectLockedError("x", _holder()))
    assert text.what == (
        "This project is already open in Exhibit (the app) on this computer, process 1234, "
        "since 14:02."
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "de",
            "Dieses Projekt ist bereits geöffnet: Exhibit (die App) auf diesem Computer, "
            "Prozess 1234, seit 14:02.",
        ),
        ("zh_CN", "此项目已被本机上的Exhibit 应用程序（进程 1234，自 14:02 起）打开。"),
    ],
)
def test_the_lock_message_is_in_the_ui_language(qapp, language, words) -> None:
    with ui_language(qapp, language):
        assert describe_error(ProjectLockedError("x", _holder())).what == words


def _error_classes() -> set[type]:
    """Every ExhibitError subclass of the core, import, exports, demo and command line."""
    import importlib
    import pkgutil

    import exhibit
    from exhibit.core.errors import ExhibitError

    for info in pkgutil.walk_packages(exhibit.__path__, "exhibit."):
        if not info.name.startswith("exhibit.ui") and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found, todo = set(), [ExhibitError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


# Codes that never reach the window: the command line's own usage errors.
CLI_ONLY = {"usage"}


def test_every_error_the_core_raises_is_explained_in_the_window(qapp) -> None:
    explained = set(errors._explanations())
    classes = _error_classes()
    assert len(classes) >= 20  # the walk found the error classes
    unexplained = {
        f"{c.__module__}.{c.__name__} ({c.code})"
        for c in classes
        if c.code not in explained and c.code not in CLI_ONLY
    }
    assert not unexplained


@pytest.mark.parametrize("language", ["de", "zh_CN"])
def test_every_explanation_is_translated(qapp, language) -> None:
    english = errors._explanations()
    with ui_language(qapp, language):
        translated = errors._explanations()
    same = {code for code in english if set(english[code]) & set(translated[code])}
    assert not same


def test_an_error_that_names_its_file_keeps_the_name_under_the_explanation(qapp) -> None:
    from exhibit.ingest.translation.sheet import TranslationFileError

    text = describe_error(TranslationFileError("Übersetzung.xlsx: row 3 has no unit id"))
    assert text.what.startswith("This file cannot be read as a translation.")
    assert "Übersetzung.xlsx: row 3 has no unit id" in text.what and not text.is_bug
