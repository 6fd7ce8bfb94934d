"""PostgreSQL projects through QGIS's own connections, passwords from its authentication database.

"connection=<name> schema=<schema>" names a connection made in QGIS (Browser ▸ PostgreSQL ▸ New
Connection). Host, port, database and user come from it; a password only from its
authentication configuration (authcfg), resolved in memory when a connection is opened and
never written into a parameter, a setting, a project or a log.
"""
from qgis.core import QgsApplication, QgsDataSourceUri, QgsProviderRegistry

from ..core.i18n import tr
from ..data import postgis


def _connection_uri(name):
    """The data source of QGIS PostgreSQL connection `name` (authcfg in it, not a password)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connections = metadata.connections() if metadata is not None else {}
    if name not in connections:
        raise postgis.DatabaseError(tr("There is no QGIS PostgreSQL connection called "
                                       "'{name}' (Browser ▸ PostgreSQL ▸ New Connection).")
                                    .format(name=name))
    return QgsDataSourceUri(connections[name].uri())


def resolve(name):
    uri = _connection_uri(name)
    password = uri.password()
    if uri.authConfigId():
        # the method adds user='…' and password='…' items to the list it is given
        ok, items = QgsApplication.authManager().updateDataSourceUriItems(
            [], uri.authConfigId(), "postgres")
        if not ok:
            raise postgis.DatabaseError(tr("The authentication configuration of connection "
                                           "'{name}' could not be read (is the master "
                                           "password set?).").format(name=name))
        resolved = QgsDataSourceUri(" ".join(items))
        uri.setUsername(resolved.username() or uri.username())
        password = resolved.password()
    parts = []
    for key, value in (("service", uri.service()), ("host", uri.host()), ("port", uri.port()),
                       ("dbname", uri.database()), ("user", uri.username())):
        if value:
            parts.append(f"{key}={value}")
    if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer,):
        parts.append(f"sslmode={QgsDataSourceUri.encodeSslMode(uri.sslMode())}")
    return postgis.Target(" ".join(parts), postgis.DEFAULT_SCHEMA, password or "")


def layer_source(name, schema_name, table, geometry_type):
    """A postgres layer source for a table of the project behind QGIS connection `name`: the
    connection's own settings and authcfg, so no password is in it."""
    uri = _connection_uri(name)
    uri.setDataSource(schema_name, table, "geom" if geometry_type else None, "", "fid")
    if geometry_type:
        uri.setSrid("4326")
    if geometry_type == "Geometry":   # mixed shapes: drawn by their lines (project_db.py)
        from qgis.core import QgsWkbTypes
        uri.setWkbType(QgsWkbTypes.Type.LineString)
    return uri.uri(False)


def install():
    """Let the data layer open "connection=<name>" projects through QGIS."""
    from ..data import project_db
    postgis.CONNECTION_RESOLVER = resolve
    project_db.QGIS_LAYER_SOURCE = layer_source
