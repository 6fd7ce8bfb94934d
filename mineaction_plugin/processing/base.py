"""What every algorithm of the provider shares: translation, the provider's group, and the
project database parameter."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFile

from ..core.i18n import tr
from ..data import geopackage, project_db


def database_parameter(name, description=None, optional=False):
    """A project database: a .gpkg file, or a PostgreSQL project typed in
    (`connection='<QGIS connection>' schema=…`, a URI or service with schema=…). A file filter
    rather than an extension, so that Processing does not refuse the PostgreSQL form."""
    return QgsProcessingParameterFile(
        name, description or tr("Project database (GeoPackage, or connection='…' schema=…)"),
        optional=optional, fileFilter=tr("GeoPackage (*.gpkg);;All files (*)"))


def check_database(database):
    """Refuse, with the reason, what is not a project database this plugin can use."""
    try:
        return project_db.inspect(database)
    except geopackage.DatabaseError as error:
        raise QgsProcessingException(str(error))


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP_ID/GROUP and HELP (English, translated here)."""
    NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = "database"
    GROUP = "Database"
    HELP = ""

    def name(self):
        return self.NAME

    def displayName(self):
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        return tr(self.HELP)

    def createInstance(self):
        return type(self)()
