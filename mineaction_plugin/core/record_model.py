"""Minefield records as data: points, mine rows, records, problems and an import's result,
with the codes and limits of shared/spec/minefield-records.md."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import units

POINT_TYPES = ("LM", "BM", "SP", "TP", "IP", "EP", "RS", "RE")
BEARING_UNITS = tuple(units.FULL_CIRCLE)
DISTANCE_UNITS = tuple(units.METRES_PER)
PERIMETER_TYPES = ("SP", "TP", "IP", "EP")
DEFAULT_CRS = "EPSG:4326"
# projected coordinates are often used a little outside their CRS's official area of use
AREA_OF_USE_MARGIN_DEG = 2.0
# What a minefield form can plausibly hold; beyond it a value is a typing error (or an attack
# on the import: a leg of 1e308 paces, a row of five million mines) and the row is refused.
MAX_LEG_M = 20_000.0          # one measured leg (landmark to benchmark is the longest)
MAX_MINES_PER_ROW = 5_000     # a 5 km row of mines one metre apart
MAX_SPACING_M = 500.0
MAX_PROJECTED = 1e8           # metres: no CRS has coordinates beyond this
# a number as a person writes it: ASCII digits, one decimal mark, an optional exponent
# (Python's float() would also take "1_0", "inf", "nan" and Arabic-Indic digits)
RECORD_ATTRIBUTES = ("district", "source_file", "date_laid", "laid_by", "notes")


@dataclass
class Problem:
    row: Optional[int]
    record_id: str
    point_id: str
    field: str
    message: str


@dataclass
class Point:
    row: int
    values: Dict[str, str]
    record_id: str
    point_id: str
    point_type: str
    from_point: str = ""            # as written ("" = the previous row)
    bearing: Optional[float] = None
    bearing_unit: str = units.DEFAULT_BEARING_UNIT
    bearing_ref: str = units.DEFAULT_BEARING_REF
    declination_deg: Optional[float] = None
    grid_crs: str = ""
    distance: Optional[float] = None
    distance_unit: str = units.DEFAULT_DISTANCE_UNIT
    pace_m: Optional[float] = None
    x: Optional[float] = None
    y: Optional[float] = None
    crs: str = DEFAULT_CRS
    row_id: str = ""
    mine_model: str = ""
    mine_count: Optional[int] = None
    spacing_m: Optional[float] = None
    # computed
    seq: int = 0
    measured_from: str = ""         # the point it was measured from, resolved
    lat: Optional[float] = None
    lon: Optional[float] = None
    distance_m: Optional[float] = None
    azimuth_deg: Optional[float] = None     # true azimuth (grid bearings: grid azimuth)
    traverse_m: float = 0.0                 # path length from an absolute point
    absolute: bool = False                  # placed by its own x, y (set with them)


@dataclass
class MineRow:
    row_id: str
    start: Point
    end: Point
    mine_model: str
    mine_category: Optional[str]
    mine_count: int
    spacing_m: float
    length_m: float = 0.0
    expected_length_m: Optional[float] = None
    length_mismatch: bool = False
    azimuth_deg: float = 0.0

    def mines(self, geodesy):
        """Estimated mine positions (lat, lon): one every spacing from the start point.

        Computed on demand: only the optional MINES output needs them."""
        return [geodesy.direct(self.start.lat, self.start.lon, self.azimuth_deg,
                               i * self.spacing_m) for i in range(self.mine_count)]


@dataclass
class Record:
    record_id: str
    points: List[Point]
    perimeter: List[Point] = field(default_factory=list)
    rows: List[MineRow] = field(default_factory=list)
    area_m2: float = 0.0
    perimeter_m: float = 0.0
    misclosure_m: Optional[float] = None
    attributes: Dict[str, str] = field(default_factory=dict)
    declination_deg: Optional[float] = None
    warnings: List[str] = field(default_factory=list)

    @property
    def first_row(self):
        return self.points[0].row

    @property
    def mines_recorded(self):
        return sum(r.mine_count for r in self.rows)

    @property
    def traverse_m(self):
        return max((p.traverse_m for p in self.points), default=0.0)


@dataclass
class ImportResult:
    records: List[Record]
    problems: List[Problem]
    # every row left out: (row, values, record_id, fields, reasons) with fields and reasons
    # joined by "; "
    rejected: List[tuple]
    headers: List[str]
    cancelled: bool = False

    @property
    def rejected_record_ids(self):
        return sorted({p.record_id for p in self.problems if p.record_id})
