"""`exhibit export web PROJECT --out DIR`: the exhibition as a static bilingual web gallery.

One folder of pages for phones and the society's website: an index, a page per work at
`w/NUMBER/index.html` (what the wall labels' QR codes open), an about page, responsive images
without EXIF. Works from file:// and any static host; no server, no external requests.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json
from exhibit.core.errors import ExhibitError


def add_kind(kinds) -> None:
    w = kinds.add_parser(
        "web",
        help="a static bilingual web gallery (for the labels' QR codes and a website)",
        description=__doc__.split("\n", 1)[1].strip()
        + "\n\nExit codes: 0 written; 1 error; 2 usage; 6 stopped by web preflight errors "
        "(--force writes anyway).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    w.add_argument("project", type=Path)
    w.add_argument("--out", type=Path, required=True, help="the folder to write")
    w.add_argument(
        "--base-url",
        default=None,
        metavar="URL",
        help="where the folder will be published (for link previews and QR codes)",
    )
    w.add_argument("--works", default="", help="only these works, e.g. 1-5,8")
    w.add_argument(
        "--first-language",
        default=None,
        metavar="LANG",
        help="the language shown first (default: the project's setting)",
    )
    w.add_argument("--no-webp", action="store_true", help="JPEG images only")
    w.add_argument("--force", action="store_true", help="write despite preflight errors")
    w.add_argument("--json", action="store_true", help="machine-readable result")
    w.set_defaults(run_kind=run)


def run(args: argparse.Namespace, io) -> int:
    from exhibit.cli.export import parse_numbers
    from exhibit.cli.jobrun import run_job
    from exhibit.export.web.gallery import WebGallery, WebOptions, WebPreflightFailed
    from exhibit.export.web.source import web_source

    with open_to_read(args.project, io, "export web", reads_history=False) as cat:
        source = web_source(cat)
    ex = source.source.exhibition
    first = args.first_language
    if first is not None and first not in ex.languages:
        raise ExhibitError(f"--first-language {first}: not a language of this project")
    options = WebOptions(
        base_url=args.base_url if args.base_url is not None else source.base_url,
        works=tuple(parse_numbers(args.works, "--works")),
        first_language=first or source.first_language,
        webp=not args.no_webp,
        force=args.force,
    )
    job = WebGallery(source.source, args.out, options)
    plan = job.check()
    for warning in plan.warnings:
        io.warn(f"  web preflight: {warning}")
    try:
        result = run_job(job, io, progress=not args.json)
    except WebPreflightFailed as exc:
        for error in exc.errors:
            io.warn(f"  web preflight error: {error}")
        if args.json:
            print_json({"ok": False, "errors": list(exc.errors)}, io.out)
        io.warn("exhibit export web: nothing was written. Use --force to write anyway.")
        return ExitCode.PREFLIGHT
    if args.json:
        print_json(result.to_dict(), io.out)
    else:
        io.say(
            f"Web gallery written: {result.path} ({result.pages} pages, {result.images} images, "
            f"{result.bytes / 1e6:.1f} MB); open {result.path / 'index.html'}"
        )
    return ExitCode.OK
