"""Exit codes of the `exhibit` command, and the one table mapping error types to them.

0  all is well
1  an error that stopped the command (the message says which file or field and why)
2  the command line was wrong (usage)
3  the command ran, but some files failed or problems were found (the report lists them)
4  the project is being changed in another window or process (only commands that change it
   are refused; they wait a few seconds for another command first)
5  cancelled (Ctrl-C); what was finished is kept
6  the export stopped because preflight found errors (use --force to export anyway)
"""

from __future__ import annotations

from enum import IntEnum

from exhibit.core import errors

EPILOG = """exit codes:
  0  all is well
  1  an error stopped the command
  2  the command line was wrong
  3  some files failed or problems were found (listed in the report)
  4  the project is being changed in another window or process (readers are not refused)
  5  cancelled; what was finished is kept
  6  export stopped by preflight errors (--force exports anyway)

Run `exhibit` without a command to start the desktop app, `exhibit PROJECT` (or a partner
package) to open it there; `exhibit --self-test` checks this installation."""


class UsageError(errors.ExhibitError):
    """A value on the command line that does not fit (exit code 2), e.g. `--works 3-`."""

    code = "usage"


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    PROBLEMS = 3
    PROJECT_OPEN = 4
    CANCELLED = 5
    PREFLIGHT = 6


_BY_ERROR: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (errors.ProjectLockedError, ExitCode.PROJECT_OPEN),
    (UsageError, ExitCode.USAGE),
    (errors.FieldError, ExitCode.USAGE),
    (errors.LanguageError, ExitCode.USAGE),
    (KeyboardInterrupt, ExitCode.CANCELLED),
    (errors.ExhibitError, ExitCode.ERROR),
)


def for_error(exc: BaseException) -> ExitCode:
    for kind, code in _BY_ERROR:
        if isinstance(exc, kind):
            return code
    return ExitCode.ERROR
