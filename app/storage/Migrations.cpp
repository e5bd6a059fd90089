// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "RecordKinds.h"

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
        // 3: steps 1 and 2 - my part, space (contact events, urges), unsent messages, goals,
        // check-ins, small wins. Contact events are shared with the contact log of step 3.
        {
            uR"(CREATE TABLE my_part (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    what_happened TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
                    my_part TEXT NOT NULL DEFAULT '',
                    instead TEXT NOT NULL DEFAULT '',
                    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE goals (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                    category INTEGER NOT NULL CHECK (category BETWEEN 0 AND 4),
                    times_per_week INTEGER NOT NULL CHECK (times_per_week BETWEEN 1 AND 7),
                    start_day TEXT NOT NULL CHECK (start_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    my_part_id INTEGER REFERENCES my_part (id) ON DELETE SET NULL,
                    archived_at INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX goals_by_my_part ON goals (my_part_id) WHERE my_part_id IS NOT NULL"_s,
            uR"(CREATE TABLE goal_checkins (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    UNIQUE (goal_id, day)))"_s,
            uR"(CREATE TABLE contact_events (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    direction INTEGER NOT NULL CHECK (direction IN (0, 1)),
                    channel INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
                    occurred_at INTEGER NOT NULL,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT NOT NULL DEFAULT '',
                    response INTEGER CHECK (response IS NULL OR response BETWEEN 0 AND 3),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX contact_events_by_time ON contact_events (occurred_at DESC, id DESC)"_s,
            u"CREATE INDEX contact_events_by_direction_day ON contact_events (direction, day)"_s,
            uR"(CREATE TABLE urges (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    occurred_at INTEGER NOT NULL,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5),
                    note TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX urges_by_day ON urges (day)"_s,
            uR"(CREATE TABLE unsent_messages (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
                    written_at INTEGER NOT NULL,
                    state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 2),
                    decided_at INTEGER,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX unsent_messages_by_written ON unsent_messages (written_at DESC, id DESC)"_s,
            uR"(CREATE TABLE small_wins (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    created_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX small_wins_by_day ON small_wins (day DESC, id DESC)"_s,
        },
        // 4: reflections (guided and thought records, drafts included) and the person's own
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
        // 5: mood check-ins, several a day; the local day is kept beside the instant.
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
        // 6: full-text search over everything written (see RecordKinds).
        RecordKinds::searchTableStatements() + RecordKinds::searchIndexStatements(u"entries"_s),
        // 7: steps 3 to 5 - tone and topics of contacts (the same events step 1 counts), the
        // safety check and pace settings (in journal_settings), meet-ups, phrases the person adds
        // to the message check, feelings shared, commitments, issues and milestones.
        {
            u"ALTER TABLE contact_events ADD COLUMN tone INTEGER CHECK (tone IS NULL OR tone BETWEEN 0 AND 2)"_s,
            u"ALTER TABLE contact_events ADD COLUMN topics TEXT NOT NULL DEFAULT ''"_s,
            uR"(CREATE TABLE meetups (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    place TEXT NOT NULL DEFAULT '',
                    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),
                    outcome INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 3),
                    how_it_went TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX meetups_by_day ON meetups (day DESC, id DESC)"_s,
            uR"(CREATE TABLE message_phrases (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    phrase TEXT NOT NULL CHECK (length(trim(phrase)) > 1),
                    category INTEGER NOT NULL CHECK (category BETWEEN 0 AND 3),
                    created_at INTEGER NOT NULL,
                    UNIQUE (phrase, category)))"_s,
            uR"(CREATE TABLE feelings_shared (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
                    received TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX feelings_shared_by_day ON feelings_shared (day DESC, id DESC)"_s,
            uR"(CREATE TABLE commitments (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    promise TEXT NOT NULL CHECK (length(trim(promise)) > 0),
                    made_on TEXT NOT NULL CHECK (made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
                    settled_on TEXT CHECK (settled_on IS NULL OR settled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX commitments_by_made ON commitments (made_on DESC, id DESC)"_s,
            u"CREATE INDEX commitments_by_settled ON commitments (status, settled_on)"_s,
            uR"(CREATE TABLE issues (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    raised_by INTEGER NOT NULL CHECK (raised_by BETWEEN 0 AND 2),
                    raised_on TEXT NOT NULL CHECK (raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
                    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
                    agreement TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX issues_by_raised ON issues (raised_on DESC, id DESC)"_s,
            u"CREATE INDEX issues_by_status ON issues (status)"_s,
            uR"(CREATE TABLE milestones (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    position INTEGER NOT NULL,
                    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                    planned_on TEXT CHECK (planned_on IS NULL OR planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    reached_on TEXT CHECK (reached_on IS NULL OR reached_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"CREATE INDEX milestones_by_position ON milestones (position, id)"_s,
            u"CREATE INDEX contact_events_by_response ON contact_events (direction, occurred_at, response)"_s,
        },
        // 8: search over the records of steps 1 and 2, reflections and mood check-ins.
        RecordKinds::searchIndexStatements(u"my_part"_s)
            + RecordKinds::searchIndexStatements(u"goals"_s)
            + RecordKinds::searchIndexStatements(u"goal_checkins"_s)
            + RecordKinds::searchIndexStatements(u"contact_events"_s)
            + RecordKinds::searchIndexStatements(u"urges"_s)
            + RecordKinds::searchIndexStatements(u"unsent_messages"_s)
            + RecordKinds::searchIndexStatements(u"small_wins"_s)
            + RecordKinds::searchIndexStatements(u"reflections"_s)
            + RecordKinds::searchIndexStatements(u"mood_checkins"_s),
        // 9: search over the records of steps 3 to 5, and the topics of contacts: the contact
        // triggers of migration 8 are made again (a journal migrated before contacts had topics
        // in their search text has the older ones).
        QStringList {
            u"DROP TRIGGER IF EXISTS search_contact_events_insert"_s,
            u"DROP TRIGGER IF EXISTS search_contact_events_update"_s,
            u"DROP TRIGGER IF EXISTS search_contact_events_delete"_s,
            u"DELETE FROM search_text WHERE kind = %1"_s.arg(
                RecordKinds::find(u"contact_events"_s)->code),
        } + RecordKinds::searchIndexStatements(u"contact_events"_s)
            + RecordKinds::searchIndexStatements(u"meetups"_s)
            + RecordKinds::searchIndexStatements(u"feelings_shared"_s)
            + RecordKinds::searchIndexStatements(u"commitments"_s)
            + RecordKinds::searchIndexStatements(u"issues"_s)
            + RecordKinds::searchIndexStatements(u"milestones"_s),
        // 10: a "no" can be recorded: contact replies gain "asked for space / said no" (4) and
        // meet-ups "they did not want to meet" (4). SQLite cannot change a CHECK in place, so
        // both tables are made again with the same columns, ids and rows; their indexes and
        // search triggers (as migrations 7 to 9 made them) are made again too. Rows keep their
        // ids, so the search index needs no change.
        QStringList {
            uR"(CREATE TABLE contact_events_v10 (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    direction INTEGER NOT NULL CHECK (direction IN (0, 1)),
                    channel INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
                    occurred_at INTEGER NOT NULL,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT NOT NULL DEFAULT '',
                    response INTEGER CHECK (response IS NULL OR response BETWEEN 0 AND 4),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    tone INTEGER CHECK (tone IS NULL OR tone BETWEEN 0 AND 2),
                    topics TEXT NOT NULL DEFAULT ''))"_s,
            u"INSERT INTO contact_events_v10 (id, uid, direction, channel, occurred_at, day, note, "
            "response, created_at, updated_at, tone, topics) SELECT id, uid, direction, channel, "
            "occurred_at, day, note, response, created_at, updated_at, tone, topics "
            "FROM contact_events"_s,
            u"DROP TABLE contact_events"_s,
            u"ALTER TABLE contact_events_v10 RENAME TO contact_events"_s,
            u"CREATE INDEX contact_events_by_time ON contact_events (occurred_at DESC, id DESC)"_s,
            u"CREATE INDEX contact_events_by_direction_day ON contact_events (direction, day)"_s,
            u"CREATE INDEX contact_events_by_response ON contact_events (direction, occurred_at, response)"_s,
            uR"(CREATE TRIGGER search_contact_events_insert AFTER INSERT ON contact_events BEGIN INSERT INTO search_text (rowid, title, body, kind, item_id, step, at)  VALUES (((max(0, min(coalesce((NEW.occurred_at / 1000), 0), 68719476735)) << 27) | (5 << 22) | (NEW.id & 4194303)), coalesce('', ''), coalesce(trim(NEW.note || char(10) || char(10) || NEW.topics, char(10)), ''), 5, NEW.id, 1, NEW.occurred_at); END)"_s,
            uR"(CREATE TRIGGER search_contact_events_update AFTER UPDATE ON contact_events BEGIN DELETE FROM search_text WHERE rowid = ((max(0, min(coalesce((OLD.occurred_at / 1000), 0), 68719476735)) << 27) | (5 << 22) | (OLD.id & 4194303)); INSERT INTO search_text (rowid, title, body, kind, item_id, step, at)  VALUES (((max(0, min(coalesce((NEW.occurred_at / 1000), 0), 68719476735)) << 27) | (5 << 22) | (NEW.id & 4194303)), coalesce('', ''), coalesce(trim(NEW.note || char(10) || char(10) || NEW.topics, char(10)), ''), 5, NEW.id, 1, NEW.occurred_at); END)"_s,
            uR"(CREATE TRIGGER search_contact_events_delete AFTER DELETE ON contact_events BEGIN DELETE FROM search_text WHERE rowid = ((max(0, min(coalesce((OLD.occurred_at / 1000), 0), 68719476735)) << 27) | (5 << 22) | (OLD.id & 4194303)); END)"_s,
            uR"(CREATE TABLE meetups_v10 (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    place TEXT NOT NULL DEFAULT '',
                    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),
                    outcome INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 4),
                    how_it_went TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            u"INSERT INTO meetups_v10 (id, uid, day, place, kind, outcome, how_it_went, "
            u"created_at, "
            "updated_at) SELECT id, uid, day, place, kind, outcome, how_it_went, created_at, "
            "updated_at FROM meetups"_s,
            u"DROP TABLE meetups"_s,
            u"ALTER TABLE meetups_v10 RENAME TO meetups"_s,
            u"CREATE INDEX meetups_by_day ON meetups (day DESC, id DESC)"_s,
            uR"(CREATE TRIGGER search_meetups_insert AFTER INSERT ON meetups BEGIN INSERT INTO search_text (rowid, title, body, kind, item_id, step, at)  VALUES (((max(0, min(coalesce(CAST(strftime('%s', NEW.day) AS INTEGER), 0), 68719476735)) << 27) | (15 << 22) | (NEW.id & 4194303)), coalesce(NEW.place, ''), coalesce(NEW.how_it_went, ''), 15, NEW.id, 3, NEW.day); END)"_s,
            uR"(CREATE TRIGGER search_meetups_update AFTER UPDATE ON meetups BEGIN DELETE FROM search_text WHERE rowid = ((max(0, min(coalesce(CAST(strftime('%s', OLD.day) AS INTEGER), 0), 68719476735)) << 27) | (15 << 22) | (OLD.id & 4194303)); INSERT INTO search_text (rowid, title, body, kind, item_id, step, at)  VALUES (((max(0, min(coalesce(CAST(strftime('%s', NEW.day) AS INTEGER), 0), 68719476735)) << 27) | (15 << 22) | (NEW.id & 4194303)), coalesce(NEW.place, ''), coalesce(NEW.how_it_went, ''), 15, NEW.id, 3, NEW.day); END)"_s,
            uR"(CREATE TRIGGER search_meetups_delete AFTER DELETE ON meetups BEGIN DELETE FROM search_text WHERE rowid = ((max(0, min(coalesce(CAST(strftime('%s', OLD.day) AS INTEGER), 0), 68719476735)) << 27) | (15 << 22) | (OLD.id & 4194303)); END)"_s,
        },
    };
    return migrations;
}

} // namespace Rekindle::Migrations
