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
from ..core.i18n import N_, tr
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


# --- aerial survey and accidents (shared/spec/aerial-survey.md) -------------------------------
# Colour-blind safe: every class differs in shape or pattern as well as colour.
DETECTION_RULES = (   # (label, expression, marker shape, fill, size)
    (N_("Confirmed"), "\"review_status\" = 'confirmed'", "star", "#B2182B", "4.0"),
    (N_("Unreviewed, confidence ≥ 0.8"),
     "\"review_status\" = 'unreviewed' AND \"confidence\" >= 0.8", "diamond", "#EF8A62", "3.2"),
    (N_("Unreviewed, confidence < 0.8"),
     "\"review_status\" = 'unreviewed' AND coalesce(\"confidence\", 0) < 0.8", "circle",
     "#FDDBC7", "2.4"),
    (N_("Rejected"), "\"review_status\" = 'rejected'", "cross2", "#777777", "2.2"),
)
GSD_CLASSES = (   # (label, expression, outline colour, fill with alpha, outline style)
    (N_("Seen well (≤ 1 cm)"), "\"gsd_cm\" <= 1.0", "#2166AC", "#2166AC26", "solid"),
    (N_("Coarse (1–2 cm)"), "\"gsd_cm\" > 1.0 AND \"gsd_cm\" <= 2.0", "#67A9CF", "#67A9CF1A",
     "dash"),
    (N_("Too coarse (> 2 cm) or unknown"), "ELSE", "#999999", "#00000000", "dot"),
)
VEGETATION_FILL = {"none": ("#00000000", None), "low": ("#D9F0D380", None),
                   "medium": ("#5AAE6199", "\\"), "high": ("#1B7837B3", "x")}
PROPOSAL_STYLE = {"new_cha": ("#CA0020", 45), "reduce": ("#008837", -45)}
PROPOSAL_OUTLINE = {"proposed": "dash", "accepted": "solid", "rejected": "dot"}


def detection_renderer(tr=tr):
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, shape, fill, size in DETECTION_RULES:
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": fill, "size": size,
                                               "outline_color": "#000000",
                                               "outline_width": "0.3"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, tr(label)))
    return QgsRuleBasedRenderer(root)


def flight_renderer(tr=tr):
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, outline, fill, style in GSD_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline,
                                             "outline_width": "0.4", "outline_style": style})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, tr(label)))
    return QgsRuleBasedRenderer(root)


def _hatched(fill, outline, angle, outline_style="solid", width="0.5"):
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline,
                                         "outline_width": width, "outline_style": outline_style})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(2.2)
    hatch.setColor(QColor(outline))
    symbol.appendSymbolLayer(hatch)
    return symbol


def vegetation_renderer(tr=tr):
    categories = []
    for density, (fill, pattern) in VEGETATION_FILL.items():
        if pattern:
            symbol = _hatched(fill, "#1B7837", 135 if pattern == "\\" else 0, width="0.2")
            if pattern == "x":
                cross = QgsLinePatternFillSymbolLayer()
                cross.setLineAngle(90)
                cross.setDistance(2.2)
                cross.setColor(QColor("#1B7837"))
                symbol.appendSymbolLayer(cross)
        else:
            symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": "#5AAE61",
                                                 "outline_width": "0.2"})
        categories.append(QgsRendererCategory(
            density, symbol, tr(schema.code_label("vegetation_density", density))))
    return QgsCategorizedSymbolRenderer("density", categories)


def proposal_renderer(tr=tr):
    """Hatched by kind (new CHA red one way, reduction green the other), outline by status."""
    root = QgsRuleBasedRenderer.Rule(None)
    for kind, (colour, angle) in PROPOSAL_STYLE.items():
        for status, style in PROPOSAL_OUTLINE.items():
            symbol = _hatched(_with_alpha(colour, 30), "#999999" if status == "rejected"
                              else colour, angle, style, "0.9" if status == "accepted" else "0.6")
            label = "{} — {}".format(tr(schema.code_label("proposal_kind", kind)),
                                     tr(schema.code_label("proposal_status", status)))
            root.appendChild(QgsRuleBasedRenderer.Rule(
                symbol, 0, 0, f"\"kind\" = '{kind}' AND \"status\" = '{status}'", label))
    return QgsRuleBasedRenderer(root)


FATAL = ("relation_aggregate('mineaction_victims_accident_id', 'max', "
         "if(\"outcome\" = 'killed', 1, 0)) = 1")
RECENT = "day(age(now(), to_datetime(\"accident_date\"))) <= 730"
ACCIDENT_RULES = (   # (label, expression, fill, size): by outcome and date, recent stronger
    (N_("Fatal, last two years"), f"{RECENT} AND {FATAL}", "#67001F", "4.8"),
    (N_("Injuries or none, last two years"), RECENT, "#D6604D", "4.2"),
    (N_("Fatal, earlier"), FATAL, "#4D4D4D", "3.4"),
    (N_("Accident, earlier"), "ELSE", "#A0A0A0", "3.0"),
)


def accident_renderer(tr=tr):
    """Accidents by outcome (any victim killed, from the victims' relation) and date (the last
    two years stronger); shape and lightness differ too, for colour-blind readers."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour, size in ACCIDENT_RULES:
        symbol = QgsMarkerSymbol.createSimple({"name": "pentagon", "color": colour,
                                               "size": size, "outline_color": "#FFD700",
                                               "outline_width": "0.5"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, tr(label)))
    return QgsRuleBasedRenderer(root)


STAGE_SYMBOL = {1: ("#762A83", "4.6"), 2: ("#9970AB", "3.8"), 3: ("#C2A5CF", "3.2")}
INFRASTRUCTURE_LINE = {"road": ("#4D4D4D", "1.0", "solid"), "railway": ("#000000", "0.8", "dash"),
                       "power_line": ("#E08214", "0.6", "dash dot"),
                       "pipeline": ("#8C510A", "0.6", "dot"), "water": ("#2166AC", "0.8", "solid")}


def settlement_renderer(tr=tr):
    """Return settlements by stage: the first to return largest and darkest."""
    categories = []
    for stage, (colour, size) in STAGE_SYMBOL.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "square", "color": colour, "size": size,
                                               "outline_color": "#FFFFFF"})
        categories.append(QgsRendererCategory(
            stage, symbol, tr(schema.code_label("return_stage", str(stage)))))
    return QgsCategorizedSymbolRenderer("return_stage", categories)


def infrastructure_renderer(tr=tr):
    """Lines by kind, line style as well as colour; funded and ready drawn wider."""
    root = QgsRuleBasedRenderer.Rule(None)
    for kind, (colour, width, style) in INFRASTRUCTURE_LINE.items():
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": width,
                                             "line_style": style})
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbol, 0, 0, f"\"kind\" = '{kind}'",
            tr(schema.code_label("asset_kind", kind))))
    other = QgsLineSymbol.createSimple({"line_color": "#1B7837", "line_width": "0.5"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", tr("Other")))
    return QgsRuleBasedRenderer(root)


AERIAL_RENDERERS = {"aerial_detections": detection_renderer, "survey_flights": flight_renderer,
                    "vegetation_areas": vegetation_renderer, "hazard_proposals": proposal_renderer,
                    "accidents": accident_renderer, "settlements": settlement_renderer,
                    "infrastructure": infrastructure_renderer}


def _single(symbol):
    return QgsSingleSymbolRenderer(symbol)


# On screen, what reads at each scale (denominators; a layer or label shows when zoomed in to
# at least 1:N). A national view at 1:400,000 shows hazards, records and clustered finds; the
# signs, record points and labels come in as the officer zooms in. Printed task sheets use
# the same symbols without these limits (for_print).
SCREEN_SCALES = {"marking_signs": 25_000, "record_points": 25_000, "mine_rows": 50_000,
                 "aerial_detections": 50_000}
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
    elif name in AERIAL_RENDERERS:
        layer.setRenderer(AERIAL_RENDERERS[name](tr))
        if name == "hazard_proposals":
            _label(layer, "proposal_id", "#67001F", max_scale_denominator=label_scale,
                   priority=5)
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
