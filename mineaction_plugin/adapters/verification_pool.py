"""Record checks judged beside QGIS, on the other core.

Most of a record's check is the fitting (core/verification.judge: pure numpy, no QGIS). Python
runs one thread at a time, so a national check hands records to a child process of QGIS's own
Python (data/child_process.py) and judges others itself whenever the child has enough waiting:
both cores busy. What needs QGIS stays here: parsing the forms, the geodesy of each reading,
finds and cleared land read from the database, and all writing. Fewer than CHILD_FROM records,
a one-core machine, or a child that cannot be started: everything is judged here, with the same
verdicts.

Pickles on the child's standard input and output:
    ("translations", {english: translated})     the notes in the officer's language
    ("judge", index, (record_id, readings, paced, evidence, limits))
        → ("verdict", index, Verdict) or ("failed", index, traceback)
    end of input                                the child exits
"""
import os
import pickle
import queue
import sys
import threading
import traceback

from ..core import verification
from ..core.i18n import set_translator, tr
from ..data import child_process

CHILD_FROM = 24          # records; a child's start (numpy's import) costs about a third of a second
WAITING_PER_CHILD = 6    # jobs queued for a child before this process judges the next itself


class PoolFailed(Exception):
    """A child stopped or failed on a record: the run stops, nothing is written."""


def lean(verdict):
    """A verdict without what only the drawing needs (what the algorithm writes is kept)."""
    verdict.best = None
    verdict.considered_xy = None
    verdict.considered_ids = []
    return verdict


def main():
    """The child: judge what comes on standard input until it ends."""
    sink = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr        # a stray print must not break the pickles
    source = sys.stdin.buffer
    while True:
        try:
            message = pickle.load(source)
        except EOFError:
            return
        if message[0] == "translations":
            texts = message[1]
            set_translator(lambda text: texts.get(text, text))
            continue
        _, index, job = message
        try:
            answer = ("verdict", index, lean(verification.judge(*job)))
        except Exception:
            answer = ("failed", index, traceback.format_exc())
        pickle.dump(answer, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


class _Child:
    """One child process: a thread writes its jobs, another reads its verdicts."""

    def __init__(self, answers):
        self.process = child_process.start("adapters.verification_pool")
        self.inbox = queue.Queue()
        self.waiting = 0
        threading.Thread(target=self._write, name="jobs to a checking process",
                         daemon=True).start()
        threading.Thread(target=self._read, args=(answers,), name="verdicts of a checking "
                         "process", daemon=True).start()

    def send(self, message):
        self.inbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def end(self):
        self.inbox.put(None)

    def _write(self):
        while True:
            data = self.inbox.get()
            try:
                if data is None:
                    self.process.stdin.close()
                    return
                self.process.stdin.write(data)
                self.process.stdin.flush()
            except (OSError, ValueError):
                return          # the child is gone: its reader says so

    def _read(self, answers):
        while True:
            try:
                answer = pickle.load(self.process.stdout)
            except Exception as error:   # end of output or a broken pipe: the child is gone
                answers.put(("gone", error, self))
                return
            answers.put(answer + (self,))

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass
        self.process.log.close()


class JudgePool:
    """submit() the records' jobs in order, then verdicts(); close() in any case (a with block).

    `records` is how many will be submitted (to decide whether a child is worth starting)."""

    def __init__(self, records, processes=None):
        self.answers = queue.Queue()
        self.children = []
        self.results = {}
        self.submitted = 0
        self.why_here = ""
        cores = processes or os.cpu_count() or 1
        if records >= CHILD_FROM and cores > 1:
            try:
                for _ in range(cores - 1):
                    self.children.append(_Child(self.answers))
            except OSError as error:
                self.close()
                self.why_here = str(error)
        translations = {text: tr(text) for text in verification.TRANSLATED}
        for child in self.children:
            child.send(("translations", translations))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def done(self):
        return len(self.results)

    def submit(self, job):
        """job: the arguments of verification.judge. Returns the index of its verdict."""
        index = self.submitted
        self.submitted += 1
        self._collect()
        child = min(self.children, key=lambda c: c.waiting, default=None)
        if child is None or child.waiting >= WAITING_PER_CHILD:
            self.results[index] = lean(verification.judge(*job))
            return index
        child.waiting += 1
        child.send(("judge", index, job))
        return index

    def verdicts(self, cancelled=lambda: False, progress=lambda done: None):
        """Every verdict, in the order submitted; waits for the children."""
        for child in self.children:
            child.end()
        while len(self.results) < self.submitted:
            if cancelled():
                return None
            self._collect(timeout=0.2)
            progress(self.done)
        return [self.results[i] for i in range(self.submitted)]

    def _collect(self, timeout=None):
        """Take the verdicts that have come (waiting up to `timeout` seconds for the first)."""
        while True:
            try:
                answer = self.answers.get(timeout=timeout) if timeout else \
                    self.answers.get_nowait()
            except queue.Empty:
                return
            timeout = None
            kind, child = answer[0], answer[-1]
            if kind == "verdict":
                self.results[answer[1]] = answer[2]
                child.waiting -= 1
            elif kind == "failed":
                raise PoolFailed(answer[2].strip().splitlines()[-1])
            elif child.waiting:      # gone with records still to judge
                raise PoolFailed(child_process.said(child.process) or str(answer[1]))

    def close(self):
        for child in self.children:
            child.stop()
        self.children = []
