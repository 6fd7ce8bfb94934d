"""Settings, logging and translation plumbing shared by the GUI and the algorithms."""
import os

from qgis.core import Qgis, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import i18n

LOG_TAG = "Mine Action"
SETTINGS_GROUP = "mineaction"
PLUGIN_DIR = os.path.dirname(__file__)
_translator = None


def log(message, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def setting(key, default=None):
    return QgsSettings().value(f"{SETTINGS_GROUP}/{key}", default)


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
