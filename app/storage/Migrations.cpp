// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace Rekindle::Migrations {

const QList<QStringList> &all()
{
    // Instants are epoch milliseconds in UTC; calendar days are local "YYYY-MM-DD" text.
    static const QList<QStringList> migrations = {
        // 1: journal entries.
        {
            uR"(CREATE TABLE entries (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
                    title TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 10),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX entries_by_step ON entries (step, created_at DESC, id DESC)"_s,
        },
        // 2: settings that belong to the journal rather than to the machine.
        {
            uR"(CREATE TABLE journal_settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL) WITHOUT ROWID)"_s,
            u"CREATE INDEX entries_by_created ON entries (created_at)"_s,
        },
        // 3: reflections (guided and thought records, drafts included) and the person's own
        // reflection prompts. A step without prompt rows uses the built-in prompts.
        {
            uR"(CREATE TABLE reflections (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
                    kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
                    complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX reflections_by_step ON reflections (step, created_at DESC, id DESC)"_s,
            uR"(CREATE TABLE reflection_answers (
                    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    prompt_key TEXT NOT NULL,
                    prompt_text TEXT NOT NULL DEFAULT '',
                    answer TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (reflection_id, position)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE reflection_prompts (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    builtin_key TEXT,
                    custom_key TEXT,
                    custom_text TEXT NOT NULL DEFAULT '',
                    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
                    CHECK ((builtin_key IS NULL) <> (custom_key IS NULL)),
                    UNIQUE (step, position)))"_s,
        },
        // 4: mood check-ins, several a day; the local day is kept beside the instant.
        {
            uR"(CREATE TABLE mood_checkins (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
                    emotions TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')))"_s,
            u"CREATE INDEX mood_checkins_by_day ON mood_checkins (day, mood)"_s,
            u"CREATE INDEX mood_checkins_by_at ON mood_checkins (at DESC, id DESC)"_s,
            // Covers the mood chart's scan of entry moods by time.
            u"CREATE INDEX entries_mood_by_created ON entries (created_at, mood) WHERE mood IS NOT NULL"_s,
        },
    };
    return migrations;
}

} // namespace Rekindle::Migrations
