"""What the IMSMA algorithms share: reading the profile and writing the problem report."""
from qgis.core import QgsProcessingException

from ..core import imsma
from ..core.i18n import tr
from ..data.tables import write_table

REPORT_COLUMNS = ("layer", "local_id", "field", "problem")


def profile_from(path):
    """The profile in `path`, or the default "IMSMA Core generic" one when empty."""
    if not path:
        return imsma.default_profile()
    try:
        with open(path, encoding="utf-8") as f:
            return imsma.load_profile(f.read())
    except OSError as error:
        raise QgsProcessingException(tr("The profile {path} cannot be read: {reason}").format(
            path=path, reason=error.strerror))
    except imsma.ProfileError as error:
        raise QgsProcessingException(tr("The profile {path} cannot be used: {reason}").format(
            path=path, reason=error))


def write_report(path, problems):
    write_table(path, "problems", REPORT_COLUMNS, problems)


def publish_problems(feedback, report, problems):
    """Problems into the REPORT file (when one was asked for; written even when empty, so an
    old report is never taken for this run's) and the first of them into the log."""
    if report:
        write_report(report, problems)
    report_problems(feedback, problems)


def report_problems(feedback, problems, limit=50):
    for layer, local_id, field, problem in problems[:limit]:
        feedback.reportError(f"{layer} {local_id}: {field}: {problem}", False)
    if len(problems) > limit:
        feedback.reportError(tr("… and {count} more (see the report)").format(
            count=len(problems) - limit), False)
