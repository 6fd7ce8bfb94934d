"""mineaction:createroles — a read-only viewer role and an editor role on a PostGIS project."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ..core.i18n import N_, tr
from ..data import geopackage, pg_ddl, postgis
from .base import MineActionAlgorithm


class CreateRolesAlgorithm(MineActionAlgorithm):
    NAME = "createroles"
    DISPLAY_NAME = N_("Create database roles")
    HELP = N_("On a PostgreSQL/PostGIS project database: a viewer role that may only read the "
              "project schema and an editor role that may change it (the status history stays "
              "append-only for everyone), and <schema>_victim_assistance, the only role besides "
              "the owner that may read or write victims' personal data, needs and assistance. "
              "Officers' logins are then granted one of them (GRANT <role> TO <login>). The "
              "database itself refuses what a role does not allow.")
    DATABASE, VIEWER, EDITOR = "DATABASE", "VIEWER", "EDITOR"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, tr("PostgreSQL project (URI or key=value with schema=…)")))
        self.addParameter(QgsProcessingParameterString(self.VIEWER, tr("Viewer role"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.EDITOR, tr("Editor role"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputString(self.VIEWER, tr("Viewer role")))
        self.addOutput(QgsProcessingOutputString(self.EDITOR, tr("Editor role")))
        self.addOutput(QgsProcessingOutputString("VICTIM_ASSISTANCE",
                                                 tr("Victim-assistance role")))

    def processAlgorithm(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.DATABASE, context)
        if not postgis.is_postgres(text):
            raise QgsProcessingException(tr("Roles are a PostgreSQL matter: DATABASE must be a "
                                            "PostgreSQL target, not {path}.").format(path=text))
        try:
            target = postgis.parse_target(text)
            postgis.inspect(target)
            viewer = (self.parameterAsString(parameters, self.VIEWER, context) or
                      f"{target.schema}_viewer").strip()
            editor = (self.parameterAsString(parameters, self.EDITOR, context) or
                      f"{target.schema}_editor").strip()
            connection = postgis.connect(target)
            try:
                with connection:
                    with connection.cursor() as cursor:
                        for statement in pg_ddl.roles_sql(target.schema, viewer, editor):
                            cursor.execute(statement)
            finally:
                connection.close()
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        except Exception as error:  # psycopg2.Error: e.g. not allowed to create roles
            raise QgsProcessingException(tr("The roles were not created: {reason}").format(
                reason=str(error).strip()))
        assistance = pg_ddl.assistance_role(target.schema)
        feedback.pushInfo(tr("Roles {viewer} (read only), {editor} (edit) and {assistance} "
                             "(victims' personal data) on schema {schema}.").format(
                                 viewer=viewer, editor=editor, assistance=assistance,
                                 schema=target.schema))
        return {self.VIEWER: viewer, self.EDITOR: editor, "VICTIM_ASSISTANCE": assistance}
