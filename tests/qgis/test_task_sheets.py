"""Tasks and their sheets: creation, status workflow, PDFs read back with pdftotext/pdftoppm."""
import json
import os
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingException

from mineaction_plugin.core import task_sheet

from conftest import BACKENDS, on_backend, query_geometries, write_unchecked
from conftest import query as rows

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
DMS = re.compile(r"(\d+)°(\d\d)'(\d\d\.\d\d)\"([NSEW])")


@pytest.fixture(scope="module", params=BACKENDS)
def sheet_db(request, mineaction_provider, tmp_path_factory):
    """Records → hazards (from records) plus one hazard around finds, and a task on each; on
    a GeoPackage and on PostGIS."""
    import processing

    def run(name, parameters):
        return processing.run(f"mineaction:{name}", parameters)
    path = str(tmp_path_factory.mktemp("sheets") / "project.gpkg")
    run("createdatabase", {"OUTPUT": path})
    run("importminefieldrecords", {"INPUT": os.path.join(DATA, "records", "records.csv"),
                                   "DATABASE": path})
    run("hazardsfromrecords", {"DATABASE": path, "BUFFER": 5.0})
    finds = tmp_path_factory.mktemp("finds") / "finds.geojson"
    finds.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"district": "Fuzuli"},
         "geometry": {"type": "Point", "coordinates": c}}
        for c in ([47.0, 40.0], [47.001, 40.0], [47.0005, 40.001])]}))
    evidence = run("hazardfromevidence", {"DATABASE": path, "INPUT": str(finds), "BUFFER": 20})
    from mineaction_plugin.data import gpkg_sql
    connection = gpkg_sql.connect(path)
    with connection:
        for number, (lon, lat) in enumerate(((47.0005, 40.0004), (47.003, 40.0))):
            connection.execute(
                "INSERT INTO eo_finds (find_id, category, quantity, model, geom, created_by, "
                "created_at) VALUES (?, 'APM', 1, 'PMN-2', ?, 'test', '2026-01-01T00:00:00Z')",
                (f"F-{number}", _point_blob(lon, lat)))
    connection.close()
    path = on_backend(request, path, request.param)
    record_task = run("createtask", {"DATABASE": path, "HAZARD_ID": "HZ-XXX-0001",
                                     "TASK_TYPE": "clearance", "ORGANISATION": "ANAMA",
                                     "TEAM": "Team 3", "ISSUED_DATE": "2026-11-20",
                                     "DUE_DATE": "2026-12-20"})["TASK_ID"]
    area_task = run("createtask", {"DATABASE": path, "HAZARD_ID": evidence["HAZARD_ID"],
                                   "TASK_TYPE": "TS", "TASK_ID": "FZL-TS-1"})["TASK_ID"]
    return {"path": path, "record_task": record_task, "area_task": area_task,
            "evidence_hazard": evidence["HAZARD_ID"], "backend": request.param}


def _point_blob(lon, lat):
    import struct

    from mineaction_plugin.data.gpkg_sql import blob
    return blob(struct.pack("<BIdd", 1, 1, lon, lat), (lon, lon, lat, lat))


def pdf_text(path):
    """The text of a PDF; NFKC folds the typographic ligatures (ﬁ → fi) the fonts use."""
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout
    return unicodedata.normalize("NFKC", text)


def dms_value(match):
    degrees, minutes, seconds, hemisphere = match
    value = int(degrees) + int(minutes) / 60 + float(seconds) / 3600
    return -value if hemisphere in "SW" else value


def table_points(text):
    """{point id: (lon, lat)} read from the turning-point table of a sheet's text."""
    points = {}
    for line in text.splitlines():
        parts = line.split()
        found = DMS.findall(line)
        if parts and len(found) == 2:
            points[parts[0]] = (dms_value(found[1]), dms_value(found[0]))
    return points


# --- tasks ---------------------------------------------------------------------------------
def test_a_task_takes_the_hazard_outline_and_starts_its_history(sheet_db):
    db = sheet_db["path"]
    task = rows(db, "SELECT t.task_id, t.hazard_id, t.task_type, t.status, t.organisation, "
                    "t.team, t.issued_date, t.due_date, t.geom = h.geom FROM tasks t JOIN "
                    "hazards h USING (hazard_id) WHERE t.task_id = ?",
                (sheet_db["record_task"],))[0]
    assert task == ("HZ-XXX-0001-T01", "HZ-XXX-0001", "clearance", "draft", "ANAMA", "Team 3",
                    "2026-11-20", "2026-12-20", 1)
    history = rows(db, "SELECT field, old_value, new_value, reason FROM status_history WHERE "
                       "entity = 'tasks' AND entity_id = ?", (sheet_db["record_task"],))
    assert history == [("status", None, "draft", "created from hazard HZ-XXX-0001")]


def test_task_creation_refuses_bad_input(run_alg, sheet_db):
    db = sheet_db["path"]
    before = rows(db, "SELECT count(*) FROM tasks")
    for parameters, message in (
            ({"HAZARD_ID": "HZ-NONE"}, "no hazard HZ-NONE"),
            ({"HAZARD_ID": "HZ-XXX-0002", "TASK_ID": "../x"}, "Task id '../x': the task id"),
            ({"HAZARD_ID": "HZ-XXX-0002", "TASK_ID": "a/b"}, "may hold only"),
            ({"HAZARD_ID": "HZ-XXX-0002", "TASK_ID": sheet_db["record_task"]}, "exists"),
            ({"HAZARD_ID": "HZ-XXX-0002", "ISSUED_DATE": "2026-12-01",
              "DUE_DATE": "2026-11-01"}, "before the issue date"),
            ({"HAZARD_ID": "HZ-XXX-0002", "DUE_DATE": "31.12.2026"}, "is not a date")):
        with pytest.raises(QgsProcessingException, match=message):
            run_alg("createtask", dict(parameters, DATABASE=db, TASK_TYPE="clearance"))
    assert rows(db, "SELECT count(*) FROM tasks") == before


def test_status_moves_forward_only_and_every_change_is_in_the_history(run_alg, new_db,
                                                                      as_backend):
    run_alg("importminefieldrecords", {"INPUT": os.path.join(DATA, "records", "records.csv"),
                                       "DATABASE": new_db})
    run_alg("hazardsfromrecords", {"DATABASE": new_db})
    new_db = as_backend(new_db)
    task_id = run_alg("createtask", {"DATABASE": new_db, "HAZARD_ID": "HZ-XXX-0002",
                                     "TASK_TYPE": "NTS"})["TASK_ID"]
    with pytest.raises(QgsProcessingException, match="draft; it cannot become completed"):
        run_alg("settaskstatus", {"DATABASE": new_db, "TASK_ID": task_id, "STATUS": "completed"})
    for status in ("issued", "in_progress", "completed"):
        run_alg("settaskstatus", {"DATABASE": new_db, "TASK_ID": task_id, "STATUS": status,
                                  "REASON": f"to {status}"})
    with pytest.raises(QgsProcessingException, match="none: it is final"):
        run_alg("settaskstatus", {"DATABASE": new_db, "TASK_ID": task_id, "STATUS": "cancelled"})
    history = rows(new_db, "SELECT old_value, new_value, reason FROM status_history WHERE "
                           "entity = 'tasks' AND entity_id = ? ORDER BY fid", (task_id,))
    assert history == [(None, "draft", "created from hazard HZ-XXX-0002"),
                       ("draft", "issued", "to issued"),
                       ("issued", "in_progress", "to in_progress"),
                       ("in_progress", "completed", "to completed")]
    import datetime
    assert rows(new_db, "SELECT issued_date FROM tasks")[0][0] == \
        datetime.date.today().isoformat()


# --- sheets --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def english_sheets(sheet_db, tmp_path_factory):
    import processing
    folder = str(tmp_path_factory.mktemp("english"))
    result = processing.run("mineaction:exporttasksheets", {
        "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": folder, "COMBINED": True})
    return result


def test_one_pdf_per_task_named_by_its_id(english_sheets, sheet_db):
    folder = english_sheets["OUTPUT_FOLDER"]
    assert sorted(os.path.basename(f) for f in english_sheets["FILES"]) == sorted(
        [f"{sheet_db['record_task']}.pdf", f"{sheet_db['area_task']}.pdf"])
    assert english_sheets["EXPORTED"] == 2 and english_sheets["FAILED"] == 0
    assert sorted(os.listdir(folder)) == sorted(
        [f"{sheet_db['record_task']}.pdf", f"{sheet_db['area_task']}.pdf", "task_sheets.pdf"])
    info = subprocess.run(["pdfinfo", english_sheets["COMBINED_FILE"]], capture_output=True,
                          text=True).stdout
    pages = {}
    for path in english_sheets["FILES"]:
        single = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages[os.path.basename(path)] = int(re.search(r"Pages:\s+(\d+)", single).group(1))
        assert "A4" in single
    # the record's 10 points fit page 2; the buffered triangle's many vertices continue on 3
    assert pages == {f"{sheet_db['record_task']}.pdf": 2, f"{sheet_db['area_task']}.pdf": 3}
    assert re.search(r"Pages:\s+5\b", info)


def test_each_map_page_of_the_combined_file_is_georeferenced_like_its_sheet(english_sheets):
    """The combined file is drawn page by page with QPainter; its map pages get the single
    sheet's georeference afterwards. Compared where it matters: the ground coordinates of the
    page's corners and centre, and the CRS."""
    from osgeo import gdal, osr

    def corners(name):
        dataset = gdal.Open(name)
        transform = dataset.GetGeoTransform(can_return_null=True)
        assert transform is not None, name
        width, height = dataset.RasterXSize, dataset.RasterYSize
        srs = osr.SpatialReference(wkt=dataset.GetProjection())
        srs.AutoIdentifyEPSG()
        points = [gdal.ApplyGeoTransform(transform, u * width, v * height)
                  for u, v in ((0, 0), (1, 0), (0, 1), (1, 1), (0.5, 0.5))]
        return points, srs.GetAuthorityCode(None)

    combined = english_sheets["COMBINED_FILE"]
    first_page = 1
    for single in english_sheets["FILES"]:
        expected, expected_epsg = corners(single)   # QGIS's own georeference, page 1
        got, got_epsg = corners(f"PDF:{first_page}:{combined}")
        assert got_epsg == expected_epsg and expected_epsg.startswith("326"), single
        for (x, y), (ex, ey) in zip(got, expected):
            assert abs(x - ex) < 1.0 and abs(y - ey) < 1.0, (single, (x, y), (ex, ey))
        next_page = gdal.Open(f"PDF:{first_page + 1}:{combined}")
        assert next_page.GetGeoTransform(can_return_null=True) is None   # the points table
        first_page += int(re.search(r"Pages:\s+(\d+)", subprocess.run(
            ["pdfinfo", single], capture_output=True, text=True).stdout).group(1))


def test_record_sheet_lists_the_records_own_points_to_the_second(english_sheets, sheet_db):
    db = sheet_db["path"]
    path = [f for f in english_sheets["FILES"] if sheet_db["record_task"] in f][0]
    text = pdf_text(path)
    assert sheet_db["record_task"] in text and "HZ-XXX-0001" in text
    assert "Points from minefield record MF-12-0001" in text
    printed = table_points(text)
    stored = query_geometries(db, "SELECT point_id, {geom} FROM record_points WHERE "
                                  "record_id = 'MF-12-0001' AND point_type NOT IN ('RS', 'RE')")
    assert len(stored) >= 4
    assert set(printed) == {point_id for point_id, _ in stored}
    for point_id, geometry in stored:
        point = geometry.asPoint()
        lon, lat = printed[point_id]
        assert abs(lon - point.x()) * 3600 <= 0.006, point_id   # printed to 0.01"
        assert abs(lat - point.y()) * 3600 <= 0.006, point_id


def test_area_sheet_numbers_the_task_vertices_clockwise(english_sheets, sheet_db):
    db = sheet_db["path"]
    path = [f for f in english_sheets["FILES"] if sheet_db["area_task"] in f][0]
    text = pdf_text(path)
    assert sheet_db["area_task"] in text and sheet_db["evidence_hazard"] in text
    printed = table_points(text)
    from mineaction_plugin.core.coordinates import turning_points
    geometry = query_geometries(db, "SELECT {geom} FROM tasks WHERE task_id = ?",
                                (sheet_db["area_task"],))[0][0]
    ring = [(p.x(), p.y()) for p in geometry.asPolygon()[0]]
    expected = turning_points(ring)
    assert list(printed) == [name for name, _, _ in expected]
    for name, lon, lat in expected:
        assert abs(printed[name][0] - lon) * 3600 <= 0.006
        assert abs(printed[name][1] - lat) * 3600 <= 0.006
    # finds: the one inside the area and the one 170 m away are listed, with where they are
    assert re.search(r"F-0\s+Anti-personnel mine\s+PMN-2\s+1\s+inside", text)
    assert re.search(r"F-1\s+Anti-personnel mine\s+PMN-2\s+1\s+\d+ m outside", text)
    for label in ("Issued by", "Received by (team leader)", "Completion confirmed by",
                  "Safety notes", "Emergency contacts", "Page 1 of 3", "Page 3 of 3"):
        assert label in text


def test_the_task_area_is_drawn_in_its_hazard_colour_at_the_chosen_scale(english_sheets,
                                                                          sheet_db, tmp_path):
    """Count the SHA-coloured pixels of page 1: hazard area / scale² on paper."""
    from qgis.PyQt.QtGui import QImage
    db = sheet_db["path"]
    path = [f for f in english_sheets["FILES"] if sheet_db["record_task"] in f][0]
    text = pdf_text(path)
    scale = int(re.search(r"Scale 1:([\d ]+)", text).group(1).replace(" ", ""))
    assert scale in task_sheet.STANDARD_SCALES
    dpi = 100
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                    path, str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    # SHA fill #F4A718 at 50 % over white paper
    target = (250, 211, 140)
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            colour = image.pixelColor(x, y)
            if (abs(colour.red() - target[0]) <= 10 and abs(colour.green() - target[1]) <= 10
                    and abs(colour.blue() - target[2]) <= 12):
                count += 1
    area_m2 = rows(db, "SELECT area_m2 FROM hazards WHERE hazard_id = 'HZ-XXX-0001'")[0][0]
    expected = area_m2 * 1e6 / scale ** 2 * (dpi / 25.4) ** 2   # m² → mm² on paper → pixels
    # the outlines, point symbols and labels cover part of the fill
    assert 0.7 * expected <= count <= 1.05 * expected, (count, expected)


@pytest.mark.parametrize("language,words", [
    ("az", ["Tapşırıq vərəqəsi", "Dönmə nöqtələri", "Təhlükəsizlik qeydləri", "Vəzifə",
            "Şərti işarələr"]),
    ("ru", ["Лист задачи", "Поворотные точки", "Меры безопасности", "Подпись",
            "Условные обозначения"])])
def test_sheets_in_azerbaijani_and_russian_with_embedded_fonts(sheet_db, tmp_path, language,
                                                              words):
    import processing
    result = processing.run("mineaction:exporttasksheets", {
        "DATABASE": sheet_db["path"], "FILTER": f"\"task_id\" = '{sheet_db['area_task']}'",
        "LANGUAGE": language, "PAGE_SIZE": "A3", "ORIENTATION": "landscape",
        "OUTPUT_FOLDER": str(tmp_path)})
    assert result["EXPORTED"] == 1
    text = pdf_text(result["FILES"][0])
    for word in words:
        assert word in text
    fonts = subprocess.run(["pdffonts", result["FILES"][0]], capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # embedded
    info = subprocess.run(["pdfinfo", result["FILES"][0]], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == (1191, 842)    # A3 landscape in points


# --- bad input -----------------------------------------------------------------------------
def test_bad_tasks_are_named_and_the_others_still_exported(request, sheet_db, tmp_path):
    import processing
    db = str(tmp_path / "bad.gpkg")   # a copy of the module's project, on the same backend
    if sheet_db["backend"] == "gpkg":
        shutil.copy(sheet_db["path"], db)
    else:
        processing.run("mineaction:copydatabase", {"INPUT": sheet_db["path"], "OUTPUT": db})
        db = on_backend(request, db, "postgis")
    geometry = rows(db, "SELECT geom FROM tasks LIMIT 1")[0][0]
    write_unchecked(db, "INSERT INTO tasks (task_id, task_type, status, created_by, "
                        "created_at) VALUES ('NO-AREA', 'NTS', 'issued', 't', '2026-01-01')")
    # ids another tool could have written: the database check is switched off for them
    for task_id in ("../x", "a/b"):
        write_unchecked(db, "INSERT INTO tasks (task_id, task_type, status, geom, created_by, "
                            "created_at) VALUES (?, 'NTS', 'issued', ?, 't', '2026-01-01')",
                        (task_id, geometry))
    out = tmp_path / "out"
    before = {str(p) for p in tmp_path.rglob("*")}
    result = processing.run("mineaction:exporttasksheets", {"DATABASE": db,
                                                            "OUTPUT_FOLDER": str(out)})
    assert result["EXPORTED"] == 2 and result["FAILED"] == 3
    problems = result["PROBLEMS"]
    assert "NO-AREA: it has no task area" in problems
    assert "Task '../x': the task id starts with a dot" in problems
    assert "Task 'a/b': the task id may hold only" in problems
    new = {str(p) for p in tmp_path.rglob("*")} - before
    assert all(p.startswith(str(out)) for p in new), new
    assert sorted(os.listdir(out)) == sorted(os.path.basename(f) for f in result["FILES"])


def test_a_filter_that_matches_nothing_or_is_broken(sheet_db, tmp_path):
    import processing
    with pytest.raises(QgsProcessingException, match="No task matches the filter"):
        processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "FILTER": "\"status\" = 'completed'",
            "OUTPUT_FOLDER": str(tmp_path)})
    with pytest.raises(QgsProcessingException, match="not a valid expression"):
        processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "FILTER": "\"status\" = ",
            "OUTPUT_FOLDER": str(tmp_path)})
    assert os.listdir(tmp_path) == []


def test_an_unwritable_folder_and_a_broken_template(sheet_db, tmp_path):
    import processing
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": str(blocker / "sheets")})
    template = tmp_path / "broken.qpt"
    template.write_text("<Layout")
    with pytest.raises(QgsProcessingException, match="cannot be used"):
        processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "TEMPLATE": str(template),
            "OUTPUT_FOLDER": str(tmp_path / "out")})


def test_shipped_templates_are_what_the_builder_makes(qgis_app):
    """The .qpt files are generated (scripts/make_templates.py); the builder is the source."""
    from qgis.core import QgsProject

    from mineaction_plugin.layouts import template
    project = QgsProject()
    for size in template.PAGE_SIZES:
        for orientation in template.ORIENTATIONS:
            shipped = template.load_template(project, template.template_path(size, orientation))
            built = template.build_layout(project, size, orientation)
            ids = lambda layout: sorted(i.id() for i in layout.items()  # noqa: E731
                                        if hasattr(i, "id") and i.id())
            assert ids(shipped) == ids(built), (size, orientation)
            assert "main_map" in ids(shipped) and "turning_points" in ids(shipped)
            page = shipped.pageCollection().page(0).pageSize()
            width, height = template.PAGE_SIZES[size]
            if orientation == "landscape":
                width, height = height, width
            assert (page.width(), page.height()) == (width, height)


def test_cancel_stops_after_the_current_sheet(sheet_db, tmp_path):
    import processing
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel())
    result = processing.run("mineaction:exporttasksheets", {
        "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": str(tmp_path)}, feedback=feedback)
    assert result["EXPORTED"] == 1 and os.listdir(tmp_path) == [
        os.path.basename(result["FILES"][0])]
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById("mineaction:exporttasksheets")
    assert algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading  # layouts: main thread


def test_what_a_sheet_says_comes_from_the_parameters_not_the_profile(sheet_db, tmp_path):
    """qgis_process and models print the same sheet on every machine: the officer's settings
    reach a sheet only through the dock, as parameters."""
    import processing
    from qgis.core import QgsSettings
    settings = QgsSettings()
    settings.setValue("mineaction/programme_name", "SETTING ONLY PROGRAMME")
    try:
        plain = processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": str(tmp_path / "plain")})
        given = processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": str(tmp_path / "given"),
            "PROGRAMME": "Fuzuli Regional Centre", "SAFETY_NOTES": "Stay in lane 4."})
    finally:
        settings.remove("mineaction/programme_name")
    plain_text = " ".join(pdf_text(plain["FILES"][0]).split())
    given_text = " ".join(pdf_text(given["FILES"][0]).split())
    assert "SETTING ONLY" not in plain_text and "ANAMA" in plain_text
    assert "Fuzuli Regional Centre" in given_text and "Stay in lane 4." in given_text
    with pytest.raises(QgsProcessingException, match="DECLINATION: 'east'"):
        processing.run("mineaction:exporttasksheets", {
            "DATABASE": sheet_db["path"], "OUTPUT_FOLDER": str(tmp_path / "bad"),
            "DECLINATION": "east"})
