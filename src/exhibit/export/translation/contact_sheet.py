"""A contact sheet: every photo's thumbnail in a grid with its catalogue number under it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CELL, LABEL, COLS = 256, 28, 6


def contact_sheet(photos: Sequence[tuple[int, Path]]) -> bytes:
    rows = max(1, -(-len(photos) // COLS))
    sheet = Image.new("RGB", (COLS * CELL, rows * (CELL + LABEL)), "white")
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=20)
    for i, (number, path) in enumerate(photos):
        x, y = (i % COLS) * CELL, (i // COLS) * (CELL + LABEL)
        with Image.open(path) as im:
            im.thumbnail((CELL - 8, CELL - 8))
            sheet.paste(
                im.convert("RGB"), (x + (CELL - im.width) // 2, y + (CELL - im.height) // 2)
            )
        draw.text(
            (x + CELL // 2, y + CELL + 2), f"No. {number}", fill="black", font=font, anchor="ma"
        )
    out = io.BytesIO()
    sheet.save(out, "JPEG", quality=85)
    return out.getvalue()
