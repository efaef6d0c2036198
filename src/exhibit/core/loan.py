"""Values of the loan paperwork: the loan record, crates and condition checks per hand-over.

Spectrum's procedures name these (loans out, object exit, condition checking, insurance and
indemnity). All values are frozen dataclasses made by the store; ``worsened`` says which zones
of a check are graded worse than in the check before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from exhibit.core.errors import FieldError


class HandOver(StrEnum):
    """The moment a condition check is made (Spectrum's object exit and entry)."""

    DISPATCH = "dispatch"
    ARRIVAL = "arrival"
    VENUE_DISPATCH = "venue-dispatch"
    RETURN = "return"
    CHECK = "check"  # ad hoc


class Zone(StrEnum):
    """The parts of a framed photograph that are graded one by one."""

    IMAGE = "image"
    MOUNT = "mount"
    GLAZING = "glazing"
    FRAME = "frame"
    HANGING = "hanging"
    BACK = "back"
    LABELS = "labels"
    PACKAGING = "packaging"


class Grade(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    NOT_CHECKED = "not-checked"

    @property
    def rank(self) -> int | None:
        """Higher is worse; None for a zone that was not looked at."""
        order = (Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR)
        return order.index(self) if self in order else None


def parse_grade(text: str) -> tuple[Zone, Grade]:
    """``ZONE=GRADE`` from the command line, e.g. ``frame=fair``; a clear error otherwise."""
    zone, sep, grade = text.partition("=")
    zones = ", ".join(z.value for z in Zone)
    grades = ", ".join(g.value for g in Grade)
    if not sep:
        raise FieldError(f"--grade {text!r}: write ZONE=GRADE, e.g. frame=good")
    try:
        z = Zone(zone.strip().lower())
    except ValueError:
        raise FieldError(f"--grade {text!r}: {zone!r} is not a zone ({zones})") from None
    try:
        g = Grade(grade.strip().lower().replace("_", "-").replace(" ", "-"))
    except ValueError:
        raise FieldError(f"--grade {text!r}: {grade!r} is not a grade ({grades})") from None
    return z, g


@dataclass(frozen=True, slots=True)
class LoanRecord:
    """The exhibition's loan: the single-valued fields (its texts per language are on the
    exhibition's texts: borrower, borrower_address, borrower_contact, loan_purpose,
    loan_conditions, credit_line)."""

    loan_number: str = ""
    lender_authoriser: str = ""
    dispatch_date: date | None = None
    return_due: date | None = None
    shipper: str = ""
    cover: str = "insurance"  # or "indemnity"
    insurer: str = ""
    policy_number: str = ""
    loan_currency: str = "EUR"
    insurance_excess: float | None = None


@dataclass(frozen=True, slots=True)
class Crate:
    """A packing crate: its number as painted on it, outside dimensions and gross weight."""

    number: str
    width_cm: float | None = None
    height_cm: float | None = None
    depth_cm: float | None = None
    weight_kg: float | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.number.strip():
            raise FieldError("a crate needs a number")
        for name in ("width_cm", "height_cm", "depth_cm", "weight_kg"):
            value = getattr(self, name)
            if value is not None and not 0 < value < 100000:
                raise FieldError(f"crate {self.number}: {name} {value} is not a size")

    @property
    def dimensions(self) -> str:
        sizes = (self.width_cm, self.height_cm, self.depth_cm)
        return " × ".join(f"{v:g}" for v in sizes) + " cm" if all(sizes) else ""


@dataclass(frozen=True, slots=True)
class DamagePhoto:
    """A photo of damage, referenced like an original (path, hash, size); never modified."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class ConditionCheck:
    """One work checked at one hand-over: who, where, when, a grade per zone, notes, photos."""

    event: HandOver
    date: date
    place: str = ""
    examiner: str = ""
    grades: tuple[tuple[Zone, Grade], ...] = ()
    note: str = ""
    photos: tuple[DamagePhoto, ...] = ()
    id: int = 0
    work_id: int = 0
    created: str = ""

    def grade(self, zone: Zone) -> Grade:
        return dict(self.grades).get(zone, Grade.NOT_CHECKED)


@dataclass(frozen=True, slots=True)
class ConditionHistory:
    """Every check of one work, oldest first."""

    checks: tuple[ConditionCheck, ...] = field(default=())

    def worsened(self, index: int) -> tuple[Zone, ...]:
        """Zones check ``index`` grades worse than the last earlier check that graded them."""
        out = []
        for zone in Zone:
            now = self.checks[index].grade(zone).rank
            before = next(
                (
                    c.grade(zone).rank
                    for c in reversed(self.checks[:index])
                    if c.grade(zone).rank is not None
                ),
                None,
            )
            if now is not None and before is not None and now > before:
                out.append(zone)
        return tuple(out)

    def at(self, event: HandOver) -> ConditionCheck | None:
        """The latest check at this hand-over, if any."""
        return next((c for c in reversed(self.checks) if c.event is event), None)


def overall(check: ConditionCheck) -> Grade:
    """The worst grade of the zones checked (not checked when none was)."""
    ranked = [g for _, g in check.grades if g.rank is not None]
    return max(ranked, key=lambda g: g.rank) if ranked else Grade.NOT_CHECKED
