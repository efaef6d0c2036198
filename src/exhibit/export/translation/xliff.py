"""The translation as XLIFF 1.2 (the widest reach: Trados, memoQ, Phrase, OmegaT) or 2.0 core.

Each unit carries its stable id, a ``resname``/``name`` for people, the source and the current
target with its state, a note for the translator (work number, field, length limit, photo) and
a note ``from="exhibit"`` (1.2) or ``category="exhibit"`` (2.0) with the unit's base as
exported. The file's header records the export. Newlines and spaces are kept
(``xml:space="preserve"``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from exhibit.core.model import TranslationStatus
from exhibit.core.translation import (
    SUBSTATE_PREFIX,
    XLIFF2_STATE,
    XLIFF12_STATE,
    ExportMeta,
    meta_items,
)
from exhibit.export.translation.common import Outgoing

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def state12(status: TranslationStatus) -> str:
    """The target's state; an approved unit also says approved="yes" (read back the same)."""
    return XLIFF12_STATE[status] + ("+approved" if status is TranslationStatus.APPROVED else "")


def state20(status: TranslationStatus) -> str:
    return f"{XLIFF2_STATE[status]}/{SUBSTATE_PREFIX}{status.value}"


def _meta_text(meta: ExportMeta) -> str:
    return "; ".join(f"{k}={v}" for k, v in meta_items(meta))


def write_xliff12(path: Path, meta: ExportMeta, units: Sequence[Outgoing], title: str) -> None:
    ET.register_namespace("", XLIFF12)
    q = lambda tag: f"{{{XLIFF12}}}{tag}"  # noqa: E731
    root = ET.Element(q("xliff"), {"version": "1.2"})
    file = ET.SubElement(
        root,
        q("file"),
        {
            "original": title or "exhibition",
            "source-language": meta.source_lang,
            "target-language": meta.target_lang,
            "datatype": "plaintext",
            "tool-id": "exhibit",
        },
    )
    header = ET.SubElement(file, q("header"))
    ET.SubElement(header, q("tool"), {"tool-id": "exhibit", "tool-name": "Exhibit"})
    ET.SubElement(header, q("note"), {"from": "exhibit"}).text = _meta_text(meta)
    body = ET.SubElement(file, q("body"))
    for out in units:
        u = out.unit
        attrs = {"id": u.id, "resname": u.label, XML_SPACE: "preserve"}
        if u.max_length:
            attrs |= {"maxwidth": str(u.max_length), "size-unit": "char"}
        state, approved = out.state.partition("+")[::2]
        if approved:
            attrs["approved"] = "yes"
        tu = ET.SubElement(body, q("trans-unit"), attrs)
        ET.SubElement(tu, q("source")).text = u.source
        target = ET.SubElement(tu, q("target"), {"state": state})
        target.text = u.target
        ET.SubElement(tu, q("note"), {"from": "exhibit"}).text = out.base.encode()
        ET.SubElement(tu, q("note")).text = u.note
    _write(root, path)


def write_xliff2(path: Path, meta: ExportMeta, units: Sequence[Outgoing], title: str) -> None:
    ET.register_namespace("", XLIFF20)
    q = lambda tag: f"{{{XLIFF20}}}{tag}"  # noqa: E731
    root = ET.Element(
        q("xliff"), {"version": "2.0", "srcLang": meta.source_lang, "trgLang": meta.target_lang}
    )
    file = ET.SubElement(root, q("file"), {"id": "f1", "original": title or "exhibition"})
    notes = ET.SubElement(file, q("notes"))
    ET.SubElement(notes, q("note"), {"category": "exhibit"}).text = _meta_text(meta)
    for out in units:
        u = out.unit
        unit = ET.SubElement(file, q("unit"), {"id": u.id, "name": u.label})
        unit_notes = ET.SubElement(unit, q("notes"))
        ET.SubElement(unit_notes, q("note"), {"category": "exhibit"}).text = out.base.encode()
        ET.SubElement(unit_notes, q("note")).text = u.note
        state, sub = out.state.split("/", 1)
        segment = ET.SubElement(unit, q("segment"), {"state": state, "subState": sub})
        ET.SubElement(segment, q("source"), {XML_SPACE: "preserve"}).text = u.source
        if u.target:
            ET.SubElement(segment, q("target"), {XML_SPACE: "preserve"}).text = u.target
    _write(root, path)


def _write(root: ET.Element, path: Path) -> None:
    tree = ET.ElementTree(root)
    with open(path, "wb") as fh:
        tree.write(fh, encoding="UTF-8", xml_declaration=True)
