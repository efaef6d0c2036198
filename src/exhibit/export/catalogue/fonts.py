"""The fonts Exhibit ships in exhibit.resources/fonts: files, families and their scripts.

Pure Python with no reportlab or Qt import, so that the catalogue export and the window load the
same families: the UI reads ``font_bytes(face)`` for ``QFontDatabase.addApplicationFontFromData``
and puts ``UI_FAMILIES`` in ``QFont.setFamilies`` (Latin first, then Simplified Chinese, so Qt
does not pick a Japanese face for Chinese text, then the monochrome emoji face as the fallback
for characters neither has, so an emoji in a file name is never an empty box).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable


class Script(StrEnum):
    LATIN = "latin"
    HANS = "hans"  # Simplified Chinese
    EMOJI = "emoji"  # the fallback for what neither has (one face: no bold, no italic)


@dataclass(frozen=True, slots=True)
class FontFace:
    """One bundled font file."""

    family: str
    style: str  # Regular, Bold, Italic
    filename: str
    script: Script

    @property
    def name(self) -> str:
        """A PostScript-like name, also the name the PDF export registers the face under."""
        return f"{self.family.replace(' ', '')}-{self.style}"

    @property
    def bold(self) -> bool:
        return "Bold" in self.style

    @property
    def italic(self) -> bool:
        return "Italic" in self.style


LATIN_FAMILY = "Noto Sans"
HANS_FAMILY = "Exhibit Sans SC"
EMOJI_FAMILY = "Noto Emoji"
UI_FAMILIES: tuple[str, ...] = (LATIN_FAMILY, HANS_FAMILY, EMOJI_FAMILY)

BUNDLED_FONTS: tuple[FontFace, ...] = (
    FontFace(LATIN_FAMILY, "Regular", "NotoSans-Regular.ttf", Script.LATIN),
    FontFace(LATIN_FAMILY, "Bold", "NotoSans-Bold.ttf", Script.LATIN),
    FontFace(LATIN_FAMILY, "Italic", "NotoSans-Italic.ttf", Script.LATIN),
    FontFace(HANS_FAMILY, "Regular", "ExhibitSansSC-Regular.ttf", Script.HANS),
    FontFace(HANS_FAMILY, "Bold", "ExhibitSansSC-Bold.ttf", Script.HANS),
    FontFace(EMOJI_FAMILY, "Regular", "NotoEmoji-Regular.ttf", Script.EMOJI),
)


def fonts_folder() -> Traversable:
    return resources.files("exhibit.resources") / "fonts"


def font_resource(face: FontFace) -> Traversable:
    return fonts_folder() / face.filename


def font_bytes(face: FontFace) -> bytes:
    """The font file's bytes (works from a checkout, a wheel and a PyInstaller bundle)."""
    return font_resource(face).read_bytes()


def face(script: Script, *, bold: bool = False, italic: bool = False) -> FontFace:
    """The bundled face for a script and weight; Chinese has no italic and falls back upright,
    emoji have one face for every weight."""
    candidates = [f for f in BUNDLED_FONTS if f.script is script]
    for f in candidates:
        if f.bold == bold and f.italic == (italic and script is Script.LATIN):
            return f
    return candidates[0]
