"""The task sheet layout, built in code once and shipped as .qpt templates.

`scripts/make_templates.py` calls build_layout() for each page size and saves the result under
layouts/templates/; the plugin always fills a .qpt (the shipped one or the user's), so a
template edited in the QGIS layout designer works as long as it keeps the item ids below.

Item ids the filler looks for (all optional except main_map):
  main_map, overview_map, legend, north_arrow, scale_bar,
  title_block (table of label/value pairs), turning_points, finds, signatures (tables).
Labels may use the layout variables the filler sets: @ma_task_id, @ma_hazard_id, @ma_scale,
@ma_declination, @ma_grid_note, @ma_marking, @ma_safety_notes, @ma_emergency, @ma_footer,
@ma_programme, @ma_points_note, and @ma_label_<key> for every key of
core.task_sheet.SHEET_LABELS in the sheet's language.
"""
import base64
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import dom_document

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
NORTH_ARROW = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons",
                           "north_arrow.svg")
FONT_FAMILY = "DejaVu Sans"
PAGE_SIZES = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ORIENTATIONS = ("portrait", "landscape")
MARGIN = 10.0
TP_COLUMNS = ("point_id", "point_type", "latitude_dms", "longitude_dms", "latitude",
              "longitude", "utm_zone", "easting", "northing", "bearing", "distance")
FIND_COLUMNS = ("find_id", "category", "model", "quantity", "date_found", "where")
# relative column widths
TITLE_WEIGHTS = (3.6, 6.4)  # caption, value; four pairs a row on portrait pages
TP_WEIGHTS = (9, 8, 19, 19, 13, 13, 7, 14, 15, 22, 21)
FIND_WEIGHTS = (20, 28, 18, 10, 14, 20)
SIGNATURE_WEIGHTS = (34, 30, 26, 12)

# short names for the enums the builder repeats
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
OUTSIDE = QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame
BOTTOM = QgsLayoutItemMapGrid.BorderSide.Bottom
LEFT = QgsLayoutItemMapGrid.BorderSide.Left
RIGHT = QgsLayoutItemMapGrid.BorderSide.Right
TOP = QgsLayoutItemMapGrid.BorderSide.Top
VERTICAL = QgsLayoutItemMapGrid.AnnotationDirection.Vertical


def template_path(page_size="A4", orientation="portrait"):
    return os.path.join(TEMPLATE_DIR, f"task_sheet_{page_size.lower()}_{orientation}.qpt")


def text_format(size, bold=False, colour="#000000"):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def _label(layout, item_id, text, x, y, w, h, size=8, bold=False, page=0,
           align=Qt.AlignmentFlag.AlignLeft, colour="#000000"):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    fmt = text_format(size, bold, colour)
    if hasattr(label, "setTextFormat"):  # QGIS ≥ 3.24
        label.setTextFormat(fmt)
    else:
        label.setFont(fmt.toQFont())
        label.setFontColor(fmt.color())
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.5)
    layout.addLayoutItem(label)
    _place(label, x, y, w, h, page)
    return label


def _place(item, x, y, w, h, page=0):
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)


def _table(layout, item_id, weights, x, y, w, h, page=0, size=6.5, extend=False,
           header=True):
    """A manual table whose columns share the width `w` by `weights` (a table frame is as
    wide as its columns; the filler keeps these widths and fills the cells)."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setHeaders([QgsLayoutTableColumn("") for _ in weights])
    table.setIncludeTableHeader(header)
    margin, stroke = 0.8, 0.15
    content = w - len(weights) * 2 * margin - (len(weights) + 1) * stroke
    table.setColumnWidths([content * weight / sum(weights) for weight in weights])
    table.setTableContents([[QgsTableCell("") for _ in weights]])
    table.setContentTextFormat(text_format(size))
    table.setHeaderTextFormat(text_format(size, bold=True))
    table.setCellMargin(margin)
    table.setGridStrokeWidth(stroke)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage if extend
                        else QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    _place(frame, x, y, w, h, page)
    frame.setHidePageIfEmpty(False)
    return table


def _map(layout, item_id, x, y, w, h):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    item.setKeepLayerSet(True)
    layout.addLayoutItem(item)
    _place(item, x, y, w, h)
    # sized first, then an extent (the filler sets the task's own UTM zone and extent)
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    item.zoomToExtent(QgsRectangle(500000, 4400000, 500000 + w * 10, 4400000 + h * 10))
    return item


def _grids(main_map):
    """A UTM grid (labels left and bottom, metres) and a WGS 84 graticule (labels top and
    right, degrees-minutes-seconds, blue crosses); the filler sets CRS and intervals."""
    utm = QgsLayoutItemMapGrid("utm", main_map)
    utm.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    utm.setGridLineColor(QColor(0, 0, 0, 110))
    utm.setGridLineWidth(0.1)
    utm.setIntervalX(100)
    utm.setIntervalY(100)
    utm.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.ExteriorTicks)
    utm.setFrameWidth(1.5)
    utm.setAnnotationEnabled(True)
    utm.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    utm.setAnnotationPrecision(0)
    utm.setAnnotationTextFormat(text_format(5.5))
    for side in (TOP, RIGHT):
        utm.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.HideAll, side)
    utm.setAnnotationPosition(OUTSIDE, LEFT)
    utm.setAnnotationPosition(OUTSIDE,
                              BOTTOM)
    utm.setAnnotationDirection(VERTICAL, LEFT)
    main_map.grids().addGrid(utm)

    geo = QgsLayoutItemMapGrid("wgs84", main_map)
    geo.setStyle(QgsLayoutItemMapGrid.GridStyle.Cross)
    geo.setCrossLength(2.0)
    geo.setGridLineColor(QColor("#1F4E9E"))
    geo.setGridLineWidth(0.2)
    geo.setIntervalX(10 / 3600)
    geo.setIntervalY(10 / 3600)
    geo.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.NoFrame)
    geo.setAnnotationEnabled(True)
    geo.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DegreeMinuteSecondPadded)
    geo.setAnnotationPrecision(0)
    geo.setAnnotationTextFormat(text_format(5.5, colour="#1F4E9E"))
    for side in (LEFT, BOTTOM):
        geo.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.HideAll, side)
    geo.setAnnotationPosition(OUTSIDE, TOP)
    geo.setAnnotationPosition(OUTSIDE, RIGHT)
    geo.setAnnotationDirection(VERTICAL, RIGHT)
    main_map.grids().addGrid(geo)


def _legend(layout, main_map, x, y, w, h):
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")  # the filler sets it in the sheet language
    legend.setLinkedMap(main_map)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setSymbolHeight(3.0)
    legend.setSymbolWidth(5.0)
    legend.setBoxSpace(1.0)
    legend.setWrapString("")
    for style, size, bold in ((QgsLegendStyle.Style.Title, 8, True),
                              (QgsLegendStyle.Style.Group, 7, True),
                              (QgsLegendStyle.Style.Subgroup, 6.5, True),
                              (QgsLegendStyle.Style.SymbolLabel, 6, False)):
        target = legend.rstyle(style)
        if hasattr(target, "setTextFormat"):  # QGIS ≥ 3.30
            target.setTextFormat(text_format(size, bold))
        else:
            font = QFont(FONT_FAMILY)
            font.setPointSizeF(size)
            font.setBold(bold)
            target.setFont(font)
    layout.addLayoutItem(legend)
    _place(legend, x, y, w, h)
    return legend


def _scale_bar(layout, main_map, x, y, w, h):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scale_bar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(main_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(50)
    bar.setHeight(2.0)
    bar.setTextFormat(text_format(6))
    layout.addLayoutItem(bar)
    _place(bar, x, y, w, h)
    return bar


def _north_arrow(layout, main_map, x, y, w, h):
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    with open(NORTH_ARROW, "rb") as f:  # embedded: the template must not point at a path
        arrow.setPicturePath("base64:" + base64.b64encode(f.read()).decode("ascii"))
    arrow.setLinkedMap(main_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    arrow.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(arrow)
    _place(arrow, x, y, w, h)
    return arrow


def _footer(layout, page, width, height):
    text = ("[% replace(replace(@ma_label_page, '{page}', to_string(@layout_page)), "
            "'{pages}', to_string(@layout_numpages)) %]   ·   [% @ma_footer %]")
    return _label(layout, f"footer_{page + 1}", text, MARGIN, height - MARGIN - 5,
                  width - 2 * MARGIN, 5, size=6.5, page=page, colour="#404040")


def build_layout(project, page_size="A4", orientation="portrait"):
    """The task sheet layout (two pages; tables continue onto more pages when long)."""
    width, height = PAGE_SIZES[page_size]
    if orientation == "landscape":
        width, height = height, width
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Task sheet {page_size} {orientation}")
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(width, height, MM))
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(width, height, MM))
    collection.addPage(second)
    inner = width - 2 * MARGIN
    big = page_size == "A3"

    # page 1: title, title block, main map, overview, legend, north arrow, scale
    _label(layout, "title", "[% @ma_label_task_sheet %]: [% @ma_task_id %]", MARGIN, MARGIN,
           inner * 0.62, 10, size=18 if big else 15, bold=True)
    _label(layout, "programme", "[% @ma_programme %]", MARGIN + inner * 0.62, MARGIN + 1,
           inner * 0.38, 9, size=7.5, align=Qt.AlignmentFlag.AlignRight, colour="#404040")
    top = MARGIN + 12
    footer_top = height - MARGIN - 6
    if orientation == "portrait":
        _table(layout, "title_block", TITLE_WEIGHTS * 4, MARGIN, top, inner,
               27 if not big else 30, size=7.5 if big else 6.8, header=False)
        map_top = top + (30 if not big else 34)
        side_height = 58 if not big else 72
        map_height = footer_top - map_top - side_height - 6
        main_map = _map(layout, "main_map", MARGIN + 4, map_top + 4, inner - 8, map_height - 8)
        row_top = map_top + map_height + 3
        col = (inner - 9) / 4
        overview = _map(layout, "overview_map", MARGIN, row_top, col, side_height - 6)
        _legend(layout, main_map, MARGIN + col + 3, row_top, col * 1.45, side_height)
        right = MARGIN + col * 2.45 + 6
        right_w = width - MARGIN - right
        _north_arrow(layout, main_map, right, row_top, 12, 16)
        _label(layout, "declination", "[% @ma_label_declination %]: [% @ma_declination %]",
               right + 14, row_top, right_w - 14, 16, size=6.3)
        _label(layout, "scale_text", "[% @ma_label_scale %] 1:[% @ma_scale %]", right,
               row_top + 18, right_w, 6, size=9 if big else 8, bold=True)
        _scale_bar(layout, main_map, right, row_top + 25, right_w, 11)
        _label(layout, "grid_note", "[% @ma_grid_note %]", right, row_top + 38, right_w,
               side_height - 38, size=6, colour="#404040")
    else:
        side_w = 88 if not big else 110
        map_w = inner - side_w - 4
        main_map = _map(layout, "main_map", MARGIN + 4, top + 4, map_w - 8,
                        footer_top - top - 10)
        side = MARGIN + map_w + 4
        _table(layout, "title_block", TITLE_WEIGHTS, side, top, side_w, 62 if not big else 80,
               size=6.8 if not big else 7.5, header=False)
        y = top + (64 if not big else 83)
        overview_h = 42 if not big else 62
        overview = _map(layout, "overview_map", side, y, side_w * 0.55, overview_h)
        _north_arrow(layout, main_map, side + side_w * 0.58, y, 12, 16)
        _label(layout, "declination", "[% @ma_label_declination %]: [% @ma_declination %]",
               side + side_w * 0.58, y + 17, side_w * 0.42, overview_h - 17, size=6)
        y += overview_h + 3
        _label(layout, "scale_text", "[% @ma_label_scale %] 1:[% @ma_scale %]", side, y,
               side_w, 6, size=9 if big else 8, bold=True)
        _scale_bar(layout, main_map, side, y + 6, side_w, 11)
        y += 19
        legend_h = footer_top - y - 14
        _legend(layout, main_map, side, y, side_w, legend_h)
        _label(layout, "grid_note", "[% @ma_grid_note %]", side, footer_top - 12, side_w, 11,
               size=6, colour="#404040")
    overview.setFrameEnabled(True)
    frame = QgsLayoutItemMapOverview("task", overview)
    overview.overviews().addOverview(frame)
    frame.setLinkedMap(main_map)
    _grids(main_map)
    _footer(layout, 0, width, height)

    # page 2: turning points, marking, finds, safety, contacts, signatures
    _label(layout, "header_2", "[% @ma_label_task_sheet %]: [% @ma_task_id %]  ·  "
           "[% @ma_label_hazard_id %]: [% @ma_hazard_id %]", MARGIN, MARGIN, inner, 7,
           size=10, bold=True, page=1)
    y = MARGIN + 9
    _label(layout, "points_title", "[% @ma_label_turning_points %]  [% @ma_points_note %]",
           MARGIN, y, inner, 6, size=8.5, bold=True, page=1)
    points_h = (height - 2 * MARGIN) * (0.42 if orientation == "portrait" else 0.38)
    _table(layout, "turning_points", TP_WEIGHTS, MARGIN, y + 6, inner, points_h,
           page=1, size=6.5 if not big else 7.5, extend=True)
    y += 6 + points_h + 3
    _label(layout, "marking_title", "[% @ma_label_marking %]", MARGIN, y, inner, 5, size=8.5,
           bold=True, page=1)
    _label(layout, "marking", "[% @ma_marking %]", MARGIN, y + 5, inner, 10, size=7, page=1)
    y += 16
    _label(layout, "finds_title", "[% @ma_label_finds %]", MARGIN, y, inner, 5, size=8.5,
           bold=True, page=1)
    signatures_h = 31
    safety_h = 26
    finds_h = footer_top - (y + 5) - safety_h - signatures_h - 8
    _table(layout, "finds", FIND_WEIGHTS, MARGIN, y + 5, inner, finds_h, page=1,
           size=6.5)
    y = footer_top - signatures_h - safety_h - 4
    half = inner * 0.6
    _label(layout, "safety_title", "[% @ma_label_safety %]", MARGIN, y, half, 5, size=8.5,
           bold=True, page=1)
    _label(layout, "safety", "[% @ma_safety_notes %]", MARGIN, y + 5, half - 3, safety_h - 5,
           size=6.8, page=1)
    _label(layout, "emergency_title", "[% @ma_label_emergency %]", MARGIN + half, y,
           inner - half, 5, size=8.5, bold=True, page=1, colour="#B00000")
    _label(layout, "emergency", "[% @ma_emergency %]", MARGIN + half, y + 5, inner - half,
           safety_h - 5, size=7, page=1)
    y += safety_h + 2
    _table(layout, "signatures", SIGNATURE_WEIGHTS, MARGIN, y, inner, signatures_h, page=1,
           size=7)
    _footer(layout, 1, width, height)
    return layout


def save_template(layout, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise OSError(f"could not write {path}")


def load_template(project, path):
    """A layout from a .qpt file; raises ValueError with the reason when it is not one."""
    with open(path, encoding="utf-8") as f:
        content = f.read()
    document = dom_document(content)
    if document is None:
        raise ValueError("not an XML file")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise ValueError("not a QGIS layout template")
    return layout
