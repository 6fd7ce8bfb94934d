"""The one way the dock runs long work: in QGIS's task manager, with progress and Cancel.

- run_algorithm: a Processing algorithm of the plugin (every write goes this way);
- run_function: reading and computing that writes nothing (figures, a file's check);
- Latest: work asked for again while it runs (a panel's refresh after each change).

Each returns a Job saying when the work has reported and what its handler returned, so
scripts and tests wait for the same path officers use (busy() says when all is done)."""
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import QObject, QThreadPool, QTimer, pyqtSlot

from ..core.i18n import tr
from ..toolbelt import tell

_running = set()  # jobs (with their task, context and feedback) are kept alive here
# what a task points to (its context, its feedback), kept until QGIS deletes the task: it
# reports from inside QGIS's own calls and is deleted later, and must never outlive them
_needed_by_task = {}


class Job:
    """One piece of background work. done: it has reported; ok: it succeeded; result: what
    the success handler returned; task: the QgsTask (None on the main thread)."""

    def __init__(self, description):
        self.description = description
        self.done = False
        self.ok = False
        self.result = None
        self.task = None
        self._then = []
        self._keep = ()

    def then(self, callback):
        """callback(job) once the job has reported (at once when it already has)."""
        if self.done:
            callback(self)
        else:
            self._then.append(callback)

    def cancel(self):
        if self.task is not None and not self.done:
            self.task.cancel()

    def _finish(self, ok, handler, value):
        try:
            if handler is not None:
                self.result = handler(value)
        finally:
            self.ok, self.done = ok, True
            for callback in self._then:
                callback(self)   # may start the next job before this one leaves _running
            _running.discard(self)
            self._keep = ()


class _Feedback(QgsProcessingFeedback):
    """Keeps the errors the algorithm reported: a failed task hands on no exception, only
    False, and the officer must read why, not "see the log"."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


class _ProgressRelay(QObject):
    """Carries an algorithm's progress from its worker thread to the GUI thread: its slot is
    queued (the relay lives in the GUI thread), so widgets are only touched there."""

    def __init__(self, progress):
        super().__init__()
        self.progress = progress

    @pyqtSlot(float)
    def forward(self, value):
        self.progress(int(value))


QUEUE_PATIENCE_MS = 3000
resubmitted = []   # (job description, active threads, most threads): tasks the pool lost


def _watch_queue(job, strikes=0):
    """Every QUEUE_PATIENCE_MS while the job's task waits in the queue: when it waits twice
    running with a free thread in the pool, the pool has lost it, and it is submitted again.

    Seen on QGIS 3.22 (a task queued, no thread running, waking the pool does nothing). Most
    likely its task manager takes a finished task's runnable off the pool's queue by its
    address after the pool has freed it; a new task's runnable queued at that very
    address is then taken off instead (QThreadPool::cancel), and that task stays queued for
    ever with nothing running: a section that never fills, a test that waits in vain. The
    lost task never started, so running its work afresh does it once."""
    if job.done or job.task is None:
        return
    try:
        queued = job.task.status() == QgsTask.TaskStatus.Queued
    except RuntimeError:        # the task is gone: it has run
        return
    if not queued:
        return
    manager = QgsApplication.taskManager()
    pool = manager.threadPool() if hasattr(manager, "threadPool") else \
        QThreadPool.globalInstance()
    active, most = pool.activeThreadCount(), pool.maxThreadCount()
    strikes = strikes + 1 if active < most else 0
    if strikes >= 2:
        resubmitted.append((job.description, active, most))
        QgsApplication.messageLog().logMessage(
            f"'{job.description}' stayed queued with {active} of {most} threads busy: "
            f"submitted again.", "Mine Action", Qgis.MessageLevel.Info)
        lost, job.task = job.task, None     # its cancellation reports to nobody
        lost.cancel()
        job._submit()
        strikes = 0
    QTimer.singleShot(QUEUE_PATIENCE_MS, lambda: _watch_queue(job, strikes))


def _submit(job, make_task):
    """Give the job a task from make_task() -> (task, what it needs kept alive) and queue it
    (again, if the pool lost it: what the lost one used is kept too, until the job ends)."""
    def submit():
        task, needs = make_task()
        job.task = task
        job._keep = job._keep + (task,)
        if needs:
            _needed_by_task[id(task)] = needs
            task.destroyed.connect(lambda *_, key=id(task): _needed_by_task.pop(key, None))
        QgsApplication.taskManager().addTask(task)
    job._submit = submit
    submit()
    QTimer.singleShot(QUEUE_PATIENCE_MS, lambda: _watch_queue(job))


def busy():
    """True while any job of the dock has not reported."""
    return bool(_running)


def run_algorithm(iface, algorithm_id, parameters, on_done, on_failure=None, progress=None):
    """Run `algorithm_id` in a QgsProcessingAlgRunnerTask (QGIS's task bar shows progress and
    Cancel). on_done(results) on success; on failure the reason goes to the message bar and
    on_failure() is called. progress(percent) follows the algorithm's feedback."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    job = Job(algorithm.displayName())
    _running.add(job)
    relay = _ProgressRelay(progress) if progress is not None else None

    def context_and_feedback():
        """Each task its own: cancelling a lost task cancels its feedback too."""
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = _Feedback()
        if relay is not None:
            feedback.progressChanged.connect(relay.forward)
        return context, feedback

    def failed(reason):
        _failed(iface, reason)
        return on_failure() if on_failure is not None else None

    if algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading:
        _run_on_main_thread(iface, job, algorithm, parameters, *context_and_feedback(),
                            on_done, failed)
        return job

    def make_task():
        context, feedback = context_and_feedback()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)

        def executed(ok, results):
            if job.task is not task:      # a lost task, cancelled and replaced
                return
            if ok:
                job._finish(True, on_done, results)
            else:   # the algorithm's own sentence when it gave one (a refused output, a lock…)
                job._finish(False, failed, feedback.errors[-1] if feedback.errors else tr(
                    "{name} did not finish (details in the Processing log).").format(
                        name=algorithm.displayName()))
        task.executed.connect(executed)
        return task, (context, feedback, relay)
    _submit(job, make_task)
    return job


def _run_on_main_thread(iface, job, algorithm, parameters, context, feedback, on_done, failed):
    """Algorithms that must not leave the main thread (print layouts: Qt's fonts and graphics
    scenes are not thread-safe) run here, under a modal progress dialog: its Cancel stops
    them, and a modal dialog keeps the window painted as its value moves."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QProgressDialog
    dialog = QProgressDialog(algorithm.displayName(), tr("Cancel"), 0, 100,
                             iface.mainWindow())
    dialog.setWindowTitle(tr("Mine Action"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.canceled.connect(feedback.cancel)
    feedback.progressChanged.connect(lambda value: dialog.setValue(int(value)))
    if hasattr(feedback, "progressTextChanged"):  # not a signal on every QGIS version
        feedback.progressTextChanged.connect(dialog.setLabelText)
    import processing
    try:
        results = processing.run(algorithm, parameters, context=context, feedback=feedback)
    except Exception as error:
        dialog.close()
        job._finish(False, failed, str(error))
        return
    dialog.close()
    job._finish(True, on_done, results)


def run_function(description, function, on_done, on_failure=None):
    """function() in a QgsTask; on_done(value) with what it returned, or on_failure(error)
    with the exception (None when cancelled). For work that writes nothing."""
    job = Job(description)
    _running.add(job)

    def make_task():
        returned = []   # fromFunction hands on_finished no value when it is falsy ([], 0)

        def work(task):
            returned.append(function())
            return True

        def finished(error, *_):
            if job.task is not task:      # a lost task, cancelled and replaced
                return
            if error is None and returned and not task.isCanceled():
                job._finish(True, on_done, returned[0])
            else:
                job._finish(False, on_failure, error)
        task = QgsTask.fromFunction(description, work, on_finished=finished)
        return task, ()
    _submit(job, make_task)
    return job


class Latest:
    """Work asked for again while it runs (a refresh after each change) runs once more when
    it ends: never two at once, and the last result shown is never older than the last
    change."""

    def __init__(self):
        self.job = None
        self._again = None

    def run(self, start):
        """start() -> Job, now or when the running one ends. Returns the running job."""
        if self.job is not None and not self.job.done:
            self._again = start
            return self.job
        self.job = start()
        self.job.then(self._next)
        return self.job

    def _next(self, job):
        start, self._again = self._again, None
        if start is not None:
            self.job = start()
            self.job.then(self._next)


def _failed(iface, text):
    tell(iface, text.strip().splitlines()[-1]
         if text.strip() else text, Qgis.MessageLevel.Critical, 0)


def rejected_rows_file(name):
    """A CSV path for an algorithm's ERRORS output: a file, not a memory layer, because the
    algorithm runs in a task thread and a layer made there cannot join the project."""
    from qgis.core import QgsProcessingUtils
    return QgsProcessingUtils.generateTempFilename(f"{name}.csv")


def show_rejected_rows(path, title):
    """Add the rows an import refused (its ERRORS file) to the project as a table."""
    import os

    from qgis.core import QgsVectorLayer
    if path and os.path.exists(path):
        layer = QgsVectorLayer(path, title, "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            return layer
    return None
