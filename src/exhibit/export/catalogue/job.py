"""The catalogue export as a job: ``check()`` runs preflight, ``run()`` writes the PDF atomically.

The PDF is written to a temporary file in the target's folder and renamed over the target only
when complete, so a failed or cancelled export never leaves a broken PDF and never replaces the
previous one.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from exhibit.core.errors import ExhibitError
from exhibit.core.jobs import CancelToken, Plan, ProgressCallback, ProgressClock
from exhibit.core.project import temp_beside
from exhibit.export.catalogue.document import build
from exhibit.export.catalogue.images import PreparedImage, prepare_all
from exhibit.export.catalogue.options import CatalogueOptions, CatalogueSource
from exhibit.export.catalogue.plan import CataloguePlan, make_plan
from exhibit.export.preflight import PreflightReport, check_plan


class PreflightFailed(ExhibitError):
    """Preflight found errors and the export was not forced."""

    code = "preflight_failed"

    def __init__(self, report: PreflightReport) -> None:
        lines = "\n".join(f"  {f.message}" for f in report.errors)
        super().__init__(f"preflight found {len(report.errors)} error(s):\n{lines}")
        self.report = report


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    pages: int
    bytes: int
    elapsed: float
    preflight: PreflightReport
    images: dict[str, int]  # outcome -> count: prepared, cached, passed_through

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "pages": self.pages,
            "bytes": self.bytes,
            "elapsed_seconds": round(self.elapsed, 3),
            "images": self.images,
            "preflight": self.preflight.to_dict(),
        }


class CatalogueExport:
    """Export a catalogue PDF. ``cache_dir`` is the project's cache folder for prepared images."""

    def __init__(
        self,
        source: CatalogueSource,
        out: Path,
        options: CatalogueOptions | None = None,
        *,
        cache_dir: Path,
        force: bool = False,
        invariant: bool = False,
        tagged: bool = True,
    ) -> None:
        self.source = source
        self.out = Path(out)
        self.options = options or CatalogueOptions()
        self.cache_dir = Path(cache_dir)
        self.force = force
        self.invariant = invariant
        self.tagged = tagged  # the structure tree; off only for the benchmark's comparison
        self._plan: CataloguePlan | None = None
        self._report: PreflightReport | None = None

    @property
    def report(self) -> PreflightReport | None:
        """The findings of the last check (None before the first)."""
        return self._report

    def check(self) -> Plan:
        """Run preflight; errors stop the export unless it is forced."""
        self._plan = make_plan(self.source, self.options)
        self._report = check_plan(self._plan)
        report = self._report
        summary = (
            f"{report.works} works, {self.options.page_size.value} {self.options.layout.value}, "
            f"{self.options.dpi} dpi, to {self.out.name}"
        )
        stopping = tuple(f.message for f in report.stopping(self.force))
        warnings = tuple(f.message for f in report.warnings)
        if self.force:
            forced = (f for f in report.errors if f.forceable)
            warnings = tuple(f.message for f in forced) + warnings
        return Plan(summary, len(self._plan.photos) + 1, stopping, warnings)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> ExportResult:
        started = time.monotonic()
        if self._plan is None or self._report is None:
            self.check()
        plan, report = self._plan, self._report
        assert plan is not None and report is not None
        if report.stopping(self.force):
            raise PreflightFailed(report)
        temp = self._reserve()  # before the images: a folder that cannot be written says so now
        try:
            clock = ProgressClock(progress, len(plan.photos) + 1, "images")
            prepared = self._images(plan, report, clock, cancel)
            cancel.raise_if_cancelled()
            clock.phase = "pdf"
            clock.report(self.out.name)
            pages = self._write(plan, {k: p.path for k, p in prepared.items()}, cancel, temp)
            clock.report(self.out.name, advance=1)
        finally:
            temp.unlink(missing_ok=True)
        counts: dict[str, int] = {}
        for p in prepared.values():
            counts[p.outcome.value] = counts.get(p.outcome.value, 0) + 1
        size = self.out.stat().st_size
        return ExportResult(self.out, pages, size, time.monotonic() - started, report, counts)

    def _images(self, plan, report, clock, cancel) -> dict[str, PreparedImage]:
        tasks = [
            photo.task(report.digests[photo.key], self.options.dpi, self.options.jpeg_quality)
            for photo in plan.photos
            if photo.info is not None and photo.key in report.digests
        ]

        def done(result: PreparedImage) -> None:
            clock.report(Path(result.path).name, advance=1)

        return prepare_all(
            tasks, self.cache_dir, processes=self.options.processes, cancel=cancel, on_done=done
        )

    def _reserve(self) -> Path:
        """The temporary file beside the target that the PDF is written into, then renamed."""
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            # A temporary file left by an export that was killed is removed now.
            name = temp_beside(self.out)
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise ExhibitError(
                f"{self.out}: the catalogue cannot be written there ({exc.strerror or exc})"
            ) from exc
        return Path(name)

    def _write(
        self, plan: CataloguePlan, images: dict[str, str], cancel: CancelToken, temp: Path
    ) -> int:
        try:
            with open(temp, "wb") as f:
                pages = build(plan, f, images, invariant=self.invariant, tagged=self.tagged)
                cancel.raise_if_cancelled()
                f.flush()
                os.fsync(f.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, self.out)
        except OSError as exc:  # disk full, target locked: the previous PDF stays
            raise ExhibitError(
                f"{self.out}: the catalogue could not be written ({exc.strerror or exc}); "
                "the previous file is unchanged"
            ) from exc
        return pages


def export_catalogue(
    source: CatalogueSource,
    out: Path,
    options: CatalogueOptions | None = None,
    *,
    cache_dir: Path,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """One call for the command line: check, then run."""
    job = CatalogueExport(source, out, options, cache_dir=cache_dir, force=force)
    return job.run(progress or (lambda _: None), cancel or CancelToken())
