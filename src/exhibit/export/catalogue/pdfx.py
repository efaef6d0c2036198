"""PDF/X-4 for the print shop, or a plain RGB PDF for the screen: what reportlab cannot write.

reportlab writes the pages; this module finishes its output with pikepdf. For print: an output
intent (``/GTS_PDFX``) with the printing condition's CMYK profile embedded, XMP metadata with
``pdfxid:GTS_PDFXVersion`` "PDF/X-4" and ``pdf:Trapped``, PDF 1.6, and every image that reportlab
wrote as DeviceRGB tagged as ICC-based sRGB (the images are prepared in sRGB). Text and rules are
already DeviceCMYK (K only) and crop marks ``/Separation /All`` when the document was built with
the print palette. For the screen only the images are tagged as sRGB.

The CMYK profiles were made once from free characterisation data (see ``packaging/color/``); they
ship in ``exhibit.resources/color`` and are read through importlib.resources.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name
from PIL import ImageCms
from reportlab.lib.colors import CMYKColor, CMYKColorSep, Color

from exhibit.export.catalogue.options import PrintingCondition, Purpose
from exhibit.export.catalogue.tagging import Structure, write_structure


def profile(condition: PrintingCondition) -> bytes:
    return _profile_bytes(condition.filename)


@cache
def _profile_bytes(filename: str) -> bytes:
    return (resources.files("exhibit.resources") / "color" / filename).read_bytes()


@cache
def srgb_profile() -> bytes:
    """LittleCMS's built-in sRGB profile (no file to license), for the images' colour space."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


@dataclass(frozen=True, slots=True)
class Palette:
    """The document's colours: K-only CMYK for print, RGB greys for the screen."""

    ink: Color
    grey: Color
    tint: Color
    rule: Color
    marks: Color | None  # crop marks
    enforce: str | None  # reportlab's enforceColorSpace

    @classmethod
    def of(cls, purpose: Purpose) -> Palette:
        if purpose is Purpose.PRINT:
            return cls(
                ink=CMYKColor(0, 0, 0, 1),
                grey=CMYKColor(0, 0, 0, 0.6),
                tint=CMYKColor(0, 0.01, 0.03, 0.07),  # a warm light grey, in K and a little Y
                rule=CMYKColor(0, 0, 0, 0.3),
                marks=CMYKColorSep(1, 1, 1, 1, spotName="All"),  # the registration colour
                enforce="sep_cmyk",  # anything else (an RGB colour) fails loudly
            )
        return cls(
            ink=Color(0.13, 0.13, 0.13),
            grey=Color(0.45, 0.45, 0.45),
            tint=Color(0.93, 0.92, 0.9),
            rule=Color(0.75, 0.75, 0.75),
            marks=Color(0, 0, 0),
            enforce=None,
        )


@dataclass(frozen=True, slots=True)
class Finish:
    """How to finish reportlab's output."""

    purpose: Purpose
    condition: PrintingCondition | None  # None for the screen
    title: str
    language: str  # BCP 47 tag of the catalogue's first language
    invariant: bool = False  # byte-identical output for tests
    # (font name prefix, BCP 47 tag): text in these faces is marked as that language
    spans: tuple[tuple[str, str], ...] = ()
    structure: Structure | None = None  # what the tagger recorded: written as the structure tree


def language_spans(languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Which face speaks which language, where the document's first language is not it."""
    from exhibit.export.catalogue.fonts import Script, face
    from exhibit.export.catalogue.typography import is_chinese

    chinese = next((lang for lang in languages if is_chinese(lang)), None)
    latin = next((lang for lang in languages if not is_chinese(lang)), None)
    first = languages[0]
    out = []
    if chinese and chinese != first:
        out.append((face(Script.HANS).family.replace(" ", ""), chinese))
    if latin and latin != first:
        out.append((face(Script.LATIN).family.replace(" ", ""), latin))
    return tuple(out)


def finish(data: bytes, target: BinaryIO, how: Finish) -> None:
    """Rewrite reportlab's PDF ``data`` into ``target`` as PDF/X-4 (print) or tagged RGB."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _tag_images_srgb(pdf)
        pdf.Root.Lang = how.language
        if how.spans:
            _language_spans(pdf, how.spans)
        if how.structure is not None:
            write_structure(pdf, how.structure)
        _xmp(pdf, how)
        if how.purpose is Purpose.PRINT:
            assert how.condition is not None
            _output_intent(pdf, how.condition)
            pdf.docinfo[Name.Trapped] = Name("/False")
            pdf.docinfo[Name.GTS_PDFXVersion] = "PDF/X-4"
        pdf.save(
            target,
            force_version="1.6" if how.purpose is Purpose.PRINT else None,
            deterministic_id=how.invariant,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )


def _tag_images_srgb(pdf: pikepdf.Pdf) -> None:
    """Every DeviceRGB image becomes ICCBased sRGB (one profile stream, shared)."""
    space = None
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream) or obj.get(Name.Subtype) != Name.Image:
            continue
        if obj.get(Name.ColorSpace) == Name.DeviceRGB:
            if space is None:
                profile = pdf.make_stream(srgb_profile())
                profile[Name.N] = 3
                profile[Name.Alternate] = Name.DeviceRGB
                space = pdf.make_indirect(Array([Name.ICCBased, profile]))
            obj[Name.ColorSpace] = space


_SHOW = {"Tj", "TJ", "'", '"'}


def _language_spans(pdf: pikepdf.Pdf, spans: tuple[tuple[str, str], ...]) -> None:
    """Mark every run of text set in a face of another language as a /Span with its /Lang, so
    that screen readers and text extraction know the Chinese runs of a German catalogue."""
    for page in pdf.pages:
        fonts = page.Resources.get(Name.Font, {})
        lang_of = {}
        for key, font in fonts.items():
            base = str(font.get(Name.BaseFont, "")).split("+")[-1]
            lang_of[key] = next((tag for prefix, tag in spans if base.startswith(prefix)), None)
        if not any(lang_of.values()):
            continue
        out, current = [], None
        for operands, op in pikepdf.parse_content_stream(page):
            name = str(op)
            if name == "Tf":
                current = lang_of.get(str(operands[0]))
            if name in _SHOW and current:
                marked = Dictionary(Lang=current)
                out += [([Name.Span, marked], pikepdf.Operator("BDC")), (operands, op),
                        ([], pikepdf.Operator("EMC"))]  # fmt: skip
            else:
                out.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))


def _output_intent(pdf: pikepdf.Pdf, condition: PrintingCondition) -> None:
    profile = pdf.make_stream(_profile_bytes(condition.filename))
    profile[Name.N] = 4
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=condition.identifier,
        OutputCondition=condition.condition,
        RegistryName="http://www.color.org",
        Info=condition.identifier,
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pdf.make_indirect(Array([intent]))


def _xmp(pdf: pikepdf.Pdf, how: Finish) -> None:
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        known = {k: v for k, v in pdf.docinfo.items() if k not in ("/Trapped", "/GTS_PDFXVersion")}
        meta.load_from_docinfo(known, raise_failure=False)  # title, author, creator, dates
        meta["dc:title"] = how.title
        if how.purpose is Purpose.PRINT:
            meta["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
            meta["pdf:Trapped"] = "False"
