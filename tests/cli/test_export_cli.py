"""`exhibit export catalogue` and `exhibit preflight` end to end on the demo exhibition."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from exhibit.cli.main import main
from exhibit.core.model import TranslationStatus
from exhibit.demo import WORKS, create_demo


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return create_demo(tmp_path_factory.mktemp("demo") / "Demo.exhibit", jobs=2)


def test_export_catalogue_writes_both_languages(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "Katalog.pdf"
    code, text, err = run("export", "catalogue", demo, "--out", out, "--json")
    assert code == 0, err
    result = json.loads(text)
    assert result["pages"] >= 12 and out.is_file()
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
        assert "Annakirche" in extracted and "圣安娜教堂" in extracted


def test_export_options_and_bad_ranges(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "k.pdf"
    code, _, err = run(
        "export",
        "catalogue",
        demo,
        "--out",
        out,
        "--works",
        "1-3",
        "--layout",
        "two",
        "--page-size",
        "a5",
        "--bleed",
        "3",
    )
    assert code == 0, err
    code, _, err = run("export", "catalogue", demo, "--out", out, "--works", "3-1")
    assert code == 2 and "--works" in err  # the command line was wrong
    code, _, err = run("export", "catalogue", demo, "--out", out, "--sections", "5")
    assert code == 2 and "2 sections" in err


def test_preflight_lists_missing_translation(demo: Path) -> None:
    code, text, _ = run("preflight", demo, "--json")
    report = json.loads(text)
    assert code == 0
    codes = {(f["code"], f["work"]) for f in report["findings"]}
    missing = [n for n, w in enumerate(WORKS, 1) if w.status_zh is TranslationStatus.MISSING]
    assert missing and all(("missing_translation", n) in codes for n in missing)


def test_preflight_errors_stop_the_export(demo: Path, tmp_path: Path) -> None:
    project = shutil.copytree(demo, tmp_path / "Copy.exhibit")
    next((project / "Fotos").glob("03 *.jpg")).unlink()  # No. 3's original is gone
    out = tmp_path / "k.pdf"
    out.write_bytes(b"%PDF previous")
    code, _, err = run("export", "catalogue", project, "--out", out)
    assert code == 6
    assert "Nothing was written" in err and "No. 3" in err
    assert out.read_bytes() == b"%PDF previous"  # the previous PDF is kept
    code, _, _ = run("export", "catalogue", project, "--out", out, "--force")
    assert code == 0 and out.read_bytes().startswith(b"%PDF-")


def test_without_candidates_leaves_them_out(demo: Path, tmp_path: Path) -> None:
    project = shutil.copytree(demo, tmp_path / "Copy.exhibit")
    assert run("set", project, "3", "loan_status", "candidate")[0] == 0
    out = tmp_path / "k.pdf"
    code, _, err = run(
        "export", "catalogue", project, "--out", out, "--json", "--without-candidates", "--force"
    )
    assert code == 0, err
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
        assert "Annakirche" in extracted and "Markt am Samstag" not in extracted


def test_unwritable_target_is_named_before_any_work(demo: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, _, err = run("export", "catalogue", demo, "--out", blocker / "Katalog.pdf")
    assert code == 1
    assert "Katalog.pdf: the catalogue cannot be written there" in err
    assert blocker.read_text() == "x"


def test_for_screen_and_the_condition_reach_the_pdf(demo: Path, tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    screen, printed = tmp_path / "screen.pdf", tmp_path / "print.pdf"
    code, _, err = run("export", "catalogue", demo, "--out", screen, "--for", "screen")
    assert code == 0, err
    code, _, err = run("export", "catalogue", demo, "--out", printed, "--condition", "gracol2006")
    assert code == 0, err
    with pikepdf.open(screen) as pdf:
        assert "/OutputIntents" not in pdf.Root
    with pikepdf.open(printed) as pdf:
        assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "CGATS TR 006"
    with pytest.raises(SystemExit) as stopped:
        run("export", "catalogue", demo, "--out", screen, "--for", "paper")
    assert stopped.value.code == 2


def test_flags_and_defaults_come_from_the_declared_options() -> None:
    import argparse

    from exhibit.cli import export as export_cli
    from exhibit.cli import preflight as preflight_cli
    from exhibit.export.catalogue.options import EXPORT_OPTIONS, CatalogueOptions

    parsers = {}
    for module in (export_cli, preflight_cli):
        parser = argparse.ArgumentParser()
        module.add_arguments(parser)
        parsers[module] = parser
    args = parsers[export_cli].parse_args(["catalogue", "p", "--out", "x.pdf"])
    assert export_cli.chosen_options(args) == CatalogueOptions()
    args = parsers[preflight_cli].parse_args(["p", "--page-size", "a5"])
    assert export_cli.chosen_options(args) == CatalogueOptions(page_size="a5")
    for option in EXPORT_OPTIONS:
        assert hasattr(args, option.name) == option.preflight, option.name
