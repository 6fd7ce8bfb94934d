"""metadata.txt and translations: what the plugin repository and the users rely on."""
import configparser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_metadata_has_what_the_plugin_repository_requires():
    config = configparser.ConfigParser()
    config.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    general = config["general"]
    for key in ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                "about", "tracker", "repository"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, "mineaction_plugin", general["icon"]))


def test_every_string_is_translated_in_az_and_ru():
    result = subprocess.run([sys.executable, os.path.join(ROOT, "scripts",
                                                          "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_translations_keep_placeholders_and_az_letters():
    for language in ("az", "ru"):
        root = ET.parse(os.path.join(ROOT, "i18n", f"mineaction_{language}.ts")).getroot()
        for message in root.iter("message"):
            source, text = message.findtext("source"), message.findtext("translation") or ""
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), \
                (language, source, text)
    az = open(os.path.join(ROOT, "i18n", "mineaction_az.ts"), encoding="utf-8").read()
    assert "ə" in az and "ş" in az
    ru = open(os.path.join(ROOT, "i18n", "mineaction_ru.ts"), encoding="utf-8").read()
    assert "Опасн" in ru or "опасн" in ru
