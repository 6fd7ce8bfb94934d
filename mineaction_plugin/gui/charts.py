"""A small bar chart widget (no plotting library needed inside QGIS)."""
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Labelled vertical bars with their values; set_data([(label, value, colour)], unit)."""

    def __init__(self, title="", parent=None):
        super().__init__(parent)
        self.title = title
        self.bars = []
        self.unit = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, bars, unit=""):
        self.bars = list(bars)
        self.unit = unit
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(4, 2, self.width() - 8, 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "–")
            return
        top, bottom = 56, self.height() - 22
        left, right = 6, self.width() - 6
        highest = max(value for _, value, _ in self.bars) or 1.0
        slot = (right - left) / len(self.bars)
        width = max(4.0, slot * 0.7)
        painter.setPen(QPen(QColor("#999999")))
        painter.drawLine(left, bottom, right, bottom)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        for index, (label, value, colour) in enumerate(self.bars):
            x = left + index * slot + (slot - width) / 2
            height = (bottom - top) * value / highest
            painter.fillRect(QRectF(x, bottom - height, width, height), QColor(colour))
            painter.setPen(QColor("#333333"))
            text = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
            painter.drawText(QRectF(x - slot / 2, bottom - height - 16, width + slot, 14),
                             Qt.AlignmentFlag.AlignCenter, text)
            painter.drawText(QRectF(x - slot / 2, bottom + 2, width + slot, 16),
                             Qt.AlignmentFlag.AlignCenter, label)
        if self.unit:
            painter.drawText(QRectF(4, 20, self.width() - 8, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.unit)
