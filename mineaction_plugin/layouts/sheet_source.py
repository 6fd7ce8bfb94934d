"""Where a task sheet's content comes from: the officer's sheet settings, the sheet's
translator and fonts, and the project's layers and features (TaskSheetSource)."""
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtGui import QFontDatabase

from ..adapters.expressions import field_equals
from ..adapters.qgis_geodesy import ellipsoid_measure
from ..compat import translate_with
from ..core import schema
from ..core.i18n import CONTEXT, tr
from ..data import project_db
from ..styles.symbology import apply_style
from ..toolbelt import PLUGIN_DIR, setting
from . import template as sheet_template

LANGUAGES = ("en", "az", "ru")
# drawn on the main map, top first
MAP_LAYERS = ("eo_finds", "aerial_detections", "marking_signs", "marking_lines", "tasks",
              "hazard_proposals", "land_release", "hazards")
OVERVIEW_LAYERS = ("tasks", "hazards")
SHEET_LAYERS = MAP_LAYERS + ("minefield_records", "record_points")   # all a sheet reads
FONT_DIR = os.path.join(PLUGIN_DIR, "fonts")


class SheetError(Exception):
    """A task whose sheet cannot be made; the message names the task and the reason."""


def register_fonts():
    """Make the shipped DejaVu Sans available where the system lacks it (it covers Latin with
    ə ğ ı ş ç ö ü and Cyrillic), so sheets look the same on every machine."""
    if sheet_template.FONT_FAMILY in QFontDatabase().families():
        return
    for name in sorted(os.listdir(FONT_DIR)) if os.path.isdir(FONT_DIR) else []:
        if name.endswith(".ttf"):
            QFontDatabase.addApplicationFont(os.path.join(FONT_DIR, name))


def sheet_translator(language):
    """text -> text in `language` (en, az or ru), independent of the user interface language."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    if language == "en":
        return lambda text: text
    translator = QTranslator()
    path = os.path.join(PLUGIN_DIR, "i18n", f"mineaction_{language}.qm")
    if not translator.load(path):
        raise ValueError(f"the {language} translation is missing ({path})")

    def translate(text):
        return translate_with(translator, CONTEXT, text) or text
    translate.translator = translator  # kept alive with the function
    return translate


# What a sheet says besides the database: the same on every machine unless given
# (mineaction:exporttasksheets parameters); the dock fills them from its settings.
SHEET_DEFAULTS = {"programme": "ANAMA — Azerbaijan National Agency for Mine Action",
                  "safety_notes": "", "emergency": "", "finds_distance_m": 500.0,
                  "declination": ""}


def sheet_settings():
    """The officer's sheet settings (Task sheets ▸ Settings…), for the dock to pass on."""
    return {
        "programme": setting("programme_name", SHEET_DEFAULTS["programme"]),
        "safety_notes": setting("safety_notes", SHEET_DEFAULTS["safety_notes"]),
        "emergency": setting("emergency_contacts", SHEET_DEFAULTS["emergency"]),
        "finds_distance_m": float(setting("finds_distance_m",
                                          SHEET_DEFAULTS["finds_distance_m"])),
        "declination": setting("declination_deg", SHEET_DEFAULTS["declination"]),
    }


class TaskSheetSource:
    """The database layers a sheet draws and reads, styled in the sheet's language."""

    def __init__(self, database, translate, project=None, layers=None):
        self.database = database
        self.translate = translate
        self.project = project or QgsProject()
        if layers is None:
            layers = {}
            for name in SHEET_LAYERS:
                source, provider = project_db.layer_source(database, name)
                layer = QgsVectorLayer(source, translate(schema.layer(name).title), provider)
                if not layer.isValid():
                    raise SheetError(tr("Layer {layer} of {path} could not be loaded.").format(
                        layer=name, path=database))
                apply_style(layer, name, translate, for_print=True)
                layers[name] = layer
            self.project.addMapLayers(list(layers.values()), False)
        self.layers = layers
        self.measure = ellipsoid_measure(self.project.transformContext())

    def feature(self, layer_name, field, value):
        request = QgsFeatureRequest().setFilterExpression(field_equals(field, value))
        return next(self.layers[layer_name].getFeatures(request), None)

    def features(self, layer_name, expression=None, rect=None):
        request = QgsFeatureRequest()
        if expression:
            request.setFilterExpression(expression)
        if rect is not None:
            request.setFilterRect(rect)
        return list(self.layers[layer_name].getFeatures(request))


