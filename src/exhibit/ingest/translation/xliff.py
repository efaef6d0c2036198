"""XLIFF 1.2 and 2.0 coming back from a translation tool (read through defusedxml only).

The unit's base comes from Exhibit's own note; a tool that dropped it leaves the import
without a base (only empty fields are filled then). The file's own state maps onto Exhibit's
statuses (``core.translation``); XLIFF 2.0's ``subState="exhibit:…"`` keeps Exhibit's status
when the tool left the state alone.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from exhibit.core.model import TranslationStatus
from exhibit.core.translation import (
    SUBSTATE_PREFIX,
    XLIFF2_STATE_BACK,
    XLIFF12_STATE_BACK,
    Fingerprints,
    Returned,
    ReturnedFile,
    meta_from_items,
)
from exhibit.ingest.translation.sheet import TranslationFileError

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"


def read_xliff(path: Path) -> ReturnedFile:
    try:
        root = SafeET.parse(path).getroot()
    except Exception as exc:  # ParseError, DefusedXmlException
        raise TranslationFileError(f"{path.name}: not readable XML ({exc})") from exc
    if root.tag == f"{{{XLIFF12}}}xliff":
        return _read12(root, path.name)
    if root.tag == f"{{{XLIFF20}}}xliff":
        return _read20(root, path.name)
    raise TranslationFileError(f"{path.name}: not an XLIFF 1.2 or 2.0 file ({root.tag})")


def _text(el: Element | None) -> str:
    return "".join(el.itertext()) if el is not None else ""


def _meta(note_text: str, source: str, target: str):
    items = dict(p.strip().split("=", 1) for p in note_text.split(";") if "=" in p)
    items.setdefault("source_language", source)
    items.setdefault("target_language", target)
    return meta_from_items({k.strip(): v.strip() for k, v in items.items()})


def _read12(root: Element, name: str) -> ReturnedFile:
    ns = {"x": XLIFF12}
    file = root.find("x:file", ns)
    if file is None:
        raise TranslationFileError(f"{name}: the XLIFF has no <file>")
    header_note = file.find("x:header/x:note[@from='exhibit']", ns)
    meta = _meta(
        _text(header_note), file.get("source-language", ""), file.get("target-language", "")
    )
    units = []
    for tu in file.iterfind(".//x:trans-unit", ns):
        target = tu.find("x:target", ns)
        state = (target.get("state", "") if target is not None else "").strip()
        status = XLIFF12_STATE_BACK.get(state)
        if tu.get("approved") == "yes" and _text(target).strip():
            status, state = TranslationStatus.APPROVED, f"{state}+approved"
        base_note = tu.find("x:note[@from='exhibit']", ns)
        units.append(
            Returned(
                id=tu.get("id", ""),
                source=_text(tu.find("x:source", ns)),
                target=_text(target),
                status=status,
                state=state,
                base=Fingerprints.decode(_text(base_note)) if base_note is not None else None,
            )
        )
    return ReturnedFile(meta, tuple(units))


def _read20(root: Element, name: str) -> ReturnedFile:
    ns = {"x": XLIFF20}
    file = root.find("x:file", ns)
    if file is None:
        raise TranslationFileError(f"{name}: the XLIFF has no <file>")
    note = file.find("x:notes/x:note[@category='exhibit']", ns)
    meta = _meta(_text(note), root.get("srcLang", ""), root.get("trgLang", ""))
    units = []
    for unit in file.iterfind(".//x:unit", ns):
        segments = unit.findall("x:segment", ns)
        source = "".join(_text(s.find("x:source", ns)) for s in segments)
        target = "".join(_text(s.find("x:target", ns)) for s in segments)
        seg = segments[0] if segments else None
        state = seg.get("state", "initial") if seg is not None else "initial"
        sub = seg.get("subState", "") if seg is not None else ""
        status = XLIFF2_STATE_BACK.get(state)
        if sub.startswith(SUBSTATE_PREFIX):
            try:
                kept = TranslationStatus(sub[len(SUBSTATE_PREFIX) :])
            except ValueError:
                kept = None
            if kept is not None and XLIFF2_STATE_BACK.get(state) is XLIFF2_STATE_BACK.get(
                _state_of(kept)
            ):
                status = kept
        base_note = unit.find("x:notes/x:note[@category='exhibit']", ns)
        units.append(
            Returned(
                id=unit.get("id", ""),
                source=source,
                target=target,
                status=status,
                state=f"{state}/{sub}" if sub else state,
                base=Fingerprints.decode(_text(base_note)) if base_note is not None else None,
            )
        )
    return ReturnedFile(meta, tuple(units))


def _state_of(status: TranslationStatus) -> str:
    from exhibit.core.translation import XLIFF2_STATE

    return XLIFF2_STATE[status]
