"""`exhibit condition add|list`: condition checks of a work at each hand-over.

    exhibit condition add PROJECT NO --event arrival --date 2026-05-02 --place Jinhua \
        --examiner "Li Wei" --grade frame=fair --grade glazing=good --note "corner" --photo a.jpg
    exhibit condition list PROJECT [NO] [--json]

A grade worse than at the check before is marked ``worse`` (``worsened`` in the JSON).
Photos of damage are referenced like originals (path and SHA-256) and never changed.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from exhibit.cli.output import print_json
from exhibit.core.errors import FieldError
from exhibit.core.loan import ConditionCheck, ConditionHistory, Grade, HandOver, Zone, parse_grade
from exhibit.core.store import Catalogue

HELP = "record or list condition checks (dispatch, arrival, venue-dispatch, return)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="record a check of one work",
        description=f"zones: {', '.join(z.value for z in Zone)}; "
        f"grades: {', '.join(g.value for g in Grade)}",
    )
    add.add_argument("project", type=Path)
    add.add_argument("number", type=int, help="catalogue number")
    add.add_argument("--event", required=True, choices=[e.value for e in HandOver])
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--place", required=True)
    add.add_argument("--examiner", required=True)
    add.add_argument("--grade", action="append", default=[], metavar="ZONE=GRADE")
    add.add_argument("--note", default="")
    add.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE")
    add.add_argument("--json", action="store_true", help="print the stored check as JSON")
    ls = actions.add_parser("list", help="the checks of one work or of all")
    ls.add_argument("project", type=Path)
    ls.add_argument("number", type=int, nargs="?", help="catalogue number (default: all)")
    ls.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, io) -> int:
    with Catalogue.open(args.project, backup=False) as cat:
        if args.action == "add":
            return _add(cat, args, io)
        works = [cat.work_by_number(args.number)] if args.number else cat.works()
        histories = cat.condition_histories([w.id for w in works])
        listed = [
            {"number": w.number, "checks": history_dicts(histories.get(w.id, ConditionHistory()))}
            for w in works
        ]
    if args.json:
        print_json(listed, io.out)
        return 0
    for entry in listed:
        for c in entry["checks"]:
            io.say(_line(entry["number"], c))
    return 0


def _add(cat: Catalogue, args: argparse.Namespace, io) -> int:
    work = cat.work_by_number(args.number)
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise FieldError(f"--date {args.date!r}: not a date like 2026-05-02") from None
    grades = dict(parse_grade(g) for g in args.grade)
    photos = tuple(cat.damage_photo(p) for p in args.photo)
    check = ConditionCheck(
        event=HandOver(args.event),
        date=day,
        place=args.place,
        examiner=args.examiner,
        grades=tuple((z, grades[z]) for z in Zone if z in grades),
        note=args.note,
        photos=photos,
        work_id=work.id,
    )
    (stored,) = cat.add_condition_checks([check])
    history = cat.condition_history(work.id)
    index = [c.id for c in history.checks].index(stored.id)
    d = check_dict(history, index)
    if args.json:
        print_json({"number": work.number, **d}, io.out)
    else:
        io.say(_line(work.number, d))
    return 0


def history_dicts(history: ConditionHistory) -> list[dict]:
    return [check_dict(history, i) for i in range(len(history.checks))]


def check_dict(history: ConditionHistory, index: int) -> dict:
    c = history.checks[index]
    return {
        "id": c.id,
        "event": c.event.value,
        "date": c.date.isoformat(),
        "place": c.place,
        "examiner": c.examiner,
        "grades": {z.value: g.value for z, g in c.grades},
        "worsened": [z.value for z in history.worsened(index)],
        "note": c.note,
        "photos": [{"path": p.path, "sha256": p.sha256, "size": p.size} for p in c.photos],
    }


def _line(number: int, c: dict) -> str:
    grades = ", ".join(
        f"{z}={g}{' (worse)' if z in c['worsened'] else ''}" for z, g in c["grades"].items()
    )
    text = f"No. {number}  {c['date']}  {c['event']}  {c['place']}  {c['examiner']}"
    extra = [grades] if grades else []
    extra += [f"note: {c['note']}"] if c["note"] else []
    extra += [f"{len(c['photos'])} photo(s)"] if c["photos"] else []
    return "  ".join([text, *extra])
