"""Build the fonts bundled in resources/fonts from Debian's Noto packages (run by hand, commit).

reportlab's TTFont needs TrueType (quadratic ``glyf``) outlines, while Noto Sans CJK SC ships
CFF outlines. This script takes the Simplified Chinese face of Debian's ``fonts-noto-cjk``
collection, subsets it to the Table of General Standard Chinese Characters (8105 characters,
``packaging/fonts/general-standard-chinese-characters.txt``), the GB 2312 hanzi, Chinese
punctuation, full-width forms and Latin, converts the outlines to TrueType with fontTools' cu2qu
and renames the family "Exhibit Sans SC" (a modified version under the OFL gets its own name).
The Latin face, Noto Sans from ``fonts-noto-core``, is copied as it is.

    apt-get install fonts-noto-cjk fonts-noto-core
    .venv/bin/pip install 'fonttools>=4.50'
    .venv/bin/python packaging/build_fonts.py [--source-cjk DIR] [--source-latin DIR]

The output is reproducible for a given fontTools version and source fonts: timestamps are taken
from the source font, not the clock.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
CHARLIST = ROOT / "packaging" / "fonts" / "general-standard-chinese-characters.txt"

CJK_SOURCE = Path("/usr/share/fonts/opentype/noto")
LATIN_SOURCE = Path("/usr/share/fonts/truetype/noto")
SC_INDEX = 2  # Noto Sans CJK collection order: JP, KR, SC, TC, HK, then the Mono faces
FAMILY = "Exhibit Sans SC"
LATIN_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}

# Besides the hanzi: punctuation and symbols a Chinese caption uses.
EXTRA_RANGES = (
    (0x0020, 0x007E),  # ASCII, so that a run never needs a font switch for a space or digit
    (0x00A0, 0x00FF),  # Latin-1 (middle dot, degree, ...)
    (0x2000, 0x206F),  # general punctuation: dashes, curly quotes, ellipsis, thin spaces
    (0x2100, 0x214F),  # letterlike symbols (℃, №)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics (①)
    (0x25A0, 0x25FF),  # geometric shapes (○ ●)
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」『』【】〇
    (0x3200, 0x32FF),  # enclosed CJK letters and months (㈠)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width ASCII and punctuation: ，；：！？（）
)


def wanted_codepoints() -> set[int]:
    lines = CHARLIST.read_text(encoding="utf-8").splitlines()
    hanzi = "".join(line.strip() for line in lines if line and not line.startswith("#"))
    if len(hanzi) != 8105:
        raise SystemExit(f"{CHARLIST.name}: expected 8105 characters, found {len(hanzi)}")
    codepoints = {ord(c) for c in hanzi} | gb2312_hanzi()
    for first, last in EXTRA_RANGES:
        codepoints.update(range(first, last + 1))
    return codepoints


def gb2312_hanzi() -> set[int]:
    found = set()
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((lead, trail)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def subset_font(font: TTFont, codepoints: set[int]) -> None:
    options = subset.Options()
    # reportlab applies no OpenType layout; closing over locl and vert would add thousands of
    # Japanese, Korean and vertical glyphs
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "BASE", "vhea", "vmtx", "VORG"]
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table by quadratic TrueType outlines (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing here needs them
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font["head"].glyphDataFormat = 0
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str) -> None:
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = {
        1: FAMILY,
        2: style,
        3: f"{postscript};exhibit-build",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        6: postscript,
        16: FAMILY,
        17: style,
    }
    table = font["name"]
    table.names = [r for r in table.names if r.nameID not in (*names, 18, 21, 22)]
    for name_id, value in names.items():
        if name_id in (16, 17):
            continue
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    note = (
        "Exhibit Sans SC is a modified version of Noto Sans CJK SC: subset to the Table of "
        "General Standard Chinese Characters and punctuation, outlines converted to TrueType."
    )
    table.setName(note, 10, 3, 1, 0x409)


def build_cjk(style: str, source: Path, codepoints: set[int]) -> Path:
    font = TTFont(source, fontNumber=SC_INDEX, recalcTimestamp=False, lazy=False)
    subset_font(font, codepoints)
    cff_to_glyf(font)
    rename(font, style)
    target = OUT / f"ExhibitSansSC-{style}.ttf"
    font.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-cjk", type=Path, default=CJK_SOURCE)
    parser.add_argument("--source-latin", type=Path, default=LATIN_SOURCE)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    codepoints = wanted_codepoints()
    for style, filename in WEIGHTS.items():
        target = build_cjk(style, args.source_cjk / filename, codepoints)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
    for filename in LATIN_FILES:
        shutil.copyfile(args.source_latin / filename, OUT / filename)
        print(f"resources/fonts/{filename}: copied")


if __name__ == "__main__":
    main()
