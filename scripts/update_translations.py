#!/usr/bin/env python3
"""Keep i18n/*.ts in step with the strings of the plugin.

Every user-visible string is written as tr("...") or N_("...") with a literal (core/i18n.py);
this script collects them with the ast module, keeps the translations already in each .ts file,
adds new strings as unfinished and drops strings no longer used.

    update_translations.py            rewrite i18n/mineaction_*.ts
    update_translations.py --check    exit 1 if a string is missing or unfinished anywhere
    update_translations.py --fill F   take translations from JSON {"az": {src: text}, ...}
"""
import ast
import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "mineaction_plugin")
I18N = os.path.join(ROOT, "i18n")
LANGUAGES = {"az": "az_AZ", "ru": "ru_RU"}
CONTEXT = "MineAction"
MARKERS = {"tr", "N_"}


def source_strings():
    found = {}
    for folder, _, files in os.walk(SOURCE):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            tree = ast.parse(open(path, encoding="utf-8").read(), path)
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and node.args
                        and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.setdefault(node.args[0].value, os.path.relpath(path, ROOT))
    return found


def ts_path(language):
    return os.path.join(I18N, f"mineaction_{language}.ts")


def read_ts(language):
    path = ts_path(language)
    if not os.path.exists(path):
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        finished = translation.get("type") not in ("unfinished", "obsolete")
        translations[message.findtext("source")] = (translation.text or "", finished)
    return translations


def write_ts(language, strings, translations):
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=strings[source])
        ET.SubElement(message, "source").text = source
        text, finished = translations.get(source, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished or not text:
            translation.set("type", "unfinished")
    ET.indent(root)
    with open(ts_path(language), "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


def main(argv):
    strings = source_strings()
    if "--check" in argv:
        problems = []
        for language in LANGUAGES:
            translations = read_ts(language)
            for source in strings:
                text, finished = translations.get(source, ("", False))
                if not finished or not text:
                    problems.append(f"{language}: untranslated: {source!r} ({strings[source]})")
        print("\n".join(problems) or f"{len(strings)} strings translated in "
              f"{', '.join(LANGUAGES)}")
        return 1 if problems else 0
    fill = {}
    if "--fill" in argv:
        fill = json.load(open(argv[argv.index("--fill") + 1], encoding="utf-8"))
    os.makedirs(I18N, exist_ok=True)
    for language in LANGUAGES:
        translations = read_ts(language)
        for source, text in fill.get(language, {}).items():
            translations[source] = (text, True)
        write_ts(language, strings, translations)
    print(f"{len(strings)} strings written to {', '.join(ts_path(code) for code in LANGUAGES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
