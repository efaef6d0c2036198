"""Preflight for the loan documents: what is missing or would print wrong, before writing.

Missing frame sizes, insurance values and crate assignments (checklist and loan record), label
text too long for the label size (measured the way it is drawn) or a caption over about 60
German words or 120 Chinese characters at A5 (scaled with the label's area), titles missing in
a language, and characters the bundled fonts cannot show. Findings are the catalogue
preflight's values, so the command line and the window show them the same way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from exhibit.core.model import Work
from exhibit.core.project import file_sha256
from exhibit.export.documents.labels import LabelSetter, label_text
from exhibit.export.documents.options import DocumentKind, DocumentOptions, is_chinese
from exhibit.export.documents.setting import Setter
from exhibit.export.preflight import Finding, PreflightReport, Severity

CAPTION_WORDS_DE = 60  # at A5
CAPTION_CHARS_ZH = 120

_WORK_TEXTS = ("title", "caption", "credit", "process")
_EXHIBITION_TEXTS = (
    "title",
    "organisers",
    "borrower",
    "borrower_address",
    "borrower_contact",
    "loan_purpose",
    "loan_conditions",
    "credit_line",
)


def check_documents(
    source, works: tuple[Work, ...], languages, options: DocumentOptions, setter: Setter
) -> PreflightReport:
    findings: list[Finding] = []
    if not works:
        findings.append(Finding(Severity.ERROR, "no_works", "No works are selected."))
    kind = options.kind
    if kind is DocumentKind.LABELS:
        findings += _labels(source, works, languages, options, setter)
    if kind in (DocumentKind.CHECKLIST, DocumentKind.LOAN):
        findings += _loan_facts(source, works, kind)
    if kind is DocumentKind.CONDITION:
        findings += _damage_photos(source, works)
    findings += _characters(source, works, languages, setter)
    return PreflightReport(tuple(findings), len(works), {})


def _at(number: int) -> dict[str, object]:
    return {"owner": "work", "number": number}


def _labels(
    source, works, languages, options: DocumentOptions, setter: Setter
) -> Iterator[Finding]:
    size = options.label_size
    ls = LabelSetter(setter, size)
    for w in works:
        text = label_text(w, source.exhibition, languages, options)
        if not text.blocks:
            yield Finding(
                Severity.ERROR,
                "no_label_text",
                f"No. {w.number}: no title in any language; the label would be empty.",
                w.number,
                "title",
                None,
                _at(w.number),
            )
            continue
        for lang in languages:
            if not w.value("title", lang):
                yield Finding(
                    Severity.WARNING,
                    "missing_translation",
                    f"No. {w.number}: title has no {lang} text; the label shows only "
                    "the other languages.",
                    w.number,
                    "title",
                    lang,
                    {**_at(w.number), "field": "title", "language": lang},
                )
        yield from _caption_length(w, languages, size, options)
        yield from _qr_page(source, w, options)
        fit = ls.fit(text)
        if fit < 1:
            yield Finding(
                Severity.ERROR,
                "label_overflow",
                f"No. {w.number}: the label text does not fit a {size.name} label; it would be "
                f"printed at {fit:.0%} of the set sizes. Shorten the caption, leave captions out "
                "or choose a larger size.",
                w.number,
                "caption",
                None,
                {**_at(w.number), "size": size.name, "scale_percent": round(fit * 100)},
            )


def _qr_page(source, w: Work, options: DocumentOptions) -> Iterator[Finding]:
    """A QR code into the exhibition's web gallery must find the work's page there."""
    from exhibit.export.web.gallery import qr_finds_no_page

    reason = qr_finds_no_page(options.qr_pattern, source.exhibition.web_address, w)
    if reason:
        yield Finding(
            Severity.WARNING,
            "qr_without_page",
            f"No. {w.number}: the QR code opens {reason}",
            w.number,
            "on_web",
            None,
            _at(w.number),
        )


def _caption_length(w: Work, languages, size, options: DocumentOptions) -> Iterator[Finding]:
    if not options.with_caption:
        return
    for lang in languages:
        caption = w.value("caption", lang)
        if is_chinese(lang):
            count, limit, unit = _han(caption), CAPTION_CHARS_ZH * size.area_factor, "characters"
        else:
            count, limit, unit = len(caption.split()), CAPTION_WORDS_DE * size.area_factor, "words"
        if count > limit:
            yield Finding(
                Severity.WARNING,
                "caption_long",
                f"No. {w.number}: the {lang} caption has {count} {unit}; about {limit:.0f} fit "
                f"a {size.name} label.",
                w.number,
                "caption",
                lang,
                {
                    **_at(w.number),
                    "language": lang,
                    "count": count,
                    "limit": round(limit),
                    "unit": unit,
                    "size": size.name,
                },
            )


def _han(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch) == "Lo")


def _loan_facts(source, works, kind: DocumentKind) -> Iterator[Finding]:
    if not source.exhibition.loan.loan_number:
        yield Finding(
            Severity.WARNING,
            "missing_loan_number",
            "The loan record has no loan number (Edit > Loan Record, or "
            "`exhibit set PROJECT exhibition loan_number LO-…`).",
            None,
            "loan_number",
            None,
            {"owner": "exhibition"},
        )
    missing = {
        "missing_frame_size": [
            w.number for w in works if not (w.frame_width_cm and w.frame_height_cm)
        ],
        "missing_insurance_value": [w.number for w in works if w.insurance_value is None],
        "missing_crate": [w.number for w in works if not w.crate],
    }
    what = {
        "missing_frame_size": ("frame size", "frame_width_cm"),
        "missing_insurance_value": ("insurance value", "insurance_value"),
        "missing_crate": ("crate", "crate"),
    }
    for code, numbers in missing.items():
        name, field = what[code]
        for n in numbers:
            yield Finding(
                Severity.WARNING,
                code,
                f"No. {n}: no {name}.",
                n,
                field,
                None,
                {**_at(n), "field": field},
            )


def _damage_photos(source, works) -> Iterator[Finding]:
    """Photos of damage that are gone or no longer the file that was recorded."""
    for w in works:
        for check in source.history(w).checks:
            for photo in check.photos:
                path = source.resolve(photo.path)
                try:
                    same = path.stat().st_size == photo.size and file_sha256(path) == photo.sha256
                except OSError:
                    code, what = "missing_damage_photo", "is missing; it is left out"
                else:
                    if same:
                        continue
                    code, what = "changed_damage_photo", "changed since it was recorded"
                yield Finding(
                    Severity.WARNING,
                    code,
                    f"No. {w.number}: the photo of damage {path.name} ({check.date}) {what}.",
                    w.number,
                    "condition",
                    None,
                    {**_at(w.number), "file": path.name, "date": check.date.isoformat()},
                )


def _characters(source, works, languages, setter: Setter) -> Iterator[Finding]:
    coverage = setter.coverage
    ex = source.exhibition
    places = [
        ({"owner": "exhibition"}, name, lang, ex.value(name, lang))
        for name in _EXHIBITION_TEXTS
        for lang in languages
    ]
    for w in works:
        places += [
            (_at(w.number), name, lang, w.value(name, lang))
            for name in _WORK_TEXTS
            for lang in languages
        ]
        places.append((_at(w.number), "photographer", None, w.photographer))
        for c in source.history(w).checks:
            for name in ("place", "examiner", "note"):
                places.append((_at(w.number), f"condition {name}", None, getattr(c, name)))
    for place, name, lang, text in places:
        missing = coverage.missing(text)
        if not missing:
            continue
        shown = ", ".join(
            f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in missing
        )
        where = f"No. {place['number']}" if place["owner"] == "work" else "exhibition"
        yield Finding(
            Severity.ERROR,
            "unsupported_character",
            f"{where}: {name}{f' ({lang})' if lang else ''} has characters the fonts cannot "
            f"show: {shown}.",
            place.get("number"),
            name,
            lang,
            {
                **place,
                "field": name,
                "language": lang,
                "chars": tuple(missing),
                "codepoints": tuple(f"U+{ord(ch):04X}" for ch in missing),
            },
        )
