"""Edit a returned translation file as a translator's tool would (for tests)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import polib
from openpyxl import load_workbook

from exhibit.core.translation import Format

X12 = "urn:oasis:names:tc:xliff:document:1.2"
X20 = "urn:oasis:names:tc:xliff:document:2.0"


def set_target(path: Path, fmt: Format, uid: str, text: str, state: str | None = None) -> None:
    {Format.XLSX: _xlsx, Format.XLIFF: _x12, Format.XLIFF2: _x20, Format.PO: _po}[fmt](
        path, uid, text, state
    )


def _xlsx(path, uid, text, state):
    wb = load_workbook(path)
    ws = wb["Translation"]
    header = [c.value.split()[0] for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == uid:
            cell = row[header.index("target")]
            cell.value = text
            cell.data_type = "s"
            if state is not None:
                row[header.index("status")].value = state
            break
    else:
        raise KeyError(uid)
    wb.save(path)


def _x12(path, uid, text, state):
    ET.register_namespace("", X12)
    tree = ET.parse(path)
    for tu in tree.iter(f"{{{X12}}}trans-unit"):
        if tu.get("id") == uid:
            target = tu.find(f"{{{X12}}}target")
            target.text = text
            if state is not None:
                target.set("state", state)
                tu.attrib.pop("approved", None)
            break
    else:
        raise KeyError(uid)
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def _x20(path, uid, text, state):
    ET.register_namespace("", X20)
    tree = ET.parse(path)
    for unit in tree.iter(f"{{{X20}}}unit"):
        if unit.get("id") == uid:
            seg = unit.find(f"{{{X20}}}segment")
            target = seg.find(f"{{{X20}}}target")
            if target is None:
                target = ET.SubElement(seg, f"{{{X20}}}target")
            target.text = text
            if state is not None:
                seg.set("state", state)
                seg.attrib.pop("subState", None)
            break
    else:
        raise KeyError(uid)
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def _po(path, uid, text, state):
    po = polib.pofile(str(path), wrapwidth=0)
    for entry in po:
        if entry.msgctxt == uid:
            entry.msgstr = text
            if state == "fuzzy" and "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
            elif state is not None and state != "fuzzy" and "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            break
    else:
        raise KeyError(uid)
    po.save(str(path))
