"""Which hazard first: criteria normalised, weighted, gated, explained (shared/spec/
priorities-workplan.md). Pure: no Qt; the criteria's raw values are measured elsewhere
(data/planning_store.py).

No black box: a hazard's score is Σ weight × normalised criterion; the explanation names the
three largest of those parts with the values behind them.
"""
import json

from .i18n import N_, tr

CRITERIA = ("dist_settlement_m", "return_stage", "families_within", "dist_road_m",
            "dist_railway_m", "dist_power_line_m", "reconstruction_ready", "agriculture_m2",
            "accidents_within", "victims_within", "area_m2", "classification", "evidence")
DISTANCES = ("dist_settlement_m", "dist_road_m", "dist_railway_m", "dist_power_line_m")
PARAMETERS = {"SETTLEMENT_RADIUS": 2000.0, "ACCIDENT_RADIUS": 1000.0, "ACCIDENT_YEARS": 2,
              "DISTANCE_SCALE": 10000.0, "RECONSTRUCTION_RADIUS": 500.0}
EVIDENCE_URGENCY = {"direct": 1.0, "indirect": 0.5, "none": 0.0}
# ANAMA's published order: places of accidents, socio-economic needs (roads, railways, power
# lines), IDP resettlement, funded reconstruction, food security (agriculture)
ANAMA_PRESET = {"accidents_within": 0.15, "victims_within": 0.15, "dist_road_m": 0.08,
                "dist_railway_m": 0.05, "dist_power_line_m": 0.05, "families_within": 0.15,
                "dist_settlement_m": 0.07, "return_stage": 0.08, "reconstruction_ready": 0.12,
                "agriculture_m2": 0.07, "classification": 0.02, "evidence": 0.01,
                "area_m2": 0.0}
WORDS = {
    "dist_settlement_m": N_("nearest settlement {value:,.0f} m"),
    "return_stage": N_("return stage {value:.0f}"),
    "families_within": N_("{value:,.0f} families within reach"),
    "dist_road_m": N_("road {value:,.0f} m away"),
    "dist_railway_m": N_("railway {value:,.0f} m away"),
    "dist_power_line_m": N_("power line {value:,.0f} m away"),
    "reconstruction_ready": N_("funded reconstruction ready nearby"),
    "agriculture_m2": N_("{value:,.0f} m² of farmland"),
    "accidents_within": N_("{value:,.0f} recent accidents nearby"),
    "victims_within": N_("{value:,.0f} recent victims nearby"),
    "area_m2": N_("{value:,.0f} m² to clear"),
    "classification": N_("confirmed ({value})"),
    "evidence": N_("evidence {value}"),
}


class ProfileError(ValueError):
    """A profile that cannot be used; the message says why."""


def parse_profile(data):
    """{criterion: (weight, gate)} from {criterion: weight} or {criterion: {"weight": w,
    "gate": bool}} (a dict, or JSON text)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as error:
            raise ProfileError(tr("the profile is not JSON: {reason}").format(reason=error))
    if not isinstance(data, dict) or not data:
        raise ProfileError(tr("a profile is a JSON object of criterion: weight"))
    profile = {}
    for criterion, value in data.items():
        if criterion not in CRITERIA:
            raise ProfileError(tr("{criterion} is not a criterion (one of {names})").format(
                criterion=criterion, names=", ".join(CRITERIA)))
        gate = False
        if isinstance(value, dict):
            gate = bool(value.get("gate", False))
            value = value.get("weight", 0)
        try:
            weight = float(value)
        except (TypeError, ValueError):
            raise ProfileError(tr("the weight of {criterion} is not a number").format(
                criterion=criterion))
        profile[criterion] = (weight, gate)
    return profile


def normalised(raw, parameters=None):
    """{hazard: {criterion: 0–1}}, more urgent higher. raw: {hazard: {criterion: value}}."""
    params = dict(PARAMETERS, **(parameters or {}))
    scale = float(params["DISTANCE_SCALE"])
    largest = {c: max([float(v.get(c) or 0) for v in raw.values()] or [0])
               for c in ("families_within", "agriculture_m2", "accidents_within",
                         "victims_within", "area_m2")}
    result = {}
    for hazard, values in raw.items():
        out = {}
        for criterion in CRITERIA:
            value = values.get(criterion)
            if criterion in DISTANCES:
                out[criterion] = 0.0 if value is None else max(0.0, 1.0 - float(value) / scale)
            elif criterion == "return_stage":
                out[criterion] = 0.0 if not value else max(0.0, (4 - float(value)) / 3)
            elif criterion == "reconstruction_ready":
                out[criterion] = 1.0 if value else 0.0
            elif criterion == "classification":
                out[criterion] = 1.0 if value == "CHA" else 0.0
            elif criterion == "evidence":
                out[criterion] = EVIDENCE_URGENCY.get(value or "", 0.0)
            else:
                top = largest[criterion]
                out[criterion] = float(value or 0) / top if top > 0 else 0.0
        result[hazard] = out
    return result


def rank(raw, profile, parameters=None):
    """Rows for the hazards that pass every gate, best first: hazard_id, score, rank, each
    criterion's value and `<criterion>_part`, explanation. Ties: smaller remaining area
    first, then the id."""
    norm = normalised(raw, parameters)
    rows = []
    for hazard, values in raw.items():
        if any(gate and norm[hazard][c] <= 0 for c, (_, gate) in profile.items()):
            continue
        parts = {c: profile.get(c, (0.0, False))[0] * norm[hazard][c] for c in CRITERIA}
        row = {"hazard_id": hazard, "score": round(sum(parts.values()), 6)}
        for criterion in CRITERIA:
            row[criterion] = values.get(criterion)
            row[f"{criterion}_part"] = round(parts[criterion], 6)
        row["explanation"] = explain(values, parts)
        rows.append(row)
    rows.sort(key=lambda r: (-r["score"], float(r["area_m2"] or 0), r["hazard_id"]))
    for position, row in enumerate(rows, 1):
        row["rank"] = position
    return rows


def explain(values, parts):
    """The three largest parts of a score, in words, e.g. '1,127 families within reach
    (+0.42); road 350 m away (+0.06)'."""
    largest = sorted(((p, c) for c, p in parts.items() if p > 0), reverse=True)[:3]
    if not largest:
        return tr("no criterion of the profile applies")
    words = []
    for part, criterion in largest:
        value = values.get(criterion)
        try:
            text = tr(WORDS[criterion]).format(value=value if value is not None else 0)
        except (TypeError, ValueError):
            text = f"{criterion} {value}"
        words.append(f"{text} (+{part:.2f})")
    return "; ".join(words)


def quintile_priorities(rows):
    """{hazard: 1–5}: the best fifth of the ranked hazards priority 1, the last fifth 5."""
    count = len(rows)
    return {row["hazard_id"]: min(5, 1 + (5 * (row["rank"] - 1)) // max(count, 1))
            for row in rows}
