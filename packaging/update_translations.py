"""Re-extract the window's strings into the .ts files and build the .qm files (run by hand).

    .venv/bin/python packaging/update_translations.py            # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --release  # lrelease only
    .venv/bin/python packaging/update_translations.py --check    # fail if a string is untranslated

Sources are English. ``exhibit_de.ts`` and ``exhibit_zh_CN.ts`` hold the German and Simplified
Chinese translations; ``exhibit_en.ts`` holds only the English plural forms ("1 photo",
"2 photos"). Translate new strings with Qt Linguist (``pyside6-linguist``) or by editing the .ts
files, then run this again and commit the .ts and .qm files together.

lupdate finds ``self.tr("...")``, ``SomeClass.tr("...")`` and ``QCoreApplication.translate("Ctx",
"...")`` (also as a bare ``translate(...)``) with literal strings. It does not see calls through a
helper such as ``_tr(text)``: this script lists those so they can be rewritten.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "exhibit" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "zh_CN")
PLURALS_ONLY = ("en",)
HIDDEN_CALL = re.compile(r"\b_tr\(\s*[\"']")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def lupdate(drop_obsolete: bool) -> None:
    files = sources()
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        ts = TRANSLATIONS / f"exhibit_{lang}.ts"
        args = [tool("pyside6-lupdate"), *files, "-ts", str(ts.relative_to(ROOT))]
        args += ["-source-language", "en", "-target-language", lang, "-locations", "none"]
        if lang in PLURALS_ONLY:
            args.append("-pluralonly")
        if drop_obsolete:
            args.append("-no-obsolete")
        subprocess.run(args, cwd=ROOT, check=True)


def lrelease() -> None:
    for ts in sorted(TRANSLATIONS.glob("exhibit_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing or marked unfinished (vanished ones not counted)."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or not "".join(translation.itertext()).strip():
            missing.append(message.findtext("source") or "")
    return missing


def hidden_calls() -> list[str]:
    found = []
    for path in UI.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HIDDEN_CALL.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    parser.add_argument("--drop-obsolete", action="store_true", help="forget vanished strings")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release and not args.check:
        lupdate(args.drop_obsolete)
    if not args.check:
        lrelease()
    problems = 0
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        missing = unfinished(TRANSLATIONS / f"exhibit_{lang}.ts")
        problems += len(missing)
        for source in missing:
            print(f"untranslated ({lang}): {source}")
    for call in hidden_calls():
        print(f"not seen by lupdate: {call}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
