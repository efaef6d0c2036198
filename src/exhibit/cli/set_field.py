"""`exhibit set PROJECT NO FIELD[.LANG] VALUE`: scripted edits of any field of a work.

NO may also be `exhibition` for the exhibition's own fields (title.de, foreword.zh-Hans,
opening ...). `--status` sets the translation status of a text field.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_write
from exhibit.core.errors import FieldError
from exhibit.core.fields import Owner, fields_of, parse_value, spec
from exhibit.core.model import TranslationStatus
from exhibit.core.store import Catalogue

HELP = "set a field of a work, e.g. `exhibit set P 3 title.zh-Hans 集市`"


def _field_list() -> str:
    names = []
    for owner in (Owner.WORK, Owner.EXHIBITION):
        for f in fields_of(owner):
            name = f"{owner.value}: {f.name}{'.LANG' if f.per_language else ''}"
            if f.choices:
                name += f" (one of: {', '.join(f.choices)})"
            names.append(name)
    return "\n".join(f"  {n}" for n in names)


DESCRIPTION = (
    f"{HELP}\n\nfields:\n{_field_list()}\n\nsettings of this copy of the project:\n"
    '  exhibit set PROJECT office "Jinhua"   the office its edits are recorded under\n'
    '  exhibit set PROJECT author "王丽"      the author (default: the OS user)'
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("number", help="catalogue number, or `exhibition`")
    p.add_argument("field", help="FIELD or FIELD.LANG, e.g. caption.de")
    p.add_argument("value", nargs="?", help="the new value (omit with --status to keep the text)")
    p.add_argument(
        "--status",
        choices=[s.value for s in TranslationStatus if s is not TranslationStatus.OUTDATED],
        help="translation status of a text field",
    )


SETTINGS = ("office", "author")


def _require_text(args: argparse.Namespace) -> None:
    """Arguments that are not UTF-8 (bytes a terminal in another encoding sent) are refused
    with a message, not a traceback from the store."""
    for label in ("number", "field", "value"):
        text = getattr(args, label)
        try:
            (text or "").encode("utf-8")
        except UnicodeEncodeError:
            shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise FieldError(
                f"{label} '{shown}' is not valid UTF-8 text; check the terminal's encoding"
            ) from None


def run(args: argparse.Namespace, io) -> int:
    _require_text(args)
    if args.number in SETTINGS and args.value is None:
        return _set_setting(args, io)
    name, _, lang = args.field.partition(".")
    owner = Owner.EXHIBITION if args.number == "exhibition" else Owner.WORK
    f = spec(owner, name)
    if args.value is None and not (f.per_language and args.status):
        raise FieldError(f"{args.field}: give a value (or --status for a text field)")
    with open_to_write(args.project, io, "set", backup=False) as cat:
        owner_id = 1 if owner is Owner.EXHIBITION else _work_id(cat, args.number)
        if f.per_language:
            lang = lang or cat.languages[0]
            status = TranslationStatus(args.status) if args.status else None
            if args.value is None:
                cat.set_status(owner, owner_id, name, lang, status)  # type: ignore[arg-type]
            else:
                cat.set_text(owner, owner_id, name, lang, args.value, status)
            entry = cat.get_text(owner, owner_id, name, lang)
            io.say(f"{args.number} {name}.{lang} = {entry.text!r} ({entry.status.value})")
            return 0
        if lang:
            raise FieldError(f"{name} is not held per language; write it without .{lang}")
        if owner is Owner.EXHIBITION:
            cat.set_exhibition_field(name, parse_value(f, args.value))
        else:
            cat.set_field([owner_id], name, parse_value(f, args.value))
        io.say(f"{args.number} {name} = {args.value!r}")
    return 0


def _set_setting(args: argparse.Namespace, io) -> int:
    """`exhibit set PROJECT office "Jinhua"` / `author "王丽"`: whose edits these are."""
    with open_to_write(args.project, io, "set", backup=False) as cat:
        if args.number == "office":
            cat.set_office(args.field)
        else:
            cat.set_author(args.field)
        io.say(f"{args.number} = {args.field!r}")
    return 0


def _work_id(cat: Catalogue, number: str) -> int:
    try:
        return cat.work_by_number(int(number)).id
    except ValueError:
        raise FieldError(f"{number!r} is not a catalogue number") from None
