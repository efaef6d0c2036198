"""Record a condition check: one work, the works selected, or a whole crate at once.

The grades per zone start from each zone's last grade when one work is checked, else "not
checked"; "All good" sets every zone to good (the usual case at a quiet hand-over). Damage
photos are referenced like originals and never changed. ``checks()`` gives the values; the
window pushes them as one undo command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.errors import ExhibitError
from exhibit.core.loan import ConditionCheck, DamagePhoto, Grade, HandOver, Zone
from exhibit.core.model import Work
from exhibit.core.store import Catalogue
from exhibit.ui.models.loan_labels import grade_label, hand_over_label, zone_label


class ConditionCheckDialog(QDialog):
    def __init__(self, catalogue: Catalogue, works: list[Work], parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.works = list(works)
        self.all_works = catalogue.works()
        self.photos: list[DamagePhoto] = []
        self.setWindowTitle(self.tr("Record Condition"))
        self.setObjectName("conditionCheck")
        layout = QVBoxLayout(self)
        self.who = QLabel()
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        form = QFormLayout()
        self.crate = QComboBox()
        self.crate.setObjectName("crate")
        self.crate.addItem(self.tr("(the selected works)"), None)
        for c in catalogue.crates():
            self.crate.addItem(self.tr("Crate {number}").format(number=c.number), c.number)
        self.crate.currentIndexChanged.connect(self._show_who)
        form.addRow(self.tr("Works"), self.crate)
        self.event = QComboBox()
        self.event.setObjectName("event")
        for e in HandOver:
            self.event.addItem(hand_over_label(e), e)
        form.addRow(self.tr("Hand-over"), self.event)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Date"), self.date)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        form.addRow(self.tr("Place"), self.place)
        self.examiner = QLineEdit()
        self.examiner.setObjectName("examiner")
        form.addRow(self.tr("Examiner"), self.examiner)
        layout.addLayout(form)
        layout.addWidget(self._grades_box())
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Notes: what changed, where, how large"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.note)
        layout.addWidget(self._photos_box())
        self.error = QLabel()
        self.error.setStyleSheet("color: #d64541;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._start_grades()
        self._show_who()

    def _grades_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Condition per zone"))
        grid = QGridLayout(box)
        self.grades: dict[Zone, QComboBox] = {}
        for n, zone in enumerate(Zone):
            combo = QComboBox()
            combo.setObjectName(f"grade.{zone.value}")
            for g in Grade:
                combo.addItem(grade_label(g), g)
            self.grades[zone] = combo
            grid.addWidget(QLabel(zone_label(zone)), n // 2, (n % 2) * 2)
            grid.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        all_good = QPushButton(self.tr("All Good"))
        all_good.setObjectName("allGood")
        all_good.clicked.connect(lambda: self.set_all(Grade.GOOD))
        grid.addWidget(all_good, len(Zone) // 2, 3)
        return box

    def _photos_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_list = QListWidget()
        self.photo_list.setFixedHeight(60)
        add = QPushButton(self.tr("Add Damage Photo…"))
        add.clicked.connect(self._ask_photos)
        row.addWidget(self.photo_list, 1)
        row.addWidget(add)
        return box

    def set_all(self, grade: Grade) -> None:
        for combo in self.grades.values():
            combo.setCurrentIndex(combo.findData(grade))

    def _start_grades(self) -> None:
        self.set_all(Grade.NOT_CHECKED)
        if len(self.works) == 1:  # from where the last check left each zone
            history = self.catalogue.condition_history(self.works[0].id)
            for zone, combo in self.grades.items():
                graded = [c.grade(zone) for c in history.checks if c.grade(zone).rank is not None]
                if graded:
                    combo.setCurrentIndex(combo.findData(graded[-1]))

    def target_works(self) -> list[Work]:
        crate = self.crate.currentData()
        if crate is None:
            return self.works
        return [w for w in self.all_works if w.crate == crate]

    def _show_who(self) -> None:
        works = self.target_works()
        numbers = ", ".join(str(w.number) for w in works[:20]) + (" …" if len(works) > 20 else "")
        text = ConditionCheckDialog.tr("%n work(s): No. {numbers}", "", len(works))
        self.who.setText(text.format(numbers=numbers) if works else self.tr("No works."))

    def add_photo(self, path: Path) -> None:
        try:
            self.photos.append(self.catalogue.damage_photo(path))
        except ExhibitError as exc:
            self.error.setText(str(exc))
            return
        self.photo_list.addItem(Path(path).name)

    def _ask_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of Damage"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        for name in files:
            self.add_photo(Path(name))

    def checks(self) -> list[ConditionCheck]:
        day = self.date.date().toPython()
        chosen = {zone: Grade(combo.currentData()) for zone, combo in self.grades.items()}
        grades = tuple((z, g) for z, g in chosen.items() if g is not Grade.NOT_CHECKED)
        return [
            ConditionCheck(
                event=HandOver(self.event.currentData()),
                date=day,
                place=self.place.text().strip(),
                examiner=self.examiner.text().strip(),
                grades=grades,
                note=self.note.toPlainText().strip(),
                photos=tuple(self.photos),
                work_id=w.id,
            )
            for w in self.target_works()
        ]

    def accept(self) -> None:
        if not self.target_works():
            self.error.setText(self.tr("There are no works to check."))
            return
        if not self.examiner.text().strip() or not self.place.text().strip():
            self.error.setText(self.tr("Give the place and the examiner's name."))
            return
        super().accept()
