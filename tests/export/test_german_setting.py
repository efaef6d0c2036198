"""German set properly: a hyphen at every break, no breaks in titles, headings or names, quotes
as typed unless straight (then „…“, ‚…‘ and ’ consistently)."""

from __future__ import annotations

import pytest

from exhibit.export.catalogue.typography import (
    SOFT_HYPHEN,
    Coverage,
    Typesetter,
    hyphenated,
    typographic_quotes,
)

TEXT = (
    "Nach dem Grundstücksverkehrsgenehmigungsgesetz und dem Rindfleischetikettierungs"
    "überwachungsaufgabenübertragungsgesetz wurde genehmigungspflichtig am Schwammenauel gebaut."
)


@pytest.fixture(scope="module")
def ts() -> Typesetter:
    return Typesetter(Coverage.load())


def line_words(para) -> list[list[str]]:
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        return [list(words) for _, words in lines]
    return ["".join(f.text for f in line.words).split() for line in lines]


def rejoined(lines: list[list[str]]) -> str:
    """The text again: a line ending in a hyphen continues its word on the next line."""
    out = ""
    for words in lines:
        text = " ".join(words)
        out += text[:-1] if text.endswith("-") else text + " "
    return out.replace(SOFT_HYPHEN, "").strip()


@pytest.mark.parametrize("width", [75, 90, 110, 140, 180])
def test_every_break_inside_a_word_shows_a_hyphen(ts, width) -> None:
    para = ts.para(TEXT, "caption", "de")
    para.wrap(width, 10_000)
    lines = line_words(para)
    assert len(lines) > 3
    assert rejoined(lines) == TEXT  # a break without a hyphen would leave a space in a word


def test_the_dictionarys_lonely_letters_are_not_break_points() -> None:
    assert hyphenated("Grundstücksverkehr", "de").split(SOFT_HYPHEN)[0] == "Grundstücks"
    assert hyphenated("Düren 2025", "de") == "Düren 2025"  # short words stay whole


@pytest.mark.parametrize("role", ["plate_title", "heading", "section_title", "meta"])
def test_titles_headings_and_names_never_break_inside_a_word(ts, role) -> None:
    para = ts.para("Schwammenauel Rurtalsperrenverwaltung", role, "de")
    para.wrap(60, 10_000)
    assert SOFT_HYPHEN not in para.text
    assert not any(" ".join(words).endswith("-") for words in line_words(para))


def test_straight_quotes_become_german_quotes_consistently() -> None:
    assert typographic_quotes("Ein 'apostroph' und geht's", "de") == "Ein ‚apostroph‘ und geht’s"
    assert typographic_quotes('Er sagte "Hallo".', "de") == "Er sagte „Hallo“."
    assert typographic_quotes("Hans' Bild", "de") == "Hans’ Bild"
    typed = "»Markt« und “Kirche” und ‚Turm‘"
    assert typographic_quotes(typed, "de") == typed  # what the curator typed stays
