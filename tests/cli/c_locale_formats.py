#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Formats in the C locale, from outside: imports a small journal and exports it as Markdown
with LC_ALL=C.UTF-8 (a terminal or container with no locale) and LANGUAGE set, and checks that
dates and times are written as the language writes them, never with seconds.
Usage: c_locale_formats.py PATH-TO-REKINDLE PATH-TO-valid-minimal.json"""

import os
import re
import subprocess
import sys
import tempfile


def run(rekindle, env, *arguments):
    result = subprocess.run([rekindle, *arguments], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(arguments)} failed ({result.returncode}): {result.stderr}")


def main():
    rekindle, sample = sys.argv[1], sys.argv[2]
    failures = []
    # (LANGUAGE, what the entry's header must read: the sample's entry is 1 March 2026, 20:15)
    cases = [
        ("en", r"Sunday, March 1, 2026, 8:15\s?PM"),
        ("de", r"Sonntag, 1\. März 2026, 20:15"),
    ]
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, LC_ALL="C.UTF-8", HOME=folder,
                   XDG_CONFIG_HOME=os.path.join(folder, "config"))
        journal = os.path.join(folder, "journal")
        run(rekindle, dict(env, LANGUAGE="en"), "--data-dir", journal, "--import", sample)
        for language, header in cases:
            out = os.path.join(folder, f"export-{language}.md")
            run(rekindle, dict(env, LANGUAGE=language), "--data-dir", journal,
                "--export", "markdown", out)
            with open(out, encoding="utf-8") as file:
                text = file.read()
            if not re.search(header, text):
                failures.append(f"LANGUAGE={language}: no header like /{header}/ in:\n{text}")
            if re.search(r"\d:\d\d:\d\d", text):
                failures.append(f"LANGUAGE={language}: a time with seconds in:\n{text}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(cases)} languages, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
