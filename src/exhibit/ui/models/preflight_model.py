"""Preflight findings as a table: what kind of problem, the work, field and language, the details.

    model = PreflightModel()
    model.set_findings(report.findings)          # from exhibit.export.preflight
    proxy = SeverityFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_severity(Severity.ERROR)           # None: every finding
    index.data(FindingRole.FINDING)              # the Finding value of a row
    model.summary()                              # "2 errors, 5 warnings"

The problem column shows the kind of finding in the UI language (the core names it by ``code``)
with the standard critical, warning or information icon. The details column says what preflight
found in the UI language too: a template per code, filled from the finding's ``args`` (the file,
the pixels, the character), with field and language names from the usual labels. A finding of a
code this model does not know, or without the args its template needs, shows the core's English
``message`` instead. Sorting by the problem column sorts by severity first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from exhibit.core.errors import ExhibitError
from exhibit.core.fields import Owner
from exhibit.core.languages import display_name
from exhibit.export.preflight import Finding, Severity
from exhibit.ui.models.labels import field_label

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class Column(IntEnum):
    PROBLEM = 0
    WORK = 1
    FIELD = 2
    LANGUAGE = 3
    DETAILS = 4


class FindingRole(IntEnum):
    FINDING = Qt.ItemDataRole.UserRole + 1  # the Finding value
    SEVERITY = FINDING + 1  # its Severity's value ("error", "warning", "info")
    SORT = SEVERITY + 1  # a value that sorts the column sensibly


class PreflightModel(QAbstractTableModel):
    """The findings of one preflight run, in the order preflight gave them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_findings(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self._findings if f.severity is severity)

    def summary(self) -> str:
        """ "2 errors, 5 warnings" (notes added when there are any), or that all is well."""
        errors, warnings = self.count(Severity.ERROR), self.count(Severity.WARNING)
        notes = self.count(Severity.INFO)
        if not (errors or warnings or notes):
            return self.tr("No problems found")
        parts = [
            PreflightModel.tr("%n error(s)", "", errors),
            PreflightModel.tr("%n warning(s)", "", warnings),
        ]
        if notes:
            parts.append(PreflightModel.tr("%n note(s)", "", notes))
        return self.tr(", ").join(parts)

    # ----------------------------------------------------------------- the table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PROBLEM: self.tr("Problem"),
            Column.WORK: self.tr("No."),
            Column.FIELD: self.tr("Field"),
            Column.LANGUAGE: self.tr("Language"),
            Column.DETAILS: self.tr("Details"),
        }.get(Column(section))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = Column(index.column())
        if role == FindingRole.FINDING:
            return finding
        if role == FindingRole.SEVERITY:
            return finding.severity.value
        if role == FindingRole.SORT:
            return self._sort_key(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(finding)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.PROBLEM:
            return self.icon(finding.severity)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.WORK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, finding: Finding, column: Column) -> str:
        if column is Column.PROBLEM:
            return self.problem_label(finding)
        if column is Column.WORK:
            return str(finding.work) if finding.work is not None else ""
        if column is Column.FIELD:
            return _field_name(finding.field)
        if column is Column.LANGUAGE:
            return display_name(finding.language) if finding.language else ""
        return self.details(finding)

    def _sort_key(self, row: int, column: Column) -> object:
        finding = self._findings[row]
        if column is Column.PROBLEM:  # by severity, then in preflight's order
            return _RANK[finding.severity] * 1_000_000 + row
        if column is Column.WORK:
            return finding.work if finding.work is not None else -1
        return self._text(finding, column)

    def icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = QApplication.style().standardIcon(_ICONS[severity])
        return self._icons[severity]

    def problem_label(self, finding: Finding) -> str:
        """The kind of problem in the UI language (the details stay as preflight wrote them)."""
        labels = {
            "no_works": self.tr("No works selected"),
            "missing_original": self.tr("Original missing"),
            "unreadable_original": self.tr("Original unreadable"),
            "changed_original": self.tr("Original changed"),
            "low_resolution": self.tr("Resolution too low"),
            "missing_translation": self.tr("Translation missing"),
            "outdated_translation": self.tr("Translation outdated"),
            "unsupported_character": self.tr("Character not in the fonts"),
            "text_overflow": self.tr("Text does not fit"),
            "missing_title": self.tr("No title"),
            "missing_photographer": self.tr("No photographer"),
            "camera_caption": self.tr("Caption written by the camera"),
        }
        return labels.get(finding.code, finding.code.replace("_", " "))

    # ----------------------------------------------------------------- the details

    def details(self, finding: Finding) -> str:
        """What preflight found, in the UI language (its English ``message`` as a fallback)."""
        sentences: dict[str, Callable[[Mapping[str, object]], str]] = {
            "no_works": lambda _a: self.tr("No works are selected for printing."),
            "missing_original": self._missing_original,
            "unreadable_original": self._unreadable_original,
            "changed_original": self._changed_original,
            "low_resolution": self._low_resolution,
            "missing_translation": self._missing_translation,
            "outdated_translation": self._outdated_translation,
            "unsupported_character": self._unsupported_character,
            "text_overflow": self._text_overflow,
            "missing_title": lambda _a: self.tr("No title: printed as untitled."),
            "missing_photographer": lambda _a: self.tr("No photographer named."),
            "camera_caption": lambda a: self.tr(
                "The caption looks like text the camera wrote: {text}"
            ).format(text=a["text"]),
        }
        sentence = sentences.get(finding.code)
        if sentence is None:
            return finding.message
        try:
            text, where = sentence(finding.args), self._where(finding.args)
        except (KeyError, TypeError, ValueError, ExhibitError):  # args it does not know
            return finding.message
        return self.tr("{where}: {details}").format(where=where, details=text) if where else text

    def _where(self, args: Mapping[str, object]) -> str:
        owner = args.get("owner")
        if owner == Owner.WORK and args.get("cover"):
            return self.tr("No. {number} (cover)").format(number=args["number"])
        if owner == Owner.WORK:
            return self.tr("No. {number}").format(number=args["number"])
        if owner == Owner.SECTION:
            return self.tr("Section {section}").format(section=args["section"])
        return self.tr("Exhibition") if owner == Owner.EXHIBITION else ""

    def _missing_original(self, args: Mapping[str, object]) -> str:
        return self.tr("The original {file} is missing.").format(file=args["file"])

    def _unreadable_original(self, args: Mapping[str, object]) -> str:
        return self.tr("The original {file} cannot be read.").format(file=args["file"])

    def _changed_original(self, args: Mapping[str, object]) -> str:
        locale = QLocale()
        return self.tr(
            "{file} has changed since it was imported ({now} bytes now, {then} before); "
            "the catalogue prints the file as it is now."
        ).format(
            file=args["file"],
            now=locale.toString(int(args["bytes_now"])),
            then=locale.toString(int(args["bytes_then"])),
        )

    def _low_resolution(self, args: Mapping[str, object]) -> str:
        if int(args["ppi"]) < int(args["minimum"]):
            text = self.tr(
                "{width_px} × {height_px} pixels give only {ppi} ppi at "
                "{width_mm} × {height_mm} mm (at least {minimum} ppi needed)."
            )
        else:
            text = self.tr(
                "{width_px} × {height_px} pixels give {ppi} ppi at "
                "{width_mm} × {height_mm} mm ({wanted} ppi wanted)."
            )
        return text.format(**args)

    def _missing_translation(self, args: Mapping[str, object]) -> str:
        return self.tr(
            "{field}: the {language} translation is missing; only the {source} text is printed."
        ).format(**_text_names(args))

    def _outdated_translation(self, args: Mapping[str, object]) -> str:
        return self.tr(
            "{field}: the {language} translation was approved for an earlier version of the "
            "{source} text."
        ).format(**_text_names(args))

    def _unsupported_character(self, args: Mapping[str, object]) -> str:
        codepoints = list(args["codepoints"])
        chars = self.tr(", ").join(
            f"{char} ({point})" for char, point in zip(args["chars"], codepoints, strict=True)
        )
        where = _field_label(args)
        if args.get("language"):
            where = self.tr("{field} ({language})").format(
                field=where, language=display_name(str(args["language"]))
            )
        text = PreflightModel.tr(
            "{field}: %n character(s) that the catalogue fonts cannot show: {chars}.",
            "",
            len(codepoints),
        )
        return text.format(field=where, chars=chars)

    def _text_overflow(self, args: Mapping[str, object]) -> str:
        return self.tr(
            "The captions do not fit, even on a page of their own; they would have to be printed "
            "at {scale_percent}% size, below the smallest readable size ({minimum_pt} pt). "
            "Shorten them."
        ).format(**args)


def _field_label(args: Mapping[str, object]) -> str:
    """The label of the finding's field, as its owner (work, section, exhibition) calls it."""
    return field_label(str(args["field"]), Owner(str(args["owner"])))


def _text_names(args: Mapping[str, object]) -> dict[str, str]:
    """The field, language and source language of a translation finding, for the UI."""
    return {
        "field": _field_label(args),
        "language": display_name(str(args["language"])),
        "source": display_name(str(args["source_language"])),
    }


def _field_name(name: str | None) -> str:
    """A field's label in the UI language, whoever it belongs to."""
    if not name:
        return ""
    for owner in (Owner.WORK, Owner.EXHIBITION, Owner.SECTION):
        try:
            return field_label(name, owner)
        except ExhibitError:
            continue
    return name


class SeverityFilterProxy(QSortFilterProxyModel):
    """Shows the findings of one severity (or all); sorts by ``FindingRole.SORT``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self.setSortRole(FindingRole.SORT)

    @property
    def severity(self) -> Severity | None:
        return self._severity

    def set_severity(self, severity: Severity | None) -> None:
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._severity is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(FindingRole.SEVERITY) == self._severity.value
