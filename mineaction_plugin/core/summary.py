"""The quarterly "Clearance by districts" table (shared/spec/data-model.md, summary report).

Pure bookkeeping: callers measure cleared areas on the ellipsoid and read the finds; this adds
them up by district, in a stable order, with the Total row last.
"""
from dataclasses import dataclass, field
from typing import Dict, Optional

from .i18n import N_

CATEGORIES = ("ERW", "APM", "ATM")
COLUMNS = ("district", "cleared_km2", "ERW", "APM", "ATM", "total")
TOTAL = "Total"
NO_DISTRICT = N_("(no district)")


@dataclass
class DistrictRow:
    district: str
    cleared_m2: float = 0.0
    finds: Dict[str, int] = field(default_factory=lambda: {c: 0 for c in CATEGORIES})
    district_m2: Optional[float] = None

    @property
    def total(self):
        return sum(self.finds.values())

    def values(self, with_district_area=False):
        row = {"district": self.district, "cleared_km2": round(self.cleared_m2 / 1e6, 3),
               **{c: self.finds[c] for c in CATEGORIES}, "total": self.total}
        if with_district_area:
            row["district_km2"] = (round(self.district_m2 / 1e6, 3)
                                   if self.district_m2 is not None else None)
        return row


class ClearanceSummary:
    """Accumulates cleared area and finds by district."""

    def __init__(self, no_district_label=NO_DISTRICT):
        self.rows = {}
        self.no_district = no_district_label

    def _row(self, district):
        name = (district or "").strip() or self.no_district
        if name not in self.rows:
            self.rows[name] = DistrictRow(name)
        return self.rows[name]

    def add_cleared(self, district, area_m2):
        self._row(district).cleared_m2 += area_m2

    def add_finds(self, district, category, quantity):
        if category not in CATEGORIES:
            raise ValueError(category)
        self._row(district).finds[category] += int(quantity)

    def set_district_area(self, district, area_m2):
        self._row(district).district_m2 = area_m2

    def table(self, with_district_area=False):
        """Rows as dicts, districts by name, the Total row last."""
        rows = [self.rows[name] for name in sorted(self.rows, key=lambda n: (
            n == self.no_district, n.lower()))]
        total = DistrictRow(TOTAL, sum(r.cleared_m2 for r in rows),
                            {c: sum(r.finds[c] for r in rows) for c in CATEGORIES})
        if with_district_area:
            areas = [r.district_m2 for r in rows if r.district_m2 is not None]
            total.district_m2 = sum(areas) if areas else None
        return [r.values(with_district_area) for r in rows + [total]]
