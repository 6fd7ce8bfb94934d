"""mineaction:verifyrecords — each minefield record checked against the mines found
(shared/spec/record-verification.md): its status, the reading of the form the finds confirm,
how far it is off, and why. Appends to record_checks and sets the record's reliability."""
import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..adapters.record_evidence import Checker, read_field, read_forms
from ..adapters.verification_pool import JudgePool, PoolFailed
from ..compat import field_type
from ..core import verification
from ..core.i18n import N_, tr
from ..core.identifiers import next_id
from ..data import project_db
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    check_sink,
    database_parameter,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
TYPES = {"reading": "text", "likely_cause": "text", "status": "text", "record_id": "text",
         "notes": "text", "expected_mines": "int", "finds_considered": "int",
         "matched": "int", "unmatched_finds": "int"}
# (parameter, title, minimum, maximum, decimals?)
THRESHOLDS = (
    ("SEARCH_RADIUS", N_("Search radius around the record (m)"), 10.0, 5000.0, True),
    ("MATCH_RADIUS_AP", N_("Match radius, anti-personnel mines (m)"), 0.1, 50.0, True),
    ("MATCH_RADIUS_AT", N_("Match radius, anti-tank mines (m)"), 0.1, 50.0, True),
    ("MIN_FINDS", N_("Finds needed for a verdict"), 1, 10000, False),
    ("MIN_MATCH_RATE", N_("Match rate needed (0–1)"), 0.05, 1.0, True),
    ("MAX_RMS", N_("Largest RMS of matched mines (m)"), 0.1, 50.0, True),
)


def record_ids_parameter(text):
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def check_fields():
    fields = QgsFields()
    fields.append(QgsField("check_id", field_type("text")))
    for name in verification.Verdict.FIELDS:
        fields.append(QgsField(name, field_type(TYPES.get(name, "real"))))
    return fields


class VerifyRecordsAlgorithm(MineActionAlgorithm):
    NAME = "verifyrecords"
    DISPLAY_NAME = N_("Verify minefield records against finds")
    GROUP_ID = "records"
    GROUP = N_("Minefield records")
    HELP = N_("Checks each minefield record against the mines found near it: the record is "
              "recomputed under every likely misreading of its form (declination reversed or "
              "omitted, Soviet/NATO mils swapped, grid taken for true north or the reverse, a "
              "Pulkovo 1942 landmark) and fitted onto the finds (landmark shift, rotation and, "
              "for paced records, scale). Status: reliable, explained (right in shape, wrong "
              "in a way that can be named and corrected), partly, unreliable or unverified "
              "(not enough cleared land or finds yet). Each run appends to record_checks and "
              "sets the records' reliability, with history; nothing else is written.")
    DATABASE, RECORD_IDS, OUTPUT = "DATABASE", "RECORD_IDS", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.RECORD_IDS, tr("Record ids (comma separated; empty: every record)"),
            optional=True))
        for name, title, low, high, decimals in THRESHOLDS:
            kind = QgsProcessingParameterNumber.Type.Double if decimals else \
                QgsProcessingParameterNumber.Type.Integer
            self.addParameter(QgsProcessingParameterNumber(
                name, tr(title), kind, verification.DEFAULTS[name], minValue=low,
                maxValue=high))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Record checks"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("CHECKED", tr("Records checked")))
        for status in verification.STATUSES:
            self.addOutput(QgsProcessingOutputNumber(status.upper(), status))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        wanted = record_ids_parameter(self.parameterAsString(parameters, self.RECORD_IDS,
                                                             context))
        limits = {name: (self.parameterAsDouble(parameters, name, context) if decimals else
                         self.parameterAsInt(parameters, name, context))
                  for name, _, _, _, decimals in THRESHOLDS}
        check_database(database)
        sink = dest = None
        fields = check_fields()
        if parameters.get(self.OUTPUT):
            check_sink(self, parameters, self.OUTPUT, context, (database,))
            sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                              QgsWkbTypes.Type.NoGeometry, WGS84)
        with project_db.open_project(database) as db:
            forms = read_forms(db, wanted)
            missing = [r for r in wanted if r not in forms]
            if missing:
                raise QgsProcessingException(tr("No minefield record {ids} in the database; "
                                                "nothing was checked.").format(
                                                    ids=", ".join(missing)))
            if not forms:
                raise QgsProcessingException(tr("The database has no minefield records to "
                                                 "check."))
            feedback.pushInfo(tr("Reading finds and cleared land…"))
            checker = Checker(read_field(db), context.transformContext())
            verdicts = self._judge(checker, forms, limits, feedback)
            check_ids = self._write(db, verdicts, limits, feedback)
        counts = {status: 0 for status in verification.STATUSES}
        for verdict, check_id in zip(verdicts, check_ids):
            counts[verdict.status] += 1
            if sink is not None:
                feature = QgsFeature(fields)
                values = verdict.values()
                feature.setAttributes([check_id] + [values[n] for n in verification.Verdict.FIELDS])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{count} records checked: {reliable} reliable, {explained} "
                             "explained, {partly} partly, {unreliable} unreliable, {unverified} "
                             "unverified.").format(count=len(verdicts), **counts))
        result = {"CHECKED": len(verdicts), **{s.upper(): n for s, n in counts.items()}}
        if dest is not None:
            result[self.OUTPUT] = dest
        return result

    def _judge(self, checker, forms, limits, feedback):
        """Every record's verdict, in record order: prepared here (QGIS's geodesy), judged
        here and on the other core (adapters/verification_pool.py)."""
        cancelled = QgsProcessingException(tr("Cancelled: nothing was written."))
        slots = []       # a Verdict known at once, or the index of the pool's verdict

        def progress(done):
            known = sum(isinstance(slot, verification.Verdict) for slot in slots)
            feedback.setProgress(90.0 * (known + done) / len(forms))
        try:
            with JudgePool(len(forms)) as pool:
                if pool.why_here:
                    feedback.pushInfo(tr("All records are checked in this process: {why}")
                                      .format(why=pool.why_here))
                for record_id, form in sorted(forms.items()):
                    if feedback.isCanceled():
                        raise cancelled
                    verdict, job = checker.prepare(record_id, form, limits)
                    slots.append(verdict if job is None else pool.submit(job))
                    progress(pool.done)
                judged = pool.verdicts(feedback.isCanceled, progress)
        except PoolFailed as error:
            raise QgsProcessingException(tr("A checking process failed ({why}); nothing was "
                                            "written.").format(why=error)) from error
        if judged is None:
            raise cancelled
        return [slot if isinstance(slot, verification.Verdict) else judged[slot]
                for slot in slots]

    def _write(self, db, verdicts, limits, feedback):
        """record_checks rows and reliabilities, in one transaction."""
        parameters = verification.parameters_json(limits)
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        with all_or_nothing(db):
            taken = {}
            for (check_id,) in db.rows(f"SELECT check_id FROM {db.t('record_checks')}"):
                taken.setdefault(check_id.rsplit("-", 1)[0], []).append(check_id)
            reliability = dict(db.rows(
                f"SELECT record_id, reliability FROM {db.t('minefield_records')}"))
            check_ids = []
            for verdict in verdicts:
                prefix = f"CHK-{verdict.record_id}-"
                check_id = next_id(taken.get(prefix[:-1], []), prefix)
                taken.setdefault(prefix[:-1], []).append(check_id)
                check_ids.append(check_id)
                values = verdict.values()
                values.update({"check_id": check_id, "checked_at": now,
                               "checked_by": db.user(), "parameters": parameters,
                               "created_at": now, "created_by": db.user()})
                db.insert("record_checks", values)
                new = verification.RELIABILITY.get(verdict.status)
                if new and reliability.get(verdict.record_id) != new:
                    db.update("minefield_records", verdict.record_id, {
                        "reliability": new, "status_reason": tr(
                            "record check {check}: {status}").format(
                                check=check_id, status=verdict.status)})
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return check_ids
