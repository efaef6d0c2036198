"""Start-up bits of the app: documents from the command line and the system, the probe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from exhibit.core.store import Catalogue


def test_a_project_sent_by_the_system_opens_in_the_window(qtbot, tmp_path, ui_settings) -> None:
    from exhibit.ui.app import FileOpenFilter, Projects

    root = tmp_path / "Dueren.exhibit"
    Catalogue.create(root, "Düren").close()
    projects = Projects(ui_settings)
    app = QApplication.instance()
    opener = FileOpenFilter(projects)
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(root)))
        assert projects.window is not None
        qtbot.addWidget(projects.window)
        assert projects.catalogue.root == root
    finally:
        app.removeEventFilter(opener)
        projects.close_all()
    assert projects.window is None and projects.catalogue is None


def test_a_partner_package_goes_to_the_package_opener(tmp_path, ui_settings, monkeypatch) -> None:
    from exhibit.ui.app import Projects

    calls = []
    monkeypatch.setattr(Projects, "open_package", lambda self, path: calls.append(("pkg", path)))
    monkeypatch.setattr(Projects, "open_project", lambda self, path: calls.append(("prj", path)))
    package = tmp_path / "Jinhua.exhibit-pkg"
    package.write_bytes(b"PK\x03\x04")
    projects = Projects(ui_settings)
    projects.open_path(package)
    projects.open_path(tmp_path / "Dueren.exhibit")
    assert calls == [("pkg", package), ("prj", tmp_path / "Dueren.exhibit")]


def test_startup_probe_prints_the_first_window_and_quits(tmp_path) -> None:
    """In its own process: the probe ends the event loop after the first painted window."""
    script = "import sys\nfrom exhibit.ui.app import main\nsys.exit(main(['exhibit']))\n"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "EXHIBIT_STARTUP_PROBE": "1",
        "EXHIBIT_CONFIG_DIR": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("first-window ")]
    assert len(lines) == 1 and float(lines[0].split()[1]) > 0
    assert not Path(tmp_path / "exhibit").exists()


def test_a_bundled_app_starts_the_pdf_viewer_in_the_users_environment(
    tmp_path, monkeypatch
) -> None:
    """Frozen on Linux: xdg-open gets LD_LIBRARY_PATH back as it was, no QT_PLUGIN_PATH."""
    from exhibit.ui.dialogs import export_dialog

    started = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(
        export_dialog.subprocess, "Popen", lambda args, **kw: started.append((args, kw["env"]))
    )
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/exhibit/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/opt/exhibit/_internal/PySide6/Qt/plugins")
    export_dialog.open_with_desktop(tmp_path / "Katalog.pdf")
    ((args, env),) = started
    assert args == ["xdg-open", str(tmp_path / "Katalog.pdf")]
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "QT_PLUGIN_PATH" not in env and "LD_LIBRARY_PATH_ORIG" not in env
