"""The catalogue as a book: the cover's focal point and the ISBN, checked where they are set
(the store) and read where they are used (the export)."""

from __future__ import annotations

import re

from exhibit.core.errors import FieldError


def parse_focus(text: str) -> tuple[float, float]:
    """'0.5,0.3' -> (0.5, 0.3): the point of the cover photo that stays in view, as shares of
    its width and height from the top left corner; '' is the centre."""
    text = (text or "").strip()
    if not text:
        return 0.5, 0.5
    parts = text.replace(";", ",").split(",")
    try:
        if len(parts) != 2:
            raise ValueError(text)
        x, y = (float(p.strip()) for p in parts)
    except ValueError:
        raise FieldError(
            f"cover_focus: {text!r} is not a point like 0.5,0.3 (x,y from 0 to 1)"
        ) from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise FieldError(f"cover_focus: {text!r}: x and y go from 0 (left, top) to 1")
    return x, y


def check_focus(text: str) -> str:
    """The focal point as stored ('0.5,0.3'), or '' for the centre; FieldError otherwise."""
    if not (text or "").strip():
        return ""
    x, y = parse_focus(text)
    return f"{x:g},{y:g}"


def isbn13_valid(digits: str) -> bool:
    if not re.fullmatch(r"97[89]\d{10}", digits):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return total % 10 == 0


def check_isbn(text: str) -> str:
    """An ISBN-13 as the curator wrote it (hyphens or spaces kept), '' for none."""
    text = (text or "").strip().removeprefix("ISBN").strip(" :")
    if not text:
        return ""
    if not re.fullmatch(r"[0-9][0-9 -]*[0-9]", text):
        raise FieldError(f"isbn: {text!r} is not an ISBN-13 like 978-3-16-148410-0")
    digits = re.sub(r"[ -]", "", text)
    if len(digits) != 13 or not digits.startswith(("978", "979")):
        raise FieldError(f"isbn: {text!r} has not the 13 digits of an ISBN-13 (978… or 979…)")
    if not isbn13_valid(digits):
        expected = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))) % 10
        raise FieldError(
            f"isbn: {text!r}: the check digit is wrong (the last digit should be {expected})"
        )
    return text
