"""Run a Processing algorithm of the plugin from the dock, in the background or at once."""
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from ..core.i18n import tr
from ..toolbelt import tell

_running = set()  # tasks are kept alive here until they have reported


def run_algorithm(iface, algorithm_id, parameters, on_done, synchronous=False, on_failure=None):
    """Run `algorithm_id`; on_done(results) on success, a message bar error on failure.

    In the background (QgsProcessingAlgRunnerTask: progress in QGIS's task bar, cancellable)
    unless synchronous, for scripts and tests. Returns the results when synchronous.
    """
    if synchronous:
        import processing
        try:
            results = processing.run(algorithm_id, parameters)
        except Exception as error:
            _failed(iface, str(error))
            if on_failure is not None:
                on_failure()
            return None
        on_done(results)
        return results
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading:
        return _run_on_main_thread(iface, algorithm, parameters, on_done, on_failure)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    keep = (task, context, feedback)
    _running.add(keep)

    def finished(ok, results):
        _running.discard(keep)
        if ok:
            on_done(results)
        else:
            _failed(iface, tr("{name} did not finish (details in the Processing log).").format(
                name=algorithm.displayName()))
            if on_failure is not None:
                on_failure()
    task.executed.connect(finished)
    QgsApplication.taskManager().addTask(task)
    return None


def _run_on_main_thread(iface, algorithm, parameters, on_done, on_failure=None):
    """Algorithms that must not leave the main thread (print layouts: Qt's fonts and graphics
    scenes are not thread-safe) run here, with a progress dialog whose Cancel stops them."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QApplication, QProgressDialog
    dialog = QProgressDialog(algorithm.displayName(), tr("Cancel"), 0, 100,
                             iface.mainWindow())
    dialog.setWindowTitle(tr("Mine Action"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    feedback = QgsProcessingFeedback()
    dialog.canceled.connect(feedback.cancel)

    def progressed(value):
        dialog.setValue(int(value))
        QApplication.processEvents()
    feedback.progressChanged.connect(progressed)
    if hasattr(feedback, "progressTextChanged"):  # not a signal on every QGIS version
        feedback.progressTextChanged.connect(dialog.setLabelText)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    import processing
    try:
        results = processing.run(algorithm, parameters, context=context, feedback=feedback)
    except Exception as error:
        dialog.close()
        _failed(iface, str(error))
        if on_failure is not None:
            on_failure()
        return None
    dialog.close()
    on_done(results)
    return results


def _failed(iface, text):
    tell(iface, text.strip().splitlines()[-1]
         if text.strip() else text, Qgis.MessageLevel.Critical, 0)
