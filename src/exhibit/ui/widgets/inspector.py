"""The inspector: the selected work's larger preview, its EXIF facts, captions and fields.

One work selected: everything is shown and editable, the captions side by side per language.
Several selected: the fields show shared values or "multiple values" and a change goes to all
of them (a batch edit), the captions are for one work at a time. Every change is pushed as an
undo command; the inspector never writes the store itself.

``show_works`` shows a new selection. After the store changed, ``apply_changes`` refreshes only
the fields the change records name for the works shown, and never rewrites an editor that has
focus and unsaved typing: a job writing other works leaves the editors alone, and the
curator's own keystroke coming back from the store leaves the text and the cursor as they are.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exhibit.core.fields import LOAN, Owner
from exhibit.core.loan import ConditionCheck, ConditionHistory
from exhibit.core.model import ExifFacts, TranslationStatus, Work, freeze_texts
from exhibit.core.store import ALL_FIELDS, Catalogue, Change
from exhibit.core.store_loan import CONDITION, CRATES
from exhibit.ingest.relink import MISSING
from exhibit.ui.dialogs.condition_check import ConditionCheckDialog
from exhibit.ui.models.thumbnails import ThumbnailCache
from exhibit.ui.undo import (
    MoveWorksCommand,
    PasteTextsCommand,
    SetFieldCommand,
    SetStatusCommand,
    SetTextCommand,
    UndoStack,
)
from exhibit.ui.undo_loan import AddConditionChecksCommand, RemoveConditionCheckCommand
from exhibit.ui.widgets.caption_editors import CaptionEditors
from exhibit.ui.widgets.condition_panel import ConditionPanel
from exhibit.ui.widgets.field_editors import FieldEditors

PREVIEW_SIZE = 512


class Inspector(QScrollArea):
    def __init__(
        self,
        catalogue: Catalogue,
        stack: UndoStack,
        thumbnails: ThumbnailCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.stack, self.thumbnails = catalogue, stack, thumbnails
        self.works: list[Work] = []
        self._photo_shown: tuple | None = None  # what the preview and facts were made from
        self.setObjectName("inspector")
        self.setWidgetResizable(True)
        # squeezed narrower than its captions, it scrolls rather than cutting a column off
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("inspectorHeading")
        layout.addWidget(self.heading)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.preview)
        self.captions = CaptionEditors(Owner.WORK)
        self.captions.textEdited.connect(self._text_edited)
        self.captions.statusChosen.connect(self._status_chosen)
        self.captions.suggestionChosen.connect(self._suggestion_chosen)
        self.captions_box = self._group(self.tr("Captions"), self.captions)
        layout.addWidget(self.captions_box)
        self.fields = FieldEditors()
        self.fields.fieldEdited.connect(self._field_edited)
        self.fields.sectionChosen.connect(self._section_chosen)
        self.fields.invalid.connect(self.stack.error.emit)
        self.loan_fields = FieldEditors(group=LOAN)
        self.loan_fields.fieldEdited.connect(self._field_edited)
        self.loan_fields.invalid.connect(self.stack.error.emit)
        self.loan_texts = CaptionEditors(Owner.WORK, group=LOAN)
        self.loan_texts.textEdited.connect(self._text_edited)
        self.loan_texts.statusChosen.connect(self._status_chosen)
        loan = QWidget()
        loan_layout = QVBoxLayout(loan)
        loan_layout.addWidget(self.loan_fields)
        loan_layout.addWidget(self.loan_texts)
        loan_layout.addStretch(1)
        self.condition = ConditionPanel()
        self.condition.recordRequested.connect(self.record_condition)
        self.condition.removeRequested.connect(self._remove_check)
        # the catalogue's details, the loan's and the condition checks, one tab each
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.details_tab = self._page(self.fields)
        self.tabs.addTab(self.details_tab, self.tr("Details"))
        self.loan_tab = self._page(loan)
        self.loan_tab.setObjectName("loanTab")
        self.tabs.addTab(self.loan_tab, self.tr("Loan"))
        self.condition_tab = self._page(self.condition)
        self.condition_tab.setObjectName("conditionTab")
        self.tabs.addTab(self.condition_tab, self.tr("Condition"))
        self.fields_box = self.tabs  # shown whenever works are selected
        layout.addWidget(self.tabs)
        self.facts = QWidget()
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setContentsMargins(0, 0, 0, 0)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts_box = self._group(self.tr("From the photo (read-only)"), self.facts)
        layout.addWidget(self.facts_box)
        layout.addStretch(1)
        self.setWidget(body)
        thumbnails.ready.connect(self._thumbnail_ready)
        self.show_works([])

    @staticmethod
    def _page(content: QWidget) -> QWidget:
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setContentsMargins(6, 8, 6, 6)
        inner.addWidget(content)
        return page

    @staticmethod
    def _group(title: str, content: QWidget) -> QGroupBox:
        # the title as a label that wraps: a group box's own title sets its least width, and
        # "Aus dem Foto (nur lesen)" at 200 % made the inspector scroll sideways
        box = QGroupBox()
        inner = QVBoxLayout(box)
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        inner.addWidget(heading)
        inner.addWidget(content)
        return box

    # ----------------------------------------------------------------- showing

    def set_sections(self, sections, title) -> None:
        self.fields.set_sections(sections, title)

    def show_works(self, works: list[Work]) -> None:
        """Show the selection: every editor gets the values of ``works``."""
        self._show(works, None)

    def apply_changes(self, changes: list[Change], works: list[Work]) -> None:
        """The store changed: show ``works`` (the selection, fresh) where the changes touched it."""
        if [w.id for w in works] != [w.id for w in self.works]:
            self.show_works(works)  # the selection itself changed (works removed)
            return
        shown = {w.id for w in works}
        fields: set[str] = set()
        for c in changes:
            if c.kind == "exhibition" and c.touches("languages"):
                fields.add(ALL_FIELDS)
            elif c.kind == "exhibition" and c.touches(CRATES):
                fields.update((CRATES, "crate"))  # the crate list, and works that lost theirs
            elif c.kind in ("order", "removed"):  # numbers follow the order: the heading's
                fields.update(c.fields if shown & set(c.ids) else ("number",))
            elif c.kind == "works" and shown & set(c.ids):
                fields.update(c.fields)
        self.works = list(works)
        if fields:
            self._show(works, fields)

    def _show(self, works: list[Work], fields: set[str] | None) -> None:
        """Show ``works``: every field (``fields`` None) or those named (see ``Change``)."""
        self.works = list(works)
        single = works[0] if len(works) == 1 else None
        if self.captions.languages != self.catalogue.languages:
            self.captions.set_languages(self.catalogue.languages)
            last = self.captions.last_in_tab_order()
            details = [self.fields.section, *self.fields.editors.values()]
            chain = [last, *details] if last is not None else details
            for before, after in itertools.pairwise(chain):
                QWidget.setTabOrder(before, after)  # the details follow the captions
        shared, differing = shared_texts(works) if len(works) > 1 else (single, set())
        self.captions.show_values(shared, fields)
        self.captions.mark_multiple(differing, batch=len(works) > 1)
        self._show_change_notes(single, fields)
        # nothing to edit without a selection: no empty editors that look like a work
        self.captions_box.setVisible(bool(works))  # several: a batch edit of the captions
        self.fields_box.setVisible(bool(works))
        self.fields.show_works(works, fields)
        self._show_loan(works, single, fields)
        self._show_heading(works)
        # preview and facts change only with the photo, not with every caption keystroke
        shown = (single.id, single.original, single.exif, single.problems) if single else None
        if shown != self._photo_shown or not single:
            self._photo_shown = shown
            self._show_preview()
            self._show_facts(single)

    def _show_loan(self, works: list[Work], single: Work | None, fields: set[str] | None) -> None:
        """The Loan and Condition tabs: every part, or those ``fields`` name (see ``Change``)."""
        if fields is None or fields & {ALL_FIELDS, CRATES}:
            self.loan_fields.set_crates([c.number for c in self.catalogue.crates()])
        self.loan_fields.show_works(works, fields)
        self.loan_texts.set_languages(self.catalogue.languages)
        self.loan_texts.show_values(single, fields)
        self.loan_texts.setVisible(single is not None)
        if fields is None or fields & {ALL_FIELDS, CONDITION}:
            history = self.catalogue.condition_history(single.id) if single else ConditionHistory()
            self.condition.show_history(works, history)

    def _show_change_notes(self, single: Work | None, fields: set[str] | None) -> None:
        """Under each caption (and as the details' tips): changed in Jinhua by 王丽, 12 May.
        Read again only for the fields a change names (``fields`` None: all)."""

        def wanted(name: str, lang: str = "") -> bool:
            if fields is None or ALL_FIELDS in fields:
                return True
            return name in fields or (bool(lang) and f"{name}.{lang}" in fields)

        def note(name: str, lang: str = "") -> str:
            if single is None:
                return ""
            rev = self.catalogue.last_change(Owner.WORK, single.id, name, lang)
            if rev is None or not (rev.author or rev.office):
                return ""
            return self.change_note(rev.office, rev.author, rev.at)

        # the field being typed into keeps its note until the selection changes: the curator
        # knows who is changing it, and a keystroke costs no extra read
        keys = [
            k
            for k, cell in self.captions.cells.items()
            if wanted(*k) and (fields is None or not cell.editor.hasFocus())
        ]
        if keys:
            self.captions.show_changes({k: note(*k) for k in keys}, keys)
        if fields is None or ALL_FIELDS in fields:  # not on every keystroke
            self._show_suggestions(single)
        for name, editor in self.fields.editors.items():
            if wanted(name):
                editor.setToolTip(note(name))

    def _show_suggestions(self, single: Work | None) -> None:
        """Theirs waiting beside ours for the work shown: from a translation file or a partner."""
        found: dict[tuple[str, str], tuple[int, str, str]] = {}
        if single is not None and single.uid:
            for c in self.catalogue.conflicts():
                if c.entity != "work" or c.uid != single.uid or not c.lang:
                    continue
                theirs = c.theirs[0] if isinstance(c.theirs, list | tuple) and c.theirs else ""
                origin = c.package.removeprefix("translation:") if c.package else ""
                found[(c.field, c.lang)] = (c.id, str(theirs), origin or c.theirs_office)
        self.captions.show_suggestions(found)

    def _suggestion_chosen(self, conflict_id: int, take: str) -> None:
        from exhibit.ui.undo import SnapshotCommand

        label = self.tr("Accept a suggestion") if take == "theirs" else self.tr("Keep our text")
        command = SnapshotCommand(
            self.catalogue, label, lambda cat: cat.resolve_conflicts([conflict_id], take)
        )
        self.stack.push_command(command)
        self._show_suggestions(self.works[0] if len(self.works) == 1 else None)

    def change_note(self, office: str, author: str, at: str) -> str:
        day = QDate.fromString(at[:10], Qt.DateFormat.ISODate)
        # a date format (Qt's): "d MMM" shows 12 May; Chinese: "M月d日"
        when = QLocale().toString(day, self.tr("d MMM")) if day.isValid() else ""
        if office:
            return self.tr("changed in {office} by {author}, {date}").format(
                office=office, author=author or "?", date=when
            )
        return self.tr("changed by {author}, {date}").format(author=author, date=when)

    def _show_heading(self, works: list[Work]) -> None:
        if not works:
            text = self.tr("No work selected. Select a photo to edit its captions.")
        elif len(works) == 1:
            w = works[0]
            # the file name as written: "&" or "<" in it is text, not markup
            text = self.tr("No. {number} · {file}").format(
                number=w.number, file=html.escape(Path(w.original.path).name)
            )
        else:
            text = Inspector.tr("%n works selected: changes apply to all", "", len(works))
        self.heading.setText(f"<b>{text}</b>")

    def _show_preview(self) -> None:
        if len(self.works) != 1:
            self.preview.clear()
            self.preview.setVisible(False)
            return
        self.preview.setVisible(True)
        sha = self.works[0].original.sha256
        pixmap = self.thumbnails.pixmap(sha, PREVIEW_SIZE)
        if pixmap is None:
            loading = not self.thumbnails.unreadable(sha, PREVIEW_SIZE)
            self.preview.setText(self.tr("Loading…") if loading else self.tr("No preview"))
            return
        width = max(120, self.viewport().width() - 40)
        scaled = pixmap.scaled(
            width,
            320,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(scaled)

    @Slot(str)
    def _thumbnail_ready(self, sha256: str) -> None:
        if len(self.works) == 1 and self.works[0].original.sha256 == sha256:
            self._show_preview()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_preview()

    def _show_facts(self, work: Work | None) -> None:
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        self.facts_box.setVisible(work is not None)
        if work is None:
            return
        for label, value in self._fact_rows(work):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts_form.addRow(label, shown)

    def _fact_rows(self, work: Work) -> list[tuple[str, str]]:
        e: ExifFacts = work.exif
        locale = QLocale()
        rows = [(self.tr("File"), work.original.path)]
        # "missing" is what the rescan of the originals noted, as the grid's badge shows it
        if any(p.code == MISSING for p in work.problems):
            rows.append((self.tr("Original"), self.tr("missing: relink it or put the file back")))
        rows += [
            (self.tr("Taken"), e.date_taken.replace("T", " ") if e.date_taken else ""),
            (self.tr("Camera"), e.camera),
            (self.tr("Lens"), e.lens or ""),
            (self.tr("Exposure"), self._exposure(e, locale)),
            (self.tr("ISO"), str(e.iso) if e.iso else ""),
            (
                self.tr("Size"),
                self.tr("{w} × {h} px").format(w=e.width, h=e.height) if e.width else "",
            ),
            (self.tr("GPS"), f"{e.gps_lat:.5f}, {e.gps_lon:.5f}" if e.gps_lat is not None else ""),
            (self.tr("Artist"), e.artist or ""),
            (self.tr("Copyright"), e.copyright or ""),
        ]
        rows += [(self.tr("Problem"), p.message) for p in work.problems if p.code != MISSING]
        return [(label, value) for label, value in rows if value]

    @staticmethod
    def _exposure(e: ExifFacts, locale: QLocale) -> str:
        parts = []
        if e.exposure_time:
            parts.append(f"{e.exposure_time} s")
        if e.f_number:
            parts.append(f"f/{locale.toString(e.f_number, 'g', 3)}")
        if e.focal_length:
            parts.append(f"{locale.toString(e.focal_length, 'g', 4)} mm")
        return " · ".join(parts)

    def focus_field(self, name: str, language: str | None = None) -> bool:
        """Put the cursor in a field's editor (a caption in ``language``); False if none."""
        cell = self.captions.cells.get((name, language or "")) or self.loan_texts.cells.get(
            (name, language or "")
        )
        editor = cell.editor if cell is not None else None
        editor = editor or self.fields.editors.get(name) or self.loan_fields.editors.get(name)
        for index in range(self.tabs.count()):  # bring the editor's tab to the front
            if editor is not None and self.tabs.widget(index).isAncestorOf(editor):
                self.tabs.setCurrentIndex(index)
        if editor is None or not editor.isVisibleTo(self):
            return False
        self.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # ----------------------------------------------------------------- editing

    def _ids(self) -> list[int]:
        return [w.id for w in self.works]

    @Slot(str, str, str, int)
    def _text_edited(self, name: str, lang: str, text: str, session: int) -> None:
        if len(self.works) > 1:  # the same text for every selected work, one step per session
            command = PasteTextsCommand(
                self.catalogue, self._ids(), {(name, lang): text}, session=session
            )
            self.stack.push_command(command)
            return
        if len(self.works) != 1:
            return
        command = SetTextCommand(
            self.catalogue, Owner.WORK, self.works[0].id, name, lang, text, session=session
        )
        self.stack.push_command(command)

    @Slot(str, str, object)
    def _status_chosen(self, name: str, lang: str, status: TranslationStatus) -> None:
        if len(self.works) == 1:
            command = SetStatusCommand(
                self.catalogue, Owner.WORK, self.works[0].id, name, lang, status
            )
            if not self.stack.push_command(command):
                self.show_works(self.works)

    @Slot(str, object)
    def _field_edited(self, name: str, value: object) -> None:
        if self.works and not self.stack.push_command(
            SetFieldCommand(self.catalogue, self._ids(), name, value)
        ):
            self.show_works(self.works)

    @Slot()
    def record_condition(self) -> None:
        """Ask for a condition check of the selected works (or a crate) and record it."""
        if not self.works:
            return
        dialog = ConditionCheckDialog(self.catalogue, self.works, self)
        if dialog.exec():
            self.stack.push_command(AddConditionChecksCommand(self.catalogue, dialog.checks()))

    @Slot(object)
    def _remove_check(self, check: ConditionCheck) -> None:
        self.stack.push_command(RemoveConditionCheckCommand(self.catalogue, check))

    @Slot(object)
    def _section_chosen(self, section_id: int | None) -> None:
        if self.works:
            n = len(self.works)
            label = lambda: UndoStack.tr("Move %n work(s) to another section", "", n)  # noqa: E731
            self.stack.push_command(
                MoveWorksCommand(self.catalogue, self._ids(), section_id, None, label)
            )


def shared_texts(works: list[Work]) -> tuple[Work, set[tuple[str, str]]]:
    """A stand-in work holding the texts all ``works`` share, and the (field, language) pairs
    where they differ (shown empty, "multiple values")."""
    keys = {(n, lang) for w in works for n, by in w.texts.items() for lang in by}
    shared: dict[str, dict] = {}
    differing = set()
    for name, lang in keys:
        entries = {w.text(name, lang) for w in works}
        if len({e.text for e in entries}) == 1:
            shared.setdefault(name, {})[lang] = works[0].text(name, lang)
        else:
            differing.add((name, lang))
    return replace(works[0], texts=freeze_texts(shared)), differing
