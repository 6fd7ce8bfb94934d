"""Filling the task sheet template for one task (its PDF writing: pdf_output.py; where its
content comes from: sheet_source.py).

Why this file is long: each block of the sheet (maps, turning points, finds, marking, title,
footers) is one short method of TaskSheet filling one part of the same template.

One TaskSheetSource per database and language (its layers are loaded and styled once), one
TaskSheet per template (loaded once and filled again for each task): a batch of 100 sheets
parses the template and opens the database once, not 100 times.
"""
import datetime
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutTableColumn,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..adapters.expressions import both, field_equals, field_in
from ..adapters.qgis_geodesy import WGS84, intersection_test
from ..compat import attribute_text
from ..core import schema
from ..core import task_sheet as sheet
from ..core.coordinates import utm_zone
from ..core.i18n import tr
from . import template as sheet_template
from .pdf_output import pdf_settings
from .sheet_source import MAP_LAYERS, OVERVIEW_LAYERS, SheetError, register_fonts, sheet_settings

_text = attribute_text



class TaskSheet:
    """A loaded template, filled for one task at a time."""

    def __init__(self, source, template_path, settings=None):
        register_fonts()
        self.source = source
        self.tr = source.translate
        self.settings = settings or sheet_settings()
        try:
            self.layout = sheet_template.load_template(source.project, template_path)
        except (OSError, ValueError) as error:
            raise SheetError(tr("The template {path} cannot be used: {reason}.").format(
                path=template_path, reason=error))
        self.items = {item.id(): item for item in self.layout.items() if hasattr(item, "id")}
        self.main_map = self.items.get("main_map")
        if not isinstance(self.main_map, QgsLayoutItemMap):
            raise SheetError(tr("The template {path} has no map item with the id "
                                "\"main_map\".").format(path=template_path))
        self.tables = {}
        for multi in self.layout.multiFrames():
            for frame in multi.frames():
                if frame.id():
                    self.tables[frame.id()] = multi
        self.points_layer = self._points_layer()
        self.base_pages = self.layout.pageCollection().pageCount()
        # what is the same on every sheet is set once: the legend's layers, column titles
        self._set_legend()
        for name, keys in (("turning_points", ("point_id", "point_type", "latitude",
                                                "longitude", "latitude_decimal",
                                                "longitude_decimal", "utm", "easting",
                                                "northing", "bearing", "distance")),
                           ("finds", sheet_template.FIND_COLUMNS),
                           ("signatures", ("role", "name", "signature", "date"))):
            if name in self.tables:
                self._headers(self.tables[name], keys)
        if "title_block" in self.tables:
            self.tables["title_block"].setIncludeTableHeader(False)

    # --- one task -----------------------------------------------------------------------------
    def fill(self, task):
        """Fill the layout for `task` (a tasks feature). Returns the sheet's facts (scale, points,
        zone); raises SheetError naming the task when it cannot be printed."""
        task_id = _text(task["task_id"])
        self._drop_added_pages()
        geometry = QgsGeometry(task.geometry())
        if geometry.isNull() or geometry.isEmpty():
            raise SheetError(tr("Task {task}: it has no task area (no geometry); draw or copy "
                                "the area before printing.").format(task=task_id))
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        hazard = None
        if _text(task["hazard_id"]):
            hazard = self.source.feature("hazards", "hazard_id", task["hazard_id"])
        centre = geometry.centroid().asPoint()
        zone, hemisphere, epsg = utm_zone(centre.x(), centre.y())
        utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
        to_utm = QgsCoordinateTransform(WGS84, utm, self.source.project.transformContext())
        area_utm = QgsGeometry(geometry)
        area_utm.transform(to_utm)

        points, note, next_of = self._points(geometry, hazard)
        rows = sheet.turning_point_rows(points, self._utm_of(to_utm, f"{zone}{hemisphere}"),
                                        self._inverse, next_of)
        self._draw_points(points)
        # the map shows the task area and every point of the table (a record's landmark and
        # benchmark may lie outside the area: the team has to find them first)
        shown = area_utm.boundingBox()
        for _, _, lon, lat in points:
            xy = to_utm.transform(QgsPointXY(lon, lat))
            shown.combineExtentWith(xy.x(), xy.y())
        scale = self._set_maps(shown, utm)
        declination = self._declination(hazard)
        area_ha = self.source.measure.measureArea(geometry) / 10000.0
        facts = {"task_id": task_id, "hazard_id": _text(task["hazard_id"]), "scale": scale,
                 "zone": f"{zone}{hemisphere}", "epsg": epsg, "points": points, "rows": rows}
        self._variables(task, hazard, scale, declination, zone, hemisphere, epsg, note)
        self._title_block(task, hazard, area_ha)
        self._turning_points(rows)
        self._finds(geometry, area_utm, to_utm)
        self._signatures()
        self._footers_on_new_pages()
        # labels re-read the layout variables; maps and tables are current already (a whole
        # layout.refresh() would cost a third of an export)
        for item in self.layout.items():
            if isinstance(item, (QgsLayoutItemLabel, QgsLayoutItemLegend,
                                 QgsLayoutItemScaleBar)):
                item.refresh()
        return facts

    def export_pdf(self, path):
        """Write the filled layout as a PDF (vector, text kept as text, fonts embedded)."""
        exporter = QgsLayoutExporter(self.layout)
        result = exporter.exportToPdf(path, pdf_settings())
        if result != QgsLayoutExporter.ExportResult.Success:
            raise SheetError(tr("The PDF {path} could not be written ({reason}).").format(
                path=path, reason=exporter.errorMessage() or result))
        return path

    # --- pieces ------------------------------------------------------------------------------
    def _inverse(self, lat1, lon1, lat2, lon2):
        a, b = QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2)
        distance = self.source.measure.measureLine(a, b)
        return distance, math.degrees(self.source.measure.bearing(a, b)) % 360.0

    @staticmethod
    def _utm_of(transform, zone_label):
        def to_utm(lon, lat):
            point = transform.transform(QgsPointXY(lon, lat))
            return zone_label, point.x(), point.y()
        return to_utm

    def _points(self, geometry, hazard):
        """The points of the table: the minefield record's own points (benchmark, landmark and
        perimeter) when the hazard came from a record, else the task area's vertices."""
        record_id = _text(hazard["record_id"]) if hazard is not None else ""
        if record_id:
            features = self.source.features(
                "record_points", both(field_equals("record_id", record_id),
                                      "\"point_type\" NOT IN ('RS', 'RE')"))
            features.sort(key=lambda f: (f["seq"] if f["seq"] is not None else 1e9))
            if features:
                points = [(_text(f["point_id"]), _text(f["point_type"]),
                           f.geometry().asPoint().x(), f.geometry().asPoint().y())
                          for f in features]
                # each point leads to the next; the last perimeter point closes on the first
                perimeter = [i for i, p in enumerate(points) if p[1] not in ("LM", "BM")]
                next_of = list(range(1, len(points))) + [perimeter[0] if perimeter else 0]
                note = self.tr(sheet.SHEET_LABELS["source_record"]).format(record=record_id)
                return points, note, next_of
        rings = []
        for part in geometry.asMultiPolygon() if geometry.isMultipart() else \
                [geometry.asPolygon()]:
            for index, ring in enumerate(part):
                rings.append((index == 0, [(p.x(), p.y()) for p in ring]))
        points, groups = sheet.area_points(rings)
        next_of = [0] * len(points)
        for start, end in groups:
            for i in range(start, end):
                next_of[i] = i + 1 if i + 1 < end else start
        inner = self.tr(sheet.SHEET_LABELS["inner"])
        points = [(pid, "TP" if kind == "TP" else inner, lon, lat)
                  for pid, kind, lon, lat in points]
        return points, "", next_of

    def _points_layer(self):
        layer = QgsVectorLayer("Point?crs=EPSG:4326&field=point_id:string(20)",
                               self.tr(sheet.SHEET_LABELS["turning_points"]), "memory")
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#FFFFFF",
                                               "outline_color": "#000000", "size": "1.8",
                                               "outline_width": "0.35"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        labels = QgsPalLayerSettings()
        labels.fieldName = "point_id"
        labels.setFormat(_label_format())
        labels.dist = 1.0
        layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        layer.setLabelsEnabled(True)
        self.source.project.addMapLayer(layer, False)
        return layer

    def _draw_points(self, points):
        provider = self.points_layer.dataProvider()
        provider.truncate()
        features = []
        for point_id, _, lon, lat in points:
            feature = QgsFeature(self.points_layer.fields())
            feature.setAttributes([point_id])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
            features.append(feature)
        provider.addFeatures(features)
        self.points_layer.updateExtents()
        self.points_layer.triggerRepaint()

    def _set_maps(self, box, utm):
        frame = self.main_map.rect()  # layout units: millimetres
        scale = sheet.choose_scale(box.width(), box.height(), frame.width(), frame.height())
        layers = self.source.layers
        self.main_map.setCrs(utm)
        self.main_map.setLayers([self.points_layer] + [layers[n] for n in MAP_LAYERS])
        self.main_map.setKeepLayerSet(True)
        # the extent that frame shows at exactly 1:scale, centred on the area (one map update
        # instead of a zoom followed by a change of scale)
        half_w = frame.width() / 2000.0 * scale
        half_h = frame.height() / 2000.0 * scale
        centre = box.center()
        self.main_map.zoomToExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h,
                                                centre.x() + half_w, centre.y() + half_h))
        for index in range(self.main_map.grids().size()):
            grid = self.main_map.grids().grid(index)
            if grid.crs().isGeographic() or grid.name() == "wgs84":
                grid.setCrs(WGS84)
                step = sheet.grid_interval_deg(scale)
            else:
                grid.setCrs(utm)
                step = sheet.grid_interval_m(scale)
            grid.setIntervalX(step)
            grid.setIntervalY(step)
        for item in self.layout.items():
            if hasattr(item, "setUnitsPerSegment") and item.id() == "scale_bar":
                # as long as the room to the page's right margin allows
                page = self.layout.pageCollection().page(0).pageSize().width()
                room_mm = page - sheet_template.MARGIN - item.positionWithUnits().x() - 8
                segments = max(item.numberOfSegments(), 1)
                width_m = room_mm / 1000.0 * scale
                item.setUnitsPerSegment(_round_down(width_m / segments))
                item.update()
        overview = self.items.get("overview_map")
        if isinstance(overview, QgsLayoutItemMap):
            overview.setCrs(utm)
            overview.setLayers([layers[n] for n in OVERVIEW_LAYERS])
            overview.setKeepLayerSet(True)
            context = QgsRectangle(box)
            # the neighbourhood: eight times the task's extent, and at least 3 km across
            context.scale(max(8.0, 3000.0 / max(box.width(), box.height(), 1.0)))
            overview.zoomToExtent(context)
        return scale

    def _set_legend(self):
        legend = self.items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            legend.setTitle(self.tr(sheet.SHEET_LABELS["legend"]))
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for layer in [self.points_layer] + [self.source.layers[n] for n in MAP_LAYERS]:
                root.addLayer(layer)
            legend.updateLegend()

    def _declination(self, hazard):
        record_id = _text(hazard["record_id"]) if hazard is not None else ""
        if record_id:
            for feature in self.source.features(
                    "record_points", both(field_equals("record_id", record_id),
                                          "\"declination_deg\" IS NOT NULL")):
                value = float(feature["declination_deg"])
                side = "E" if value >= 0 else "W"
                return f"{abs(value):.1f}° {side} ({record_id})"
        if str(self.settings.get("declination") or "").strip():
            value = float(self.settings["declination"])
            return f"{abs(value):.1f}° {'E' if value >= 0 else 'W'}"
        return self.tr(sheet.SHEET_LABELS["declination_unknown"])

    def _variables(self, task, hazard, scale, declination, zone, hemisphere, epsg, note):
        t = self.tr
        values = {f"ma_label_{key}": t(text) for key, text in sheet.SHEET_LABELS.items()}
        safety = self.settings.get("safety_notes") or t(sheet.DEFAULT_SAFETY_NOTES)
        values.update({
            "ma_task_id": _text(task["task_id"]), "ma_hazard_id": _text(task["hazard_id"]),
            "ma_scale": f"{scale:,}".replace(",", " "), "ma_declination": declination,
            "ma_grid_note": t(sheet.SHEET_LABELS["grid_note"]).format(
                zone=f"{zone}{hemisphere} (EPSG:{epsg})"),
            "ma_marking": self._marking_summary(hazard),
            "ma_safety_notes": safety,
            "ma_emergency": self.settings.get("emergency") or t(sheet.DEFAULT_EMERGENCY),
            "ma_programme": self.settings.get("programme", ""),
            "ma_points_note": f"({note})" if note else "",
            "ma_footer": "{} · {} · {}".format(
                _text(task["task_id"]),
                t(sheet.SHEET_LABELS["printed"]).format(
                    date=datetime.date.today().isoformat()),
                self.settings.get("programme", "")),
        })
        QgsExpressionContextUtils.setLayoutVariables(self.layout, values)

    def _code(self, code_list, value):
        text = _text(value)
        return self.tr(schema.code_label(code_list, text)) if text else ""

    def _title_block(self, task, hazard, area_ha):
        table = self.tables.get("title_block")
        if table is None:
            return
        t = self.tr
        label = sheet.SHEET_LABELS
        h = (lambda field: _text(hazard[field])) if hazard is not None else (lambda field: "")
        pairs = [
            (label["task_id"], _text(task["task_id"])),
            (label["hazard_id"], _text(task["hazard_id"]) + (
                f" ({_text(hazard['classification'])})" if hazard is not None else "")),
            (label["task_type"], self._code("task_type", task["task_type"])),
            (label["priority"], _text(task["priority"])),
            (label["organisation"], _text(task["organisation"])),
            (label["team"], _text(task["team"])),
            (label["issued_date"], _text(task["issued_date"])),
            (label["due_date"], _text(task["due_date"])),
            (label["district"], h("district")),
            (label["settlement"], h("settlement")),
            (label["status"], self._code("task_status", task["status"])),
            (label["area"], f"{area_ha:,.2f} ha"),
        ]
        per_row = max(1, len(table.columnWidths()) // 2)
        rows = []
        for start in range(0, len(pairs), per_row):
            row = []
            for key, value in pairs[start:start + per_row]:
                caption = QgsTableCell(t(key))
                caption.setBackgroundColor(QColor("#E8E8E8"))
                caption.setTextFormat(sheet_template.text_format(6.3, colour="#404040"))
                cell = QgsTableCell(value)
                cell.setTextFormat(sheet_template.text_format(7.5, bold=True))
                row += [caption, cell]
            while len(row) < 2 * per_row:
                row.append(QgsTableCell(""))
            rows.append(row)
        table.setTableContents(rows)

    def _headers(self, table, keys):
        """Column titles in the sheet's language; the template's column widths are kept."""
        widths = list(table.columnWidths())
        table.setHeaders([QgsLayoutTableColumn(self.tr(sheet.SHEET_LABELS[key]))
                          for key in keys])
        if len(widths) == len(keys):
            table.setColumnWidths(widths)

    def _turning_points(self, rows):
        table = self.tables.get("turning_points")
        if table is None:
            return
        type_label = {code: code for code in schema.CODE_LISTS["point_type"]}
        table.setTableContents([[QgsTableCell(row[c] if c != "point_type" else
                                              type_label.get(row[c], row[c]))
                                 for c in sheet_template.TP_COLUMNS] for row in rows])

    def _finds(self, geometry, area_utm, to_utm):
        table = self.tables.get("finds")
        if table is None:
            return
        distance = self.settings["finds_distance_m"]
        box = geometry.boundingBox()
        pad = distance / 100000.0 + 0.002  # degrees, generous; filtered exactly below
        box.grow(pad * 1.5)
        nearby = []
        for feature in self.source.features("eo_finds", rect=box):
            point = QgsGeometry(feature.geometry())
            point.transform(to_utm)
            gap = area_utm.distance(point)
            if gap <= distance:
                nearby.append((gap, feature))
        nearby.sort(key=lambda item: (item[0], _text(item[1]["find_id"])))
        limit = 12
        rows = []
        for gap, feature in nearby[:limit]:
            where = (self.tr(sheet.SHEET_LABELS["inside"]) if gap == 0 else
                     self.tr(sheet.SHEET_LABELS["metres_outside"]).format(distance=f"{gap:.0f}"))
            rows.append([QgsTableCell(v) for v in (
                _text(feature["find_id"]), self._code("eo_category", feature["category"]),
                _text(feature["model"]), _text(feature["quantity"]),
                _text(feature["date_found"]), where)])
        if len(nearby) > limit:
            rows.append([QgsTableCell(self.tr(sheet.SHEET_LABELS["more_rows"]).format(
                count=len(nearby) - limit))] + [QgsTableCell("") for _ in range(5)])
        if not rows:
            rows = [[QgsTableCell(self.tr(sheet.SHEET_LABELS["no_finds"]).format(
                distance=f"{distance:.0f}"))] + [QgsTableCell("") for _ in range(5)]]
        aerial = self._aerial_line(geometry)
        if aerial:
            rows.append([QgsTableCell(aerial)] + [QgsTableCell("") for _ in range(5)])
        table.setTableContents(rows)

    def _aerial_line(self, geometry):
        """What aerial survey saw inside the task area, in one line (None when it saw nothing
        there): the detections by review status and the proposals over the area."""
        box = geometry.boundingBox()
        meets = intersection_test(geometry)
        statuses = [f["review_status"] for f in self.source.features("aerial_detections",
                                                                     rect=box)
                    if meets(f.geometry())]
        proposals = [f"{_text(f['proposal_id'])} ({self._code('proposal_kind', f['kind'])}, "
                     f"{self._code('proposal_status', f['status'])})"
                     for f in self.source.features("hazard_proposals", rect=box)
                     if meets(f.geometry())]
        if not statuses and not proposals:
            return None
        return self.tr(sheet.SHEET_LABELS["aerial"]).format(
            detections=len(statuses), confirmed=statuses.count("confirmed"),
            rejected=statuses.count("rejected"),
            proposals=", ".join(proposals) or self.tr(sheet.SHEET_LABELS["no_proposals"]))

    def _marking_summary(self, hazard):
        if hazard is None:
            return self.tr(sheet.SHEET_LABELS["no_marking"])
        lines = self.source.features("marking_lines",
                                     field_equals("hazard_id", _text(hazard["hazard_id"])))
        if not lines:
            return self.tr(sheet.SHEET_LABELS["no_marking"])
        totals = {}
        ids = []
        for line in lines:
            key = (self._code("marking_type", line["marking_type"]),
                   self._code("marking_status", line["status"]))
            count, length = totals.get(key, (0, 0.0))
            totals[key] = (count + 1, length + float(line["length_m"] or 0))
            ids.append(_text(line["marking_id"]))
        signs = {}
        for sign in self.source.features("marking_signs",
                                         field_in("marking_id", ids)):
            kind = self._code("sign_type", sign["sign_type"])
            signs[kind] = signs.get(kind, 0) + 1
        parts = [f"{kind} ({status}): {count} × {length:,.0f} m".replace(",", " ")
                 for (kind, status), (count, length) in sorted(totals.items())]
        parts += [f"{kind}: {count}" for kind, count in sorted(signs.items())]
        return " · ".join(parts)

    def _signatures(self):
        table = self.tables.get("signatures")
        if table is None or getattr(self, "_signatures_done", False):
            return  # the same blank rows on every sheet
        self._signatures_done = True
        rows = []
        for key in ("issued_by", "received_by", "completed_by"):
            rows.append([QgsTableCell(self.tr(sheet.SHEET_LABELS[key])), QgsTableCell("\n"),
                         QgsTableCell(""), QgsTableCell("")])
        table.setTableContents(rows)

    def _drop_added_pages(self):
        """Back to the template's pages: the last task's long table may have added some."""
        pages = self.layout.pageCollection()
        while pages.pageCount() > self.base_pages:
            pages.deletePage(pages.pageCount() - 1)

    def _footers_on_new_pages(self):
        """Pages added for a long table get the footer (page number) too."""
        pages = self.layout.pageCollection()
        footer = self.items.get("footer_2") or self.items.get("footer_1")
        if footer is None:
            return
        for index in range(self.base_pages, pages.pageCount()):
            item_id = f"footer_{index + 1}"
            if self.layout.itemById(item_id) is not None:
                continue
            clone = type(footer)(self.layout)
            clone.setId(item_id)
            clone.setText(footer.text())
            if hasattr(footer, "textFormat"):
                clone.setTextFormat(footer.textFormat())
            else:
                clone.setFont(footer.font())
                clone.setFontColor(footer.fontColor())
            clone.setMarginX(footer.marginX())
            clone.setMarginY(footer.marginY())
            self.layout.addLayoutItem(clone)
            position = pages.positionOnPage(footer.pos())
            clone.attemptResize(footer.sizeWithUnits())
            clone.attemptMove(QgsLayoutPoint(position.x(), position.y(),
                                             sheet_template.MM), True, False, index)
            clone.refresh()


def _round_down(value):
    """1, 2, 2.5 or 5 × 10^n not above value (scale bar segments)."""
    exponent = math.floor(math.log10(max(value, 1e-9)))
    best = 10 ** exponent
    for factor in (1, 2, 2.5, 5):
        if factor * 10 ** exponent <= value:
            best = factor * 10 ** exponent
    return best


def _label_format():
    fmt = sheet_template.text_format(7, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    return fmt
