"""Accidents and victims on the sample of shared/data/casualties (figures reproduce the national
report; expected.json made by its generator): import, the summary, who may read personal data,
on a GeoPackage and on PostGIS."""
import csv
import json
import os

import pytest

from conftest import BACKENDS, on_backend, query

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "casualties")
EXPECTED = json.load(open(os.path.join(DATA, "expected.json"), encoding="utf-8"))
COLUMNS = EXPECTED["columns"]


def personal_values():
    """The sample's names, addresses and phones (what must appear nowhere unless asked)."""
    with open(os.path.join(DATA, "casualties.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    values = set()
    for row in rows:
        for column in ("full_name", "address", "phone"):
            if row[column]:
                values.add(row[column])
    return values


def load_places(path):
    import processing
    from osgeo import gdal
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(DATA, "records.csv"), "DATABASE": path})
    done = gdal.VectorTranslate(path, os.path.join(DATA, "hazards.geojson"),
                                accessMode="append", layerName="hazards")
    del done


def summary(run_alg, database, path, **dates):
    run_alg("casualtysummary", dict(DATABASE=database, OUTPUT=str(path), **dates))
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module", params=BACKENDS)
def casualties(request, mineaction_provider, tmp_path_factory):
    import processing
    folder = tmp_path_factory.mktemp("casualties")
    path = str(folder / "project.gpkg")
    load_places(path)
    database = on_backend(request, path, request.param)
    bad = processing.run("mineaction:importaccidents", {
        "INPUT": os.path.join(DATA, "casualties_bad.csv"), "DATABASE": database,
        "ERRORS": str(folder / "bad_errors.csv")})
    good = processing.run("mineaction:importaccidents", {
        "INPUT": os.path.join(DATA, "casualties.csv"), "DATABASE": database})
    return {"database": database, "folder": folder, "bad": bad, "good": good,
            "backend": request.param}


def test_the_bad_file_is_refused_whole_with_every_bad_row(casualties):
    assert casualties["bad"]["ACCIDENTS"] == 0 and casualties["bad"]["REJECTED"] == 6
    with open(casualties["folder"] / "bad_errors.csv", encoding="utf-8") as f:
        reported = {int(r["row"]): r for r in csv.DictReader(f)}
    expected = {p["line"]: p for p in EXPECTED["bad"]["problems"]}
    assert sorted(reported) == sorted(expected)
    for line, problem in expected.items():
        assert reported[line]["problem_field"] == problem["field"], line
        assert reported[line]["victim_id"] == problem["victim_id"], line
        assert "full_name" not in reported[line]         # personal columns left out
    ids = EXPECTED["bad"]["accident_ids"]
    marks = ", ".join("?" * len(ids))
    assert query(casualties["database"], f"SELECT count(*) FROM accidents WHERE accident_id "
                                         f"IN ({marks})", ids) == [(0,)]


def test_the_summary_reproduces_the_national_figures(casualties, run_alg, tmp_path):
    assert (casualties["good"]["ACCIDENTS"], casualties["good"]["VICTIMS"]) == (2334, 3321)
    for key, dates in (("all_time", {}),
                       ("period", {"DATE_FROM": "2020-11-10", "DATE_TO": "2022-08-31"})):
        rows = summary(run_alg, casualties["database"], tmp_path / f"{key}.csv", **dates)
        total = rows[-1]
        assert total["district"] == "Total"
        assert {c: int(total[c]) for c in COLUMNS} == EXPECTED[key]["total"], key
        assert int(total["location_unknown"]) == 0
        by_cell = {f"{r['district']}|{r['year']}": {c: int(r[c]) for c in COLUMNS}
                   for r in rows[:-1]}
        assert by_cell == EXPECTED[key]["by_district_year"], key


def test_accidents_are_linked_to_the_hazard_and_record_they_fall_in(casualties):
    linked = query(casualties["database"], "SELECT count(*) FROM accidents WHERE hazard_id IS "
                                           "NOT NULL")[0][0]
    # every accident inside a hazard is linked (expected: victims inside = all - outside)
    assert linked > 0
    total = EXPECTED["all_time"]["total"]
    inside_records = query(casualties["database"], "SELECT count(DISTINCT v.victim_id) FROM "
                                                   "victims v JOIN accidents a ON "
                                                   "a.accident_id = v.accident_id WHERE "
                                                   "a.record_id IS NOT NULL")[0][0]
    assert inside_records == total["victims"] - total["outside_records"]


def test_personal_data_stays_out_of_every_output_unless_asked(casualties, run_alg, tmp_path):
    database = casualties["database"]
    names = personal_values()
    assert len(names) > 3000
    assert query(database, "SELECT count(*) FROM victim_personal")[0][0] == 3321
    outputs = []
    summary(run_alg, database, tmp_path / "summary.csv")
    outputs.append(tmp_path / "summary.csv")
    run_alg("casualtysummary", {"DATABASE": database, "OUTPUT": str(tmp_path / "s.xlsx")})
    outputs.append(tmp_path / "s.xlsx")
    plain = run_alg("exportimsma", {"DATABASE": database, "FORMAT": "xlsx",
                                    "OUTPUT": str(tmp_path / "imsma.xlsx")})
    outputs.append(plain["OUTPUT"])
    copy = tmp_path / "shared.gpkg"
    run_alg("copydatabase", {"INPUT": database, "OUTPUT": str(copy), "PERSONAL": "omit"})
    outputs.append(copy)
    assert query(str(copy), "SELECT count(*) FROM victims")[0][0] == 3321
    assert query(str(copy), "SELECT count(*) FROM victim_personal")[0][0] == 0
    texts = {}
    for path in outputs:
        data = open(path, "rb").read()
        if str(path).endswith(".xlsx"):
            import zipfile
            with zipfile.ZipFile(path) as archive:
                data = b"".join(archive.read(n) for n in archive.namelist())
        texts[str(path)] = data.decode("utf-8", "replace")
    for path, text in texts.items():
        leaked = [n for n in names if n in text]
        assert not leaked, (path, leaked[:3])
    asked = run_alg("exportimsma", {"DATABASE": database, "FORMAT": "xlsx",
                                    "INCLUDE_PERSONAL": True, "SINCE": "1900-01-01",
                                    "OUTPUT": str(tmp_path / "imsma_personal.xlsx")})
    import zipfile
    with zipfile.ZipFile(asked["OUTPUT"]) as archive:
        text = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8")
    assert sum(n in text for n in names) > 3000


def test_the_xlsx_layout_gives_the_same_figures(mineaction_provider, run_alg, tmp_path):
    path = str(tmp_path / "second.gpkg")
    load_places(path)
    result = run_alg("importaccidents", {"INPUT": os.path.join(DATA, "casualties.xlsx"),
                                         "DATABASE": path})
    assert (result["ACCIDENTS"], result["VICTIMS"]) == (2334, 3321)
    total = summary(run_alg, path, tmp_path / "x.csv", DATE_FROM="2020-11-10",
                    DATE_TO="2022-08-31")[-1]
    assert {c: int(total[c]) for c in COLUMNS} == EXPECTED["period"]["total"]
    again = run_alg("importaccidents", {"INPUT": os.path.join(DATA, "casualties.xlsx"),
                                        "DATABASE": path, "ERRORS": str(tmp_path / "e.csv")})
    assert again["ACCIDENTS"] == 0 and again["REJECTED"] == 2334 + 3321   # every id known
    assert query(path, "SELECT count(*) FROM victims")[0][0] == 3321


def test_on_postgis_only_victim_assistance_reads_personal_data(pg_target, pg_cluster, run_alg):
    """The database itself refuses viewers and editors the personal tables, also on a schema
    whose roles were made before the tables (an upgrade from version 7)."""
    import secrets

    import psycopg2

    from mineaction_plugin.data import postgis
    postgis.create(pg_target, version=7)
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    s = pg_target.schema
    owner = postgis.connect(pg_target)
    with owner, owner.cursor() as cursor:      # roles as createroles made them at version 7
        from mineaction_plugin.data import pg_ddl
        for statement in pg_ddl.roles_sql(s, f"{s}_viewer", f"{s}_editor"):
            cursor.execute(statement)
    postgis.upgrade(pg_target)
    roles = run_alg("createroles", {"DATABASE": uri})
    with owner, owner.cursor() as cursor:
        cursor.execute(f"INSERT INTO {s}.accidents (accident_id, accident_date) VALUES "
                       f"('ACC-1', '2021-05-01')")
        cursor.execute(f"INSERT INTO {s}.victims (victim_id, accident_id, outcome) VALUES "
                       f"('V-1', 'ACC-1', 'injured')")
        cursor.execute(f"INSERT INTO {s}.victim_personal (victim_id, full_name, phone) VALUES "
                       f"('V-1', 'Secret Name', '+994 00 000 00 00')")
    logins = {}
    for kind, role in (("viewer", roles["VIEWER"]), ("editor", roles["EDITOR"]),
                       ("assistance", roles["VICTIM_ASSISTANCE"])):
        login = f"{kind}_{secrets.token_hex(3)}"
        logins[kind] = (login, "pw-" + secrets.token_urlsafe(12))
        pg_cluster.add_login(*logins[kind])
        with owner, owner.cursor() as cursor:
            cursor.execute(f'GRANT "{role}" TO "{login}"')

    def as_login(kind):
        conninfo = " ".join(p for p in pg_target.conninfo.split() if not p.startswith("user="))
        return postgis.Target(f"{conninfo} user={logins[kind][0]}", s, logins[kind][1])
    for kind in ("viewer", "editor"):
        connection = postgis.connect(as_login(kind))
        for table in ("victim_personal", "victim_needs", "victim_assistance"):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                with connection, connection.cursor() as cursor:
                    cursor.execute(f"SELECT * FROM {s}.{table}")
        with connection, connection.cursor() as cursor:      # the anonymous table is theirs
            cursor.execute(f"SELECT victim_id, outcome FROM {s}.victims")
            assert cursor.fetchall() == [("V-1", "injured")]
        connection.close()
        # the plugin reads around what it may not: its counts leave the tables out
        counts = postgis.counts(as_login(kind))
        assert "victim_personal" not in counts and counts["victims"] == 1
    connection = postgis.connect(as_login("assistance"))
    with connection, connection.cursor() as cursor:
        cursor.execute(f"SELECT full_name FROM {s}.victim_personal")
        assert cursor.fetchall() == [("Secret Name",)]
        cursor.execute(f"INSERT INTO {s}.victim_needs (need_id, victim_id, domain) VALUES "
                       f"('N-1', 'V-1', 'medical')")
    connection.close()
    owner.close()


def test_the_imsma_round_trip_keeps_accidents_and_victims(mineaction_provider, run_alg,
                                                          tmp_path):
    """Accidents and victims exported to IMSMA (no personal data) come back whole into an
    empty database of the same records and hazards."""
    source = str(tmp_path / "source.gpkg")
    load_places(source)
    run_alg("importaccidents", {"INPUT": os.path.join(DATA, "casualties.csv"),
                                "DATABASE": source})
    exported = run_alg("exportimsma", {"DATABASE": source, "FORMAT": "gpkg",
                                       "OUTPUT": str(tmp_path / "imsma.gpkg")})
    target = str(tmp_path / "target.gpkg")
    load_places(target)
    run_alg("importimsma", {"INPUT": exported["OUTPUT"], "DATABASE": target})
    columns = ("accident_id", "accident_date", "accident_type", "district", "hazard_id",
               "record_id")
    sql = f"SELECT {', '.join(columns)} FROM accidents ORDER BY accident_id"
    assert query(target, sql) == query(source, sql)
    sql = ("SELECT victim_id, accident_id, sex, age_years, age_group, outcome, role "
           "FROM victims ORDER BY victim_id")
    assert query(target, sql) == query(source, sql)
    assert len(query(target, sql)) == 3321
    assert query(target, "SELECT count(*) FROM victim_personal") == [(0,)]


def test_accidents_near_each_hazard_are_counted_for_the_priorities(casualties):
    from mineaction_plugin.data.casualty_store import accidents_near_hazards
    inside = accidents_near_hazards(casualties["database"], 0)
    near = accidents_near_hazards(casualties["database"], 1000)
    hazards = query(casualties["database"], "SELECT count(*) FROM hazards")[0][0]
    assert len(inside) == len(near) == hazards
    total = EXPECTED["all_time"]["total"]
    # every victim inside some hazard is counted at least once inside (hazards may overlap)
    assert sum(v for _, v in inside.values()) >= total["victims"] - total["outside_hazards"]
    assert all(near[h][0] >= inside[h][0] for h in inside)
    assert sum(a for a, _ in near.values()) > sum(a for a, _ in inside.values())


def test_no_personal_value_in_any_message_of_the_algorithms(mineaction_provider, tmp_path):
    """What the import, the table, the needs report and the exports say (Processing log,
    QGIS's message log) holds no name, address or phone of the sample."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback

    class Heard(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.said = []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.said.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.said.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802
            self.said.append(error)
    logged = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: logged.append(message))
    path = str(tmp_path / "log.gpkg")
    load_places(path)
    heard = Heard()
    for name, parameters in (
            ("importaccidents", {"INPUT": os.path.join(DATA, "casualties_bad.csv")}),
            ("importaccidents", {"INPUT": os.path.join(DATA, "casualties.csv")}),
            ("casualtysummary", {"OUTPUT": str(tmp_path / "s.csv")}),
            ("needsreport", {"OUTPUT": str(tmp_path / "n.csv"), "STATUS": "all"}),
            ("exportimsma", {"FORMAT": "xlsx", "OUTPUT": str(tmp_path / "i.xlsx")})):
        processing.run(f"mineaction:{name}", dict(parameters, DATABASE=path), feedback=heard)
    text = "\n".join(heard.said + logged)
    assert "casualties_bad" in text or "rows are wrong" in text     # it did speak
    names = personal_values() | {n.split(",")[0] for n in personal_values()}
    assert not [n for n in names if len(n) > 6 and n in text]
