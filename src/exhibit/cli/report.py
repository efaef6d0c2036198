"""Print a JobReport: a summary line, then every file that needs attention.

One fact per line, each named once: a work by its catalogue number and file name ("No. 22
22-canon_tags.jpg: the original file is missing"), a file not (yet) in the catalogue by its path
("FAILED    Fotos/kaputt.jpg: kaputt.jpg is not an image (HTML)."). Reason codes are for
``--json``.
"""

from __future__ import annotations

from pathlib import PurePath

from exhibit.cli.exit_codes import ExitCode
from exhibit.cli.output import print_json, visible
from exhibit.core.jobs import FileOutcome, JobReport, Outcome

_WORDS = {
    Outcome.IMPORTED: "imported",
    Outcome.DUPLICATE: "duplicates",
    Outcome.FAILED: "failed",
    Outcome.SKIPPED: "skipped",
    Outcome.RELINKED: "relinked",
    Outcome.MISSING: "missing",
    Outcome.CHANGED: "changed",
    Outcome.OK: "ok",
}


def print_report(report: JobReport, io, *, as_json: bool, verbose_ok: bool = False) -> int:
    if as_json:
        print_json(report.to_dict(), io.out)
    else:
        for o in report.outcomes:
            if o.outcome in (Outcome.FAILED, Outcome.MISSING, Outcome.CHANGED):
                io.say(f"  {_fact(o)}")
            elif o.outcome is Outcome.DUPLICATE:
                io.say(f"  DUPLICATE {visible(o.path)}: duplicate of No. {o.number}")
            elif verbose_ok or o.warnings:
                for w in o.warnings:
                    io.say(f"  WARNING   {visible(o.path)}: {visible(w)}")
        counts = [f"{report.count(k)} {w}" for k, w in _WORDS.items() if report.count(k)]
        line = ", ".join(counts) or "nothing to do"
        if report.cancelled:
            line += f"; cancelled, {report.not_started} not started (what was done is kept)"
        io.say(f"{line} ({report.elapsed:.1f} s)")
    return exit_code(report)


def _fact(o: FileOutcome) -> str:
    """The outcome's message with the file named once (messages may start with its path)."""
    message = visible(o.message.removeprefix(f"{o.path}: ") or o.reason)
    if o.number is not None:
        return f"No. {o.number} {visible(PurePath(o.path).name)}: {message}"
    return f"{o.outcome.value.upper():9} {visible(o.path)}: {message}"


def exit_code(report: JobReport) -> ExitCode:
    """Cancelled, problems (a file failed, an original is missing or changed), or all well."""
    if report.cancelled:
        return ExitCode.CANCELLED
    bad = sum(report.count(o) for o in (Outcome.FAILED, Outcome.MISSING, Outcome.CHANGED))
    return ExitCode.PROBLEMS if bad else ExitCode.OK
