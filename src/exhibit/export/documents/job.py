"""A document export as a job: ``check()`` runs preflight, ``run()`` writes the PDF atomically
(a temporary file beside the target, renamed over it only when complete)."""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken, Plan, ProgressCallback, ProgressClock
from exhibit.core.project import temp_beside
from exhibit.export.catalogue.job import PreflightFailed
from exhibit.export.catalogue.options import Purpose, printing_condition
from exhibit.export.catalogue.pdfx import Finish, finish, language_spans
from exhibit.export.documents.labels import label_text, write_labels
from exhibit.export.documents.options import (
    DocumentKind,
    DocumentOptions,
    DocumentSource,
    order_languages,
)
from exhibit.export.documents.preflight import check_documents
from exhibit.export.documents.setting import Setter
from exhibit.export.documents.tables import (
    Checklist,
    ConditionReports,
    LoanDocument,
    write_checklist,
    write_conditions,
    write_loan,
)
from exhibit.export.documents.words import words
from exhibit.export.preflight import PreflightReport

_TITLE_KEY = {
    DocumentKind.LABELS: "title",
    DocumentKind.CHECKLIST: "checklist",
    DocumentKind.CONDITION: "condition_report",
    DocumentKind.LOAN: "loan_record",
}


@dataclass(frozen=True, slots=True)
class DocumentResult:
    kind: DocumentKind
    path: Path
    pages: int
    bytes: int
    works: int
    elapsed: float
    preflight: PreflightReport

    def to_dict(self) -> dict:
        return {
            "document": self.kind.value,
            "path": str(self.path),
            "pages": self.pages,
            "bytes": self.bytes,
            "works": self.works,
            "elapsed_seconds": round(self.elapsed, 3),
            "preflight": self.preflight.to_dict(),
        }


class DocumentExport:
    def __init__(
        self,
        source: DocumentSource,
        out: Path,
        options: DocumentOptions,
        *,
        force: bool = False,
        invariant: bool = False,
    ) -> None:
        self.source, self.out, self.options = source, Path(out), options
        self.force, self.invariant = force, invariant
        self.languages = order_languages(source.exhibition.languages, options.languages)
        self.works = source.chosen(options.works)
        self.setter = Setter(purpose=options.purpose)
        self._report: PreflightReport | None = None

    @property
    def report(self) -> PreflightReport | None:
        return self._report

    def check(self) -> Plan:
        self._report = check_documents(
            self.source, self.works, self.languages, self.options, self.setter
        )
        r = self._report
        summary = f"{self.options.kind.value}: {len(self.works)} works, to {self.out.name}"
        errors = tuple(f.message for f in r.errors)
        warnings = tuple(f.message for f in r.warnings)
        if self.force:
            return Plan(summary, 1, (), errors + warnings)
        return Plan(summary, 1, errors, warnings)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> DocumentResult:
        started = time.monotonic()
        if self._report is None:
            self.check()
        report = self._report
        assert report is not None
        if report.errors and not self.force:
            raise PreflightFailed(report)
        clock = ProgressClock(progress, 1, "pdf")
        clock.report(self.out.name)
        cancel.raise_if_cancelled()
        pages = self._write_atomically()
        clock.report(self.out.name, advance=1)
        return DocumentResult(
            self.options.kind,
            self.out,
            pages,
            self.out.stat().st_size,
            len(self.works),
            time.monotonic() - started,
            report,
        )

    def write(self, target: BinaryIO) -> int:
        """Write the document into an open file, finished as PDF/X-4 for print (output intent,
        XMP, ICC-based images) or as tagged RGB for the screen; returns the page count."""
        meta = self._meta()
        pages = io.BytesIO()
        count = self._write_pages(pages, meta)
        purpose = self.options.purpose
        how = Finish(
            purpose,
            printing_condition(self.options.condition) if purpose is Purpose.PRINT else None,
            meta["title"],
            self.languages[0],
            self.invariant,
            language_spans(self.languages),
        )
        finish(pages.getvalue(), target, how)
        return count

    def _write_pages(self, target: BinaryIO, meta: dict) -> int:
        kind = self.options.kind
        if kind is DocumentKind.LABELS:
            labels = [
                label_text(w, self.source.exhibition, self.languages, self.options)
                for w in self.works
            ]
            return write_labels(target, labels, self.options, self.setter, meta)
        args = (self.source, self.works, self.languages, self.setter, meta)
        if kind is DocumentKind.CHECKLIST:
            return write_checklist(target, Checklist(*args))
        if kind is DocumentKind.CONDITION:
            return write_conditions(target, ConditionReports(*args))
        return write_loan(target, LoanDocument(*args))

    def _meta(self) -> dict:
        ex = self.source.exhibition
        title = " / ".join(
            dict.fromkeys(v for v in (ex.value("title", g) for g in self.languages) if v)
        )
        kind = words(_TITLE_KEY[self.options.kind], self.languages)
        if self.options.kind is DocumentKind.LABELS:
            kind = "Labels"
        return {
            "title": f"{kind}: {title}" if title else kind,
            "author": ex.value("organisers", self.languages[-1]).split("\n")[0],
            "subject": ex.loan.loan_number,
            "lang": self.languages[0],
            "invariant": 1 if self.invariant else 0,
        }

    def _write_atomically(self) -> int:
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            name = temp_beside(self.out)  # a killed export's leftover is removed first
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise ExhibitError(
                f"{self.out}: cannot be written there ({exc.strerror or exc})"
            ) from exc
        temp = Path(name)
        try:
            with open(temp, "wb") as f:
                pages = self.write(f)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, self.out)
        except OSError as exc:
            raise ExhibitError(
                f"{self.out}: could not be written ({exc.strerror or exc}); "
                "the previous file is unchanged"
            ) from exc
        finally:
            temp.unlink(missing_ok=True)
        return pages
