"""Dashboard figures by district: hazards, land released, finds, cleared area per month.

Pure aggregation over rows the data layer reads (data/dashboard.py); no Qt.
"""
from dataclasses import dataclass, field
from typing import Dict

ALL = ""  # the key of the programme-wide figures


@dataclass
class Survey:
    """Aerial survey, programme-wide (flights belong to no district)."""
    flights: int = 0
    imaged_m2: float = 0.0          # the footprints' union, counted once where they overlap
    detections: int = 0
    reviewed: int = 0
    proposals_accepted: int = 0
    reduce_m2: float = 0.0          # reduction candidates proposed or accepted


@dataclass
class Figures:
    sha_count: int = 0
    sha_m2: float = 0.0
    cha_count: int = 0
    cha_m2: float = 0.0
    closed_count: int = 0
    closed_m2: float = 0.0
    released_m2: Dict[str, float] = field(default_factory=lambda: {
        "cancelled": 0.0, "reduced": 0.0, "cleared": 0.0})
    finds: Dict[str, int] = field(default_factory=lambda: {"APM": 0, "ATM": 0, "ERW": 0})
    cleared_by_month: Dict[str, float] = field(default_factory=dict)   # "YYYY-MM" -> m²
    survey: Survey = field(default_factory=Survey)                      # on ALL only
    # casualties (shared/spec/accidents-victims.md): {year: [killed, injured]} and totals
    victims_by_year: Dict[int, list] = field(default_factory=dict)
    victims: int = 0
    children: int = 0
    civilians: int = 0
    deminers: int = 0
    outside_records: int = 0

    @property
    def outside_records_share(self):
        return self.outside_records / self.victims if self.victims else 0.0

    @property
    def hazard_m2(self):
        return self.sha_m2 + self.cha_m2

    @property
    def released_total_m2(self):
        return sum(self.released_m2.values())

    @property
    def released_share(self):
        """Released land as a share of all land marked hazardous, closed hazards included
        (a hazard keeps its polygon when land inside it is released)."""
        whole = self.hazard_m2 + self.closed_m2
        return min(1.0, self.released_total_m2 / whole) if whole else 0.0


def build(hazards, releases, finds):
    """{district or ALL: Figures}.

    hazards:  (district, classification, status, area_m2) — closed hazards count as closed,
              not as hazardous area
    releases: (district, release_type, area_m2, date "YYYY-MM-DD" or None), completed only
    finds:    (district, category, quantity)
    """
    figures = {ALL: Figures()}

    def targets(district):
        name = (district or "").strip()
        if name and name not in figures:
            figures[name] = Figures()
        return [figures[ALL]] + ([figures[name]] if name else [])

    for district, classification, status, area in hazards:
        for f in targets(district):
            if status == "closed":
                f.closed_count += 1
                f.closed_m2 += area or 0.0
            elif classification == "CHA":
                f.cha_count += 1
                f.cha_m2 += area or 0.0
            else:
                f.sha_count += 1
                f.sha_m2 += area or 0.0
    for district, release_type, area, date in releases:
        if release_type not in ("cancelled", "reduced", "cleared"):
            continue
        for f in targets(district):
            f.released_m2[release_type] += area or 0.0
            if release_type == "cleared" and date:
                month = date[:7]
                f.cleared_by_month[month] = f.cleared_by_month.get(month, 0.0) + (area or 0.0)
    for district, category, quantity in finds:
        if category not in ("APM", "ATM", "ERW"):
            continue
        for f in targets(district):
            f.finds[category] += int(quantity or 0)
    return figures


def add_casualties(figures, summary_rows):
    """Fold casualtysummary rows (core/casualties.summarise, Total row last) into the figures
    of each district and of ALL."""
    for row in summary_rows[:-1]:
        name = (row["district"] or "").strip()
        targets = [figures.setdefault(ALL, Figures())]
        if name:
            targets.append(figures.setdefault(name, Figures()))
        for f in targets:
            year = f.victims_by_year.setdefault(row["year"], [0, 0])
            year[0] += row["killed"]
            year[1] += row["injured"]
            f.victims += row["victims"]
            f.children += row["children"]
            f.civilians += row["civilians"]
            f.deminers += row["deminers"]
            f.outside_records += row["outside_records"]
    return figures
