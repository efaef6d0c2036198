"""XMP packets: parse dc:title, dc:description (language alternatives) and dc:creator.

Parsing goes through defusedxml only (no DTDs, no entity expansion). Language alternatives
are mapped onto the project languages with ``core.languages.match``: an ``x-default`` entry
stands for the source (first) language only when that language has no entry of its own, and
an ``x-default`` that repeats another entry is that entry, not a further language.
``render_xmp`` writes the same properties back, for tests and sidecars.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape, quoteattr

from defusedxml import ElementTree as SafeET

from exhibit.core.languages import match

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_ENTITIES = {"\r": "&#13;"}  # a raw CR would come back as LF

LangAlt = dict[str, str]  # language tag as found in the file -> text


class XmpError(ValueError):
    """The XMP packet is not well-formed XML or is refused by defusedxml."""


@dataclass(frozen=True, slots=True)
class XmpData:
    """What Exhibit takes from an XMP packet, language tags as found in the file."""

    title: LangAlt = field(default_factory=dict)
    description: LangAlt = field(default_factory=dict)
    creators: tuple[str, ...] = ()
    headline: str = ""
    city: str = ""
    rights: LangAlt = field(default_factory=dict)
    extended_guid: str = ""  # xmpNote:HasExtendedXMP: more properties in other JPEG segments

    def merged_over(self, other: XmpData) -> XmpData:
        """These properties, with ``other`` filling in what these lack (per language too)."""
        return XmpData(
            title={**other.title, **self.title},
            description={**other.description, **self.description},
            creators=self.creators or other.creators,
            headline=self.headline or other.headline,
            city=self.city or other.city,
            rights={**other.rights, **self.rights},
            extended_guid=self.extended_guid,
        )


def parse_xmp(packet: bytes) -> XmpData:
    """Read the properties from an XMP packet; raises XmpError when it cannot be parsed."""
    try:
        root = SafeET.fromstring(packet.rstrip(b"\x00 \r\n\t"))
    except Exception as exc:  # ParseError, DefusedXmlException, ValueError on bad bytes
        raise XmpError(f"XMP cannot be parsed: {exc}") from exc
    descriptions = list(root.iter(f"{{{RDF}}}Description"))
    return XmpData(
        title=_lang_alt(descriptions, f"{{{DC}}}title"),
        description=_lang_alt(descriptions, f"{{{DC}}}description"),
        creators=_sequence(descriptions, f"{{{DC}}}creator"),
        headline=_simple(descriptions, f"{{{PHOTOSHOP}}}Headline"),
        city=_simple(descriptions, f"{{{PHOTOSHOP}}}City"),
        rights=_lang_alt(descriptions, f"{{{DC}}}rights"),
        extended_guid=_simple(descriptions, f"{{{XMP_NOTE}}}HasExtendedXMP"),
    )


def _lang_alt(descriptions: list[Element], name: str) -> LangAlt:
    result: LangAlt = {}
    for desc in descriptions:
        if name in desc.attrib:  # attribute shorthand: a plain value, no language
            result.setdefault("x-default", desc.attrib[name])
        for prop in desc.findall(name):
            items = prop.findall(f"{{{RDF}}}Alt/{{{RDF}}}li")
            if not items and (prop.text or "").strip():
                result.setdefault(prop.get(XML_LANG, "x-default"), prop.text or "")
            for li in items:
                result.setdefault(li.get(XML_LANG, "x-default"), "".join(li.itertext()))
    return result


def _sequence(descriptions: list[Element], name: str) -> tuple[str, ...]:
    values: list[str] = []
    for desc in descriptions:
        if name in desc.attrib:
            values.append(desc.attrib[name])
        for prop in desc.findall(name):
            items = prop.findall(f"*/{{{RDF}}}li")
            values.extend("".join(li.itertext()) for li in items)
            if not items and (prop.text or "").strip():
                values.append(prop.text or "")
    return tuple(v.strip() for v in values if v.strip())


def _simple(descriptions: list[Element], name: str) -> str:
    for desc in descriptions:
        if desc.get(name, "").strip():
            return desc.get(name, "").strip()
        for prop in desc.findall(name):
            if "".join(prop.itertext()).strip():
                return "".join(prop.itertext()).strip()
    return ""


def map_languages(alt: Mapping[str, str], languages: tuple[str, ...]) -> dict[str, str]:
    """Texts per project language from a language alternative (see the module docstring).

    An entry tagged exactly as the project language ('de') is preferred to a variant ('de-DE').
    """
    chosen: dict[str, tuple[bool, str]] = {}
    for tag, text in alt.items():
        lang = match(tag, languages)
        if lang is None or not text.strip():
            continue
        exact = tag.lower() == lang.lower()
        if lang not in chosen or (exact and not chosen[lang][0]):
            chosen[lang] = (exact, text.strip())
    result = {lang: text for lang, (_, text) in chosen.items()}
    default = next((t.strip() for tag, t in alt.items() if tag.lower() == "x-default"), "")
    explicit = {t.strip() for tag, t in alt.items() if tag.lower() != "x-default"}
    if default and languages and languages[0] not in result and default not in explicit:
        result[languages[0]] = default
    return result


def render_xmp(
    title: Mapping[str, str] | None = None,
    description: Mapping[str, str] | None = None,
    creators: tuple[str, ...] = (),
) -> bytes:
    """An XMP packet (UTF-8) with dc:title, dc:description as language alternatives."""
    props = [_render_alt("dc:title", title or {}), _render_alt("dc:description", description or {})]
    if creators:
        items = "".join(f"<rdf:li>{escape(c, _ENTITIES)}</rdf:li>" for c in creators)
        props.append(f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>")
    body = "".join(props)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        f'<rdf:RDF xmlns:rdf="{RDF}"><rdf:Description rdf:about="" xmlns:dc="{DC}">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _render_alt(name: str, alt: Mapping[str, str]) -> str:
    if not alt:
        return ""
    items = "".join(
        f"<rdf:li xml:lang={quoteattr(lang)}>{escape(text, _ENTITIES)}</rdf:li>"
        for lang, text in alt.items()
    )
    return f"<{name}><rdf:Alt>{items}</rdf:Alt></{name}>"
