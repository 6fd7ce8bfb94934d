"""A GeoPackage written by a second Python process while the first one computes.

A national records import spends about half its time inside SQLite. A thread cannot run beside
it (Python's lock goes back and forth on every row), a second process can: the importing
process computes records and sends their rows here; this process inserts them into the
GeoPackage, on the other core, in one transaction.

The parent (records_store.ParallelRecordWriter) writes pickled commands to this process's
standard input and waits for an answer on its standard output twice: after "open" and after
"commit". A failure, "abort", or the end of the input (the parent went away) rolls everything
back, so the database is never half written. Only the standard library and gpkg_sql are used
here: no QGIS, no GDAL, a fast start.

    ("open", path, [(table, columns)], key_sql, delete_tables) → ("ready", existing keys)
    ("rows", table, [(values, blob, bounds)])
    ("delete", keys)                        rows of delete_tables with record_id in keys
    ("commit",)                             → ("done", None) or ("error", reason)
    ("abort",)
"""
import pickle
import sys

from . import gpkg_sql


def serve(source, sink):
    connection = None
    tables = {}
    delete_tables = ()
    failure = None

    def reply(*message):
        pickle.dump(message, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()

    def roll_back():
        if connection is not None:
            try:
                connection.execute("ROLLBACK")
            except Exception:
                pass   # SQLite may have rolled back already
            connection.close()

    while True:
        try:
            message = pickle.load(source)
        except EOFError:
            message = ("abort",)
        command = message[0]
        if command == "abort":
            roll_back()
            return
        if command == "commit":
            if failure is None:
                try:
                    for table in tables.values():
                        table.finish()
                    connection.execute("COMMIT")
                    connection.close()
                    reply("done", None)
                    return
                except Exception as error:
                    failure = str(error).strip() or type(error).__name__
            roll_back()
            reply("error", failure)
            return
        if failure is not None:
            continue   # the transaction failed: the rest is read and dropped until commit
        try:
            if command == "open":
                _, path, specs, key_sql, delete_tables = message
                connection = gpkg_sql.connect(path)
                connection.execute("BEGIN IMMEDIATE")
                tables = {name: gpkg_sql.BulkInsert(connection, name, columns)
                          for name, columns in specs}
                reply("ready", {row[0] for row in connection.execute(key_sql)})
            elif command == "rows":
                table = tables[message[1]]
                for values, blob, bounds in message[2]:
                    table.add(values, blob, bounds)
                table.flush()
            elif command == "delete":
                keys = list(message[1])
                marks = ", ".join("?" * len(keys))
                for name in delete_tables:
                    connection.execute(f"DELETE FROM {gpkg_sql.quote(name)} WHERE record_id IN "
                                       f"({marks})", keys)
        except Exception as error:
            failure = str(error).strip() or type(error).__name__
            if command == "open":
                roll_back()
                reply("error", failure)
                return


def main():
    serve(sys.stdin.buffer, sys.stdout.buffer)
