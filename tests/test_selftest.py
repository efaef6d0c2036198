"""`exhibit --self-test` from source, offscreen, and the PDF check it makes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from reportlab.pdfgen import canvas

from exhibit.selftest import CheckFailed, check_pdf


def test_self_test_passes_from_source(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    done = subprocess.run(
        [sys.executable, "-m", "exhibit", "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    names = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("ok ")]
    assert names == [
        "demo", "app", "fonts", "translations", "window", "catalogue", "pdf", "pdf",
        "environment",
    ]  # fmt: skip
    assert "platform offscreen" in done.stdout and "self-test passed" in done.stdout


def test_pdf_check_refuses_fonts_not_embedded(tmp_path) -> None:
    path = tmp_path / "helvetica.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "Düren")
    page.showPage()
    page.save()
    with pytest.raises(CheckFailed, match="not embedded: Helvetica"):
        check_pdf(path, 1)


def test_pdf_check_refuses_a_truncated_file_and_wrong_page_counts(tmp_path) -> None:
    path = tmp_path / "cut.pdf"
    page = canvas.Canvas(str(path))
    page.showPage()
    page.save()
    with pytest.raises(CheckFailed, match="pages"):
        check_pdf(path, 2)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(CheckFailed, match="not a complete PDF"):
        check_pdf(path, 1)


def test_the_first_failing_check_stops_with_its_reason(monkeypatch) -> None:
    import io

    from exhibit import selftest

    def broken() -> str:
        raise selftest.CheckFailed("exhibit_de.qm not loaded")

    ran = []
    monkeypatch.setattr(
        selftest._SelfTest,
        "checks",
        lambda self: [("fonts", lambda: "ok"), ("translations", broken), ("x", ran.append)],
    )
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(out, err) is False
    assert "ok   fonts" in out.getvalue() and "FAIL translations" in out.getvalue()
    assert "translations failed: exhibit_de.qm not loaded" in err.getvalue()
    assert not ran
