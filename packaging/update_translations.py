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
module helper such as ``def _tr(text): return QCoreApplication.translate("Ctx", text)``; after
lupdate, this script finds those calls itself (with ``ast``) and puts their strings into the .ts
files under the helper's context, so they are translated all the same.
"""

from __future__ import annotations

import argparse
import ast
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


def helper_strings() -> dict[str, set[str]]:
    """{context: sources} from calls of one-argument helpers wrapping QCoreApplication.translate."""
    found: dict[str, set[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = dict(_helpers(tree))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(helpers[node.func.id], set()).add(node.args[0].value)
    return found


def _helpers(tree: ast.Module):
    """(name, context) of ``def f(x): return QCoreApplication.translate("Ctx", x)``."""
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = node.body[-1]
        call = body.value if isinstance(body, ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            yield node.name, call.args[0].value


def add_helper_strings(ts: Path, strings: dict[str, set[str]]) -> int:
    """Make the helpers' strings live messages in ``ts`` (lupdate marked them vanished)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    added = 0
    for context_name, sources in sorted(strings.items()):
        context = next(
            (c for c in root.iter("context") if c.findtext("name") == context_name), None
        )
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        messages = {m.findtext("source"): m for m in context.iter("message")}
        for source in sorted(sources):
            message = messages.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
                added += 1
                continue
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                done = "".join(translation.itertext()).strip()
                if done:
                    del translation.attrib["type"]
                else:
                    translation.set("type", "unfinished")
    ET.indent(tree, "    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8")
        f.write(b"\n")
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    parser.add_argument("--drop-obsolete", action="store_true", help="forget vanished strings")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release and not args.check:
        lupdate(args.drop_obsolete)
        strings = helper_strings()
        for lang in LANGUAGES:
            add_helper_strings(TRANSLATIONS / f"exhibit_{lang}.ts", strings)
    if not args.check:
        lrelease()
    problems = 0
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        missing = unfinished(TRANSLATIONS / f"exhibit_{lang}.ts")
        problems += len(missing)
        for source in missing:
            print(f"untranslated ({lang}): {source}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
