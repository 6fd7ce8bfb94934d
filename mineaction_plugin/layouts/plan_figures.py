"""The work plan's figures (PNG or PDF): the Gantt chart — one lane per organisation, one bar
per hazard in plan order, the targets as vertical lines — and the map of when each settlement
becomes safe. Drawn with QPainter on an image or a PDF page, so they can be made in a
background task (no layout, no canvas)."""
import datetime

from qgis.PyQt.QtCore import QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.i18n import tr

# Okabe–Ito, readable with every common colour-vision deficiency; bars alternate light/dark
LANE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                "#999999")
WIDTH, LANE, LEFT, TOP = 1800, 46, 300, 70


def draw(painter, size, plan, targets, title):
    """plan: [(organisation, start date, finish date, hazard id)]; targets: [(label, date)]."""
    width, height = size
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    if not plan:
        return
    organisations = sorted({row[0] for row in plan})
    first = min(row[1] for row in plan)
    last = max([row[2] for row in plan] + [d for _, d in targets if d])
    span = max((last - first).days, 1)

    def x(day):
        return LEFT + (width - LEFT - 40) * (day - first).days / span
    _title(painter, width, title, top=10, size=22, text_size=15)
    for lane, organisation in enumerate(organisations):
        top = TOP + lane * LANE
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(10, top, LEFT - 20, LANE), Qt.AlignmentFlag.AlignVCenter,
                         organisation)
        colour = QColor(LANE_COLOURS[lane % len(LANE_COLOURS)])
        bars = [row for row in plan if row[0] == organisation]
        for index, (_, start, finish, _) in enumerate(bars):
            shade = QColor(colour) if index % 2 == 0 else QColor(colour).darker(130)
            left = x(start)
            painter.fillRect(QRectF(left, top + 8, max(x(finish) - left, 1.0), LANE - 16),
                             shade)
    bottom = TOP + len(organisations) * LANE
    painter.setPen(QPen(QColor("#666666"), 1))
    painter.drawLine(int(LEFT), bottom + 4, int(width - 40), bottom + 4)
    for year in range(first.year + 1, last.year + 1):
        day = datetime.date(year, 1, 1)
        painter.drawLine(int(x(day)), bottom + 4, int(x(day)), bottom + 12)
        painter.drawText(QRectF(x(day) - 40, bottom + 14, 80, 24),
                         Qt.AlignmentFlag.AlignHCenter, str(year))
    for index, (label, day) in enumerate(targets):
        if not day:
            continue
        painter.setPen(QPen(QColor("#B2182B"), 3, Qt.PenStyle.DashLine))
        painter.drawLine(int(x(day)), TOP - 6, int(x(day)), bottom + 4)
        painter.setPen(QColor("#B2182B"))
        painter.drawText(QRectF(x(day) + 6, bottom + 40 + 22 * (index % 2), 420, 24),
                         Qt.AlignmentFlag.AlignLeft, f"{label} {day.isoformat()}")


def paint_to_file(path, width, height, draw_on):
    """draw_on(painter) onto a PNG of width × height pixels, or a PDF page of that shape."""
    if path.lower().endswith(".pdf"):
        from qgis.PyQt.QtGui import QPageSize, QPdfWriter
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QSizeF(width / 4, height / 4), QPageSize.Unit.Millimeter))
        writer.setResolution(100)
        painter = QPainter(writer)
        scale = writer.width() / width
        painter.scale(scale, scale)
        draw_on(painter)
        painter.end()
        return path
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_on(painter)
    painter.end()
    image.save(path)
    return path


def save(path, plan, targets, title):
    """The Gantt chart to `path` (.png or .pdf)."""
    height = TOP + max(len({row[0] for row in plan}), 1) * LANE + 110
    return paint_to_file(path, WIDTH, height,
                         lambda painter: draw(painter, (WIDTH, height), plan, targets, title))


SAFE_COLOURS = ("#1A9850", "#91CF60", "#D9EF8B", "#FEE08B", "#FC8D59", "#D73027")


def save_safe_map(path, settlements, hazards, title):
    """The map of when each settlement becomes safe: settlements: [(lon, lat, safe_by date or
    None, on_time or None)], hazards: [(lon, lat)] drawn faintly. Colour by year safe (the
    earliest green), a black ring where the target date is missed, grey where nothing is to
    clear."""
    width, height = 1600, 1200
    points = [(lon, lat) for lon, lat, *_ in settlements] + list(hazards)
    if not points:
        return paint_to_file(path, width, height, lambda p: p.fillRect(
            QRectF(0, 0, width, height), QColor("white")))
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    import math
    aspect = math.cos(math.radians((south + north) / 2))
    span = max((east - west) * aspect, north - south, 1e-6)
    frame = QRectF(80, 80, width - 420, height - 160)

    def xy(lon, lat):
        scale = min(frame.width(), frame.height()) / span
        return (frame.left() + (lon - west) * aspect * scale,
                frame.bottom() - (lat - south) * scale)
    years = sorted({d.year for _, _, d, _ in settlements if d})
    first = years[0] if years else 0

    def colour(day):
        return QColor(SAFE_COLOURS[min(day.year - first, len(SAFE_COLOURS) - 1)])

    def draw_on(painter):
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(150, 150, 150, 90))
        for lon, lat in hazards:
            x, y = xy(lon, lat)
            painter.drawRect(QRectF(x - 2, y - 2, 4, 4))
        for lon, lat, day, on_time in settlements:
            x, y = xy(lon, lat)
            painter.setBrush(colour(day) if day else QColor("#BDBDBD"))
            painter.setPen(QPen(QColor("#000000"), 3) if on_time is False
                           else QPen(QColor("#333333"), 1))
            painter.drawEllipse(QRectF(x - 7, y - 7, 14, 14))
        _title(painter, width, title, top=20, size=24, text_size=18)
        legend = [(QColor(SAFE_COLOURS[min(i, len(SAFE_COLOURS) - 1)]),
                   f"{year}" + ("+" if i == len(SAFE_COLOURS) - 1 and year != years[-1]
                                else "")) for i, year in enumerate(years[:len(SAFE_COLOURS)])]
        legend.append((QColor("#BDBDBD"), "–"))
        for index, (fill, label) in enumerate(legend):
            top = 100 + index * 34
            painter.setPen(QPen(QColor("#333333"), 1))
            painter.setBrush(fill)
            painter.drawEllipse(QRectF(width - 300, top, 18, 18))
            painter.drawText(QRectF(width - 270, top - 4, 250, 28), Qt.AlignmentFlag.AlignLeft,
                             label)
        painter.setPen(QPen(QColor("#000000"), 3))
        painter.setBrush(QColor("white"))
        top = 110 + len(legend) * 34
        painter.drawEllipse(QRectF(width - 300, top, 18, 18))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(width - 270, top - 4, 300, 28), Qt.AlignmentFlag.AlignLeft,
                         tr("target missed"))
    return paint_to_file(path, width, height, draw_on)


def _title(painter, width, title, top, size, text_size):
    """The figure's title in black at `top`; the font then set for the text that follows."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(20, top, width - 40, 40), Qt.AlignmentFlag.AlignLeft, title)
    font.setPixelSize(text_size)
    painter.setFont(font)
