"""The project database schema as plain data: layers, fields and code lists.

This module is the single description of the data model (shared/spec/data-model.md). The SQL for
each database engine (data/gpkg_ddl.py, data/pg_ddl.py), the QGIS forms (data/layers.py) and the
tests are all derived from it, so a field added here appears everywhere at once. No Qt, no QGIS.

Why this file is long: it is the whole data model in one place (every layer, field and code list),
which is the point — splitting it would scatter what must be read together.
"""
from dataclasses import dataclass
from typing import Optional, Tuple

from .i18n import N_

SCHEMA_NAME = "mineaction"
# Version 1 is the data model as first specified; every later version is a migration in
# data/migrations.py. Bump this together with adding a migration.
SCHEMA_VERSION = 10
CRS = "EPSG:4326"

# Code lists: code -> English label. Codes are stored; labels are shown (translated).
CODE_LISTS = {
    "reliability": {"unknown": N_("Unknown"), "reliable": N_("Reliable"),
                    "partly_reliable": N_("Partly reliable"), "unreliable": N_("Unreliable")},
    "point_type": {"LM": N_("Landmark"), "BM": N_("Benchmark"), "SP": N_("Start point"),
                   "TP": N_("Turning point"), "IP": N_("Intermediate point"),
                   "EP": N_("End point"), "RS": N_("Mine row start"), "RE": N_("Mine row end")},
    "bearing_unit": {"deg": N_("Degrees"), "mil6400": N_("NATO mils (6400)"),
                     "mil6000": N_("Soviet mils (6000)"), "grad": N_("Grads")},
    "bearing_ref": {"magnetic": N_("Magnetic north"), "true": N_("True north"),
                    "grid": N_("Grid north")},
    "distance_unit": {"m": N_("Metres"), "pace": N_("Paces"), "ft": N_("Feet")},
    "mine_category": {"AP": N_("Anti-personnel"), "AT": N_("Anti-tank")},
    "classification": {"SHA": N_("Suspected hazardous area (SHA)"),
                       "CHA": N_("Confirmed hazardous area (CHA)")},
    "hazard_status": {"open": N_("Open"), "worked_on": N_("Worked on"), "closed": N_("Closed")},
    "contamination": {"AP": N_("Anti-personnel mines"), "AT": N_("Anti-tank mines"),
                      "AP_AT": N_("Anti-personnel and anti-tank mines"),
                      "ERW": N_("Explosive remnants of war"), "mixed": N_("Mixed")},
    "priority": {"1": N_("1 (highest)"), "2": "2", "3": "3", "4": "4", "5": N_("5 (lowest)")},
    "evidence": {"direct": N_("Direct"), "indirect": N_("Indirect"), "none": N_("None")},
    "activity_type": {"NTS": N_("Non-technical survey"), "TS": N_("Technical survey"),
                      "clearance": N_("Clearance")},
    "release_type": {"cancelled": N_("Cancelled"), "reduced": N_("Reduced"),
                     "cleared": N_("Cleared")},
    "activity_status": {"planned": N_("Planned"), "ongoing": N_("Ongoing"),
                        "suspended": N_("Suspended"), "completed": N_("Completed")},
    "check_status": {"reliable": N_("Reliable"), "explained": N_("Explained"),
                     "partly": N_("Partly"), "unreliable": N_("Unreliable"),
                     "unverified": N_("Unverified")},
    "eo_category": {"APM": N_("Anti-personnel mine"), "ATM": N_("Anti-tank mine"),
                    "ERW": N_("Explosive remnant of war")},
    "eo_condition": {"armed": N_("Armed"), "unarmed": N_("Unarmed"), "damaged": N_("Damaged"),
                     "unknown": N_("Unknown")},
    "marking_type": {"perimeter_marking": N_("Perimeter marking"),
                     "permanent_fence": N_("Permanent fence"),
                     "temporary_marking": N_("Temporary marking"),
                     "demarcation": N_("Demarcation")},
    "marking_status": {"planned": N_("Planned"), "installed": N_("Installed"),
                       "damaged": N_("Damaged"), "removed": N_("Removed")},
    "sign_type": {"mine_warning": N_("Mine warning sign"), "fence_post": N_("Fence post"),
                  "corner_post": N_("Corner post")},
    "task_type": {"NTS": N_("Non-technical survey"), "TS": N_("Technical survey"),
                  "clearance": N_("Clearance"), "marking": N_("Marking"),
                  "EORE": N_("Explosive ordnance risk education")},
    "task_status": {"draft": N_("Draft"), "issued": N_("Issued"),
                    "in_progress": N_("In progress"), "completed": N_("Completed"),
                    "cancelled": N_("Cancelled")},
    # version 7: aerial survey (shared/spec/aerial-survey.md) and accidents
    "platform": {"drone": N_("Drone"), "aircraft": N_("Aircraft")},
    "sensor": {"rgb": N_("RGB camera"), "multispectral": N_("Multispectral"),
               "thermal": N_("Thermal"), "magnetometer": N_("Magnetometer"),
               "lidar": N_("Lidar")},
    "vegetation_density": {"none": N_("None"), "low": N_("Low"), "medium": N_("Medium"),
                           "high": N_("High")},
    "detection_category": {"APM": N_("Anti-personnel mine"), "ATM": N_("Anti-tank mine"),
                           "ERW": N_("Explosive remnant of war"), "unknown": N_("Unknown")},
    "review_status": {"unreviewed": N_("Unreviewed"), "confirmed": N_("Confirmed"),
                      "rejected": N_("Rejected")},
    "proposal_kind": {"new_cha": N_("New CHA"), "reduce": N_("Reduction candidate")},
    "proposal_status": {"proposed": N_("Proposed"), "accepted": N_("Accepted"),
                        "rejected": N_("Rejected")},
    "accident_type": {"mine": N_("Mine"), "erw": N_("ERW"), "ied": N_("IED"),
                      "cluster": N_("Cluster munition"), "demining": N_("Demining accident"),
                      "other": N_("Other")},
    "device_category": {"APM": N_("Anti-personnel mine"), "ATM": N_("Anti-tank mine"),
                        "ERW": N_("Explosive remnant of war"), "IED": N_("IED"),
                        "unknown": N_("Unknown")},
    "accident_activity": {"farming": N_("Farming"), "herding": N_("Herding"),
                          "travelling": N_("Travelling"), "construction": N_("Construction"),
                          "collecting": N_("Collecting"), "playing": N_("Playing"),
                          "demining": N_("Demining"), "other": N_("Other"),
                          "unknown": N_("Unknown")},
    "location_accuracy": {"exact": N_("Exact"), "approximate": N_("Approximate"),
                          "unknown": N_("Unknown")},
    # version 8: victims and victim assistance (shared/spec/accidents-victims.md)
    "sex": {"female": N_("Female"), "male": N_("Male"), "unknown": N_("Unknown")},
    "age_group": {"child": N_("Child (under 18)"), "adult": N_("Adult"),
                  "unknown": N_("Unknown")},
    "victim_outcome": {"killed": N_("Killed"), "injured": N_("Injured")},
    "victim_role": {"civilian": N_("Civilian"), "military": N_("Military"),
                    "deminer": N_("Deminer")},
    "need_domain": {"medical": N_("Medical"), "rehabilitation": N_("Rehabilitation"),
                    "psychosocial": N_("Psychosocial"), "economic": N_("Economic"),
                    "education": N_("Education"), "social_inclusion": N_("Social inclusion"),
                    "legal": N_("Legal")},
    "need_status": {"open": N_("Open"), "in_progress": N_("In progress"), "met": N_("Met")},
    # version 9: planning (shared/spec/priorities-workplan.md)
    "return_stage": {"1": N_("Stage 1"), "2": N_("Stage 2"), "3": N_("Stage 3")},
    "asset_kind": {"road": N_("Road"), "railway": N_("Railway"), "power_line": N_("Power line"),
                   "pipeline": N_("Pipeline"), "water": N_("Water"),
                   "agriculture": N_("Agriculture"),
                   "reconstruction_site": N_("Reconstruction site")},
    "productive_asset": {"deminer": N_("Deminer"), "mdd": N_("Mine detection dog"),
                         "machine": N_("Machine"), "survey_team": N_("Survey team")},
    "assistance_phase": {"emergency": N_("Emergency"), "stabilisation": N_("Stabilisation"),
                         "transition": N_("Transition"), "protection": N_("Protection"),
                         "legal_support": N_("Legal support"),
                         "institutional": N_("Institutional")},
}

# Pick list seed for organisation fields (kept in the editable `organisations` table).
ORGANISATIONS = ("ANAMA", "Ministry of Defense", "Ministry of Emergency Situations",
                 "State Border Service", "Alpha Demining", "Qaya Safety Solutions",
                 "Safe Point", "Azerbaijan Demining")

# Which release type each activity type produces (IMAS 07.11): enforced by the database.
RELEASE_BY_ACTIVITY = {"NTS": "cancelled", "TS": "reduced", "clearance": "cleared"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str                      # text | integer | real | date | datetime
    label: str = ""
    required: bool = False
    unique: bool = False
    code_list: Optional[str] = None
    default: Optional[str] = None  # SQL literal
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    references: Optional[Tuple[str, str]] = None   # (layer, field)
    since: int = 1                 # schema version that added the field
    pattern_safe_filename: bool = False


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: Optional[str]        # Point | LineString | Polygon | MultiPolygon | None
    title: str
    fields: Tuple[Field, ...]
    unique_together: Tuple[Tuple[str, ...], ...] = ()
    status_fields: Tuple[str, ...] = ()     # changes are written to status_history
    id_field: Optional[str] = None          # the layer's business key
    history: bool = True                    # False: append-only, no audit columns updated
    since: int = 1                          # schema version that added the layer
    status_since: int = 1                   # schema version from which status is tracked

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name}")

    def fields_at(self, version):
        return tuple(f for f in self.fields if f.since <= version)

    def exists_at(self, version):
        return self.since <= version

    def status_fields_at(self, version):
        """The status fields whose changes reach status_history at `version`."""
        if version < self.status_since:
            return ()
        present = {f.name for f in self.fields_at(version)}
        return tuple(name for name in self.status_fields if name in present)


AUDIT_FIELDS = (
    Field("created_at", "datetime", N_("Created at")),
    Field("created_by", "text", N_("Created by")),
    Field("modified_at", "datetime", N_("Modified at")),
    Field("modified_by", "text", N_("Modified by")),
)


def _layer(name, geometry, title, fields, **kwargs):
    return Layer(name, geometry, title, tuple(fields) + AUDIT_FIELDS, **kwargs)


def _status_reason(since=2):
    return Field("status_reason", "text", N_("Reason for the last status change"), since=since)


def _recorded_wkt():
    return Field("recorded_wkt", "text", N_("Geometry as recorded (WKT)"), since=6)


LAYERS = (
    _layer("minefield_records", "Polygon", N_("Minefield records"), [
        Field("record_id", "text", N_("Record id"), required=True, unique=True),
        Field("source_file", "text", N_("Source file")),
        Field("date_laid", "date", N_("Date laid")),
        Field("laid_by", "text", N_("Laid by")),
        Field("declination_deg", "real", N_("Magnetic declination (°)"), minimum=-180, maximum=180),
        Field("mines_recorded", "integer", N_("Mines recorded"), minimum=0),
        Field("reliability", "text", N_("Reliability"), required=True, code_list="reliability",
              default="'unknown'"),
        Field("district", "text", N_("District")),
        Field("area_m2", "real", N_("Area (m²)"), minimum=0),
        Field("perimeter_m", "real", N_("Perimeter (m)"), minimum=0),
        Field("notes", "text", N_("Notes")),
        Field("misclosure_m", "real", N_("Misclosure (m)"), minimum=0, since=3),
        # version 6: verification. The working geometry may be a corrected one; what the form
        # gives stays in recorded_wkt (empty while the geometry is the form's own)
        Field("correction_check_id", "text", N_("Correction applied (check id)"), since=6),
        Field("recorded_wkt", "text", N_("Geometry as recorded (WKT)"), since=6),
        _status_reason(since=6),
    ], status_fields=("reliability", "correction_check_id"), id_field="record_id",
       status_since=6),
    _layer("record_points", "Point", N_("Record points"), [
        Field("record_id", "text", N_("Record id"), required=True,
              references=("minefield_records", "record_id")),
        Field("point_id", "text", N_("Point id"), required=True),
        Field("point_type", "text", N_("Point type"), required=True, code_list="point_type"),
        Field("seq", "integer", N_("Order in record"), minimum=0),
        Field("from_point", "text", N_("From point")),
        Field("bearing", "real", N_("Bearing")),
        Field("bearing_unit", "text", N_("Bearing unit"), code_list="bearing_unit"),
        Field("bearing_ref", "text", N_("Bearing reference"), code_list="bearing_ref"),
        Field("distance", "real", N_("Distance")),
        Field("distance_unit", "text", N_("Distance unit"), code_list="distance_unit"),
        # version 3: everything else the form records, so a record can be recomputed and edited
        Field("pace_m", "real", N_("Pace length (m)"), minimum=0, since=3),
        Field("declination_deg", "real", N_("Magnetic declination (°)"), minimum=-180,
              maximum=180, since=3),
        Field("grid_crs", "text", N_("Grid CRS"), since=3),
        Field("x", "real", N_("x as recorded"), since=3),
        Field("y", "real", N_("y as recorded"), since=3),
        Field("crs", "text", N_("CRS of x, y"), since=3),
        Field("row_id", "text", N_("Row id"), since=3),
        Field("mine_model", "text", N_("Mine model"), since=3),
        Field("mine_count", "integer", N_("Mines in row"), minimum=0, since=3),
        Field("spacing_m", "real", N_("Spacing (m)"), minimum=0, since=3),
        Field("traverse_m", "real", N_("Traverse length from the landmark (m)"), minimum=0,
              since=3),
        Field("source_row", "integer", N_("Row in the source file"), since=3),
        _recorded_wkt(),
    ], unique_together=(("record_id", "point_id"),)),
    _layer("mine_rows", "LineString", N_("Mine rows"), [
        Field("record_id", "text", N_("Record id"), required=True,
              references=("minefield_records", "record_id")),
        Field("row_id", "text", N_("Row id"), required=True),
        Field("mine_model", "text", N_("Mine model")),
        Field("mine_category", "text", N_("Mine category"), code_list="mine_category"),
        Field("mine_count", "integer", N_("Mines in row"), minimum=0),
        Field("spacing_m", "real", N_("Spacing (m)"), minimum=0),
        Field("length_m", "real", N_("Length (m)"), minimum=0),
        Field("expected_length_m", "real", N_("Length from count × spacing (m)"), minimum=0,
              since=3),
        Field("length_mismatch", "integer", N_("Length disagrees with count × spacing"),
              minimum=0, maximum=1, since=3),
        _recorded_wkt(),
    ], unique_together=(("record_id", "row_id"),)),
    _layer("hazards", "Polygon", N_("Hazards"), [
        Field("hazard_id", "text", N_("Hazard id"), required=True, unique=True),
        Field("name", "text", N_("Name")),
        Field("classification", "text", N_("Classification"), required=True,
              code_list="classification", default="'SHA'"),
        Field("status", "text", N_("Status"), required=True, code_list="hazard_status",
              default="'open'"),
        Field("contamination", "text", N_("Contamination"), code_list="contamination"),
        Field("district", "text", N_("District")),
        Field("settlement", "text", N_("Settlement")),
        Field("priority", "integer", N_("Priority"), code_list="priority", minimum=1, maximum=5),
        Field("evidence", "text", N_("Evidence"), code_list="evidence"),
        Field("record_id", "text", N_("Minefield record"),
              references=("minefield_records", "record_id")),
        Field("area_m2", "real", N_("Area (m²)"), minimum=0),
        _status_reason(),
        _recorded_wkt(),    # a hazard moved with its record's correction: where it was
    ], status_fields=("classification", "status", "priority"), id_field="hazard_id"),
    _layer("land_release", "Polygon", N_("Land release"), [
        Field("activity_id", "text", N_("Activity id"), required=True, unique=True),
        Field("hazard_id", "text", N_("Hazard"), references=("hazards", "hazard_id")),
        Field("activity_type", "text", N_("Activity type"), required=True,
              code_list="activity_type"),
        Field("release_type", "text", N_("Release type"), code_list="release_type"),
        Field("status", "text", N_("Status"), required=True, code_list="activity_status",
              default="'planned'"),
        Field("organisation", "text", N_("Organisation")),
        Field("team", "text", N_("Team")),
        Field("start_date", "date", N_("Start date")),
        Field("end_date", "date", N_("End date")),
        Field("depth_cm", "real", N_("Clearance depth (cm)"), minimum=0),
        Field("district", "text", N_("District")),
        Field("area_m2", "real", N_("Area (m²)"), minimum=0),
        _status_reason(),
    ], status_fields=("status",), id_field="activity_id"),
    _layer("eo_finds", "Point", N_("EO finds"), [
        Field("find_id", "text", N_("Find id"), required=True, unique=True),
        Field("activity_id", "text", N_("Activity"), references=("land_release", "activity_id")),
        Field("hazard_id", "text", N_("Hazard"), references=("hazards", "hazard_id")),
        Field("district", "text", N_("District")),
        Field("category", "text", N_("Category"), required=True, code_list="eo_category"),
        Field("model", "text", N_("Model")),
        Field("quantity", "integer", N_("Quantity"), required=True, default="1", minimum=1),
        Field("condition", "text", N_("Condition"), code_list="eo_condition"),
        Field("depth_cm", "real", N_("Depth (cm)"), minimum=0),
        Field("date_found", "date", N_("Date found")),
    ], id_field="find_id"),
    _layer("marking_lines", "LineString", N_("Marking lines"), [
        Field("marking_id", "text", N_("Marking id"), required=True, unique=True),
        Field("hazard_id", "text", N_("Hazard"), references=("hazards", "hazard_id")),
        Field("marking_type", "text", N_("Marking type"), required=True,
              code_list="marking_type"),
        Field("status", "text", N_("Status"), required=True, code_list="marking_status",
              default="'planned'"),
        Field("installed_date", "date", N_("Installed on")),
        Field("inspected_date", "date", N_("Last inspected on")),
        Field("sign_spacing_m", "real", N_("Sign spacing (m)"), default="50", minimum=0),
        Field("length_m", "real", N_("Length (m)"), minimum=0),
        _status_reason(),
    ], status_fields=("status",), id_field="marking_id"),
    _layer("marking_signs", "Point", N_("Marking signs"), [
        Field("sign_id", "text", N_("Sign id"), required=True, unique=True),
        Field("marking_id", "text", N_("Marking line"),
              references=("marking_lines", "marking_id")),
        Field("sign_type", "text", N_("Sign type"), required=True, code_list="sign_type",
              default="'mine_warning'"),
        Field("facing_deg", "real", N_("Facing (°)"), minimum=0, maximum=360),
    ], id_field="sign_id"),
    _layer("tasks", "Polygon", N_("Tasks"), [
        Field("task_id", "text", N_("Task id"), required=True, unique=True,
              pattern_safe_filename=True),
        Field("hazard_id", "text", N_("Hazard"), references=("hazards", "hazard_id")),
        Field("task_type", "text", N_("Task type"), required=True, code_list="task_type"),
        Field("status", "text", N_("Status"), required=True, code_list="task_status",
              default="'draft'"),
        Field("organisation", "text", N_("Organisation")),
        Field("team", "text", N_("Team")),
        Field("priority", "integer", N_("Priority"), code_list="priority", minimum=1, maximum=5),
        Field("issued_date", "date", N_("Issued on")),
        Field("due_date", "date", N_("Due on")),
        _status_reason(),
    ], status_fields=("status",), id_field="task_id"),
    _layer("status_history", None, N_("Status history"), [
        Field("entity", "text", N_("Layer"), required=True),
        Field("entity_id", "text", N_("Id"), required=True),
        Field("field", "text", N_("Field"), required=True),
        Field("old_value", "text", N_("Old value")),
        Field("new_value", "text", N_("New value")),
        Field("changed_at", "datetime", N_("Changed at"), required=True),
        Field("changed_by", "text", N_("Changed by")),
        Field("reason", "text", N_("Reason")),
    ], history=False),
    _layer("organisations", None, N_("Organisations"), [
        Field("name", "text", N_("Organisation"), required=True, unique=True),
    ], id_field="name"),
    # shared/spec/record-verification.md: one row per record per check, never changed
    _layer("record_checks", None, N_("Record checks"), [
        Field("check_id", "text", N_("Check id"), required=True, unique=True, since=6),
        Field("record_id", "text", N_("Record id"), required=True,
              references=("minefield_records", "record_id"), since=6),
        Field("checked_at", "datetime", N_("Checked at"), since=6),
        Field("checked_by", "text", N_("Checked by"), since=6),
        Field("status", "text", N_("Status"), required=True, code_list="check_status", since=6),
        Field("reading", "text", N_("Reading"), since=6),
        Field("expected_mines", "integer", N_("Expected mines"), minimum=0, since=6),
        Field("finds_considered", "integer", N_("Finds considered"), minimum=0, since=6),
        Field("matched", "integer", N_("Mines matched"), minimum=0, since=6),
        Field("match_rate", "real", N_("Match rate"), minimum=0, maximum=1, since=6),
        Field("rms_m", "real", N_("RMS (m)"), minimum=0, since=6),
        Field("dx_m", "real", N_("Shift east (m)"), since=6),
        Field("dy_m", "real", N_("Shift north (m)"), since=6),
        Field("rotation_deg", "real", N_("Rotation (°, clockwise)"), since=6),
        Field("scale", "real", N_("Scale"), minimum=0, since=6),
        Field("shift_m", "real", N_("Shift (m)"), minimum=0, since=6),
        Field("shift_bearing_deg", "real", N_("Shift bearing (°)"), minimum=0, maximum=360,
              since=6),
        Field("likely_cause", "text", N_("Likely cause"), since=6),
        Field("cleared_share", "real", N_("Cleared share"), minimum=0, maximum=1, since=6),
        Field("unmatched_finds", "integer", N_("Unmatched finds"), minimum=0, since=6),
        Field("parameters", "text", N_("Thresholds used (JSON)"), since=6),
        Field("notes", "text", N_("Notes"), since=6),
    ], id_field="check_id", history=False, since=6),
    # version 7: shared/spec/aerial-survey.md — what drones imaged and what a detector saw there
    _layer("survey_flights", "Polygon", N_("Survey flights"), [
        Field("flight_id", "text", N_("Flight id"), required=True, unique=True),
        Field("survey_date", "date", N_("Survey date")),
        Field("operator", "text", N_("Operator")),
        Field("platform", "text", N_("Platform"), code_list="platform"),
        Field("sensor", "text", N_("Sensor"), code_list="sensor"),
        Field("gsd_cm", "real", N_("Ground resolution (cm)"), minimum=0),
        Field("notes", "text", N_("Notes")),
    ], id_field="flight_id", since=7),
    _layer("vegetation_areas", "Polygon", N_("Vegetation"), [
        Field("vegetation_id", "text", N_("Vegetation id"), required=True, unique=True),
        Field("density", "text", N_("Density"), required=True, code_list="vegetation_density"),
        Field("source", "text", N_("Source")),
        Field("observed_date", "date", N_("Observed on")),
    ], id_field="vegetation_id", since=7),
    _layer("aerial_detections", "Point", N_("Aerial detections"), [
        Field("detection_id", "text", N_("Detection id"), required=True, unique=True),
        Field("flight_id", "text", N_("Flight"), references=("survey_flights", "flight_id")),
        Field("detected_class", "text", N_("Detected class")),
        Field("category", "text", N_("Category"), required=True, code_list="detection_category",
              default="'unknown'"),
        Field("confidence", "real", N_("Confidence (0–1)"), minimum=0, maximum=1),
        Field("model_version", "text", N_("Detector model")),
        Field("image_ref", "text", N_("Image")),
        Field("review_status", "text", N_("Review"), required=True, code_list="review_status",
              default="'unreviewed'"),
        Field("reviewed_by", "text", N_("Reviewed by")),
        Field("reviewed_at", "datetime", N_("Reviewed at")),
        _status_reason(since=7),
    ], status_fields=("review_status",), id_field="detection_id", since=7),
    _layer("hazard_proposals", "MultiPolygon", N_("Hazard proposals"), [
        Field("proposal_id", "text", N_("Proposal id"), required=True, unique=True),
        Field("kind", "text", N_("Kind"), required=True, code_list="proposal_kind"),
        Field("status", "text", N_("Status"), required=True, code_list="proposal_status",
              default="'proposed'"),
        Field("hazard_id", "text", N_("Hazard")),
        Field("overlaps", "text", N_("Hazards overlapped")),
        Field("evidence", "text", N_("Evidence")),
        Field("detections", "integer", N_("Detections"), minimum=0),
        Field("finds", "integer", N_("EO finds"), minimum=0),
        Field("accidents", "integer", N_("Accidents"), minimum=0),
        Field("max_confidence", "real", N_("Highest confidence"), minimum=0, maximum=1),
        Field("area_m2", "real", N_("Area (m²)"), minimum=0),
        Field("reason", "text", N_("Reason")),
        _status_reason(since=7),
    ], status_fields=("status",), id_field="proposal_id", since=7),
    # shared/spec/accidents-victims.md: accidents are evidence of contamination too
    _layer("accidents", "Point", N_("Accidents"), [
        Field("accident_id", "text", N_("Accident id"), required=True, unique=True),
        Field("accident_date", "date", N_("Accident date"), required=True),
        Field("accident_type", "text", N_("Accident type"), code_list="accident_type"),
        Field("device_category", "text", N_("Device category"), code_list="device_category"),
        Field("device_model", "text", N_("Device model")),
        Field("activity", "text", N_("Activity"), code_list="accident_activity"),
        Field("location_accuracy", "text", N_("Location accuracy"),
              code_list="location_accuracy"),
        Field("district", "text", N_("District")),
        Field("settlement", "text", N_("Settlement")),
        Field("hazard_id", "text", N_("Hazard"), references=("hazards", "hazard_id")),
        Field("record_id", "text", N_("Minefield record"),
              references=("minefield_records", "record_id")),
        Field("description", "text", N_("Description")),
        Field("source", "text", N_("Source")),
    ], id_field="accident_id", since=7),
    # version 8: the people hurt. `victims` is anonymous; the three tables after it hold
    # personal and health data that only victim-assistance staff may read (PERSONAL_LAYERS)
    _layer("victims", None, N_("Victims"), [
        Field("victim_id", "text", N_("Victim id"), required=True, unique=True),
        Field("accident_id", "text", N_("Accident"), required=True,
              references=("accidents", "accident_id")),
        Field("sex", "text", N_("Sex"), code_list="sex"),
        Field("age_years", "integer", N_("Age (years)"), minimum=0, maximum=120),
        Field("age_group", "text", N_("Age group"), code_list="age_group"),
        Field("outcome", "text", N_("Outcome"), required=True, code_list="victim_outcome"),
        Field("role", "text", N_("Role"), code_list="victim_role"),
        Field("injuries", "text", N_("Injuries")),
    ], id_field="victim_id", since=8),
    _layer("victim_personal", None, N_("Victims' personal data"), [
        Field("victim_id", "text", N_("Victim id"), required=True, unique=True,
              references=("victims", "victim_id")),
        Field("full_name", "text", N_("Full name")),
        Field("date_of_birth", "date", N_("Date of birth")),
        Field("address", "text", N_("Address")),
        Field("phone", "text", N_("Phone")),
    ], id_field="victim_id", since=8),
    _layer("victim_needs", None, N_("Victims' needs"), [
        Field("need_id", "text", N_("Need id"), required=True, unique=True),
        Field("victim_id", "text", N_("Victim id"), required=True,
              references=("victims", "victim_id")),
        Field("assessed_date", "date", N_("Assessed on")),
        Field("domain", "text", N_("Domain"), required=True, code_list="need_domain"),
        Field("need", "text", N_("Need")),
        Field("priority", "integer", N_("Priority"), code_list="priority", minimum=1, maximum=5),
        Field("status", "text", N_("Status"), required=True, code_list="need_status",
              default="'open'"),
    ], id_field="need_id", since=8),
    _layer("victim_assistance", None, N_("Assistance given"), [
        Field("assistance_id", "text", N_("Assistance id"), required=True, unique=True),
        Field("victim_id", "text", N_("Victim id"), required=True,
              references=("victims", "victim_id")),
        Field("date", "date", N_("Date")),
        Field("phase", "text", N_("Phase"), code_list="assistance_phase"),
        Field("provider", "text", N_("Provider")),
        Field("description", "text", N_("Description")),
    ], id_field="assistance_id", since=8),
)
LAYERS = LAYERS + (
    # version 9: what clearance is for, and who does it (shared/spec/priorities-workplan.md)
    _layer("settlements", "Point", N_("Settlements"), [
        Field("settlement_id", "text", N_("Settlement id"), required=True, unique=True),
        Field("name", "text", N_("Name")),
        Field("district", "text", N_("District")),
        Field("return_stage", "integer", N_("Return stage"), code_list="return_stage",
              minimum=1, maximum=3),
        Field("families", "integer", N_("Families"), minimum=0),
        Field("persons", "integer", N_("Persons"), minimum=0),
        Field("residential_ha", "real", N_("Residential land (ha)"), minimum=0),
        Field("target_date", "date", N_("Target date")),
    ], id_field="settlement_id", since=9),
    _layer("infrastructure", "Geometry", N_("Infrastructure"), [
        Field("asset_id", "text", N_("Asset id"), required=True, unique=True),
        Field("kind", "text", N_("Kind"), required=True, code_list="asset_kind"),
        Field("name", "text", N_("Name")),
        Field("funded_ready", "integer", N_("Funded and ready"), minimum=0, maximum=1),
    ], id_field="asset_id", since=9),
    _layer("operator_capacity", None, N_("Operator capacity"), [
        Field("organisation", "text", N_("Organisation"), required=True),
        Field("from_date", "date", N_("From"), required=True),
        Field("deminers", "integer", N_("Deminers"), minimum=0),
        Field("mdd", "integer", N_("Mine detection dogs"), minimum=0),
        Field("machines", "integer", N_("Machines"), minimum=0),
        Field("survey_teams", "integer", N_("Survey teams"), minimum=0),
    ], unique_together=(("organisation", "from_date"),), since=9),
    _layer("productivity", None, N_("Productivity"), [
        Field("asset", "text", N_("Asset"), required=True, code_list="productive_asset"),
        Field("activity_type", "text", N_("Activity type"), required=True,
              code_list="activity_type"),
        Field("m2_per_day", "real", N_("m² per day"), required=True, minimum=0),
        Field("source", "text", N_("Source")),
    ], unique_together=(("asset", "activity_type"),), since=9),
    _layer("priority_profiles", None, N_("Priority profiles"), [
        Field("profile", "text", N_("Profile"), required=True),
        Field("criterion", "text", N_("Criterion"), required=True),
        Field("weight", "real", N_("Weight"), required=True),
        Field("gate", "integer", N_("Gate"), minimum=0, maximum=1, default="0"),
    ], unique_together=(("profile", "criterion"),), since=9),
)
# Shipped in every new database (and on the upgrade to 9), each editable, with its source
PRODUCTIVITY_DEFAULTS = (
    ("deminer", "clearance", 30.0, "manual clearance, HALO Trust: 10-50 m2/day per deminer"),
    ("machine", "clearance", 1200.0, "ANAMA 2012: 1,641,165 m2 with 7 machines in a year"),
    ("mdd", "clearance", 500.0, "assumed: replace with your programme's figure"),
    ("survey_team", "NTS", 10000.0, "assumed: replace with your programme's figure"),
)
# The preset stored in every new database as profile "anama" (core/priorities.ANAMA_PRESET)
PRESET_PROFILE = "anama"
# Personal and health data: on PostGIS only the <schema>_victim_assistance role (and the
# owner) may read or write them; on a GeoPackage every output leaves them out unless asked
PERSONAL_LAYERS = ("victim_personal", "victim_needs", "victim_assistance")

LAYERS_BY_NAME = {layer.name: layer for layer in LAYERS}
# history-tracked fields that are not a coded status: which correction a record carries
TRACKED_WITHOUT_CODES = {("minefield_records", "correction_check_id")}
ORGANISATION_FIELDS = {("land_release", "organisation"), ("tasks", "organisation")}


def layer(name):
    return LAYERS_BY_NAME[name]


def relations():
    """Every (child layer, child field, parent layer, parent field) reference in the schema."""
    return [(lyr.name, f.name, f.references[0], f.references[1])
            for lyr in LAYERS for f in lyr.fields if f.references]


def code_label(code_list, code):
    """English label of a code (the code itself when it is not in the list)."""
    return CODE_LISTS[code_list].get(str(code), str(code))
