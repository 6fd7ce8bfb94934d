"""Computed minefield records drawn on the map canvas as rubber bands, not layers: the Records
section's check preview and the record editor's live drawing share this one drawing."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor


class RecordPreview:
    """Perimeters (filled), mine rows (lines, when `with_rows`) and points in `colour`.

    bands: the rubber bands on the canvas now ([] when nothing is drawn)."""

    def __init__(self, canvas, colour, with_rows=True, point_size=5):
        self.canvas = canvas
        self.colour = QColor(colour)
        self.with_rows = with_rows
        self.point_size = point_size
        self.bands = []

    def show(self, records, zoom_margin=1.2, only_when_outside=False):
        """Draw `records` (core Record objects, WGS 84), replacing what was drawn; zoom to
        them (scaled by zoom_margin), or only when they are not all in view."""
        self.clear()
        if not records:
            return
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           self.canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        fill = QColor(self.colour)
        fill.setAlpha(50)
        outline = QColor(self.colour)
        outline.setAlpha(210)
        polygons = self._band(QgsWkbTypes.GeometryType.PolygonGeometry, outline)
        polygons.setFillColor(fill)
        polygons.setWidth(2)
        points = self._band(QgsWkbTypes.GeometryType.PointGeometry, self.colour)
        points.setIconSize(self.point_size)
        lines = None
        if self.with_rows:
            lines = self._band(QgsWkbTypes.GeometryType.LineGeometry, QColor("#B2182B"))
            lines.setWidth(2)
        extent = QgsRectangle()
        for record in records:
            ring = [QgsPointXY(p.lon, p.lat) for p in record.perimeter]
            geometry = QgsGeometry.fromPolygonXY([ring + ring[:1]])
            geometry.transform(transform)
            polygons.addGeometry(geometry, None)
            extent.combineExtentWith(geometry.boundingBox())
            for row in record.rows if lines is not None else ():
                line = QgsGeometry.fromPolylineXY([QgsPointXY(row.start.lon, row.start.lat),
                                                   QgsPointXY(row.end.lon, row.end.lat)])
                line.transform(transform)
                lines.addGeometry(line, None)
            for p in record.points:
                point = QgsGeometry.fromPointXY(QgsPointXY(p.lon, p.lat))
                point.transform(transform)
                points.addGeometry(point, None)
        self.bands = [polygons] + ([lines] if lines is not None else []) + [points]
        if extent.isEmpty() or (only_when_outside and self.canvas.extent().contains(extent)):
            return
        extent.scale(zoom_margin)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def clear(self):
        for band in self.bands:
            band.reset()
            self.canvas.scene().removeItem(band)
        self.bands = []

    def _band(self, kind, colour):
        band = QgsRubberBand(self.canvas, kind)
        band.setColor(colour)
        return band
