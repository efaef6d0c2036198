"""Translated words for values the core names in English: statuses, loan states, field labels.

The core keeps English source strings (``core.fields`` labels, enum values); the window shows
them through these functions so that each appears once, as a literal lupdate can find.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exhibit.core.fields import Owner, spec
from exhibit.core.model import LoanStatus, TranslationStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: TranslationStatus) -> str:
    return {
        TranslationStatus.MISSING: _t("Missing"),
        TranslationStatus.DRAFT: _t("Draft"),
        TranslationStatus.NEEDS_REVIEW: _t("Needs review"),
        TranslationStatus.APPROVED: _t("Approved"),
        TranslationStatus.OUTDATED: _t("Outdated"),
    }[status]


def loan_label(status: LoanStatus | str) -> str:
    return {
        LoanStatus.CANDIDATE: _t("Candidate"),
        LoanStatus.SELECTED: _t("Selected"),
        LoanStatus.PRINTED: _t("Printed"),
        LoanStatus.PACKED: _t("Packed"),
        LoanStatus.SHIPPED: _t("Shipped"),
        LoanStatus.ON_DISPLAY: _t("On display"),
        LoanStatus.RETURNED: _t("Returned"),
        LoanStatus.LOST: _t("Lost"),
    }[LoanStatus(status)]


def choice_label(field: str, choice: str) -> str:
    """A choice of a CHOICE field as the window shows it."""
    if field == "loan_status":
        return loan_label(choice)
    words = {"yes": _t("Yes"), "no": _t("No")}
    return words.get(choice, QCoreApplication.translate("Labels", choice))


def field_label(name: str, owner: Owner = Owner.WORK) -> str:
    """The label of a declared field, translated (the literals below mirror core.fields)."""
    known = {
        "Title": _t("Title"),
        "Subtitle": _t("Subtitle"),
        "Venue": _t("Venue"),
        "City": _t("City"),
        "Organisers": _t("Organisers"),
        "Foreword": _t("Foreword"),
        "Publisher": _t("Publisher"),
        "Editors": _t("Editors"),
        "Texts": _t("Texts"),
        "Translation": _t("Translation"),
        "Design": _t("Design"),
        "Printing": _t("Printing"),
        "Opening date": _t("Opening date"),
        "Closing date": _t("Closing date"),
        "Section title": _t("Section title"),
        "Caption": _t("Caption"),
        "Location": _t("Location"),
        "Credit": _t("Credit"),
        "Photographer": _t("Photographer"),
        "Print width (cm)": _t("Print width (cm)"),
        "Print height (cm)": _t("Print height (cm)"),
        "Edition": _t("Edition"),
        "Frame notes": _t("Frame notes"),
        "Insurance value": _t("Insurance value"),
        "Currency": _t("Currency"),
        "Loan status": _t("Loan status"),
        "Notes": _t("Notes"),
        "On the web": _t("On the web"),
        "Tags": _t("Tags"),
        "Loan number": _t("Loan number"),
        "Borrower": _t("Borrower"),
        "Borrower's address": _t("Borrower's address"),
        "Borrower's contact": _t("Borrower's contact"),
        "Lender's authoriser": _t("Lender's authoriser"),
        "Purpose": _t("Purpose"),
        "Dispatch date": _t("Dispatch date"),
        "Return due": _t("Return due"),
        "Conditions of loan": _t("Conditions of loan"),
        "Credit line": _t("Credit line"),
        "Shipper": _t("Shipper"),
        "Cover": _t("Cover"),
        "Insurer or indemnifier": _t("Insurer or indemnifier"),
        "Policy number": _t("Policy number"),
        "Excess": _t("Excess"),
        "Process or medium": _t("Process or medium"),
        "Mount width (cm)": _t("Mount width (cm)"),
        "Mount height (cm)": _t("Mount height (cm)"),
        "Frame width (cm)": _t("Frame width (cm)"),
        "Frame height (cm)": _t("Frame height (cm)"),
        "Frame depth (cm)": _t("Frame depth (cm)"),
        "Crate": _t("Crate"),
    }
    label = spec(owner, name).label
    return known.get(label, QCoreApplication.translate("Labels", label))
