"""XMP language alternatives out and back, and their mapping onto project languages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from exhibit.ingest.containers import find_xmp
from exhibit.ingest.xmp import map_languages, parse_xmp, render_xmp
from exhibit.testing import make_jpeg

LANGS = ("de", "zh-Hans")

# Characters XML 1.0 can carry (no other control characters, no surrogates).
xml_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff").filter(
        lambda c: c not in "\ufffe\uffff"
    )
    | st.sampled_from("\n\t\r"),
    max_size=40,
)
lang_alts = st.dictionaries(st.sampled_from(["x-default", "de", "de-DE", "zh-CN", "en"]), xml_text)


@settings(max_examples=60, deadline=None)
@given(title=lang_alts, description=lang_alts)
def test_lang_alt_out_and_back(title: dict[str, str], description: dict[str, str]) -> None:
    packet = find_xmp(make_jpeg(size=(8, 8), xmp=render_xmp(title, description)), is_jpeg=True)
    assert packet is not None
    parsed = parse_xmp(packet)
    assert parsed.title == title
    assert parsed.description == description


@settings(max_examples=60, deadline=None)
@given(alt=lang_alts)
def test_mapping_rules(alt: dict[str, str]) -> None:
    mapped = map_languages(alt, LANGS)
    assert set(mapped) <= set(LANGS)
    explicit = {t.strip() for tag, t in alt.items() if tag != "x-default"}
    german = next((alt[t].strip() for t in ("de", "de-DE") if alt.get(t, "").strip()), None)
    # (an exact "de" entry is preferred to "de-DE")
    default = alt.get("x-default", "").strip()
    if german is not None:
        assert mapped["de"] == german
    elif default and default not in explicit:
        assert mapped["de"] == default
    else:
        assert "de" not in mapped
    if alt.get("zh-CN", "").strip():
        assert mapped["zh-Hans"] == alt["zh-CN"].strip()


def test_x_default_alone_goes_to_the_source_language() -> None:
    assert map_languages({"x-default": "Titel"}, LANGS) == {"de": "Titel"}
    assert map_languages({"x-default": "标题"}, ("zh-Hans", "de")) == {"zh-Hans": "标题"}


def test_exact_tag_preferred_to_regional_variant() -> None:
    assert map_languages({"de-DE": "Regional", "de": "Genau"}, LANGS) == {"de": "Genau"}
    assert map_languages({"zh-CN": "简体", "zh-Hans": "汉字"}, LANGS) == {"zh-Hans": "汉字"}


def test_x_default_never_overrides_an_explicit_entry() -> None:
    alt = {"x-default": "Standard", "de": "Deutsch"}
    assert map_languages(alt, LANGS) == {"de": "Deutsch"}


def test_packets_in_other_formats_are_found_by_scanning() -> None:
    packet = render_xmp({"de": "Titel"})
    data = b"II*\x00" + b"\x00" * 50 + packet + b"\x00" * 10
    assert parse_xmp(find_xmp(data, is_jpeg=False) or b"").title == {"de": "Titel"}


def test_attribute_and_simple_forms() -> None:
    packet = (
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        b"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        b"<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' "
        b"xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' photoshop:Headline='Kopf'>"
        b"<dc:creator>Solo</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    parsed = parse_xmp(packet)
    assert parsed.headline == "Kopf" and parsed.creators == ("Solo",)
