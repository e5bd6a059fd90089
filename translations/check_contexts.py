#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds texts lupdate files under a context the running program never asks for.

Many sources translate through a file-local helper, `QString tr(const char *text)`, that asks
for one fixed context (and, through Translation::lookup, for "Rekindle"). lupdate does not know
the helper: it files a `tr("…")` under the class whose member function holds the call, so a
text in a member of a class without a tr() of its own (no Q_OBJECT, no
Q_DECLARE_TR_FUNCTIONS) lands in a context the helper never reads, and shows in English
although it is translated. This check lists every such text of a .ts file; the fix is a
Q_DECLARE_TR_FUNCTIONS in that class, or an explicit QCoreApplication::translate.

Usage: check_contexts.py SOURCE_DIR FILE.ts ...   Exit status 0 when none is found, 1 otherwise.
"""

import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(r'QString tr\(const char \*\w+\)\s*\{\s*return\s+'
                    r'(Translation::lookup|QCoreApplication::translate)\("([^"]+)"')
# A QObject class (Q_OBJECT first in its body, as everywhere here) and an explicit context.
QOBJECT = re.compile(r'\b(?:class|struct)\s+(\w+)\b[^;{()]*\{\s*Q_OBJECT\b')
EXPLICIT = re.compile(r'\b(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*"([^"]+)"')
DECLARED = re.compile(r'\bQ_DECLARE_TR_FUNCTIONS\(([\w:]+)\)')


def helpers(source_dir):
    """Per source file (as the .ts names it), the contexts its helper reads at run time."""
    found = {}
    for path in pathlib.Path(source_dir).rglob("*.cpp"):
        text = path.read_text(encoding="utf-8")
        match = HELPER.search(text)
        if match:
            # The helper's context, and those the file names explicitly elsewhere.
            contexts = {match.group(2)} | set(EXPLICIT.findall(text))
            if match.group(1) == "Translation::lookup":
                contexts.add("Rekindle")
            found[path.resolve()] = contexts
    return found


def classes_with_tr(source_dir):
    """Contexts that a class's own tr() reads: full names, and QObject classes' last names."""
    full, qobjects = set(), set()
    for path in pathlib.Path(source_dir).rglob("*"):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = path.read_text(encoding="utf-8")
        full.update(DECLARED.findall(text))
        qobjects.update(QOBJECT.findall(text))
    return full, qobjects


def check(source_dir, ts_path, helper_contexts, own):
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        own_tr = name in own[0] or name.rsplit("::", 1)[-1] in own[1]
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            for location in message.findall("location"):
                where = (ts_path.parent / location.get("filename")).resolve()
                wanted = helper_contexts.get(where)
                if wanted is None or name in wanted or name == "QObject":
                    continue  # QObject::tr() reads "QObject", as lupdate writes
                if own_tr:
                    continue  # the class's own tr() asks for the context lupdate wrote
                problems.append(f"{ts_path.name}: {location.get('filename')}:"
                                f"{location.get('line')}: filed under {name!r}, read from "
                                f"{' or '.join(sorted(wanted))}: {message.findtext('source')!r}")
    return problems


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    source_dir = argv[1]
    helper_contexts = helpers(source_dir)
    own = classes_with_tr(source_dir)
    problems = []
    for ts in argv[2:]:
        problems += check(source_dir, pathlib.Path(ts), helper_contexts, own)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} texts are filed under a context the program does not read.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
