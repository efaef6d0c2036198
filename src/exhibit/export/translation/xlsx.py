"""The translation as a spreadsheet for Excel, WPS or LibreOffice (openpyxl).

One sheet for people: a frozen header naming the columns in English and Chinese, the source
columns locked, the target and status editable (status from a drop-down), wrapped text and a
length check on the target. A hidden sheet holds the export's record and each unit's base
(fingerprints of source and target as exported). A text starting with "=" stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from exhibit.core.translation import COLUMNS, SHEET_STATUS, ExportMeta, meta_items
from exhibit.export.translation.common import Outgoing, header_label

SHEET, HIDDEN = "Translation", "exhibit"
WIDTHS = {"id": 14, "no.": 6, "field": 12, "source": 48, "target": 48, "status": 14, "note": 36}
EDITABLE = ("target", "status")


def state_of(out_status) -> str:
    return SHEET_STATUS[out_status]


def write_xlsx(path: Path, meta: ExportMeta, units: Sequence[Outgoing]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([header_label(c, meta) for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for row, out in enumerate(units, start=2):
        u = out.unit
        values = (u.id, u.number, u.label, u.source, u.target, out.state, u.note)
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # "=..." is a caption, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if COLUMNS[col - 1] in EDITABLE:
                cell.protection = Protection(locked=False)
    _validations(ws, units)
    for col, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[chr(64 + col)].width = WIDTHS[name]
    ws.freeze_panes = "A2"
    ws.protection.sheet = True  # locks the source columns; no password: it is a guide
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    _hidden_sheet(wb, meta, units)
    wb.save(path)


def _validations(ws, units: Sequence[Outgoing]) -> None:
    last = len(units) + 1
    if last < 2:
        return
    status_col = chr(65 + COLUMNS.index("status"))
    choices = ",".join(v for v in SHEET_STATUS.values() if v != "outdated")
    status = DataValidation(type="list", formula1=f'"{choices},outdated"', allow_blank=True)
    status.error = "Choose a status from the list / 请从列表中选择状态"
    status.add(f"{status_col}2:{status_col}{last}")
    ws.add_data_validation(status)
    target_col = chr(65 + COLUMNS.index("target"))
    by_limit: dict[int, list[int]] = {}
    for row, out in enumerate(units, start=2):
        if out.unit.max_length:
            by_limit.setdefault(out.unit.max_length, []).append(row)
    for limit, rows in by_limit.items():
        check = DataValidation(
            type="textLength", operator="lessThanOrEqual", formula1=str(limit), allow_blank=True
        )
        check.error = f"At most {limit} characters / 最多 {limit} 个字符"
        check.errorTitle = "Too long / 太长"
        for r in rows:
            check.add(f"{target_col}{r}")
        ws.add_data_validation(check)


def _hidden_sheet(wb: Workbook, meta: ExportMeta, units: Sequence[Outgoing]) -> None:
    hidden = wb.create_sheet(HIDDEN)
    hidden.sheet_state = "hidden"
    for key, value in meta_items(meta):
        hidden.append([key, value])
    hidden.append([])
    hidden.append(["unit", "base"])
    for out in units:
        hidden.append([out.unit.id, out.base.encode()])
    for row in hidden.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
