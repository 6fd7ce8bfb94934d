"""GICHD land-release symbology (Technical Note 07.11/01) for the project layers.

Hazards: CHA fill #FF0000 and SHA fill #F4A718, both 50 % transparent; the outline tells the
status: Open red continuous, Worked on orange dashed, Closed green.
Released land: one green family, told apart by lightness *and* pattern so that colour-blind
readers and black-and-white prints still separate them:
  cancelled (NTS)  #C7E9C0  light green, plain
  reduced (TS)     #74C476  mid green, diagonal hatch over the fill
  cleared          #006D2C  dark green, plain
"""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core import schema
from ..core.i18n import tr
from ..toolbelt import setting

CHA_FILL = "#FF0000"
SHA_FILL = "#F4A718"
STATUS_OUTLINE = {"open": ("#FF0000", "solid"), "worked_on": ("#FF8C00", "dash"),
                  "closed": ("#00A000", "solid")}
RELEASE_FILL = {"cancelled": "#C7E9C0", "reduced": "#74C476", "cleared": "#006D2C"}
EO_SYMBOL = {"APM": ("triangle", "#D7191C"), "ATM": ("square", "#7B0000"),
             "ERW": ("circle", "#FF7F00")}
MARKING_LINE = {"perimeter_marking": ("#E31A1C", "dash"), "permanent_fence": ("#000000", "solid"),
                "temporary_marking": ("#FF7F00", "dot"), "demarcation": ("#6A3D9A", "dash dot")}


def _with_alpha(hex_colour, alpha):
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour.name(QColor.NameFormat.HexArgb)


def hazard_renderer(tr=tr):
    root = QgsRuleBasedRenderer.Rule(None)
    for classification, fill in (("CHA", CHA_FILL), ("SHA", SHA_FILL)):
        for status, (outline, style) in STATUS_OUTLINE.items():
            symbol = QgsFillSymbol.createSimple({
                "color": _with_alpha(fill, 128), "outline_color": outline,
                "outline_width": "0.8", "outline_width_unit": "MM", "outline_style": style})
            label = "{} — {}".format(classification,
                                     tr(schema.code_label("hazard_status", status)))
            root.appendChild(QgsRuleBasedRenderer.Rule(
                symbol, 0, 0,
                f"\"classification\" = '{classification}' AND \"status\" = '{status}'", label))
    other = QgsFillSymbol.createSimple({"color": "#80808080", "outline_color": "#404040",
                                        "outline_style": "dot"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", tr("Other (check values)")))
    return QgsRuleBasedRenderer(root)


def land_release_renderer(tr=tr):
    categories = []
    for release_type, colour in RELEASE_FILL.items():
        symbol = QgsFillSymbol.createSimple({"color": _with_alpha(colour, 170),
                                             "outline_color": "#00441B", "outline_width": "0.4"})
        if release_type == "reduced":
            hatch = QgsLinePatternFillSymbolLayer()
            hatch.setLineAngle(45)
            hatch.setDistance(2.0)
            hatch.setColor(QColor("#00441B"))
            symbol.appendSymbolLayer(hatch)
        categories.append(QgsRendererCategory(
            release_type, symbol, tr(schema.code_label("release_type", release_type))))
    planned = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": "#238B45",
                                          "outline_width": "0.5", "outline_style": "dash"})
    categories.append(QgsRendererCategory(None, planned, tr("Not yet released")))
    return QgsCategorizedSymbolRenderer("release_type", categories)


def eo_renderer(tr=tr):
    categories = []
    for category, (shape, colour) in EO_SYMBOL.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": "2.4",
                                               "outline_color": "#000000"})
        label = tr(schema.code_label("eo_category", category))
        categories.append(QgsRendererCategory(category, symbol, label))
    return QgsCategorizedSymbolRenderer("category", categories)


RECORD_POINT_SYMBOL = {"LM": ("star", "#000000", "4.5"), "BM": ("triangle", "#1F78B4", "3.2"),
                       "RS": ("square", "#B2182B", "2.2"), "RE": ("square", "#B2182B", "2.2")}


def record_point_renderer(tr=tr):
    """Landmarks and benchmarks stand out: they are what a team looks for on the ground."""
    categories = []
    for point_type, (shape, colour, size) in RECORD_POINT_SYMBOL.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": size,
                                               "outline_color": "#FFFFFF"})
        categories.append(QgsRendererCategory(
            point_type, symbol, tr(schema.code_label("point_type", point_type))))
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#6A3D9A", "size": "2",
                                          "outline_color": "#FFFFFF"})
    categories.append(QgsRendererCategory(None, other, tr("Perimeter point")))
    return QgsCategorizedSymbolRenderer("point_type", categories)


MARKING_STATUS = {"planned": ("dash", "0.5"), "installed": ("solid", "0.9"),
                  "damaged": ("dot", "0.9"), "removed": ("solid", "0.3")}


def marking_renderer(inspection_days=90, tr=tr):
    """Colour by marking type, line style by status; installed lines whose last inspection is
    older than `inspection_days` get a magenta band underneath, so they stand out."""
    root = QgsRuleBasedRenderer.Rule(None)
    overdue = QgsLineSymbol.createSimple({"line_color": "197,27,125,140", "line_width": "2.6"})
    root.appendChild(QgsRuleBasedRenderer.Rule(
        overdue, 0, 0, f"\"status\" = 'installed' AND (\"inspected_date\" IS NULL OR "
        f"day(age(now(), to_datetime(\"inspected_date\"))) > {int(inspection_days)})",
        tr("Inspection overdue")))
    for marking_type, (colour, _) in MARKING_LINE.items():
        for status, (style, width) in MARKING_STATUS.items():
            symbol = QgsLineSymbol.createSimple({
                "line_color": "#9E9E9E" if status == "removed" else
                ("#FF7F00" if status == "damaged" else colour),
                "line_width": width, "line_style": style})
            label = "{} — {}".format(tr(schema.code_label("marking_type", marking_type)),
                                     tr(schema.code_label("marking_status", status)))
            root.appendChild(QgsRuleBasedRenderer.Rule(
                symbol, 0, 0, f"\"marking_type\" = '{marking_type}' AND "
                              f"\"status\" = '{status}'", label))
    return QgsRuleBasedRenderer(root)


def sign_renderer():
    symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#E31A1C", "size": "3.5",
                                           "outline_color": "#FFD700", "outline_width": "0.5"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyAngle, QgsProperty.fromField("facing_deg"))
    return QgsSingleSymbolRenderer(symbol)


def _single(symbol):
    return QgsSingleSymbolRenderer(symbol)


# On screen, what reads at each scale (denominators; a layer or label shows when zoomed in to
# at least 1:N). A national view at 1:400,000 shows hazards, records and clustered finds; the
# signs, record points and labels come in as the officer zooms in. Printed task sheets use
# the same symbols without these limits (for_print).
SCREEN_SCALES = {"marking_signs": 25_000, "record_points": 25_000, "mine_rows": 50_000}
LABEL_SCALES = {"hazards": 100_000, "tasks": 100_000, "minefield_records": 50_000,
                "record_points": 10_000}
FINDS_CLUSTER_MM = 10.0   # finds closer than this on screen are drawn as one, with their count


def _label(layer, field_name, colour="#000000", max_scale_denominator=None, priority=5):
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.priority = priority   # hazards win over records and tasks where labels meet
    settings.displayAll = False    # a label that would overlap another is left out
    if max_scale_denominator:
        # only when zoomed in enough for the labels to be read, not as clutter
        settings.scaleVisibility = True
        settings.maximumScale = 1
        settings.minimumScale = max_scale_denominator
    text = QgsTextFormat()
    text.setSize(8)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def apply_style(layer, name, tr=tr, for_print=False):
    """Style a project layer by its schema name (tables are left alone). On screen (not
    for_print) layers and labels have the scale ranges above and finds are clustered."""
    label_scale = None if for_print else LABEL_SCALES.get(name)
    if name == "hazards":
        layer.setRenderer(hazard_renderer(tr))
        _label(layer, "hazard_id", max_scale_denominator=label_scale, priority=8)
    elif name == "land_release":
        layer.setRenderer(land_release_renderer(tr))
    elif name == "eo_finds":
        renderer = eo_renderer(tr)
        if not for_print:
            renderer = finds_cluster_renderer(renderer)
        layer.setRenderer(renderer)
    elif name == "marking_lines":
        layer.setRenderer(marking_renderer(setting("inspection_interval_days"), tr))
    elif name == "marking_signs":
        layer.setRenderer(sign_renderer())
    elif name == "minefield_records":
        layer.setRenderer(_single(QgsFillSymbol.createSimple({
            "color": "#00000000", "outline_color": "#6A3D9A", "outline_width": "0.6",
            "outline_style": "dash"})))
        _label(layer, "record_id", "#6A3D9A", max_scale_denominator=label_scale, priority=6)
    elif name == "record_points":
        layer.setRenderer(record_point_renderer(tr))
        _label(layer, "point_id", "#3F007D", max_scale_denominator=10_000, priority=3)
    elif name == "mine_rows":
        layer.setRenderer(_single(QgsLineSymbol.createSimple({
            "line_color": "#B2182B", "line_width": "0.6", "line_style": "dash dot"})))
    elif name == "tasks":
        layer.setRenderer(_single(QgsFillSymbol.createSimple({
            "color": "#00000000", "outline_color": "#1F78B4", "outline_width": "0.9"})))
        _label(layer, "task_id", "#1F78B4", max_scale_denominator=label_scale, priority=4)
    else:
        return
    shown_from = None if for_print else SCREEN_SCALES.get(name)
    layer.setScaleBasedVisibility(bool(shown_from))
    if shown_from:
        layer.setMinimumScale(shown_from)   # QGIS: the most zoomed-out scale it shows at
        layer.setMaximumScale(0)
    layer.triggerRepaint()


def finds_cluster_renderer(inner):
    """EO finds drawn one by one where they stand apart, as one numbered disc where they
    crowd (at a national scale thousands of finds are otherwise a heap)."""
    from qgis.core import QgsPointClusterRenderer, QgsUnitTypes
    cluster = QgsPointClusterRenderer()
    cluster.setEmbeddedRenderer(inner)
    cluster.setTolerance(FINDS_CLUSTER_MM)
    cluster.setToleranceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    return cluster
