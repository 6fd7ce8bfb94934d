"""Settings, logging and translation plumbing shared by the GUI and the algorithms."""
import os

from qgis.core import Qgis, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import hazard_ids, i18n

LOG_TAG = "Mine Action"
SETTINGS_GROUP = "mineaction"
PLUGIN_DIR = os.path.dirname(__file__)
_translator = None


def log(message, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


# The officer's settings that have a default, with it: one place, and each read as its type.
DEFAULTS = {
    "hazard_id_pattern": hazard_ids.DEFAULT_PATTERN,
    "inspection_interval_days": 90,   # marking older than this is drawn as overdue
    "sheet_language": "en",
    "task_days": 30,
}


def tell(iface, text, level=Qgis.MessageLevel.Info, duration=5):
    """Say something to the officer: in QGIS's message bar, and in its log (Mine Action tab)
    where it stays after the bar has closed."""
    iface.messageBar().pushMessage(i18n.tr("Mine Action"), text, level, duration)
    log(text, level)


def setting(key, default=None):
    """A setting of the plugin; without `default`, the one DEFAULTS gives it, and the value read
    as the default's type (QGIS keeps settings as text on some platforms)."""
    if default is None:
        default = DEFAULTS.get(key)
    value = QgsSettings().value(f"{SETTINGS_GROUP}/{key}", default)
    if isinstance(default, (int, float)) and not isinstance(default, bool) \
            and value not in (None, ""):
        try:
            return type(default)(float(value))
        except (TypeError, ValueError):
            return default
    return value


def set_setting(key, value):
    QgsSettings().setValue(f"{SETTINGS_GROUP}/{key}", value)


def user_language():
    """Two-letter language QGIS runs in (its own setting wins over the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = settings.value("locale/userLocale", "") or QLocale.system().name()
    return (locale or "en")[:2]


def install_translator(language=None):
    """Load the .qm of the user's language (if shipped) and route core.i18n.tr() through Qt."""
    global _translator
    language = language or user_language()
    path = os.path.join(PLUGIN_DIR, "i18n", f"mineaction_{language}.qm")
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    if os.path.exists(path):
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    i18n.set_translator(lambda text: QCoreApplication.translate(i18n.CONTEXT, text))
    return _translator is not None
