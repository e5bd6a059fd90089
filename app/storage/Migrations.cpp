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
        // 3: full-text search over everything written (see RecordKinds).
        RecordKinds::searchTableStatements() + RecordKinds::searchIndexStatements(u"entries"_s),
    };
    return migrations;
}

} // namespace Rekindle::Migrations
