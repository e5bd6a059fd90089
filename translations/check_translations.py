#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Rekindle's Qt translation files for mistakes a translator easily makes.

For every message that is not obsolete, it reports:
  - an unfinished or empty translation, or a plural form left empty;
  - a placeholder (%1..%9, %L1, %n, %p, %%) lost, added or repeated differently
    (compared as a multiset, so the order may change as the language needs);
  - a plural form without %n when the source has %n;
  - HTML tags or entities that differ from the source;
  - a different number of mnemonic ampersands (`&X`; `&&` is a literal `&`);
  - leading or trailing spaces, a trailing ellipsis or colon, or line breaks
    that differ from the source;
  - a translation identical to a source with English words in it, unless every
    word is a name (Rekindle, JSON…) or is allowed for that language, or one
    with two or more words that only English has ("the", "your"…).

Usage: check_translations.py [--all] [--against DIR] [FILE.ts ...]
  (default: every rekindle_*.ts here)
  --all also checks obsolete and vanished messages: translations kept for texts
  the sources do not show lupdate now, which lupdate revives when they return.
  --against DIR compares each FILE.ts, freshly updated by lupdate from the sources
  into a temporary copy (.ci/translations), with the committed file of the same
  name in DIR: a source text the committed file lacks is a problem (run the
  update_translations target and translate it); a committed text the sources no
  longer show is only noted.
Exit status 0 when every file is clean, 1 with a list of problems otherwise.
"""

import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%%|%L?[1-9]|%n|%p")
HTML_TAGS = {
    "a", "b", "i", "u", "s", "p", "br", "hr", "em", "strong", "small", "big", "span", "div",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "tr", "td", "th", "tt", "code", "pre",
    "html", "body", "head", "qt", "nobr", "font", "img", "sup", "sub", "blockquote",
}
TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")
WORD = re.compile(r"[A-Za-z]+")

# Names and technical words that stay the same in every language.
NAMES = {
    "rekindle", "markdown", "json", "csv", "pdf", "html", "png", "md", "qt", "utf", "ok",
    "uid", "id", "ssd", "usb", "gpl", "gnu", "sqlite", "wal", "null", "yyyy", "mm", "dd",
    "pt",  # the typographic point, the same abbreviation in every shipped language
}
# Proper names of services, kept in their own language in every translation.
KEEP_AS_IS = {
    "Telefonseelsorge", "TelefonSeelsorge", "Lifeline", "1800RESPECT", "SAMU",
    "CVV – Centro de Valorização da Vida", "Central de Atendimento à Mulher",
    "Línea 024 de atención a la conducta suicida",
    "9-8-8 Suicide Crisis Helpline", "Die Dargebotene Hand / La Main Tendue",
    "Hilfetelefon Gewalt gegen Frauen", "Numéro national de prévention du suicide",
    "Violences Femmes Info", "Samaritans", "National Domestic Abuse Helpline (Refuge)",
    "113 Zelfmoordpreventie", "988 Suicide & Crisis Lifeline", "National Domestic Violence Hotline",
}
# Words a language spells like English (loanwords and cognates that are correct as they are).
SAME_IN = {
    "de": {"status", "format", "neutral", "optional", "details", "fitness", "situation",
           "okay", "passphrase", "check", "ins", "in", "text", "export", "import", "hobby",
           "museum", "system"},
    "fr": {"format", "situation", "optional", "fitness", "passphrase", "import", "export",
           "contact", "contacts", "date", "note", "notes", "total", "stress", "hobby",
           "journal", "protection", "questions", "question", "police", "canada", "france", "min"},
    "es": {"hobby", "fitness", "no", "neutral", "austria", "australia", "min"},
    "it": {"fitness", "hobby", "passphrase", "format", "status", "ok", "okay", "check", "in",
           "backup", "export", "import", "report", "stress", "file", "no", "min",
           "austria", "australia", "canada"},
    "pt": {"hobby", "fitness", "status", "backup", "check", "in", "ok", "okay", "min"},
}


def mnemonic_count(text):
    """Counts `&` that mark a shortcut letter: not `&&` and not an entity."""
    text = ENTITY.sub("", text).replace("&&", "")
    return text.count("&")


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def html(text):
    tags = [m.group(0).lower().replace(" ", "") for m in TAG.finditer(text)
            if m.group(1).lower() in HTML_TAGS]
    return collections.Counter(tags + ENTITY.findall(text))


def edges(text):
    """The parts of a text's shape a translation must keep."""
    lead = len(text) - len(text.lstrip(" "))
    trail = len(text) - len(text.rstrip(" "))
    core = text.strip(" ")
    return {
        "leading spaces": lead,
        "trailing spaces": trail,
        "trailing ellipsis": core.endswith("…") or core.endswith("..."),
        "trailing colon": core.endswith(":"),
        "line breaks": text.count("\n"),
    }


# English words that are not words of any shipped language: two of them in a
# translation mean an English sentence was left in it.
ENGLISH_ONLY = {"the", "and", "your", "you", "is", "are", "with", "this", "that", "of", "to",
                "for", "not", "be", "it", "was", "has", "have", "can", "will"}


def english_left(source, translation, language):
    if source in KEEP_AS_IS:
        return False
    if translation != source:
        words = {w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", translation))}
        return len(words & ENGLISH_ONLY) >= 2
    allowed = NAMES | SAME_IN.get(language, set())
    plain = re.sub(r"&(?!&)", "", PLACEHOLDER.sub(" ", source))
    words = [w.lower() for w in WORD.findall(plain)]
    return any(w and w not in allowed for w in words)


def check_one(source, translation, numerus, language, where):
    problems = []
    forms = translation if numerus else [translation]
    if not forms or any(not f for f in forms):
        return [f"{where}: empty translation"]
    src_ph = placeholders(source)
    for f in forms:
        got = placeholders(f)
        if numerus:
            if "%n" in src_ph and "%n" not in got:
                problems.append(f"{where}: a plural form lacks %n: {f!r}")
            src_cmp = {k: v for k, v in src_ph.items() if k != "%n"}
            got_cmp = {k: v for k, v in got.items() if k != "%n"}
        else:
            src_cmp, got_cmp = dict(src_ph), dict(got)
        if src_cmp != got_cmp:
            problems.append(f"{where}: placeholders {dict(src_ph)} became {dict(got)}: {f!r}")
        if html(source) != html(f):
            problems.append(f"{where}: HTML differs from the source: {f!r}")
        if mnemonic_count(source) != mnemonic_count(f):
            problems.append(f"{where}: {mnemonic_count(source)} mnemonic '&' in the source, "
                            f"{mnemonic_count(f)} in {f!r}")
        src_edges, got_edges = edges(source), edges(f)
        for key, value in src_edges.items():
            if got_edges[key] != value:
                problems.append(f"{where}: {key} differ from the source: {f!r}")
        if english_left(source, f, language):
            problems.append(f"{where}: still English: {f!r}")
    return problems


def check_file(path, include_vanished=False):
    root = ET.parse(path).getroot()
    language = (root.get("language") or path.stem.split("_", 1)[-1]).split("_")[0]
    problems = []
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or (tr.get("type") in ("obsolete", "vanished") and not include_vanished):
                continue
            total += 1
            source = message.findtext("source") or ""
            location = message.find("location")
            where = f"{path.name} [{name}]"
            if location is not None:
                where += f" {location.get('filename')}:{location.get('line')}"
            if tr.get("type") in ("obsolete", "vanished"):
                where += " (not in the sources now)"
            elif tr.get("type") == "unfinished":
                problems.append(f"{where}: unfinished: {source!r}")
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                translation = [n.text or "" for n in tr.findall("numerusform")]
            else:
                translation = tr.text or ""
            problems += check_one(source, translation, numerus, language, where)
    return total, problems


def active_messages(path):
    """The (context, source, comment) of every message the sources show (not obsolete)."""
    keys = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def compare(fresh, committed):
    """Problems of a committed .ts against a copy lupdate updated from today's sources."""
    if not committed.exists():
        return [f"{committed.name}: not committed (run the update_translations target)"], []
    now, kept = active_messages(fresh), active_messages(committed)
    problems = [
        f"{committed.name} [{name}]: missing (run the update_translations target): {source!r}"
        for name, source, _ in sorted(now - kept)
    ]
    notes = [
        f"{committed.name} [{name}]: no longer in the sources: {source!r}"
        for name, source, _ in sorted(kept - now)
    ]
    return problems, notes


def main(argv):
    here = pathlib.Path(__file__).resolve().parent
    include_vanished = "--all" in argv
    argv = [a for a in argv if a != "--all"]
    against = None
    if "--against" in argv:
        at = argv.index("--against")
        if at + 1 >= len(argv):
            print("--against needs the directory of the committed .ts files")
            return 2
        against = pathlib.Path(argv[at + 1])
        del argv[at : at + 2]
    files = [pathlib.Path(a) for a in argv] or sorted(here.glob("rekindle_*.ts"))
    failed = False
    for path in files:
        total, problems = check_file(path, include_vanished)
        if against is not None:
            missing, notes = compare(path, against / path.name)
            for n in notes:
                print(n)
            problems = missing + problems
        for p in problems:
            print(p)
        print(f"{path.name}: {total} messages, {len(problems)} problem(s)")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
