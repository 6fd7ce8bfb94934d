# Mine Action QGIS plugin. Two commands on a fresh Debian 12/13 machine: `make demo`, `make test`.
SHELL := /bin/bash
PLUGIN := mineaction_plugin
VENV := .venv
PY := $(VENV)/bin/python
QGIS_PROCESS := $(shell [ -x /usr/bin/qgis_process.bin ] && echo /usr/bin/qgis_process.bin || echo qgis_process)
QGIS_BIN := $(shell [ -x /usr/bin/qgis.bin ] && echo /usr/bin/qgis.bin || echo qgis)
PROFILE_PLUGINS := $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
TS := $(wildcard i18n/*.ts)
QM := $(patsubst i18n/%.ts,$(PLUGIN)/i18n/%.qm,$(TS))
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup build lint test test-unit test-qgis test-desktop demo bench package deploy qgis translations templates clean

setup: $(VENV)/.setup-done
$(VENV)/.setup-done: scripts/setup.sh requirements-dev.txt
	scripts/setup.sh

build: setup $(QM)

$(PLUGIN)/i18n/%.qm: i18n/%.ts
	mkdir -p $(PLUGIN)/i18n
	scripts/lrelease.sh -silent $< -qm $@

templates: setup  ## rebuild the task sheet .qpt templates from layouts/template.py (QGIS 3.22)
	$(PY) scripts/make_templates.py

translations:  ## refresh i18n/*.ts from the tr()/N_() strings of the code
	python3 scripts/update_translations.py

lint: setup  ## ruff over the whole tree (pyproject.toml)
	$(PY) -m ruff check .

test: build package lint
	$(PY) -m pytest -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/unit -q
	MINEACTION_REQUIRE_POSTGIS=1 $(PY) -m pytest tests/qgis -q -o faulthandler_timeout=170
	MINEACTION_REQUIRE_POSTGIS=1 $(PY) -m pytest -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/desktop -q

test-unit: build
	$(PY) -m pytest -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/unit -q
test-qgis: build
	MINEACTION_REQUIRE_POSTGIS=1 $(PY) -m pytest tests/qgis -q -o faulthandler_timeout=170
test-desktop: package
	MINEACTION_REQUIRE_POSTGIS=1 $(PY) -m pytest -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/desktop -q

demo: build
	$(PY) scripts/demo.py demo-output

bench: build  ## speed figures of the issues' targets (several minutes)
	$(PY) bench/bench_import.py
	$(PY) bench/bench_summary.py
	$(PY) bench/bench_marking.py
	$(PY) bench/bench_task_sheets.py
	$(PY) bench/bench_imsma.py
	$(PY) bench/bench_postgis_concurrency.py
	$(PY) bench/bench_verification.py
	$(PY) bench/bench_aerial.py
	$(PY) bench/bench_casualties.py
	$(PY) bench/bench_planning.py

package: build
	rm -rf dist/stage dist/$(PLUGIN).zip
	mkdir -p dist/stage
	cp -r $(PLUGIN) dist/stage/
	cp metadata.txt LICENSE dist/stage/$(PLUGIN)/
	find dist/stage -name '__pycache__' -type d -prune -exec rm -rf {} +
	find dist/stage \( -name '*.pyc' -o -name '.keep' \) -delete
	cd dist/stage && zip -q -r ../$(PLUGIN).zip $(PLUGIN)
	rm -rf dist/stage
	@echo "dist/$(PLUGIN).zip"

deploy: package
	mkdir -p $(PROFILE_PLUGINS)
	rm -rf $(PROFILE_PLUGINS)/$(PLUGIN)
	cd $(PROFILE_PLUGINS) && unzip -q $(CURDIR)/dist/$(PLUGIN).zip
	@echo "installed into $(PROFILE_PLUGINS)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins"

qgis: deploy
	QT_QPA_PLATFORM= $(QGIS_BIN) --noversioncheck

clean:
	rm -rf dist demo-output $(PLUGIN)/i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
