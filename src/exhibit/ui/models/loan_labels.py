"""Translated words for the loan paperwork's values: hand-overs, zones and grades."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exhibit.core.loan import Grade, HandOver, Zone


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def hand_over_label(event: HandOver) -> str:
    return {
        HandOver.DISPATCH: _t("Dispatch"),
        HandOver.ARRIVAL: _t("Arrival"),
        HandOver.VENUE_DISPATCH: _t("Venue dispatch"),
        HandOver.RETURN: _t("Return"),
        HandOver.CHECK: _t("Check"),
    }[HandOver(event)]


def zone_label(zone: Zone) -> str:
    return {
        Zone.IMAGE: _t("Image surface"),
        Zone.MOUNT: _t("Mount"),
        Zone.GLAZING: _t("Glazing"),
        Zone.FRAME: _t("Frame"),
        Zone.HANGING: _t("Hanging hardware"),
        Zone.BACK: _t("Back"),
        Zone.LABELS: _t("Labels"),
        Zone.PACKAGING: _t("Packaging"),
    }[Zone(zone)]


def grade_label(grade: Grade) -> str:
    return {
        Grade.EXCELLENT: _t("Excellent"),
        Grade.GOOD: _t("Good"),
        Grade.FAIR: _t("Fair"),
        Grade.POOR: _t("Poor"),
        Grade.NOT_CHECKED: _t("Not checked"),
    }[Grade(grade)]
