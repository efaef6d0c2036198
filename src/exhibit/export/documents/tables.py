"""The checklist, the condition reports and the loan record with its insurance schedule: the
documents that are tables on pages with a header line ("page x of y")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepInFrame, PageBreak, Spacer

from exhibit.core.loan import ConditionHistory, Grade, HandOver, Zone, overall
from exhibit.core.model import Work
from exhibit.export.documents.options import DocumentSource
from exhibit.export.documents.photos import damage_image
from exhibit.export.documents.setting import (
    GREY,
    TINT,
    WORSE,
    PagedDoc,
    Setter,
    both,
    money,
    page_of,
    size_cm,
)
from exhibit.export.documents.words import word, words


class Sheetwork:
    """What every table document shares: the source, languages, type and the header line."""

    def __init__(self, source: DocumentSource, works, languages, setter: Setter, meta: dict):
        self.source, self.works, self.langs = source, tuple(works), tuple(languages)
        self.setter, self.meta = setter, meta
        self.ex = source.exhibition

    def p(self, text: str, size: float = 8, lang: str | None = None, **kw):
        return self.setter.para(text, size, lang or self.langs[0], **kw)

    def w(self, key: str, sep: str = " / ") -> str:
        return words(key, self.langs, sep)

    def texts(self, owner, name: str, size: float = 8, **kw) -> list:
        return [
            self.p(t, size, lang, **kw)
            for lang, t in both(lambda g: owner.value(name, g), self.langs)
        ]

    def header(self, title_key: str, pages: int):
        loan = self.ex.loan.loan_number
        title = self.ex.value("title", self.langs[0], self.langs[1:])

        def draw(canv, doc) -> None:
            width, height = doc.pagesize
            left = self.p(f"{self.w(title_key)} · {title}", 8, bold=True)
            right_text = " · ".join(
                v
                for v in (
                    f"{self.w('loan_number')} {loan}" if loan else "",
                    page_of(doc.page, pages or doc.page, self.langs),
                )
                if v
            )
            right = self.p(right_text, 8, align="right", colour=GREY)
            top = height - doc.topMargin + 5 * mm
            left.wrap(doc.width * 0.55, 40)
            left.drawOn(canv, doc.leftMargin, top + 2)
            right.wrap(doc.width, 40)  # set right-aligned across the whole width
            right.drawOn(canv, doc.leftMargin, top + 2)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(doc.leftMargin, top, width - doc.rightMargin, top)

        return draw

    def thumbnail(self, work: Work, width: float, height: float):
        path = self.source.thumbnails.get(work.id)
        if path is None:
            return ""
        img = Image(str(path), width=width, height=height, kind="proportional")
        return img

    def build(self, target, pagesize, title_key: str, story_of, pages_known: int) -> int:
        doc = PagedDoc(
            target, pagesize, self.setter, self.header(title_key, pages_known), **self.meta
        )
        doc.build(story_of())
        return doc.page


# --------------------------------------------------------------------- checklist

_CHECKLIST_MM = (9, 20, 24, 43, 11, 24, 30, 13, 11, 27, 22, 35)


class Checklist(Sheetwork):
    def story(self) -> list:
        head = [
            self.p(self.w(k, "\n"), 7, bold=True)
            for k in (
                "no",
                "image",
                "photographer",
                "title",
                "year",
                "process",
                "image_size",
                "edition",
                "crate",
                "value",
                "condition_dispatch",
                "credit",
            )
        ]
        head[6] = self.p(
            f"{self.w('image_size', chr(10))}\n{self.w('frame_size', chr(10))}", 7, bold=True
        )
        rows = [head] + [self._row(w) for w in self.works]
        rows.append(self._totals())
        widths = [v * mm for v in _CHECKLIST_MM]
        table = self.setter.table(rows, widths, repeatRows=1)
        style = self.setter.grid_style()
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREY),
        ]
        table.setStyle(style)
        return [table]

    def _row(self, w: Work) -> list:
        value = money(w.insurance_value, w.insurance_currency)
        sizes = "\n".join(
            v
            for v in (
                size_cm(w.print_width_cm, w.print_height_cm),
                size_cm(w.frame_width_cm, w.frame_height_cm, w.frame_depth_cm),
            )
            if v
        )
        dispatch = self.source.history(w).at(HandOver.DISPATCH)
        condition = ""
        if dispatch is not None:
            grade = overall(dispatch)
            condition = f"{self.w(grade.value)}\n{dispatch.date.isoformat()}"
        return [
            self.p(str(w.number), 8, bold=True),
            self.thumbnail(w, 18 * mm, 18 * mm),
            self.p(w.photographer, 7.5),
            self.texts(w, "title", 7.5),
            self.p(str(w.exif.year or ""), 7.5),
            self.texts(w, "process", 7.5),
            self.p(sizes, 7.5),
            self.p(w.edition, 7.5),
            self.p(w.crate, 7.5),
            self.p(value, 7.5, align="right"),
            self.p(condition, 7.5),
            self.texts(w, "credit", 7) or self.texts(self.ex, "credit_line", 7),
        ]

    def _totals(self) -> list:
        sums = totals(self.works)
        row = [""] * len(_CHECKLIST_MM)
        row[2] = self.p(f"{self.w('total')}: {len(self.works)} {self.w('works')}", 7.5, bold=True)
        row[9] = self.p(
            "\n".join(money(v, c) for c, v in sums.items()), 7.5, bold=True, align="right"
        )
        return row


def totals(works: Sequence[Work]) -> dict[str, float]:
    """Insurance values summed per currency."""
    sums: dict[str, float] = {}
    for w in works:
        if w.insurance_value is not None:
            sums[w.insurance_currency] = sums.get(w.insurance_currency, 0.0) + w.insurance_value
    return sums


def write_checklist(target: BinaryIO, sheet: Checklist) -> int:
    from exhibit.export.documents.setting import build_twice

    return build_twice(
        lambda t, n: sheet.build(t, landscape(A4), "checklist", sheet.story, n), target
    )


# --------------------------------------------------------------------- condition reports


class ConditionReports(Sheetwork):
    def story(self) -> list:
        story: list = []
        for n, w in enumerate(self.works):
            if n:
                story.append(PageBreak())
            page = self._work_page(w)
            story.append(KeepInFrame(182 * mm, 250 * mm, page, mode="shrink"))
        return story

    def _work_page(self, w: Work) -> list:
        facts = [self.p(f"{self.w('no')} {w.number}", 14, bold=True)]
        facts += self.texts(w, "title", 12, bold=True)
        year = f", {w.exif.year}" if w.exif.year else ""
        facts.append(self.p(f"{w.photographer}{year}", 9))
        facts += self.texts(w, "process", 9)
        for key, value in (
            ("image_size", size_cm(w.print_width_cm, w.print_height_cm)),
            ("mount_size", size_cm(w.mount_width_cm, w.mount_height_cm)),
            ("frame_size", size_cm(w.frame_width_cm, w.frame_height_cm, w.frame_depth_cm)),
            ("crate", w.crate),
        ):
            if value:
                facts.append(self.p(f"{self.w(key)}: {value}", 8.5))
        top = self.setter.table([[self.thumbnail(w, 55 * mm, 55 * mm), facts]], [60 * mm, 122 * mm])
        top.setStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), self.setter.latin)]
        )
        history = self.source.history(w)
        story = [top, Spacer(1, 5 * mm)]
        story += self._grades(history)
        story += self._notes(history)
        story += self._photos(history)
        story += [Spacer(1, 6 * mm), self._signatures()]
        return story

    def _grades(self, history: ConditionHistory) -> list:
        checks = history.checks
        if not checks:
            return [self.p(self.w("no_checks"), 9, colour=GREY)]
        head = [
            self.p(
                f"{self.w('date')}\n{self.w('event')}\n{self.w('place')}\n{self.w('examiner')}",
                7,
                bold=True,
            )
        ]
        for c in checks:
            head.append(
                self.p(
                    "\n".join(
                        (c.date.isoformat(), self.w(c.event.value + "_event"), c.place, c.examiner)
                    ),
                    7,
                    bold=True,
                )
            )
        rows = [head]
        style = self.setter.grid_style()
        for r, zone in enumerate(Zone, 1):
            row = [self.p(self.w(zone.value + "_zone", "\n"), 7.5)]
            for col, c in enumerate(checks, 1):
                grade = c.grade(zone)
                worse = zone in history.worsened(col - 1)
                text = self.w(grade.value) + (f" ({self.w('worse')})" if worse else "")
                row.append(self.p(text, 7.5, bold=worse))
                if worse:
                    style.append(("BACKGROUND", (col, r), (col, r), WORSE))
            rows.append(row)
        first = 34 * mm
        rest = (182 * mm - first) / len(checks)
        table = self.setter.table(rows, [first] + [rest] * len(checks), repeatRows=1)
        table.setStyle(style)
        return [table]

    def _notes(self, history: ConditionHistory) -> list:
        out = []
        for c in history.checks:
            if c.note:
                lead = f"{c.date.isoformat()} {self.w(c.event.value + '_event')}: "
                out.append(self.p(lead + c.note, 8.5, _lang_of(c.note, self.langs)))
        if out:
            out.insert(0, Spacer(1, 4 * mm))
            out.insert(1, self.p(self.w("notes"), 9, bold=True))
        return out

    def _photos(self, history: ConditionHistory) -> list:
        cells = []
        for c in history.checks:
            for photo in c.photos:
                image = damage_image(self.source.resolve(photo.path), 40 * mm, 30 * mm)
                cells.append(
                    [
                        image or self.p(photo.path, 7),
                        self.p(f"{c.date.isoformat()}", 7, colour=GREY),
                    ]
                )
        if not cells:
            return []
        cells = cells[:8]
        table = self.setter.table(
            [cells[:4]] + ([cells[4:8]] if len(cells) > 4 else []), [45 * mm] * 4
        )
        return [Spacer(1, 4 * mm), self.p(self.w("damage_photos"), 9, bold=True), table]

    def _signatures(self):
        def block(key: str) -> list:
            lines = [self.p(self.w(key), 9, bold=True), Spacer(1, 3 * mm)]
            for k in ("name", "place", "date", "signature"):
                lines += [Spacer(1, 5 * mm), self.p(f"{self.w(k)}: ________________________", 8.5)]
            return lines

        table = self.setter.table([[block("courier"), block("receiver")]], [91 * mm, 91 * mm])
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.4, GREY),
                ("BOX", (1, 0), (1, 0), 0.4, GREY),
                ("FONTNAME", (0, 0), (-1, -1), self.setter.latin),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
        return table


def _lang_of(text: str, langs: Sequence[str]) -> str:
    """Chinese notes are set as Chinese (line breaking), others in the first Latin language."""
    from exhibit.export.documents.options import is_chinese

    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    for lang in langs:
        if is_chinese(lang) == (han * 2 > len(text)):
            return lang
    return langs[0]


def write_conditions(target: BinaryIO, sheet: ConditionReports) -> int:
    from exhibit.export.documents.setting import build_twice

    return build_twice(lambda t, n: sheet.build(t, A4, "condition_report", sheet.story, n), target)


# --------------------------------------------------------------------- loan record


class LoanDocument(Sheetwork):
    def story(self) -> list:
        ex, loan = self.ex, self.ex.loan
        story: list = [self.p(self.w("loan_record"), 18, bold=True)]
        story += self.texts(ex, "title", 12, bold=True)
        if loan.loan_number:
            story.append(self.p(f"{self.w('loan_number')}: {loan.loan_number}", 10))
        story.append(Spacer(1, 5 * mm))
        rows = [
            ("lender", self.texts(ex, "organisers", 8.5)),
            ("authoriser", [self.p(loan.lender_authoriser, 8.5)] if loan.lender_authoriser else []),
            ("borrower", self.texts(ex, "borrower", 8.5)),
            ("address", self.texts(ex, "borrower_address", 8.5)),
            ("contact", self.texts(ex, "borrower_contact", 8.5)),
            ("purpose", self.texts(ex, "loan_purpose", 8.5)),
            ("period", [self.p(self._period(), 8.5)]),
            ("conditions", self.texts(ex, "loan_conditions", 8.5)),
            ("credit_line", self.texts(ex, "credit_line", 8.5)),
            ("shipper", [self.p(loan.shipper, 8.5)] if loan.shipper else []),
        ]
        story.append(self._pairs(rows))
        story += self._crates()
        story += self._insurance()
        story += [Spacer(1, 10 * mm), self._signatures()]
        return story

    def _period(self) -> str:
        ex, loan = self.ex, self.ex.loan
        parts = [
            (k, d)
            for k, d in (
                ("dispatch", loan.dispatch_date),
                ("opening", ex.opening),
                ("closing", ex.closing),
                ("return_due", loan.return_due),
            )
            if d
        ]
        return "\n".join(f"{self.w(k)}: {d.isoformat()}" for k, d in parts)

    def _pairs(self, rows) -> object:
        data = [[self.p(self.w(k, "\n"), 8.5, bold=True), v] for k, v in rows if v]
        table = self.setter.table(data, [40 * mm, 142 * mm])
        table.setStyle(
            self.setter.grid_style(0)
            if False
            else [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), self.setter.latin),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY),
            ]
        )
        return table

    def _crates(self) -> list:
        crates = self.source.crates
        if not crates:
            return []
        head = [
            self.p(self.w(k, "\n"), 7.5, bold=True)
            for k in ("crate", "dimensions", "weight", "works")
        ]
        rows = [head]
        for c in crates:
            numbers = ", ".join(str(w.number) for w in self.source.works if w.crate == c.number)
            weight = f"{c.weight_kg:g} kg".replace(".", ",") if c.weight_kg else ""
            rows.append(
                [
                    self.p(c.number, 8.5, bold=True),
                    self.p(c.dimensions.replace(".", ","), 8.5),
                    self.p(weight, 8.5),
                    self.p(numbers, 8.5),
                ]
            )
        table = self.setter.table(rows, [25 * mm, 50 * mm, 25 * mm, 82 * mm], repeatRows=1)
        table.setStyle(self.setter.grid_style())
        return [
            Spacer(1, 6 * mm),
            self.p(self.w("crates"), 11, bold=True),
            Spacer(1, 2 * mm),
            table,
        ]

    def _insurance(self) -> list:
        loan = self.ex.loan
        cover = self.w("indemnity" if loan.cover == "indemnity" else "insurance")
        facts = [
            ("insurer", loan.insurer),
            ("policy", loan.policy_number),
            ("excess", money(loan.insurance_excess, loan.loan_currency)),
        ]
        lines = "\n".join(f"{self.w(k)}: {v}" for k, v in facts if v)
        head = [
            self.p(self.w(k, "\n"), 7.5, bold=True)
            for k in ("no", "title", "photographer", "value")
        ]
        rows = [head]
        for w in self.works:
            rows.append(
                [
                    self.p(str(w.number), 8.5, bold=True),
                    self.texts(w, "title", 8.5),
                    self.p(w.photographer, 8.5),
                    self.p(money(w.insurance_value, w.insurance_currency), 8.5, align="right"),
                ]
            )
        sums = totals(self.works)
        rows.append(
            [
                "",
                self.p(f"{self.w('total')}: {len(self.works)} {self.w('works')}", 8.5, bold=True),
                "",
                self.p(
                    "\n".join(money(v, c) for c, v in sums.items()), 8.5, bold=True, align="right"
                ),
            ]
        )
        table = self.setter.table(rows, [14 * mm, 100 * mm, 38 * mm, 30 * mm], repeatRows=1)
        style = self.setter.grid_style()
        style += [("BACKGROUND", (0, -1), (-1, -1), TINT)]
        table.setStyle(style)
        return [
            Spacer(1, 6 * mm),
            self.p(f"{self.w('insurance_schedule')} · {cover}", 11, bold=True),
            self.p(lines, 8.5),
            Spacer(1, 2 * mm),
            table,
        ]

    def _signatures(self):
        def block(key: str) -> list:
            lines = [self.p(self.w(key), 9, bold=True)]
            for k in ("name", "place", "date", "signature"):
                lines += [Spacer(1, 5 * mm), self.p(f"{self.w(k)}: ________________________", 8.5)]
            return lines

        table = self.setter.table([[block("lender"), block("borrower")]], [91 * mm, 91 * mm])
        table.setStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), self.setter.latin)]
        )
        return table


def write_loan(target: BinaryIO, sheet: LoanDocument) -> int:
    from exhibit.export.documents.setting import build_twice

    return build_twice(lambda t, n: sheet.build(t, A4, "loan_record", sheet.story, n), target)


__all__ = ["Checklist", "ConditionReports", "Grade", "LoanDocument", "word"]
