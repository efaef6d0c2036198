"""Write a photo's captions as XMP, merged into an existing packet without losing the rest.

The properties written are those Lightroom, digiKam, exiftool and Photini read: dc:title,
dc:description and dc:rights as language alternatives with x-default first, dc:creator,
photoshop:DateCreated and photoshop:Credit, Iptc4xmpExt:LocationShown with its localised
name, and Iptc4xmpCore:AltTextAccessibility. Every other property of an existing sidecar is
kept as it was; an existing packet is parsed through defusedxml only.
"""

from __future__ import annotations

import contextlib
import io
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from defusedxml import ElementTree as SafeET

from exhibit.export.photos.captions import PhotoCaption

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
X = "adobe:ns:meta/"
DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

PREFIXES = {
    "x": X,
    "rdf": RDF,
    "dc": DC,
    "photoshop": PHOTOSHOP,
    "Iptc4xmpCore": IPTC_CORE,
    "Iptc4xmpExt": IPTC_EXT,
}

MANAGED = (
    f"{{{DC}}}title",
    f"{{{DC}}}description",
    f"{{{DC}}}rights",
    f"{{{DC}}}creator",
    f"{{{PHOTOSHOP}}}DateCreated",
    f"{{{PHOTOSHOP}}}Credit",
    f"{{{IPTC_EXT}}}LocationShown",
    f"{{{IPTC_CORE}}}AltTextAccessibility",
)

PACKET_BEGIN = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
PACKET_END = '<?xpacket end="w"?>'


class XmpWriteError(ValueError):
    """An existing packet cannot be read, so it cannot be merged without losing it."""


def render_caption_xmp(caption: PhotoCaption, existing: bytes | None = None) -> bytes:
    """A complete XMP packet (UTF-8) holding the caption, merged into ``existing`` if given."""
    root = _parse(existing) if existing and existing.strip() else None
    if root is None:
        root = ET.Element(f"{{{X}}}xmpmeta")
    rdf = root if root.tag == f"{{{RDF}}}RDF" else root.find(f".//{{{RDF}}}RDF")
    if rdf is None:
        rdf = ET.SubElement(root, f"{{{RDF}}}RDF")
    descriptions = rdf.findall(f"{{{RDF}}}Description")
    for desc in descriptions:
        _drop_managed(desc)
    if descriptions:
        target = descriptions[0]
    else:
        target = ET.SubElement(rdf, f"{{{RDF}}}Description", {f"{{{RDF}}}about": ""})
    for prop in _properties(caption):
        target.append(prop)
    if root.tag == f"{{{RDF}}}RDF":
        wrapper = ET.Element(f"{{{X}}}xmpmeta")
        wrapper.append(root)
        root = wrapper
    for prefix, uri in PREFIXES.items():
        ET.register_namespace(prefix, uri)
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return f"{PACKET_BEGIN}\n{body}\n{PACKET_END}".encode()


def _parse(packet: bytes) -> ET.Element:
    """Parse with defusedxml, and keep the file's own namespace prefixes for writing back."""
    data = packet.rstrip(b"\x00 \r\n\t")
    try:
        for _, (prefix, uri) in SafeET.iterparse(io.BytesIO(data), events=("start-ns",)):
            if prefix and not prefix.startswith("ns") and uri not in PREFIXES.values():
                # a prefix ElementTree reserves raises: it then invents one of its own
                with contextlib.suppress(ValueError):
                    ET.register_namespace(prefix, uri)
        return SafeET.fromstring(data)
    except Exception as exc:  # ParseError, DefusedXmlException, ValueError on bad bytes
        raise XmpWriteError(f"the existing XMP cannot be read ({exc})") from exc


def _drop_managed(desc: ET.Element) -> None:
    for name in MANAGED:
        desc.attrib.pop(name, None)
        for prop in desc.findall(name):
            desc.remove(prop)


def _properties(caption: PhotoCaption) -> list[ET.Element]:
    props = []
    for tag, alt in (
        (f"{{{DC}}}title", caption.title),
        (f"{{{DC}}}description", caption.description),
        (f"{{{DC}}}rights", caption.rights),
    ):
        if alt:
            props.append(_lang_alt(tag, caption, alt))
    if caption.creators:
        creator = ET.Element(f"{{{DC}}}creator")
        seq = ET.SubElement(creator, f"{{{RDF}}}Seq")
        for name in caption.creators:
            ET.SubElement(seq, f"{{{RDF}}}li").text = name
        props.append(creator)
    if caption.date_created:
        date = ET.Element(f"{{{PHOTOSHOP}}}DateCreated")
        date.text = caption.date_created
        props.append(date)
    if caption.credit:
        credit = ET.Element(f"{{{PHOTOSHOP}}}Credit")
        credit.text = caption.credit
        props.append(credit)
    if caption.location:
        shown = ET.Element(f"{{{IPTC_EXT}}}LocationShown")
        bag = ET.SubElement(shown, f"{{{RDF}}}Bag")
        item = ET.SubElement(bag, f"{{{RDF}}}li", {f"{{{RDF}}}parseType": "Resource"})
        item.append(_lang_alt(f"{{{IPTC_EXT}}}LocationName", caption, caption.location))
        props.append(shown)
    if caption.alt_text:
        props.append(_lang_alt(f"{{{IPTC_CORE}}}AltTextAccessibility", caption, caption.alt_text))
    return props


def _lang_alt(tag: str, caption: PhotoCaption, alt: Mapping[str, str]) -> ET.Element:
    """rdf:Alt with x-default first (Adobe tools read nothing else), then each language."""
    prop = ET.Element(tag)
    bag = ET.SubElement(prop, f"{{{RDF}}}Alt")
    ET.SubElement(bag, f"{{{RDF}}}li", {XML_LANG: "x-default"}).text = caption.default(alt)
    for lang, text in alt.items():
        ET.SubElement(bag, f"{{{RDF}}}li", {XML_LANG: lang}).text = text
    return prop
