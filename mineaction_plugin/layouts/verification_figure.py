"""The programme figure of record verification as a picture: one bar per district (and the
total) split into reliable / explained / partly / unreliable, in the Verification section's
colour-blind-safe colours, with the number of records verified."""
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core.i18n import tr
from ..core.verification_summary import VERDICTS

COLOURS = {"reliable": "#009E73", "explained": "#0072B2", "partly": "#E69F00",
           "unreliable": "#D55E00"}
LABELS = {"reliable": "Reliable", "explained": "Explained", "partly": "Partly",
          "unreliable": "Unreliable"}


def save_figure(rows, path, width=1200):
    """Draw the summary rows (core/verification_summary.py, Total last) to a PNG."""
    bar, gap, left, top = 34, 12, 190, 70
    height = top + len(rows) * (bar + gap) + 60
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans", 11)
    painter.setFont(font)
    title = QFont(font)
    title.setPointSize(14)
    title.setBold(True)
    painter.setFont(title)
    total = rows[-1]
    painter.drawText(QRectF(16, 8, width - 32, 30), Qt.AlignmentFlag.AlignLeft,
                     tr("Minefield records verified against finds: {verified} of {records}")
                     .format(verified=total["verified"], records=total["records"]))
    painter.setFont(font)
    x = 16
    for verdict in VERDICTS:       # the legend
        painter.fillRect(QRectF(x, 44, 16, 16), QColor(COLOURS[verdict]))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x + 22, 42, 160, 20), Qt.AlignmentFlag.AlignLeft,
                         tr(LABELS[verdict]))
        x += 170
    span = width - left - 80
    for index, row in enumerate(rows):
        y = top + index * (bar + gap)
        painter.setPen(QColor("#222222"))
        label = row["district"] if row is not total else tr("Total")
        painter.drawText(QRectF(8, y, left - 16, bar),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = float(left)
        verified = row["verified"]
        for verdict in VERDICTS:
            share = row[verdict] / verified if verified else 0.0
            piece = QRectF(x, y, span * share, bar)
            painter.fillRect(piece, QColor(COLOURS[verdict]))
            if row[verdict] and piece.width() > 24:
                painter.setPen(QColor("white"))
                painter.drawText(piece, Qt.AlignmentFlag.AlignCenter, str(row[verdict]))
            x += span * share
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(left + span + 6, y, 74, bar), Qt.AlignmentFlag.AlignLeft |
                         Qt.AlignmentFlag.AlignVCenter, f"{verified}/{row['records']}")
    painter.end()
    if not image.save(path):
        raise OSError(f"cannot write {path}")
    return path
