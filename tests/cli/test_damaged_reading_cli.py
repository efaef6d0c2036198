"""A catalogue that fails the quick check but whose works can be read: `list` and `show` read
them with one warning, `set` is refused in one line, and `backups` names the newest good one."""

from __future__ import annotations

import io
from pathlib import Path

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.model import NewWork, OriginalRef
from exhibit.core.project import ProjectPaths
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import backups, describe


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([str(a) for a in args], out, err), out.getvalue(), err.getvalue()


def test_a_damaged_but_readable_catalogue_is_read_and_its_newest_good_backup_offered(
    project_dir: Path, damage_index
) -> None:
    with Catalogue.create(project_dir, "Düren") as cat:
        for n in range(3):
            work = cat.add_work(
                NewWork(original=OriginalRef(f"p{n}.jpg", f"{n + 1:064x}", 10, 1.0, "JPEG"))
            )
            cat.set_text(Owner.WORK, work.id, "title", "de", f"Markt {n}")
    Catalogue.open(project_dir).close()  # a good backup
    damage_index(project_dir)
    code, out, err = run("list", project_dir)
    assert code == 0 and "Markt 2" in out and "3 works" in out
    assert err.count("\n") == 1 and "damaged" in err and "--restore newest" in err
    code, out, err = run("show", project_dir, "1")
    assert code == 0 and "Markt 0" in out and "damaged" in err
    code, out, err = run("set", project_dir, "1", "title.de", "x")
    assert code == 1 and err.count("\n") == 1 and "can still be read" in err
    newest = describe(backups(ProjectPaths(project_dir)))[0]
    assert newest.good and newest.works == 3
    code, out, err = run("backups", project_dir)
    assert code == 3 and newest.id in err and "3 works" in err and "--restore newest" in err
    assert "Traceback" not in err and "DatabaseError" not in err
    assert run("backups", project_dir, "--restore", "newest")[0] == 0
    code, out, err = run("list", project_dir)
    assert code == 0 and "Markt 2" in out and err == ""
