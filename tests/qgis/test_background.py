"""The dock's one way of running background work (gui/background.py) survives a task the
thread pool has lost: QGIS 3.22's task manager can take a queued task's runnable off the pool
(see background._watch_queue); the job is then submitted again and its work done once."""
import threading

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QRunnable, QThreadPool

from conftest import settle


class _Blocker(QRunnable):
    def __init__(self, release):
        super().__init__()
        self.release = release

    def run(self):
        self.release.wait(30)


def _task_pool():
    manager = QgsApplication.taskManager()
    return manager.threadPool() if hasattr(manager, "threadPool") else \
        QThreadPool.globalInstance()


def test_a_task_lost_by_the_thread_pool_is_submitted_again_and_runs_once(qgis_app):
    from mineaction_plugin.gui import background
    pool = _task_pool()
    release = threading.Event()
    blockers = [_Blocker(release) for _ in range(pool.maxThreadCount())]
    for blocker in blockers:      # every thread busy: the job's task waits in the queue
        blocker.setAutoDelete(False)
        pool.start(blocker)
    calls = []
    job = background.run_function("Counting", lambda: calls.append(1) or len(calls),
                                  lambda value: value * 10)
    QgsApplication.processEvents()
    pool.clear()                  # what QGIS 3.22's stray QThreadPool::cancel does to it
    release.set()
    pool.waitForDone(5000)
    before = len(background.resubmitted)
    assert settle(job, timeout=30) == 10
    assert calls == [1] and job.ok
    assert background.resubmitted[before:] == [("Counting", 0, pool.maxThreadCount())]


def test_a_task_waiting_for_busy_threads_is_left_alone(qgis_app):
    from mineaction_plugin.gui import background
    pool = _task_pool()
    release = threading.Event()
    blockers = [_Blocker(release) for _ in range(pool.maxThreadCount())]
    for blocker in blockers:
        blocker.setAutoDelete(False)
        pool.start(blocker)
    before = len(background.resubmitted)
    calls = []
    job = background.run_function("Waiting", lambda: calls.append(1) or "done", str)
    threading.Timer(8, release.set).start()   # longer than two of the watch's looks
    assert settle(job, timeout=30) == "done"
    assert calls == [1] and background.resubmitted[before:] == []


def test_a_lost_algorithm_runs_again_with_a_feedback_of_its_own(qgis_iface, mineaction_provider,
                                                                tmp_path):
    """Cancelling the lost task cancels its feedback: the new task must not inherit that."""
    import os

    from mineaction_plugin.gui import background
    pool = _task_pool()
    release = threading.Event()
    blockers = [_Blocker(release) for _ in range(pool.maxThreadCount())]
    for blocker in blockers:
        blocker.setAutoDelete(False)
        pool.start(blocker)
    path = str(tmp_path / "again.gpkg")
    progress = []
    job = background.run_algorithm(qgis_iface, "mineaction:createdatabase", {"OUTPUT": path},
                                   lambda results: results["OUTPUT"], progress=progress.append)
    QgsApplication.processEvents()
    pool.clear()
    release.set()
    pool.waitForDone(5000)
    before = len(background.resubmitted)
    assert settle(job, timeout=30) == path
    assert job.ok and os.path.exists(path)
    assert [r[0] for r in background.resubmitted[before:]] == [job.description]
    # each task's context and feedback are let go once QGIS has deleted the task, not before
    import time
    deadline = time.monotonic() + 10
    while background._needed_by_task and time.monotonic() < deadline:
        QgsApplication.sendPostedEvents(None, 0)   # deleteLater's, too
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert background._needed_by_task == {}
