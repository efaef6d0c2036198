"""`exhibit PROJECT` and `exhibit PACKAGE` (what the file manager runs) mean `exhibit open`."""

from __future__ import annotations

import io

import pytest

from exhibit.cli.main import IO, documents_as_open, main


def _io() -> tuple[IO, io.StringIO]:
    err = io.StringIO()
    return IO(io.StringIO(), err), err


def test_a_project_or_package_becomes_open(tmp_path) -> None:
    out, err = _io()
    assert documents_as_open(["Dueren.exhibit"], out) == ["open", "Dueren.exhibit"]
    assert documents_as_open(["Jinhua.exhibit-pkg"], out) == ["open", "Jinhua.exhibit-pkg"]
    folder = tmp_path / "Ausstellung"
    folder.mkdir()
    assert documents_as_open([str(folder)], out) == ["open", str(folder)]
    assert documents_as_open(["a.exhibit", "b.exhibit"], out) == ["open", "a.exhibit"]
    assert "1 ignored" in err.getvalue()


def test_commands_options_and_typos_are_left_to_argparse() -> None:
    out, _ = _io()
    assert documents_as_open(["list", "x.exhibit"], out) == ["list", "x.exhibit"]
    assert documents_as_open(["--self-test"], out) == ["--self-test"]
    assert documents_as_open(["lsit"], out) == ["lsit"]
    with pytest.raises(SystemExit) as exc:
        main(["lsit"], io.StringIO(), io.StringIO())
    assert exc.value.code == 2


def test_a_package_without_display_is_refused_with_the_reason(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    err = io.StringIO()
    code = main([str(tmp_path / "Jinhua.exhibit-pkg")], io.StringIO(), err)
    assert code == 1 and "no display" in err.getvalue()
