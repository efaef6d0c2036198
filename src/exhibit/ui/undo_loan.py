"""Undo commands for the loan paperwork: the loan record with its crates, condition checks.

Each calls the store, like the commands in ``undo``; the window pushes them with
``UndoStack.push_command``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from exhibit.core.fields import LOAN_EXHIBITION_FIELDS, Owner
from exhibit.core.loan import ConditionCheck, Crate, LoanRecord
from exhibit.core.store import Catalogue
from exhibit.ui.undo import SetTextsCommand, StoreCommand, UndoStack


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommand", text)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def record_values(loan: LoanRecord) -> dict[str, object]:
    """The loan record's single-valued fields as the store takes them."""
    return {name: _plain(getattr(loan, name)) for name in LOAN_EXHIBITION_FIELDS}


class SetLoanRecordCommand(StoreCommand):
    """The loan record's texts, fields and crates, as edited in one dialog: one step."""

    def __init__(
        self,
        catalogue: Catalogue,
        texts: dict[tuple[str, str], str],
        fields: dict[str, object],
        crates: list[Crate],
    ) -> None:
        super().__init__(catalogue, _tr("Change the loan record"))
        self.texts = SetTextsCommand(catalogue, Owner.EXHIBITION, 1, texts, "")
        self.fields = fields
        self.old_fields = record_values(catalogue.exhibition().loan)
        self.crates = crates
        self.old_crates = catalogue.crates()
        self.old_assignments = {w.id: w.crate for w in catalogue.works() if w.crate}

    def do(self) -> None:
        with self.catalogue.transaction():
            self.texts.do()
            for name, value in self.fields.items():
                if value != self.old_fields.get(name):
                    self.catalogue.set_exhibition_field(name, value)
            self._put_crates(self.crates)

    def undo_store(self) -> None:
        with self.catalogue.transaction():
            self.texts.undo_store()
            for name, value in self.old_fields.items():
                self.catalogue.set_exhibition_field(name, value)
            self._put_crates(self.old_crates)
            groups: dict[str, list[int]] = {}
            for wid, number in self.old_assignments.items():
                groups.setdefault(number, []).append(wid)
            for number, ids in groups.items():
                self.catalogue.set_field(ids, "crate", number)

    def _put_crates(self, crates: list[Crate]) -> None:
        keep = {c.number for c in crates}
        for old in self.catalogue.crates():
            if old.number not in keep:
                self.catalogue.remove_crate(old.number)
        current = set(self.catalogue.crates())
        for crate in crates:
            if crate not in current:
                self.catalogue.put_crate(crate)


class AddConditionChecksCommand(StoreCommand):
    """Condition checks of one or more works (a whole crate at arrival): one step."""

    def __init__(self, catalogue: Catalogue, checks: Iterable[ConditionCheck]) -> None:
        self.checks = list(checks)
        label = UndoStack.tr("Record condition of %n work(s)", "", len(self.checks))
        super().__init__(catalogue, label)
        self.stored: list[ConditionCheck] = []

    def do(self) -> None:
        # the first time new ids; a redo after undo puts the same checks back with their ids
        self.stored = self.catalogue.add_condition_checks(self.stored or self.checks)

    def undo_store(self) -> None:
        self.catalogue.remove_condition_checks([c.id for c in self.stored])


class RemoveConditionCheckCommand(StoreCommand):
    def __init__(self, catalogue: Catalogue, check: ConditionCheck) -> None:
        super().__init__(catalogue, _tr("Remove a condition check"))
        self.check = check

    def do(self) -> None:
        self.catalogue.remove_condition_checks([self.check.id])

    def undo_store(self) -> None:
        self.catalogue.add_condition_checks([self.check])
