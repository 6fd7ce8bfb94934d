"""The Casualties section: import, victims anonymous until names are asked for, the national
table, the needs report and the places to survey."""
import csv
import os

import pytest
from test_casualties import DATA, EXPECTED, load_places, personal_values

from conftest import BACKENDS, on_backend, opened_dock, settle


@pytest.fixture(params=BACKENDS)
def dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path):
    path = str(tmp_path / "casualties.gpkg")
    load_places(path)
    with opened_dock(qgis_iface, on_backend(request, path, request.param)) as widget:
        yield widget


def test_import_list_report_and_places_to_survey(dock, tmp_path):
    from mineaction_plugin.data import project_db
    from mineaction_plugin.data.layers import loaded_layer
    panel = dock.casualties_panel
    settle(panel.import_file(os.path.join(DATA, "casualties_bad.csv")))
    settle()
    assert panel.message.text().startswith("6 rows are wrong: nothing was imported")
    settle(panel.import_file(os.path.join(DATA, "casualties.csv")))
    settle()
    assert panel.table.rowCount() == 3321
    names = personal_values()
    shown = " ".join(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))
    assert not any(n in shown for n in names)          # anonymous by default
    assert panel.show_names.isEnabled()                 # the owner of the project may ask
    panel.show_names.setChecked(True)
    settle()
    shown = " ".join(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))
    assert sum(n in shown for n in names) > 3000

    settle(panel.export_summary(str(tmp_path / "table.csv")))
    with open(tmp_path / "table.csv", encoding="utf-8") as f:
        total = list(csv.DictReader(f))[-1]
    assert int(total["victims"]) == EXPECTED["all_time"]["total"]["victims"]

    with project_db.open_project(dock.database) as db:   # a need recorded by the VA team
        with db.transaction():
            db.insert("victim_needs", {"need_id": "N-1", "victim_id": "V-000001",
                                       "domain": "rehabilitation", "need": "prosthesis",
                                       "priority": 1, "status": "open"})
    panel.show_names.setChecked(False)
    settle()
    settle(panel.export_needs(str(tmp_path / "needs.csv")))
    with open(tmp_path / "needs.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["victim_id"], r["domain"], r["need"]) for r in rows] == [
        ("V-000001", "Rehabilitation", "prosthesis")]
    assert "full_name" not in rows[0]
    row = next(r for r in range(panel.table.rowCount())
               if panel.table.item(r, 0).text().startswith("V-000001"))
    assert panel.table.item(row, 6).text() == "1"

    places = settle(panel.show_places())
    assert places and loaded_layer("accidents").selectedFeatureCount() == len(places)
    assert panel.message.text().startswith(f"{len(places)} accidents with a known place")


def test_the_victim_form_keeps_the_age_group_with_the_age(dock):
    from qgis.core import QgsFeature

    from mineaction_plugin.data.layers import loaded_layer
    layer = loaded_layer("victims")
    index = layer.fields().indexOf("age_group")
    feature = QgsFeature(layer.fields())
    for age, group in ((12, "child"), (17, "child"), (18, "adult"), (64, "adult")):
        feature["age_years"] = age
        assert layer.defaultValue(index, feature) == group, age
    assert layer.defaultValueDefinition(index).applyOnUpdate()
    # the accident's form offers its victims (a relation QGIS draws as a sub-form)
    from qgis.core import QgsProject
    relations = QgsProject.instance().relationManager().referencedRelations(
        loaded_layer("accidents"))
    assert any(r.referencingLayer() is layer for r in relations)


def test_accidents_are_drawn_by_outcome(dock):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from mineaction_plugin.data.layers import loaded_layer
    from mineaction_plugin.styles.symbology import FATAL
    settle(dock.casualties_panel.import_file(os.path.join(DATA, "casualties.csv")))
    settle()
    accidents = loaded_layer("accidents")
    accidents.reload()
    killed = {r[0] for r in __import__("conftest").query(
        dock.database, "SELECT DISTINCT accident_id FROM victims WHERE outcome = 'killed'")}
    expression = QgsExpression(FATAL)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(accidents))
    checked = 0
    for feature in accidents.getFeatures():
        context.setFeature(feature)
        assert bool(expression.evaluate(context)) == (feature["accident_id"] in killed), \
            feature["accident_id"]
        checked += 1
        if checked == 200:
            break
    assert not expression.hasEvalError() and checked == 200
    labels = [rule.label() for rule in accidents.renderer().rootRule().children()]
    assert labels[0] == "Fatal, last two years"
