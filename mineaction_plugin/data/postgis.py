"""A project database on PostgreSQL/PostGIS: where it is, create, inspect, upgrade, and the
conflict-checked update several officers need.

A target is written as a libpq connection URI or key/value string plus the schema that holds
the project, e.g. ``postgresql://officer@db.anama.local:5432/mineaction?schema=aghdam`` or
``service=anama schema=aghdam``. Passwords are never part of it: libpq takes them from the
environment, ~/.pgpass or a service file, and the plugin's dock passes them from the QGIS
authentication database (adapters/pg_connections.py). psycopg2 does the talking.
"""
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..core import schema
from ..core.conninfo import has_password, looks_like_postgres, without_password
from ..core.i18n import tr
from . import pg_ddl
from .geopackage import DatabaseError, DatabaseInfo, schema_version_of
from .gpkg_ddl import literal, quote

DEFAULT_SCHEMA = "mineaction"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class Target:
    conninfo: str        # libpq connection string without the schema
    schema: str
    password: str = ""   # only ever set in memory, from the QGIS authentication database

    def label(self):
        """Where the project lives, fit for messages and logs (no password)."""
        return f"{without_password(self.conninfo)} schema={self.schema}"


# Set by the plugin when QGIS is there (adapters/pg_connections.py): resolves
# "connection=<QGIS connection name>" into a Target, password from the authentication database.
CONNECTION_RESOLVER = None


def is_postgres(text):
    """A PostgreSQL target (URI or libpq key=value string), or anything holding a password,
    which parse_target() then refuses without ever treating it as a file name to echo."""
    return looks_like_postgres((text or "").strip() if isinstance(text, str) else "")


def parse_target(text):
    """A Target from a URI, a key=value string or "connection=<QGIS connection name>"; the
    schema defaults to "mineaction". A password written into the string is refused: it would
    end up in Processing's history and in project files."""
    text = text.strip()
    if has_password(text):
        raise DatabaseError(tr("Write no password into the database string: store it in the "
                               "QGIS authentication database (a QGIS connection with an "
                               "authentication configuration), in ~/.pgpass or in a service "
                               "file."))
    if text.startswith("connection="):
        pairs = _pairs(text)
        name = pairs.get("connection", "")
        if CONNECTION_RESOLVER is None:
            raise DatabaseError(tr("QGIS connections can only be used inside QGIS."))
        target = CONNECTION_RESOLVER(name)
        schema_name = pairs.get("schema", DEFAULT_SCHEMA)
        if not _NAME.match(schema_name):
            raise DatabaseError(tr("'{schema}' is not a schema name this plugin creates "
                                   "(lower-case letters, digits and _, not starting with a "
                                   "digit).").format(schema=schema_name))
        return Target(target.conninfo, schema_name, target.password)
    if text.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(text)
        query = dict(parse_qsl(parts.query))
        schema_name = query.pop("schema", DEFAULT_SCHEMA)
        conninfo = urlunsplit(parts._replace(query=urlencode(query)))
    else:
        pairs = re.findall(r"(\w+)=('(?:[^'\\]|\\.)*'|\S+)", text)
        values = {k: v.strip("'") for k, v in pairs}
        schema_name = values.pop("schema", DEFAULT_SCHEMA)
        conninfo = " ".join(f"{k}={v}" for k, v in values.items())
    if not _NAME.match(schema_name):
        raise DatabaseError(tr("'{schema}' is not a schema name this plugin creates (lower-case "
                               "letters, digits and _, not starting with a digit).").format(
                                   schema=schema_name))
    return Target(conninfo, schema_name)


def _pairs(text):
    """key=value pairs of a libpq-style string, quoted values ('a b') unquoted."""
    return {k: v[1:-1] if v.startswith("'") else v
            for k, v in re.findall(r"(\w+)=('(?:[^'\\]|\\.)*'|\S+)", text)}


def connection_name(text):
    """The QGIS connection named by "connection=<name> …", else None."""
    text = text.strip()
    return _pairs(text).get("connection") if text.startswith("connection=") else None


def connect(target):
    try:
        import psycopg2
    except ImportError:
        raise DatabaseError(tr("PostgreSQL needs the Python module psycopg2 (Debian: "
                               "python3-psycopg2; it comes with QGIS on Windows)."))
    try:
        if target.password:
            return psycopg2.connect(target.conninfo, password=target.password)
        return psycopg2.connect(target.conninfo)
    except psycopg2.Error as error:
        raise DatabaseError(tr("Cannot connect to {where}: {reason}").format(
            where=without_password(target.conninfo),
            reason=without_password(str(error).strip())))


def create(target, version=schema.SCHEMA_VERSION):
    """Create the project schema (which must not exist) in one transaction."""
    import psycopg2
    connection = connect(target)
    try:
        with connection:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                               (target.schema,))
                if cursor.fetchone():
                    raise DatabaseError(tr("Schema {schema} already exists in {where}; choose "
                                           "a new name.").format(schema=target.schema,
                                                                 where=target.label()))
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
                if not cursor.fetchone():
                    try:
                        cursor.execute("CREATE EXTENSION postgis")
                    except psycopg2.Error as error:
                        raise DatabaseError(tr("PostGIS is not installed in {where} and could not "
                                               "be added: {reason}").format(
                                                   where=target.label(),
                                                   reason=str(error).strip()))
                for statement in pg_ddl.create_schema(target.schema, version):
                    cursor.execute(statement)
    finally:
        connection.close()
    return inspect(target)


def inspect(target):
    """Schema name and version, refusing what is not a project schema."""
    import psycopg2
    connection = connect(target)
    try:
        with connection.cursor() as cursor:
            try:
                cursor.execute(f"SELECT key, value FROM {quote(target.schema)}."
                               f"{pg_ddl.META_TABLE}")
            except psycopg2.Error:
                raise DatabaseError(tr("{where} is not a mine action project database.").format(
                    where=target.label()))
            meta = dict(cursor.fetchall())
    finally:
        connection.close()
    if meta.get("schema_name") != schema.SCHEMA_NAME:
        raise DatabaseError(tr("{where} is not a mine action project database.").format(
            where=target.label()))
    version = schema_version_of(meta, target.label())
    if version > schema.SCHEMA_VERSION:
        raise DatabaseError(tr("{name} was made by a newer version of the plugin (schema "
                               "{found}, this plugin knows {known}). Update the plugin.").format(
            name=target.label(), found=version, known=schema.SCHEMA_VERSION))
    return DatabaseInfo(target.label(), version)


def upgrade(target):
    """Bring an older project schema to the current version in one transaction."""
    info = inspect(target)
    if not info.needs_upgrade:
        return info
    connection = connect(target)
    try:
        with connection:
            with connection.cursor() as cursor:
                for statement in pg_ddl.upgrade_statements(target.schema, info.version):
                    cursor.execute(statement)
    finally:
        connection.close()
    return inspect(target)


def counts(target):
    connection = connect(target)
    try:
        with connection.cursor() as cursor:   # two round trips: the dock asks after each save
            # the tables this login may read (victim assistance's are refused to most)
            cursor.execute("SELECT " + ", ".join(
                f"has_table_privilege({literal(quote(target.schema) + '.' + quote(layer.name))}"
                f", 'SELECT')" for layer in schema.LAYERS))
            readable = [layer.name for layer, ok in zip(schema.LAYERS, cursor.fetchone()) if ok]
            cursor.execute("SELECT " + ", ".join(
                f"(SELECT count(*) FROM {quote(target.schema)}.{quote(name)})"
                for name in readable))
            return dict(zip(readable, cursor.fetchone()))
    finally:
        connection.close()


class Conflict(DatabaseError):
    """Someone else saved the row after it was read: nothing was written."""


def update_checked(connection, target, layer_name, key, values, read_version, user=None):
    """UPDATE one row by its business key, only if it is still at `read_version`.

    values: {column: value}. The database refuses a stale version (pg_ddl.touch_row); the
    error becomes a Conflict naming who changed the row and when. Returns the new version."""
    import psycopg2
    layer = schema.layer(layer_name)
    values = dict(values, row_version=read_version)
    if user:   # else the server stamps its login (pg_ddl.touch_row)
        values["modified_by"] = user
    assignments = ", ".join(f"{quote(k)} = %s" for k in values)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {quote(target.schema)}.{quote(layer_name)} SET {assignments} "
                           f"WHERE {quote(layer.id_field)} = %s RETURNING row_version",
                           list(values.values()) + [key])
            row = cursor.fetchone()
        if row is None:
            raise DatabaseError(tr("There is no {id} in {layer}.").format(id=key,
                                                                          layer=layer_name))
        connection.commit()
        return row[0]
    except psycopg2.Error as error:
        connection.rollback()
        raise refusal(error, key) from error


def refusal(error, key):
    """A psycopg2 error of an update of `key` as the user should read it: a Conflict (someone
    saved the row since it was read), a read-only role, or the database's own reason."""
    message = str(error).strip().splitlines()[0]
    if pg_ddl.CONFLICT in message:
        return Conflict(tr("{id} was changed by someone else since you read it: {detail}. "
                           "Nothing was saved; reload and decide again.").format(
                               id=key, detail=message.split(": ", 1)[-1]))
    if getattr(error, "pgcode", None) == "42501":
        return DatabaseError(tr("The database refused the change: your role may only read "
                                "this project ({reason}).").format(reason=message))
    return DatabaseError(tr("The database refused the change: {reason}").format(
        reason=message))
