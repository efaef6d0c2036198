"""`exhibit export xmp` and `exhibit export copies`: captions out with the photos.

    exhibit export xmp PROJECT [--naming jpg.xmp|xmp] [--works 1-5,8]
    exhibit export copies PROJECT --out DIR [--long-edge N] [--iptc] [--default-lang LANG]

Sidecars are written beside the originals and merged with a sidecar already there; copies are
sRGB JPEGs with the captions in XMP (and IPTC-IIM with --iptc). Originals are only read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.access import open_to_read
from exhibit.cli.jobrun import run_job
from exhibit.cli.report import print_report
from exhibit.core.errors import ExhibitError


def add_kinds(kinds) -> None:
    x = kinds.add_parser(
        "xmp",
        help="XMP sidecars with both languages beside the originals",
        description="Write XMP sidecars (dc:title, dc:description, dc:rights in every project "
        "language, creator, date, credit, location, alt text) beside the originals. An "
        "existing sidecar keeps its other properties. Exit code 3 when a work failed.",
    )
    x.add_argument("project", type=Path)
    x.add_argument(
        "--naming",
        choices=["jpg.xmp", "xmp"],
        default="jpg.xmp",
        help="IMG_1.jpg.xmp (digiKam, darktable; default) or IMG_1.xmp (Adobe)",
    )
    x.add_argument("--works", default="", help="only these works, e.g. 1-5,8")
    x.add_argument("--json", action="store_true", help="machine-readable report")
    x.set_defaults(run_kind=run_xmp)

    c = kinds.add_parser(
        "copies",
        help="delivery JPEGs with the captions embedded",
        description="Write sRGB JPEG copies for the venue, the printer and the press, with the "
        "captions in both languages as XMP (and IPTC-IIM with --iptc). Exit code 3 when a work "
        "failed.",
    )
    c.add_argument("project", type=Path)
    c.add_argument("--out", type=Path, required=True, help="folder for the copies")
    c.add_argument("--long-edge", type=int, default=3000, help="pixels (default 3000)")
    c.add_argument("--iptc", action="store_true", help="also write IPTC-IIM (UTF-8)")
    c.add_argument(
        "--default-lang",
        default=None,
        metavar="LANG",
        help="the language x-default and IPTC repeat (default: the source language; "
        "the target language for the partner's copies)",
    )
    c.add_argument("--works", default="", help="only these works, e.g. 1-5,8")
    c.add_argument("--json", action="store_true", help="machine-readable report")
    c.set_defaults(run_kind=run_copies)


def _snapshot(cat, works: str):
    from exhibit.cli.export import parse_numbers
    from exhibit.export.photos.jobs import PhotoSnapshot

    chosen = cat.works()
    numbers = parse_numbers(works, "--works")
    if numbers:
        missing = sorted(set(numbers) - {w.number for w in chosen})
        if missing:
            raise ExhibitError(
                f"--works: there is no work No. {missing[0]} (the catalogue has {len(chosen)})"
            )
        chosen = [w for w in chosen if w.number in set(numbers)]
    return PhotoSnapshot(cat.exhibition(), tuple(chosen), cat.root)


def run_xmp(args: argparse.Namespace, io) -> int:
    from exhibit.export.photos.jobs import SidecarExport

    with open_to_read(args.project, io, "export xmp", reads_history=False) as cat:
        job = SidecarExport(_snapshot(cat, args.works), args.naming)
    report = run_job(job, io, progress=not args.json)
    return print_report(report, io, as_json=args.json)


def run_copies(args: argparse.Namespace, io) -> int:
    from exhibit.export.photos.jobs import DeliveryCopies

    if not args.out.parent.is_dir():
        raise ExhibitError(f"--out: the folder {args.out.parent} does not exist")
    with open_to_read(args.project, io, "export copies", reads_history=False) as cat:
        try:
            job = DeliveryCopies(
                _snapshot(cat, args.works),
                args.out,
                long_edge=args.long_edge,
                iptc=args.iptc,
                default_lang=args.default_lang,
            )
        except ValueError as exc:
            raise ExhibitError(str(exc)) from None
    report = run_job(job, io, progress=not args.json)
    return print_report(report, io, as_json=args.json)
