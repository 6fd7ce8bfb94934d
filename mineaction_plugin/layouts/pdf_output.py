"""Writing filled task sheet layouts as PDF: one georeferenced file per sheet, and several
sheets in one file for printing."""
import os

from qgis.core import (
    QgsLayoutExporter,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..core import task_sheet as sheet
from ..core.i18n import tr
from .sheet_source import SheetError


def pdf_settings():
    """Vector PDF at 300 dpi, georeferenced, text kept as text (searchable, fonts embedded)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.textRenderFormat = _always_text()
    return settings


def _always_text():
    """Text drawn as text (searchable, fonts embedded), not as outlines."""
    value = getattr(QgsRenderContext, "TextFormatAlwaysText", None)
    if value is None:  # QGIS ≥ 3.28 moved the enum to Qgis
        from qgis.core import Qgis
        value = Qgis.TextRenderFormat.AlwaysText
    return value


def output_path(folder, task_id):
    """<folder>/<task_id>.pdf, refusing ids that would leave the folder or are not safe."""
    problem = sheet.task_id_problem(task_id)
    if problem:
        raise SheetError(tr("Task {task}: {reason}; no sheet was written.").format(
            task=repr(str(task_id)), reason=tr(problem)))
    folder_real = os.path.realpath(folder)
    path = os.path.realpath(os.path.join(folder_real, f"{task_id}.pdf"))
    if os.path.dirname(path) != folder_real:
        raise SheetError(tr("Task {task}: the file name would leave the output folder; no "
                            "sheet was written.").format(task=repr(str(task_id))))
    return path


class CombinedPdf:
    """Every page of several filled layouts in one PDF, drawn as each sheet is made (the
    layouts are refilled for the next task, so pages cannot be collected afterwards).

    The page holding each sheet's map is georeferenced like the single sheet: QPainter
    cannot write it, so `finish` adds it afterwards through GDAL's PDF driver, page by page
    (the way QGIS georeferences its own single-layout PDFs)."""

    def __init__(self, path, resolution=300):
        self.path = path
        self.resolution = resolution
        self.writer = QPdfWriter(path)
        self.writer.setResolution(resolution)
        self.writer.setCreator("Mine Action plugin for QGIS")
        self.painter = None
        self.pages = 0
        self.georeferences = []   # (1-based page, GDAL geotransform, CRS as WKT)

    def add(self, layout):
        exporter = QgsLayoutExporter(layout)
        collection = layout.pageCollection()
        layout.renderContext().setTextRenderFormat(_always_text())
        self._remember_georeference(layout, exporter)
        for index in range(collection.pageCount()):
            size = collection.page(index).pageSize()
            page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter)
            self.writer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                                  QMarginsF(0, 0, 0, 0)))
            if self.painter is None:
                self.painter = QPainter(self.writer)
            else:
                self.writer.newPage()
            exporter.renderPage(self.painter, index)
            self.pages += 1

    def _remember_georeference(self, layout, exporter):
        reference = layout.referenceMap()
        if reference is None or not reference.crs().isValid():
            return
        # world file terms at the PDF's resolution: x = a·col + b·row + c, y = d·col + e·row + f
        a, b, c, d, e, f = exporter.computeWorldFileParameters(self.resolution)
        self.georeferences.append((self.pages + reference.page() + 1, (c, a, b, f, d, e),
                                   reference.crs().toWkt()))

    def finish(self):
        """Close the file and georeference its map pages; returns the pages that could not be
        georeferenced (empty when all were)."""
        if self.painter is None:
            return []
        self.painter.end()
        self.painter = None
        return georeference_pages(self.path, self.georeferences, self.resolution)


def georeference_pages(path, georeferences, resolution):
    """Write each (page, geotransform, WKT) into the PDF at `path`; returns the pages left
    without (GDAL's Python bindings missing, or its PDF driver refusing the update)."""
    try:
        from osgeo import gdal
    except ImportError:
        return [page for page, _, _ in georeferences]
    failed = []
    # the page's pixel grid is its size at this resolution, as the geotransform assumes
    gdal.SetConfigOption("GDAL_PDF_DPI", str(resolution))
    try:
        for page, transform, wkt in georeferences:
            try:
                dataset = gdal.OpenEx(f"PDF:{page}:{path}", gdal.OF_RASTER | gdal.OF_UPDATE)
                if dataset is None:
                    failed.append(page)
                    continue
                dataset.SetProjection(wkt)
                dataset.SetGeoTransform(transform)
                dataset = None   # closing writes the update
            except RuntimeError:   # raised instead of None when GDAL exceptions are on
                failed.append(page)
    finally:
        gdal.SetConfigOption("GDAL_PDF_DPI", None)
    return failed
