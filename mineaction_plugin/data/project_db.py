"""One way to read and write a project database, whether a GeoPackage or a PostGIS schema.

Algorithms write their SQL once with `?` placeholders and `db.t(layer)` for table names; the
two engines differ only in what this module hides: placeholders, schema-qualified names,
geometry as GeoPackage blobs or PostGIS geometries, and the optimistic lock of a shared
database (row_version, checked by the database on every update).
"""
import sqlite3
from contextlib import contextmanager

from ..core import schema
from ..core.i18n import tr
from . import geopackage, gpkg_sql, postgis
from .gpkg_ddl import quote

BULK_ROWS = 5000   # rows held before they are sent (memory stays flat for national files)


def open_project(text):
    """A GpkgProject or PgProject for a .gpkg path or a PostgreSQL target string."""
    if postgis.is_postgres(text):
        return PgProject(postgis.parse_target(text))
    return GpkgProject(text)


# Set inside QGIS (adapters/pg_connections.py): the layer source of a table behind a QGIS
# connection, keeping its authentication configuration rather than a password.
QGIS_LAYER_SOURCE = None


def layer_source(database, layer_name):
    """(data source, provider key) of one layer of the project, for a QgsVectorLayer."""
    if postgis.is_postgres(database):
        target = postgis.parse_target(database)
        layer = schema.layer(layer_name)
        name = postgis.connection_name(database)
        if name and QGIS_LAYER_SOURCE is not None:
            return QGIS_LAYER_SOURCE(name, target.schema, layer_name, layer.geometry), \
                "postgres"
        parts = [f"{k}='{v}'" for k, v in dsn(target.conninfo).items()]
        parts.append("key='fid'")
        if layer.geometry:
            # a layer of mixed shapes (infrastructure) is drawn by its lines, as QGIS draws the
            # same GeoPackage layer; the algorithms read every shape
            shown = "LineString" if layer.geometry == "Geometry" else layer.geometry
            parts += ["srid=4326", f"type={shown}"]
        parts.append(f'table="{target.schema}"."{layer_name}"' +
                     (" (geom)" if layer.geometry else ""))
        return " ".join(parts), "postgres"
    return geopackage.layer_uri(database, layer_name), "ogr"


def dsn(conninfo):
    """libpq parameters as a dict (a URI or key=value string)."""
    from psycopg2.extensions import parse_dsn
    return parse_dsn(conninfo)


def inspect(database):
    """DatabaseInfo of a GeoPackage or a PostGIS project (DatabaseError if it is neither)."""
    if postgis.is_postgres(database):
        return postgis.inspect(postgis.parse_target(database))
    return geopackage.inspect(database)


def counts(database):
    """{layer: feature count} of a GeoPackage or a PostGIS project."""
    if postgis.is_postgres(database):
        return postgis.counts(postgis.parse_target(database))
    return geopackage.counts(database)


class _Project:
    """A project database open for one piece of work: `with open_project(x) as db: …`."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class _TableRows:
    """GpkgProject.bulk for a table without geometry: one prepared statement, many rows."""

    def __init__(self, connection, table, columns, stamps):
        self.connection, self.stamps, self.rows = connection, stamps, []
        self.sql = (f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns) +
                    ") VALUES (" + ", ".join("?" * len(columns)) + ")")

    def add(self, values, wkb=None, bounds=None):
        self.rows.append([*values, *self.stamps])
        if len(self.rows) >= BULK_ROWS:
            self.finish()

    def finish(self):
        if self.rows:
            self.connection.executemany(self.sql, self.rows)
            self.rows = []


class GpkgProject(_Project):
    def __init__(self, path):
        self.path = path
        geopackage.inspect(path)
        self.connection = gpkg_sql.connect(path)
        self.label = path

    def t(self, name):
        return quote(name)

    def user(self):
        """Who is writing: the account of this computer (a GeoPackage has no logins)."""
        return gpkg_sql.account_name()

    def rows(self, sql, args=()):
        return self.connection.execute(sql, list(args)).fetchall()

    def execute(self, sql, args=()):
        self.connection.execute(sql, list(args))

    def one(self, sql, args=()):
        return self.connection.execute(sql, list(args)).fetchone()

    @contextmanager
    def transaction(self):
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise gpkg_sql.worded_error(error, self.path) from error
        try:
            yield self
            self.connection.execute("COMMIT")
        except BaseException as error:
            if self.connection.in_transaction:   # SQLite may have rolled back already
                self.connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise gpkg_sql.worded_error(error, self.path) from error
            raise

    def geometry_column(self):
        return "geom"

    def wkb(self, value):
        return gpkg_sql.wkb(value) if value is not None else None

    def insert(self, table, values, wkb=None, bounds=None):
        if wkb is None:
            columns = ", ".join(quote(c) for c in values)
            self.execute(f"INSERT INTO {quote(table)} ({columns}) VALUES "
                         f"({', '.join('?' * len(values))})", list(values.values()))
        else:
            gpkg_sql.insert_feature(self.connection, table, values, gpkg_sql.blob(wkb, bounds),
                                    bounds)

    def record_creation(self, entity, entity_id, field, new_value, reason):
        """The first status_history line of a row this transaction inserted."""
        now, user = gpkg_sql.now_iso(), self.user()
        self.insert("status_history", {
            "entity": entity, "entity_id": entity_id, "field": field, "old_value": None,
            "new_value": new_value, "changed_at": now, "changed_by": user, "reason": reason,
            "created_at": now, "created_by": user})

    def bulk(self, table, columns):
        """Many rows of one table in this transaction: `.add(values, wkb, bounds)` (values in
        the order of `columns`; wkb None for a table), `.finish()`; stamped with who wrote
        them."""
        user = self.user()
        if schema.layer(table).geometry is None:
            return _TableRows(self.connection, table, list(columns) + ["created_by",
                                                                       "modified_by"],
                              [user, user])
        writer = gpkg_sql.BulkInsert(self.connection, table,
                                     list(columns) + ["created_by", "modified_by"])

        class Rows:
            @staticmethod
            def add(values, wkb, bounds):
                if wkb is None:
                    writer.add_without_geometry([*values, user, user])
                else:
                    writer.add([*values, user, user], gpkg_sql.blob(wkb, bounds), bounds)
                if len(writer.rows) >= BULK_ROWS:
                    writer.flush()
            finish = writer.finish
        return Rows()

    def set_geometry(self, table, fid, wkb, bounds):
        self.execute(f"UPDATE {quote(table)} SET geom = ? WHERE fid = ?",
                     (gpkg_sql.blob(wkb, bounds), fid))
        gpkg_sql.touch_contents(self.connection, table, bounds)

    def update(self, table, key, values, read_version=None):
        """UPDATE one row by its business key (a GeoPackage has one writer at a time: no
        version to check). Returns the number of rows changed."""
        layer = schema.layer(table)
        values = dict(values)
        values.setdefault("modified_by", self.user())
        cursor = self.connection.execute(
            f"UPDATE {quote(table)} SET " + ", ".join(f"{quote(k)} = ?" for k in values) +
            f" WHERE {quote(layer.id_field)} = ?", list(values.values()) + [key])
        return cursor.rowcount

    def close(self):
        self.connection.close()


class PgProject(_Project):
    def __init__(self, target):
        self.target = target
        postgis.inspect(target)
        self.connection = postgis.connect(target)
        with self.connection.cursor() as cursor:   # unqualified names find the project too
            cursor.execute(f"SET search_path TO {quote(target.schema)}, public")
        self.connection.commit()
        self.label = target.label()
        self._user = None

    def t(self, name):
        return f"{quote(self.target.schema)}.{quote(name)}"

    def user(self):
        """Who is writing: the login the server authenticated (the role an officer is granted
        viewer or editor rights through), as its triggers stamp it."""
        if self._user is None:
            self._user = self.one("SELECT current_user")[0]
        return self._user

    def _sql(self, sql):
        return sql.replace("?", "%s")

    def rows(self, sql, args=()):
        with self.connection.cursor() as cursor:
            cursor.execute(self._sql(sql), list(args))
            return cursor.fetchall()

    def execute(self, sql, args=()):
        with self.connection.cursor() as cursor:
            cursor.execute(self._sql(sql), list(args))

    def one(self, sql, args=()):
        with self.connection.cursor() as cursor:
            cursor.execute(self._sql(sql), list(args))
            return cursor.fetchone()

    @contextmanager
    def transaction(self):
        import psycopg2
        try:
            yield self
        except BaseException:
            self.connection.rollback()
            raise
        try:
            self.connection.commit()
        except psycopg2.Error as error:
            self.connection.rollback()
            raise geopackage.DatabaseError(tr("The database refused the change: {reason}")
                                           .format(reason=str(error).strip()))

    def geometry_column(self):
        return "ST_AsBinary(geom)"

    def wkb(self, value):
        return bytes(value) if value is not None else None

    def insert(self, table, values, wkb=None, bounds=None):
        values = dict(values)
        values.setdefault("created_by", self.user())
        values.setdefault("modified_by", values["created_by"])
        columns = [quote(c) for c in values]
        marks = ["%s"] * len(values)
        arguments = list(values.values())
        if wkb is not None:
            columns.append("geom")
            marks.append("ST_SetSRID(ST_GeomFromWKB(%s), 4326)")
            arguments.append(wkb)
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {self.t(table)} ({', '.join(columns)}) VALUES "
                           f"({', '.join(marks)})", arguments)

    def record_creation(self, entity, entity_id, field, new_value, reason):
        """The first status_history line of a row this transaction inserted: written by the
        server (pg_ddl.creation_function), as editors may not write history themselves."""
        self.execute(f"SELECT {quote(self.target.schema)}.record_creation(?, ?, ?, ?, ?)",
                     (entity, entity_id, field, new_value, reason))

    def bulk(self, table, columns):
        """As GpkgProject.bulk; the server's triggers stamp who wrote the rows."""
        from psycopg2.extras import execute_values
        spatial = schema.layer(table).geometry is not None
        sql = (f"INSERT INTO {self.t(table)} (" + ", ".join(quote(c) for c in columns)
               + (", geom" if spatial else "") + ") VALUES %s")
        template = "(" + ", ".join(["%s"] * len(columns)) + \
            (", ST_SetSRID(ST_GeomFromWKB(%s), 4326))" if spatial else ")")
        cursor = self.connection.cursor()
        rows = []

        class Rows:
            @staticmethod
            def add(values, wkb=None, bounds=None):
                rows.append([*values, wkb] if spatial else list(values))
                if len(rows) >= BULK_ROWS:
                    Rows.finish()

            @staticmethod
            def finish():
                if rows:
                    execute_values(cursor, sql, rows, template=template, page_size=1000)
                    rows.clear()
        return Rows()

    def set_geometry(self, table, fid, wkb, bounds):
        self.execute(f"UPDATE {self.t(table)} SET geom = ST_SetSRID(ST_GeomFromWKB(?), 4326) "
                     f"WHERE fid = ?", (wkb, fid))

    def update(self, table, key, values, read_version=None):
        """UPDATE one row by its business key; with `read_version`, the database refuses it
        when someone saved the row since (postgis.Conflict, naming who and when)."""
        import psycopg2
        layer = schema.layer(table)
        values = dict(values)
        values.setdefault("modified_by", self.user())
        if read_version is not None:
            values["row_version"] = read_version
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {self.t(table)} SET " + ", ".join(f"{quote(k)} = %s"
                                                              for k in values) +
                    f" WHERE {quote(layer.id_field)} = %s", list(values.values()) + [key])
                return cursor.rowcount
        except psycopg2.Error as error:
            self.connection.rollback()
            raise postgis.refusal(error, key) from error

    def close(self):
        self.connection.close()
