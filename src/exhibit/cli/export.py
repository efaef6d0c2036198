"""`exhibit export catalogue PROJECT --out FILE.pdf`: the printable bilingual catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from exhibit.cli.access import open_to_read
from exhibit.cli.exit_codes import EPILOG, ExitCode, UsageError
from exhibit.cli.jobrun import run_job
from exhibit.cli.output import print_json
from exhibit.core.errors import ExhibitError

if TYPE_CHECKING:  # ReportLab and the export load only when a catalogue is exported
    from exhibit.export.catalogue.options import CatalogueOptions, CatalogueSource

HELP = "export the catalogue or the loan papers (PDF)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    kinds = p.add_subparsers(dest="kind", metavar="WHAT", required=True)
    c = kinds.add_parser(
        "catalogue",
        help="the exhibition catalogue as a PDF for print",
        description="Export the bilingual exhibition catalogue as a PDF. "
        "Preflight runs first; errors stop the export unless --force.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("project", type=Path)
    c.add_argument(
        "--out", type=Path, required=True, help="the PDF file to write (its folder must exist)"
    )
    add_option_arguments(c)
    c.add_argument("--sections", default="", help="only these sections, e.g. 1,2")
    c.add_argument("--works", default="", help="only these works, e.g. 1-5,8")
    c.add_argument("--force", action="store_true", help="export despite preflight errors")
    c.add_argument("--json", action="store_true", help="machine-readable result")
    from exhibit.cli import export_photos, export_translation, export_web
    from exhibit.cli.export_documents import add_document_parsers

    add_document_parsers(kinds)
    export_photos.add_kinds(kinds)
    export_translation.add_kind(kinds)
    export_web.add_kind(kinds)


def run(args: argparse.Namespace, io) -> int:
    if getattr(args, "run_kind", None) is not None:
        return args.run_kind(args, io)
    if args.kind != "catalogue":
        from exhibit.cli.export_documents import run_document

        return run_document(args, io)
    return export_catalogue(
        args.project, args.out, io, force=args.force, as_json=args.json, options=_options(args)
    )


def export_catalogue(
    project: Path,
    out: Path,
    io,
    *,
    force: bool = False,
    as_json: bool = False,
    options: CatalogueOptions | None = None,
) -> int:
    from exhibit.export.catalogue.job import CatalogueExport, PreflightFailed
    from exhibit.export.source import catalogue_source

    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise ExhibitError(
            f"{out}: the catalogue cannot be written there: the folder {folder} {what} "
            "(nothing was written; make the folder first)"
        )
    with open_to_read(project, io, "export catalogue", reads_history=False) as cat:
        source = catalogue_source(cat)
        if options is not None and options.works:
            _check_works(options.works, source)
        if options is not None and options.sections:
            sections = [s.id for s in source.sections]
            options = _with_section_ids(options, sections)
        job = CatalogueExport(source, out, options, cache_dir=cat.paths.print_cache, force=force)
        plan = job.check()
        for w in plan.warnings:
            io.warn(f"  preflight: {w}")
        try:
            result = run_job(job, io, progress=not as_json)
        except PreflightFailed as exc:
            if as_json:
                print_json({"ok": False, "preflight": exc.report.to_dict()}, io.out)
            hint = (
                "--force cannot print these: shorten the texts."
                if exc.report.stopping(force=True)
                else "Use --force to export anyway."
            )
            io.warn(f"exhibit export: {exc}\nNothing was written. {hint}")
            return ExitCode.PREFLIGHT
    if as_json:
        print_json(result.to_dict(), io.out)
    else:
        io.say(
            f"Catalogue written: {result.path} ({result.pages} pages, "
            f"{result.bytes / 1e6:.1f} MB, {result.elapsed:.1f} s)"
        )
    return ExitCode.OK


def add_option_arguments(p: argparse.ArgumentParser, *, preflight: bool = False) -> None:
    """The export options as flags, from their one declaration (``EXPORT_OPTIONS``);
    ``preflight``: only those that change what preflight finds."""
    from exhibit.export.catalogue.options import EXPORT_OPTIONS

    for option in EXPORT_OPTIONS:
        if preflight and not option.preflight:
            continue
        default = option.default
        shown = f" (default {default})" if default not in (None, 0, False, "") else ""
        kw: dict = {"dest": option.name, "default": default, "help": option.help + shown}
        if option.kind is bool:
            kw["action"] = argparse.BooleanOptionalAction if default is None else "store_true"
        else:
            kw["type"] = option.kind
            kw["choices"] = option.choices or None
            kw["metavar"] = None if option.choices else option.metavar or None
        p.add_argument(option.flag, **kw)


def chosen_options(args: argparse.Namespace, **more) -> CatalogueOptions:
    """CatalogueOptions from the flags ``add_option_arguments`` added (and ``more``)."""
    from exhibit.export.catalogue.options import EXPORT_OPTIONS, CatalogueOptions

    given = {o.name: getattr(args, o.name) for o in EXPORT_OPTIONS if hasattr(args, o.name)}
    return CatalogueOptions(**given, **more)


def _options(args: argparse.Namespace) -> CatalogueOptions:
    return chosen_options(
        args,
        sections=tuple(parse_numbers(args.sections, "--sections")),
        works=tuple(parse_numbers(args.works, "--works")),
    )


def _with_section_ids(options: CatalogueOptions, ids: list[int]):
    """--sections counts sections from 1 in exhibition order; the options want their ids."""
    from dataclasses import replace

    try:
        chosen = tuple(ids[n - 1] for n in options.sections)
    except IndexError:
        raise UsageError(f"--sections: the project has {len(ids)} sections") from None
    return replace(options, sections=chosen)


def _check_works(numbers: tuple[int, ...], source: CatalogueSource) -> None:
    """--works names catalogue numbers; each must be a work of this catalogue."""
    have = {w.number for w in source.works}
    absent = sorted(set(numbers) - have)
    if not absent:
        return
    listed = ", ".join(f"No. {n}" for n in absent[:10]) + (" …" if len(absent) > 10 else "")
    there = f"its works are No. 1 to {max(have)}" if have else "it has no works"
    noun = "work" if len(absent) == 1 else "works"
    raise UsageError(f"--works: the catalogue has no {noun} {listed} ({there})")


def parse_numbers(text: str, option: str) -> list[int]:
    """'1-5,8' -> [1, 2, 3, 4, 5, 8]; a clear error for anything else."""
    numbers: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        low, dash, high = part.partition("-")
        try:
            lo, hi = int(low), int(high) if dash else int(low)
        except ValueError:
            raise UsageError(f"{option}: {part!r} is not a number or a range like 1-5") from None
        if lo < 1 or hi < lo:
            raise UsageError(f"{option}: {part!r} is not a range like 1-5")
        numbers.extend(range(lo, hi + 1))
    return numbers
