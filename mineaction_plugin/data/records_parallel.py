"""A GeoPackage import written by a second process while this one computes: worth it for
thousands of rows (the writing and the geodesy then run side by side)."""
import pickle
import queue
import subprocess
import threading

from ..core.i18n import tr
from . import child_process, geopackage
from .records_store import (
    POINT_COLUMNS,
    RECORD_COLUMNS,
    RECORD_TABLES,
    ROW_COLUMNS,
    RecordWriterBase,
)


class _ChildFailed(Exception):
    """The writing process refused the rows or stopped."""


class _RemoteTable:
    """One table's rows, sent to the writing process a chunk at a time."""

    def __init__(self, writer, name):
        self.writer = writer
        self.name = name
        self.rows = []

    def add(self, values, blob, bounds):
        self.rows.append((values, blob, bounds))

    def flush(self):
        if self.rows:
            self.writer.send("rows", self.name, self.rows)
            self.rows = []

    def finish(self):
        self.flush()


class ParallelRecordWriter(RecordWriterBase):
    """RecordWriter's inserts done by a second process (gpkg_write_process) on the other core,
    while this one goes on computing: a national import no longer waits for SQLite. The same
    single transaction: the child commits when told to, and rolls back on any failure, on
    abort(), or when this process goes away."""
    errors = (_ChildFailed,)

    def __init__(self, path, on_duplicate="reject", source_file=""):
        if geopackage.inspect(path).needs_upgrade:
            raise geopackage.DatabaseError(tr("The database must be upgraded before records "
                                              "are imported into it."))
        super().__init__(on_duplicate, source_file)
        self.process = _start_writer_process()
        self.pipe_error = None
        self.outbox = queue.Queue()
        self.pump = threading.Thread(target=self._pump, name="records to the writing process",
                                     daemon=True)
        self.pump.start()
        specs = [("minefield_records", RECORD_COLUMNS), ("record_points", POINT_COLUMNS),
                 ("mine_rows", ROW_COLUMNS)]
        try:
            self.send("open", path, specs, "SELECT record_id FROM minefield_records",
                      RECORD_TABLES)
            answer = self._answer()
        except _ChildFailed as error:
            answer = ("error", str(error))
        if answer[0] != "ready":
            self.abort()
            raise geopackage.DatabaseError(tr("{path} cannot be opened for writing.").format(
                path=path) + f" ({answer[1]})")
        self.known = answer[1]
        self.tables = tuple(_RemoteTable(self, name) for name, _ in specs)

    def send(self, *message):
        """Queue a command; a thread pushes the queue into the pipe, so this process goes on
        computing while the child is busy inserting (a full pipe would hold it otherwise)."""
        if self.pipe_error is not None:
            raise _ChildFailed(self._stopped(self.pipe_error))
        self.outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _pump(self):
        while True:
            data = self.outbox.get()
            try:
                if data is None:
                    return
                if self.pipe_error is None:
                    self.process.stdin.write(data)
            except (OSError, ValueError) as error:
                self.pipe_error = error
            finally:
                self.outbox.task_done()

    def _answer(self):
        self.outbox.join()   # everything sent before waiting for the answer
        try:
            if self.pipe_error is not None:
                raise self.pipe_error
            self.process.stdin.flush()
            return pickle.load(self.process.stdout)
        except (EOFError, BrokenPipeError, OSError, ValueError, pickle.UnpicklingError) as error:
            raise _ChildFailed(self._stopped(error)) from error

    def _stopped(self, error):
        detail = child_process.said(self.process)
        return tr("the writing process stopped") + f": {detail or error}"

    def put(self, records):
        super().put(records)
        self.known.update(r.record_id for r in records)

    def _existing(self, ids):
        return {i for i in ids if i in self.known}

    def _delete(self, ids):
        self.send("delete", ids)
        self.known.difference_update(ids)

    def _commit(self):
        self.send("commit")
        answer = self._answer()
        if answer[0] != "done":
            raise _ChildFailed(answer[1])

    def _close(self):
        self._end()

    def abort(self):
        if self.process is not None:
            try:
                self.send("abort")
            except _ChildFailed:
                pass
            self._end()
        self.written = 0

    def _end(self):
        """Stop the feeding thread, close the pipes (the child ends on reading the last
        command, or on end of input) and wait for the child."""
        if self.process is None:
            return
        self.outbox.put(None)
        self.pump.join()
        process, self.process = self.process, None
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
        process.log.close()


def _start_writer_process():
    return child_process.start("data.gpkg_write_process")
