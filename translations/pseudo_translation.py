#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds a pseudo translation of every Rekindle text, for checking layouts (never shipped).

Each message becomes accented (a→å, e→é…) and about 40% longer, between brackets, so that a
clipped end, a hard-coded English text or a layout that does not grow shows at a glance:
"Save" becomes "⟦Šåvé ~~⟧". Placeholders (%1, %L1, %n, %%), HTML tags and entities,
mnemonic ampersands and line breaks are kept as they are.

Usage: pseudo_translation.py --project BUILD/app/.lupdate/rekindle_project.cmake
           --lupdate LUPDATE --lrelease LRELEASE --out rekindle_pseudo.qm
lupdate reads the same sources as update_translations into a temporary .ts (never the
committed ones); lrelease compiles the result. The app loads it with
REKINDLE_PSEUDO_TRANSLATION=path/to/rekindle_pseudo.qm.
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "aAcCeEiInNoOsSuUyYzZgGlLrRtTdDhHkKwW",
    "åÅçÇéÉîÎñÑöÖšŠüÜýÝžŽĝĜļĻŕŔţŢďĎĥĤķĶŵŴ")
# Kept whole: placeholders, HTML tags, entities, `&&` and a mnemonic `&X` (the letter stays
# plain, so that the shortcut key is the same as in English).
KEEP = re.compile(r"%%|%L?[1-9]|%n|<[^<>]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);|&&|&.")
GROWTH = 0.4


def pseudo(text):
    if not text.strip():
        return text
    parts = []
    last = 0
    letters = 0
    for match in KEEP.finditer(text):
        plain = text[last:match.start()]
        parts.append(plain.translate(ACCENTS))
        letters += len(plain)
        parts.append(match.group(0))
        last = match.end()
    plain = text[last:]
    parts.append(plain.translate(ACCENTS))
    letters += len(plain)
    body = "".join(parts)
    # The padding goes before a trailing ellipsis, colon or spaces, which stay last.
    tail = re.search(r"(…|\.\.\.|:)?\s*$", body)
    end = tail.start() if tail else len(body)
    # In words of at most eight, as a longer language's text would be: one unbroken run would
    # be a word no label can wrap, and widen the layout as no real translation does.
    length = max(1, round(letters * GROWTH) - 3)
    padding = " ".join("~" * min(8, length - i) for i in range(0, length, 9))
    return f"⟦{body[:end]} {padding}⟧{body[end:]}"


def translate_file(path):
    tree = ET.parse(path)
    root = tree.getroot()
    # English plural rules (two forms): lrelease takes them from the file's language.
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", required=True)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--lrelease", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    values = dict(re.findall(r'set\((\w+) "(.*)"\)', pathlib.Path(args.project).read_text()))

    def split(value):
        return [p for p in value.split(";") if p]

    with tempfile.TemporaryDirectory() as work:
        ts = pathlib.Path(work) / "rekindle_pseudo.ts"
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      '<TS version="2.1" language="en"/>\n', encoding="utf-8")
        project = {
            "projectFile": values["lupdate_project_file"],
            "includePaths": split(values["lupdate_include_paths"]),
            "sources": split(values["lupdate_sources"]),
            "translations": [str(ts)],
        }
        (pathlib.Path(work) / "project.json").write_text(json.dumps(project))
        subprocess.run([args.lupdate, "-project", str(pathlib.Path(work) / "project.json"),
                        "-silent", "-locations", "none"], check=True,
                       stderr=subprocess.DEVNULL)
        translate_file(ts)
        subprocess.run([args.lrelease, "-silent", str(ts), "-qm", args.out], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
