"""`exhibit export translation PROJECT --format F --to LANG --out FILE`: texts to translators.

Every translatable field (exhibition, sections, works) with a source text is one unit with a
stable id; the file records what was sent, so that `exhibit import-translation` can tell
what the translator changed from what changed here since.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.output import print_json
from exhibit.core.errors import ExhibitError
from exhibit.core.translation import Format, Only


def add_kind(kinds) -> None:
    t = kinds.add_parser(
        "translation",
        help="texts for a translator: XLSX, XLIFF 1.2/2.0 or PO",
        description="Write the texts to translate into one file: XLSX (Excel, WPS, "
        "LibreOffice), XLIFF 1.2 (Trados, memoQ, Phrase, OmegaT), XLIFF 2.0 or PO. Bring it "
        "back with `exhibit import-translation`.",
    )
    t.add_argument("project", type=Path)
    t.add_argument("--format", choices=[f.value for f in Format], default="xlsx")
    t.add_argument(
        "--to",
        dest="target",
        default=None,
        metavar="LANG",
        help="target language (default: the project's second language)",
    )
    t.add_argument(
        "--only",
        choices=[o.value for o in Only],
        default="all",
        help="missing: empty fields; outdated: empty or outdated; all (default)",
    )
    t.add_argument("--out", type=Path, required=True, help="the file to write")
    t.add_argument(
        "--lang-code",
        default=None,
        metavar="CODE",
        help="write the target language as CODE (e.g. zh-CN for strict tools)",
    )
    t.add_argument(
        "--photos",
        action="store_true",
        help="also write FILE-photos.zip with thumbnails and a contact sheet",
    )
    t.add_argument("--json", action="store_true", help="machine-readable result")
    t.set_defaults(run_kind=run)


def run(args: argparse.Namespace, io) -> int:
    from exhibit.export.translation.job import export_translation, translation_snapshot

    if not args.out.parent.is_dir():
        raise ExhibitError(f"--out: the folder {args.out.parent} does not exist")
    with open_to_read(args.project, io, "export translation") as cat:
        languages = cat.languages
        target = args.target or (languages[1] if len(languages) > 1 else "")
        if target not in languages[1:]:
            raise ExhibitError(
                f"--to {target or '?'}: not a target language of this project "
                f"({', '.join(languages[1:]) or 'it has none'})"
            )
        snapshot = translation_snapshot(cat)
    try:
        result = export_translation(
            snapshot,
            args.out,
            Format(args.format),
            target,
            only=Only(args.only),
            code=args.lang_code,
            photos=args.photos,
        )
    except ValueError as exc:
        raise ExhibitError(str(exc)) from None
    if args.json:
        print_json(result.to_dict(), io.out)
    else:
        io.say(f"Written: {result.path} ({result.units} texts for translation)")
        if result.photos:
            io.say(f"Photos: {result.photos}")
    return 0
