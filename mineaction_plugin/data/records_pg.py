"""Minefield records into a PostGIS project: the server is the second process already."""

from ..core.i18n import tr
from . import geopackage, gpkg_sql
from . import gpkg_ddl as ddl
from .records_store import (
    POINT_COLUMNS,
    RECORD_COLUMNS,
    RECORD_TABLES,
    ROW_COLUMNS,
    RecordWriterBase,
)


class _PgBulkInsert:
    """Rows for one table of a PostGIS project, sent a thousand at a time (execute_values)."""

    def __init__(self, cursor, schema_name, table, columns):
        self.cursor = cursor
        self.sql = (f"INSERT INTO {ddl.quote(schema_name)}.{ddl.quote(table)} ("
                    + ", ".join(ddl.quote(c) for c in columns + ["geom"]) + ") VALUES %s")
        self.template = "(" + ", ".join(["%s"] * len(columns)) + \
            ", ST_SetSRID(ST_GeomFromWKB(%s), 4326))"
        self.rows = []

    def add(self, values, blob, bounds):
        self.rows.append([*values, gpkg_sql.wkb(blob)])

    def flush(self):
        if self.rows:
            from psycopg2.extras import execute_values
            execute_values(self.cursor, self.sql, self.rows, template=self.template,
                           page_size=1000)
            self.rows = []

    def finish(self):
        self.flush()


class PgRecordWriter(RecordWriterBase):
    """_Writer for a PostGIS project: the same rows, sent a thousand at a time."""

    def __init__(self, target, on_duplicate="reject", source_file=""):
        import psycopg2

        from . import postgis
        if postgis.inspect(target).needs_upgrade:
            raise geopackage.DatabaseError(tr("The database must be upgraded before records "
                                              "are imported into it."))
        super().__init__(on_duplicate, source_file)
        self.errors = (psycopg2.Error,)
        self.schema = target.schema
        self.connection = postgis.connect(target)
        self.cursor = self.connection.cursor()
        self.cursor.execute("SELECT current_user")   # the server's login, as its triggers
        self.stamp[0] = self.stamp[1] = self.cursor.fetchone()[0]
        self.tables = (_PgBulkInsert(self.cursor, self.schema, "minefield_records",
                                     RECORD_COLUMNS),
                       _PgBulkInsert(self.cursor, self.schema, "record_points", POINT_COLUMNS),
                       _PgBulkInsert(self.cursor, self.schema, "mine_rows", ROW_COLUMNS))

    def _commit(self):
        self.connection.commit()

    def _close(self):
        self.connection.close()

    def abort(self):
        if self.connection is not None:
            self.connection.rollback()
            self.connection.close()
            self.connection = None
        self.written = 0

    def _existing(self, ids):
        self.cursor.execute(f"SELECT record_id FROM {ddl.quote(self.schema)}.minefield_records "
                            f"WHERE record_id = ANY(%s)", (ids,))
        return {row[0] for row in self.cursor.fetchall()}

    def _delete(self, ids):
        for name in RECORD_TABLES:
            self.cursor.execute(f"DELETE FROM {ddl.quote(self.schema)}.{ddl.quote(name)} "
                                f"WHERE record_id = ANY(%s)", (ids,))
