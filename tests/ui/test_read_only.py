"""A catalogue the window may only read: a damaged one the curator did not restore, or one whose
file or folder may not be written. It opens read-only with a banner that says why, everything
that writes is switched off, browsing and exports stay, and Restore brings the newest good
backup back and opens the project to work on."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from tests.conftest import lock_down

from exhibit.core.errors import CatalogueReadOnlyError
from exhibit.core.fields import Owner
from exhibit.core.project import ProjectPaths
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import backups, describe
from exhibit.ui.read_only import ReadOnlyReason, writing_actions
from exhibit.ui.undo import SetTextCommand

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def damaged(project_dir: Path, add_works, damage_index) -> Path:
    """A project of six works with good backups whose catalogue fails the quick check."""
    with Catalogue.create(project_dir, {"de": "Düren in Bildern", "zh-Hans": "迪伦影像"}) as cat:
        add_works(cat, 6)
        cat.add_section({"de": "Stadt"})
    Catalogue.open(project_dir).close()  # a good backup
    damage_index(project_dir)
    return project_dir


@pytest.fixture
def projects(qtbot, ui_settings, monkeypatch):
    from exhibit.ui.app import Projects

    shown: list[BaseException] = []
    monkeypatch.setattr("exhibit.ui.app.show_error", lambda _p, exc: shown.append(exc))
    made = Projects(ui_settings)
    made.errors = shown
    yield made
    made.close_all()


def _open_declining_restore(projects, root: Path, monkeypatch) -> list:
    offered = []
    monkeypatch.setattr(
        projects, "confirm_restore", lambda good, exc: offered.append(good) or False
    )
    assert projects.open_project(root)
    return offered


def test_a_damaged_catalogue_declined_restore_opens_read_only(
    qtbot, projects, damaged, monkeypatch
) -> None:
    offered = _open_declining_restore(projects, damaged, monkeypatch)
    assert offered and offered[0].good  # the restore was offered first
    window, cat = projects.window, projects.catalogue
    qtbot.addWidget(window)
    assert cat.read_only and projects.read_only is ReadOnlyReason.DAMAGED
    assert window.proxy.rowCount() == 6  # browsing works
    banner = window.read_only_banner
    assert banner is not None and banner.isVisibleTo(window)
    assert "damaged and opened read-only" in banner.label.text()
    assert banner.restore_button is not None and banner.restore_button.isEnabled()
    assert not projects.errors


def test_a_read_only_window_switches_off_whatever_writes(
    qtbot, projects, damaged, monkeypatch
) -> None:
    _open_declining_restore(projects, damaged, monkeypatch)
    window, cat = projects.window, projects.catalogue
    qtbot.addWidget(window)
    for action in writing_actions(window):
        assert not action.isEnabled(), action.text()
    assert not window.captions_clipboard.paste_action.isVisible()
    assert not any(s.isEnabled() for s in window.loans.shortcuts)
    # what reads, previews or writes outside the catalogue stays
    for action in (window.preview_action, window.export_action, window.preflight_action):
        assert action.isEnabled(), action.text()
    assert window.captions_clipboard.copy_action.isEnabled()
    window.select_ids([cat.works()[0].id])
    inspector = window.inspector
    assert inspector.works and not inspector.captions_box.isEnabled()
    assert not inspector.captions.cells[("title", "de")].editor.isEnabled()
    assert not inspector.details_tab.isEnabled() and not inspector.loan_tab.isEnabled()
    assert inspector.tabs.isEnabled()  # the tabs can still be looked through
    assert not any(b.isVisibleTo(window) for b in window.sections.buttons.values())
    assert not window.acceptDrops() and not window.grid.dragEnabled()
    window.import_paths([damaged])  # a drop that got through: nothing happens
    assert window._import_dialog is None
    # and the store refuses what might still slip through, in words
    errors = []
    window.stack.error.disconnect()
    window.stack.error.connect(errors.append)
    work = cat.works()[0]
    command = SetTextCommand(cat, Owner.WORK, work.id, "title", "de", "x")
    assert not window.stack.push_command(command)
    assert isinstance(errors[0], CatalogueReadOnlyError)
    assert cat.work(work.id).text("title", "de").text != "x"


def test_the_banner_speaks_the_ui_language(qtbot, damaged, ui_settings, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    from exhibit.ui.app import Projects
    from exhibit.ui.i18n import install_translators, remove_translators

    app = QCoreApplication.instance()
    install_translators(app, "de")
    try:
        projects = Projects(ui_settings)
        _open_declining_restore(projects, damaged, monkeypatch)
        qtbot.addWidget(projects.window)
        banner = projects.window.read_only_banner
        assert "beschädigt" in banner.label.text()
        assert "read-only" not in banner.label.text()
        projects.close_all()
    finally:
        remove_translators(app)


def test_restore_from_the_banner_brings_the_newest_good_backup_back(
    qtbot, projects, damaged, monkeypatch
) -> None:
    _open_declining_restore(projects, damaged, monkeypatch)
    qtbot.addWidget(projects.window)
    asked = []
    monkeypatch.setattr(projects, "confirm_restore", lambda good, exc: asked.append(good) or False)
    banner = projects.window.read_only_banner
    banner.restore_button.click()  # declined: stays as it was
    assert asked and projects.catalogue.read_only
    monkeypatch.setattr(projects, "confirm_restore", lambda good, exc: True)
    banner.restore_button.click()
    window, cat = projects.window, projects.catalogue
    qtbot.addWidget(window)
    assert not cat.read_only and projects.read_only is None
    assert window.read_only_banner is None and window.import_action.isEnabled()
    assert cat.count_works() == 6 and cat.integrity_problems() == []
    assert [s.value("title", "de") for s in cat.sections()] == ["Stadt"]
    assert list(ProjectPaths(damaged).backups.glob("damaged-*"))  # set aside, not deleted
    assert not projects.errors


def test_a_rebuilt_window_stays_read_only(qtbot, projects, damaged, monkeypatch) -> None:
    _open_declining_restore(projects, damaged, monkeypatch)
    qtbot.addWidget(projects.window)
    projects.rebuild_window()  # the UI language changed
    qtbot.addWidget(projects.window)
    assert projects.window.read_only_banner is not None
    assert not projects.window.import_action.isEnabled()


def test_without_a_good_backup_the_damaged_catalogue_still_opens_read_only(
    qtbot, projects, damaged, monkeypatch
) -> None:
    for backup in backups(ProjectPaths(damaged)):
        backup.path.unlink()
    assert not [i for i in describe(backups(ProjectPaths(damaged))) if i.good]
    asked = []
    monkeypatch.setattr(projects, "confirm_restore", lambda good, exc: asked.append(good))
    assert projects.open_project(damaged)
    qtbot.addWidget(projects.window)
    assert not asked and projects.catalogue.read_only
    informed = []
    monkeypatch.setattr(
        "exhibit.ui.app.QMessageBox.information", lambda *args: informed.append(args[2])
    )
    projects.window.read_only_banner.restore_button.click()
    assert "no good backup" in informed[0] and projects.catalogue.read_only


# ----------------------------------------------------------------- permissions

OPEN_AS_OTHER_USER = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import exhibit.ui.app as A
errors = []
A.show_error = lambda _p, exc: errors.append(str(exc))
from exhibit.ui.settings import Settings
from exhibit.ui.read_only import writing_actions
projects = A.Projects(Settings.open(Path(sys.argv[2])))
opened = projects.open_project(Path(sys.argv[1]))
w = projects.window
print(json.dumps({
    "opened": opened, "errors": errors,
    "read_only": projects.catalogue.read_only if opened else None,
    "reason": projects.read_only.value if projects.read_only else None,
    "banner": w.read_only_banner.label.text() if opened and w.read_only_banner else None,
    "restore": bool(opened and w.read_only_banner and w.read_only_banner.restore_button),
    "rows": w.proxy.rowCount() if opened else 0,
    "writing_enabled": [a.text() for a in writing_actions(w) if a.isEnabled()] if opened else [],
}))
projects.close_all()
"""


def _shared_project(folder_writable: bool, add_works) -> Path:
    """A project outside pytest's private temp folder, readable by everyone, read-only by its
    file or its folder for anyone but the owner (root)."""
    base = Path(tempfile.mkdtemp(prefix="exhibit-ro-ui-"))
    os.chmod(base, 0o755)
    root = base / "P.exhibit"
    with Catalogue.create(root, {"de": "Düren", "zh-Hans": "迪伦"}) as cat:
        add_works(cat, 3)
    lock_down(root, folder_writable=folder_writable)
    (base / "config").mkdir(mode=0o777)
    os.chmod(base / "config", 0o777)
    return root


def _run_as_other_user(root: Path) -> dict | None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "HOME": tempfile.gettempdir()}
    command = [sys.executable, "-c", OPEN_AS_OTHER_USER, str(root), str(root.parent / "config")]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            return None
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import PySide6.QtWidgets, exhibit"],
            env=env,
            capture_output=True,
        )
        if probe.returncode != 0:
            return None
        command = [*prefix, *command]
    else:
        os.chmod(root / "catalogue.sqlite", stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder", "catalogue-file"])
def test_a_project_without_write_permission_opens_read_only_naming_it(
    folder_writable, add_works
) -> None:
    root = _shared_project(folder_writable, add_works)
    try:
        seen = _run_as_other_user(root)
        if seen is None:
            pytest.skip("no way to run as a user the permissions apply to (setpriv missing)")
        assert seen["opened"] and not seen["errors"], seen
        assert seen["read_only"] and seen["reason"] == "permission"
        assert seen["rows"] == 3 and seen["writing_enabled"] == []
        assert "permission denied" in seen["banner"]
        named = root if not folder_writable else root / "catalogue.sqlite"
        assert str(named) in seen["banner"] and not seen["restore"]
    finally:
        os.chmod(root, 0o755)
        shutil.rmtree(root.parent, ignore_errors=True)
