"""Paints one work in the grid: thumbnail, number and title, and badges.

Badges: one small pill per project language coloured by that language's worst translation
status (missing red, outdated orange, draft grey, needs review blue, approved green), a red
mark when the original file is missing and an amber one with the count of other problems.
Everything comes from the model's roles; painting reads no files and runs no SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from exhibit.core.languages import display_name
from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.ui.models.labels import loan_label, status_label
from exhibit.ui.models.works_model import Role

T = TranslationStatus
STATUS_COLOURS = {
    T.MISSING: "#d64541",
    T.OUTDATED: "#e67e22",
    T.DRAFT: "#8e8e93",
    T.NEEDS_REVIEW: "#2f80ed",
    T.APPROVED: "#27ae60",
}
# loan status as a colour label on the thumbnail's foot (no flag for a mere candidate)
LOAN_COLOURS = {
    LoanStatus.SELECTED: "#27ae60",
    LoanStatus.PRINTED: "#2f80ed",
    LoanStatus.PACKED: "#8e44ad",
    LoanStatus.SHIPPED: "#16a085",
    LoanStatus.ON_DISPLAY: "#f1c40f",
    LoanStatus.RETURNED: "#7f8c8d",
    LoanStatus.LOST: "#c0392b",
}
MISSING_COLOUR = "#c0392b"
WARNING_COLOUR = "#f2a900"
PAD = 6


def language_mark(tag: str) -> str:
    """A one- or two-character mark for a language: 中 for Chinese, DE for German."""
    name = display_name(tag)
    return name[0] if name and not name[0].isascii() else tag.split("-")[0].upper()


def status_colour(status: TranslationStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


class WorkDelegate(QStyledItemDelegate):
    def __init__(self, thumb_size: int = 160, parent=None) -> None:
        super().__init__(parent)
        self.thumb_size = thumb_size
        self.section_titles: dict[int | None, str] | None = None  # dividers when set

    def sizeHint(self, option, index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(self.thumb_size + 2 * PAD, self.thumb_size + 2 * PAD + line + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        thumb_rect = QRect(rect.x() + PAD, rect.y() + PAD, self.thumb_size, self.thumb_size)
        self._paint_thumbnail(painter, thumb_rect, index)
        self._paint_label(painter, option, rect, thumb_rect, index, selected)
        self._paint_badges(painter, thumb_rect, index)
        self._paint_divider(painter, option, rect, thumb_rect, index)
        painter.restore()

    def section_starts(self, index) -> str | None:
        """The section's name when this work is the first of its section, else None."""
        if self.section_titles is None:
            return None
        section = index.data(Role.SECTION_ID)
        row = index.row()
        before = index.model().index(row - 1, 0).data(Role.SECTION_ID) if row else object()
        return None if before == section else self.section_titles.get(section, "")

    def _paint_divider(self, painter, option, rect, thumb_rect, index) -> None:
        """A bar on the left and the section's name along the foot of the thumbnail."""
        name = self.section_starts(index)
        if name is None:
            return
        accent = option.palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRect(QRect(rect.x(), rect.y() + 2, 3, rect.height() - 4))
        metrics = QFontMetrics(option.font)
        band = QRect(
            thumb_rect.x(),
            thumb_rect.bottom() - metrics.height() - 2,
            thumb_rect.width(),
            metrics.height() + 2,
        )
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRect(band)
        painter.setPen(QColor("white"))
        painter.setFont(option.font)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, band.width() - 8)
        painter.drawText(band.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_thumbnail(self, painter: QPainter, area: QRect, index) -> None:
        pixmap = index.data(Role.THUMBNAIL)
        if pixmap is None or pixmap.isNull():
            painter.setPen(QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#ececec"))
            painter.drawRect(area.adjusted(8, 8, -8, -8))
            return
        size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(area.center())
        painter.drawPixmap(target, pixmap)

    def _paint_label(self, painter, option, rect, thumb_rect, index, selected) -> None:
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        metrics = QFontMetrics(option.font)
        text_rect = QRect(rect.x() + PAD, thumb_rect.bottom() + 3, rect.width() - 2 * PAD, 0)
        text_rect.setHeight(metrics.height())
        number = f"{index.data(Role.NUMBER)}"
        painter.setFont(option.font)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        number_width = QFontMetrics(bold).horizontalAdvance(number) + 6
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, number)
        painter.setFont(option.font)
        title_rect = text_rect.adjusted(number_width, 0, 0, 0)
        title = metrics.elidedText(
            index.data(Role.TITLE) or "", Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, title)

    def _paint_badges(self, painter: QPainter, area: QRect, index) -> None:
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        x = area.x() + 3
        for lang, status in index.data(Role.LANG_STATUS) or ():
            mark = language_mark(lang)
            width = max(height, metrics.horizontalAdvance(mark) + 8)
            pill = QRectF(x, area.y() + 3, width, height)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(status_colour(status))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, mark)
            x += width + 3
        loan = index.data(Role.LOAN)
        if loan in LOAN_COLOURS:  # a flag in the bottom right corner, its status as a tooltip
            flag = QRectF(area.right() - height - 3, area.bottom() - height - 3, height, height)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor(LOAN_COLOURS[loan]))
            painter.drawRoundedRect(flag, 3, 3)
        right = area.right() - 3
        if index.data(Role.MISSING_ORIGINAL):
            right = self._corner_badge(painter, right, area.y() + 3, height, MISSING_COLOUR, "!")
        problems = index.data(Role.PROBLEMS) or ()
        if problems:
            self._corner_badge(
                painter, right, area.y() + 3, height, WARNING_COLOUR, str(len(problems))
            )

    @staticmethod
    def _corner_badge(painter, right, top, height, colour, text) -> int:
        circle = QRectF(right - height, top, height, height)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)
        return int(circle.left()) - 3

    def helpEvent(self, event, view, option, index) -> bool:
        """Tooltips that spell the badges out: status per language, problems."""
        from PySide6.QtWidgets import QToolTip

        if event is None or not index.isValid():
            return super().helpEvent(event, view, option, index)
        lines = [f"{index.data(Role.NUMBER)}  {index.data(Role.TITLE)}"]
        for lang, status in index.data(Role.LANG_STATUS) or ():
            lines.append(f"{display_name(lang)}: {status_label(status)}")
        if index.data(Role.LOAN) is not None:
            lines.append(loan_label(index.data(Role.LOAN)))
        if index.data(Role.MISSING_ORIGINAL):
            lines.append(self.tr("The original file is missing"))
        lines += [p.message for p in index.data(Role.PROBLEMS) or ()]
        QToolTip.showText(event.globalPos(), "\n".join(lines), view)
        return True
