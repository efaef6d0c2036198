"""`exhibit export labels|checklist|condition|loan PROJECT --out FILE.pdf`: the loan papers.

Like `export catalogue`: preflight first (errors stop the export unless --force), --works to
choose works, --json for the result. Labels take --size, --sheet, --qr and --no-caption; every
document takes --languages to set the print order (default: the venue's languages first).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import print_json
from exhibit.core.store import Catalogue
from exhibit.export.catalogue.job import PreflightFailed
from exhibit.export.documents.job import DocumentExport
from exhibit.export.documents.options import DocumentKind, DocumentOptions, LabelSize, Sheet
from exhibit.export.documents.source import document_source

_HELP = {
    DocumentKind.LABELS: "wall labels in both languages, optionally with a QR code",
    DocumentKind.CHECKLIST: "the object list for venue and shipper (landscape A4)",
    DocumentKind.CONDITION: "a condition report per work: every check, signatures",
    DocumentKind.LOAN: "the loan record with crates and the insurance schedule",
}


def add_document_parsers(kinds) -> None:
    for kind in DocumentKind:
        p = kinds.add_parser(kind.value, help=_HELP[kind], description=_HELP[kind])
        p.add_argument("project", type=Path)
        p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
        p.add_argument("--works", default="", help="only these works, e.g. 1-5,8")
        p.add_argument(
            "--languages",
            default="",
            help="print order, e.g. zh-Hans,de (default: the venue's languages first)",
        )
        if kind is DocumentKind.LABELS:
            p.add_argument("--size", default="a5", help="a6, a5 or WxH in mm (default a5)")
            p.add_argument(
                "--sheet",
                choices=[s.value for s in Sheet],
                default="a4",
                help="labels per sheet with cut marks, or none: one per page (default a4)",
            )
            p.add_argument(
                "--qr",
                default=None,
                metavar="URL-PATTERN",
                help="a QR code to this URL, e.g. https://example.org/w/{number} (default: the "
                "work's page in the web gallery when the exhibition has a web address)",
            )
            p.add_argument("--no-qr", action="store_true", help="no QR codes")
            p.add_argument("--no-caption", action="store_true", help="title and tombstone only")
        p.add_argument("--force", action="store_true", help="export despite preflight errors")
        p.add_argument("--json", action="store_true", help="machine-readable result")


def run_document(args: argparse.Namespace, io) -> int:
    from exhibit.cli.export import parse_numbers

    kind = DocumentKind(args.kind)
    labels = kind is DocumentKind.LABELS
    with Catalogue.open(args.project, backup=False) as cat:
        source = document_source(cat)
    qr = ""
    if labels and not args.no_qr:
        from exhibit.export.web.gallery import qr_pattern_for

        qr = args.qr if args.qr is not None else qr_pattern_for(source.exhibition.web_address)
    options = DocumentOptions(
        kind=kind,
        works=tuple(parse_numbers(args.works, "--works")),
        languages=tuple(x.strip() for x in args.languages.split(",") if x.strip()),
        label_size=LabelSize.parse(args.size if labels else "a5"),
        sheet=Sheet(args.sheet) if labels else Sheet.A4,
        qr_pattern=qr,
        with_caption=not (labels and args.no_caption),
    )
    job = DocumentExport(source, args.out, options, force=args.force)
    plan = job.check()
    for w in plan.warnings:
        io.warn(f"  preflight: {w}")
    try:
        result = run_job(job, io, progress=not args.json)
    except PreflightFailed as exc:
        if args.json:
            print_json({"ok": False, "preflight": exc.report.to_dict()}, io.out)
        io.warn(f"exhibit export: {exc}\nNothing was written. Use --force to export anyway.")
        return ExitCode.PREFLIGHT
    if args.json:
        print_json(result.to_dict(), io.out)
    else:
        io.say(
            f"{kind.value.capitalize()} written: {result.path} ({result.pages} pages, "
            f"{result.works} works)"
        )
    return ExitCode.OK
