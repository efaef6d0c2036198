"""``exhibit --self-test``: does this installation work, end to end? Exits 0, or 1 with the reason.

In a temporary folder it makes the demo exhibition (its photos imported by two worker
processes), starts the app as it starts for a curator, loads the bundled fonts and the German
and Chinese translations (Exhibit's and Qt's), shows the demo in the main window (on the
display, or offscreen when there is none), exports the catalogue PDF with the bundled fonts
and reads it back: pages present, every font embedded, Chinese text extractable, the first
page drawn by PDFium (as the print dialog's preview draws it). Each check
prints one line; the first that fails stops the test and names what went wrong. Nothing
outside the temporary folder is read or written (the settings live there too).

The checks that need Qt are in ``exhibit.ui.smoke``; this module holds none, so it can report
a Qt that cannot start instead of failing on import.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

WORKERS = 2
SAMPLE_TEXT = "迪伦"  # from the demo's Chinese title: must come back out of the PDF
EMBEDDED_FAMILIES = ("NotoSans", "ExhibitSansSC")


class CheckFailed(Exception):
    """A check of the self-test failed; the message says why."""


def run_self_test(out: TextIO, err: TextIO) -> bool:
    """Run every check, one line each on ``out``; the reason of a failure also on ``err``."""
    started = time.monotonic()
    choose_platform()
    with tempfile.TemporaryDirectory(prefix="exhibit-self-test-") as tmp:
        test = _SelfTest(Path(tmp))
        try:
            for name, check in test.checks():
                begun = time.monotonic()
                try:
                    detail = check()
                except Exception as exc:
                    reason = str(exc) or type(exc).__name__
                    print(f"FAIL {name}: {reason}", file=out, flush=True)
                    print(f"exhibit --self-test: {name} failed: {reason}", file=err, flush=True)
                    return False
                took = time.monotonic() - begun
                print(f"ok   {name} ({took:.1f} s): {detail}", file=out, flush=True)
        finally:
            test.close()
    print(f"self-test passed ({time.monotonic() - started:.1f} s)", file=out, flush=True)
    return True


def choose_platform() -> str:
    """Offscreen when there is no display and no platform was chosen; the platform name."""
    if not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.name == "nt"
        or os.uname().sysname == "Darwin"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return os.environ.get("QT_QPA_PLATFORM", "")


class _SelfTest:
    """The checks, in order; later ones use what earlier ones made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.project = folder / "Demo.exhibit"
        self.pdf = folder / "Katalog.pdf"
        self.app = None
        self.projects = None
        self.pages = 0

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("demo", self.demo),
            ("app", self.start_app),
            ("fonts", self.fonts),
            ("translations", self.translations),
            ("window", self.window),
            ("catalogue", self.catalogue),
            ("pdf", self.read_pdf),
            ("pdf preview", self.render_pdf),
            ("environment", self.environment),
        ]

    def demo(self) -> str:
        from exhibit.core.jobs import CancelToken, no_progress
        from exhibit.core.store import Catalogue
        from exhibit.demo import WORKS, create_demo

        create_demo(self.project, no_progress, CancelToken(), jobs=WORKERS)
        with Catalogue.open(self.project, backup=False) as cat:
            works = cat.count_works()
            thumbnails = len(list(cat.paths.thumbnails.glob("*.jpg")))
        if works != len(WORKS) or thumbnails != len(WORKS):
            raise CheckFailed(
                f"the import made {works} works and {thumbnails} thumbnails of {len(WORKS)} photos"
            )
        return f"{works} photos imported by {WORKERS} worker processes"

    def start_app(self) -> str:
        try:
            from exhibit.ui import smoke
        except ImportError as exc:
            raise CheckFailed(f"Qt cannot be loaded: {exc}") from exc
        self.smoke = smoke
        self.app, line = smoke.start_app()
        return line

    def fonts(self) -> str:
        return self.smoke.check_fonts()

    def translations(self) -> str:
        return self.smoke.check_translations(self.app)

    def window(self) -> str:
        self.projects, line = self.smoke.open_window(self.project, self.folder / "settings")
        return line

    def catalogue(self) -> str:
        from exhibit.core.jobs import CancelToken, no_progress
        from exhibit.export.catalogue.job import CatalogueExport
        from exhibit.export.source import catalogue_source

        cat = self.projects.catalogue  # the window's: the project is open there
        job = CatalogueExport(
            catalogue_source(cat), self.pdf, cache_dir=cat.paths.print_cache, force=True
        )
        job.check()
        result = job.run(no_progress, CancelToken())
        self.pages = result.pages
        return f"{result.pages} pages, {result.bytes / 1e6:.1f} MB, {result.elapsed:.1f} s"

    def read_pdf(self) -> str:
        return check_pdf(self.pdf, self.pages)

    def render_pdf(self) -> str:
        """The first page drawn by PDFium, as the print dialog's preview draws documents."""
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(self.pdf))
        try:
            image = pdf[0].render(scale=0.5).to_pil().convert("L")
        finally:
            pdf.close()
        low, high = image.getextrema()
        if high - low < 64:
            raise CheckFailed(f"the first page of {self.pdf.name} renders blank")
        return f"first page {image.width}x{image.height} px, grey levels {low} to {high}"

    def environment(self) -> str:
        return self.smoke.check_child_environment()

    def close(self) -> None:
        if self.projects is not None:
            self.smoke.close(self.projects)


def check_pdf(path: Path, pages: int) -> str:
    """Read a catalogue PDF back: its pages, its fonts embedded, the Chinese text extractable."""
    import pikepdf

    try:
        pdf = pikepdf.open(path)
    except pikepdf.PdfError as exc:
        raise CheckFailed(f"{path.name} is not a complete PDF: {exc}") from exc
    with pdf:
        found = len(pdf.pages)
        if found == 0 or found != pages:
            raise CheckFailed(f"{path.name} has {found} pages, the export reported {pages}")
        fonts = _fonts(pdf)
        names = {name for name, _ in fonts}
        bare = sorted(name for name, font in fonts if not _embedded(font))
        if bare:
            raise CheckFailed(f"{path.name}: fonts not embedded: {', '.join(bare)}")
        missing = [f for f in EMBEDDED_FAMILIES if not any(n.startswith(f) for n in names)]
        if missing:
            raise CheckFailed(f"{path.name} lacks the bundled fonts {', '.join(missing)}")
        cmaps = b"".join(
            font.ToUnicode.read_bytes() for _, font in fonts if "/ToUnicode" in font
        ).upper()
    absent = [c for c in SAMPLE_TEXT if f"{ord(c):04X}".encode() not in cmaps]
    if absent:
        raise CheckFailed(f"{path.name}: {''.join(absent)} cannot be extracted (no ToUnicode)")
    return f"{found} pages, {len(names)} fonts embedded ({', '.join(sorted(names))}), text mapped"


def _fonts(pdf) -> list[tuple[str, object]]:
    """(name without subset tag, font dictionary) of every font the pages use."""
    seen: dict[tuple[int, int], tuple[str, object]] = {}
    for page in pdf.pages:
        resources = page.obj.get("/Resources", {})
        for font in dict(resources.get("/Font", {})).values():
            name = str(font.get("/BaseFont", "/?"))[1:].split("+")[-1]
            seen.setdefault(font.objgen, (name, font))
    return list(seen.values())


def _embedded(font) -> bool:
    """Whether the font's outlines are in the file (a Type 0 font: its descendant's)."""
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )
