"""What every algorithm of the provider shares: translation, the provider's group, the
project database parameter and the rules for outputs."""
import os
from contextlib import contextmanager

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFile

from ..core import outputs, schema
from ..core.i18n import tr
from ..data import geopackage, project_db


def database_parameter(name, description=None, optional=False):
    """A project database: a .gpkg file, or a PostgreSQL project typed in
    (`connection='<QGIS connection>' schema=…`, a URI or service with schema=…). A file filter
    rather than an extension, so that Processing does not refuse the PostgreSQL form."""
    return QgsProcessingParameterFile(
        name, description or tr("Project database (GeoPackage, or connection='…' schema=…)"),
        optional=optional, fileFilter=tr("GeoPackage (*.gpkg);;All files (*)"))


HAZARD_ID_PATTERN = "HAZARD_ID_PATTERN"


def hazard_id_pattern_parameter():
    """How new hazards are named; the dock passes the officer's setting, qgis_process and
    models get the same default on every machine."""
    from qgis.core import QgsProcessingParameterString

    from ..core.hazard_ids import DEFAULT_PATTERN
    return QgsProcessingParameterString(
        HAZARD_ID_PATTERN, tr("Hazard id pattern ({district}, {seq})"), DEFAULT_PATTERN,
        optional=True)


def hazard_id_pattern(algorithm, parameters, context):
    from ..core.hazard_ids import DEFAULT_PATTERN, pattern_problem
    pattern = (algorithm.parameterAsString(parameters, HAZARD_ID_PATTERN, context) or
               "").strip() or DEFAULT_PATTERN
    problem = pattern_problem(pattern)
    if problem:
        raise QgsProcessingException(f"{HAZARD_ID_PATTERN}: {problem}")
    return pattern


def check_database(database):
    """Refuse, with the reason, what is not a project database this plugin can use as it is:
    not one, damaged, or made by an older version (which mineaction:upgradedatabase brings
    up to date after a backup)."""
    try:
        info = project_db.inspect(database)
    except geopackage.DatabaseError as error:
        raise QgsProcessingException(str(error))
    if info.needs_upgrade:
        raise QgsProcessingException(tr(
            "{database} was made by an older version of the plugin (schema {found}, now "
            "{known}): upgrade it first (Upgrade project database, which keeps a backup).")
            .format(database=info.path, found=info.version, known=schema.SCHEMA_VERSION))
    return info


def checked_output(path, extensions, protected=(), label="OUTPUT"):
    """`path` if the plugin may write there (core/outputs.py says what it never writes over)."""
    try:
        return outputs.check_output(path, extensions, protected, label)
    except outputs.OutputRefused as error:
        raise QgsProcessingException(str(error))


def sink_file(destination):
    """The file a feature sink's destination string writes, or None (memory, PostGIS…)."""
    destination = (destination or "").strip()
    if not destination or destination.startswith(("memory:", "postgres:", "postgis:")) \
            or destination == "TEMPORARY_OUTPUT":
        return None
    if destination.startswith("ogr:"):
        for item in destination[4:].split():
            if item.startswith("dbname="):
                return item[len("dbname="):].strip("'\"")
        return None
    return destination.split("|")[0]


def check_sink(algorithm, parameters, name, context, protected=()):
    """Refuse a feature sink aimed at a project database (QGIS would create the file anew or
    add a table to it) or at a file of another kind than a vector layer."""
    path = sink_file(algorithm.parameterAsOutputLayer(parameters, name, context))
    if path and os.path.exists(path):
        checked_output(path, (os.path.splitext(path)[1].lower(),), protected, name)
    elif path:
        checked_output(path, (), protected, name)


def written_into_place(feedback, path):
    """outputs.written_into_place, telling the log of a partial output left by a killed run."""
    return outputs.written_into_place(path, say=feedback.pushWarning if feedback else None)


# Expression functions that write (sqlite_fetch_and_increment changes the table it reads) or
# run text as an expression (which could call one): never in an expression the user gives
# to select what to read.
WRITING_FUNCTIONS = ("sqlite_fetch_and_increment", "eval", "eval_template")


@contextmanager
def all_or_nothing(db):
    """A project_db transaction in which any failure is worded "Nothing was written: …"
    (a QgsProcessingException passes as it is); a cancel checked inside rolls back too."""
    try:
        with db.transaction():
            yield db
    except QgsProcessingException:
        raise
    except Exception as error:
        raise QgsProcessingException(tr("Nothing was written: {reason}").format(reason=error))


def read_only_expression(text, label):
    """A parsed QgsExpression of `text` that can only read; QgsProcessingException otherwise."""
    from qgis.core import QgsExpression
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise QgsProcessingException(tr("{label}: {filter} is not a valid expression: "
                                        "{reason}").format(label=label, filter=text,
                                                           reason=expression.parserErrorString()))
    used = {name.lower() for name in expression.referencedFunctions()}
    writing = sorted(used.intersection(WRITING_FUNCTIONS))
    if writing:
        raise QgsProcessingException(tr("{label}: {functions} may change data and is not "
                                        "allowed in an expression that selects what to "
                                        "read.").format(label=label, functions=", ".join(writing)))
    return expression


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

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """QGIS checks each number against its minimum and maximum, but NaN passes both
        comparisons (and a NaN buffer crashes GEOS): refuse NaN and infinities by name."""
        import math

        from qgis.core import QgsProcessingParameterNumber
        for definition in self.parameterDefinitions():
            name = definition.name()
            if not isinstance(definition, QgsProcessingParameterNumber) \
                    or parameters.get(name) in (None, ""):
                continue
            value = self.parameterAsDouble(parameters, name, context)
            if not math.isfinite(value):
                return False, tr("{name}: {value} is not a number that can be used.").format(
                    name=definition.description() or name, value=parameters.get(name))
        return super().checkParameterValues(parameters, context)


def write_rejected_rows(algorithm, parameters, context, name, lead, originals, rows):
    """The rows an import refused, to the feature sink `name` (a table): the `lead` columns
    (`row` an integer, the rest text) then the file's own `originals`; rows are (lead values,
    {original column: value}). Cells a spreadsheet would run are guarded in CSV/XLSX.
    Returns {name: destination}, or {} when the sink was not asked for."""
    from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsWkbTypes

    from ..compat import field_type
    from ..core.spreadsheet import safe_cell
    if parameters.get(name) is None:
        return {}
    fields = QgsFields()
    for column in lead:
        fields.append(QgsField(column, field_type("int" if column == "row" else "text")))
    for column in originals:
        fields.append(QgsField(column, field_type("text")))
    sink, destination = algorithm.parameterAsSink(parameters, name, context, fields,
                                                  QgsWkbTypes.Type.NoGeometry)
    if sink is None:
        return {}
    target = (sink_file(destination) or "").lower()
    guard = safe_cell if target.endswith((".csv", ".xlsx", ".ods")) else (lambda v: v)
    for values, original in rows:
        feature = QgsFeature()
        feature.setAttributes([values[0]] + [guard(v) for v in values[1:]] +
                              [guard(original.get(c, "")) for c in originals])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return {name: destination}
