// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalCheck.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "JournalEncryption.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "TextRewrite.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalCheck", text);
    }

    QStringList column(const Journal &journal, const QString &sql, QString *failure)
    {
        QStringList out;
        QSqlQuery query(journal.database());
        if (!query.exec(sql)) {
            *failure = query.lastError().text();
            return out;
        }
        while (query.next())
            out << query.value(0).toString();
        return out;
    }

    qint64 count(const Journal &journal, const QString &sql)
    {
        QSqlQuery query(journal.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    /// FTS5's own 'integrity-check' compares the index with the text it indexes, but it is an
    /// INSERT, refused by a journal that must not be written (read-only or damaged). There the
    /// index's shadow tables are compared by reading only: one row of text and one of sizes
    /// per record, each size row with its text. (integrity_check has read their b-trees.)
    QString searchIndexProblem(const Journal &journal, qint64 searchable)
    {
        // An unlocked journal's index is made on a worker thread after unlocking.
        journal.encryption().waitForSearchIndex();
        if (!journal.isProtected()) {
            QSqlQuery fts(journal.database());
            if (!fts.exec(u"INSERT INTO search_text (search_text, rank) "
                          "VALUES ('integrity-check', 1)"_s))
                return tr("Search index: damaged (%1)").arg(fts.lastError().text());
        } else {
            const qint64 sizes = count(journal, u"SELECT count(*) FROM search_text_docsize"_s);
            const qint64 orphans = count(journal,
                u"SELECT count(*) FROM search_text_docsize AS d WHERE NOT EXISTS "
                "(SELECT 1 FROM search_text_content AS c WHERE c.id = d.id)"_s);
            if (sizes != searchable || orphans != 0)
                return tr("Search index: damaged (%1 index entries, %2 without their text, "
                          "for %3 records)")
                    .arg(sizes)
                    .arg(orphans)
                    .arg(searchable);
        }
        const qint64 n = count(journal, u"SELECT count(*) FROM search_text"_s);
        if (n != searchable)
            return (searchable == 1
                    ? QCoreApplication::translate(
                        "Rekindle::JournalCheck", "Search index: %1 of 1 record indexed")
                    : QCoreApplication::translate("Rekindle::JournalCheck",
                        "Search index: %1 of %n records indexed", nullptr, int(searchable)))
                .arg(n);
        return {};
    }

    /// Every text column of every kind, read as the bytes stored: SQLite keeps whatever bytes
    /// it was given, and text that is not UTF-8 is changed by whatever reads it next. Sealed
    /// (encrypted) values are stored as base64 text, so they are scanned the same way.
    void findInvalidText(const Journal &journal, CheckReport &report)
    {
        int invalid = 0;
        bool readAll = true;
        // `name` is an SQL expression that names the record for people.
        const auto scan = [&](const QString &table, const QString &label,
                              const QStringList &columns, const QString &name) {
            QStringList selected;
            for (const QString &column : columns)
                selected << u"CAST(%1 AS BLOB)"_s.arg(column);
            QSqlQuery query(journal.database());
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT %1, %2 FROM %3"_s.arg(name, selected.join(u", "_s), table))) {
                report.problems << tr("%1: cannot be read").arg(label);
                readAll = false;
                return;
            }
            while (query.next()) {
                for (int i = 0; i < columns.size(); ++i) {
                    if (query.value(i + 1).toByteArray().isValidUtf8())
                        continue;
                    ++invalid;
                    report.problems
                        << tr("%1, record %2: the text of \"%3\" is not valid "
                              "UTF-8")
                               .arg(label, QString::fromUtf8(query.value(0).toByteArray()),
                                   columns.at(i));
                }
            }
        };
        for (const RecordKind &kind : RecordKinds::all()) {
            QStringList columns;
            for (const RecordField &field : kind.fields)
                if (field.type == RecordField::Type::Text || field.type == RecordField::Type::Uid)
                    columns << field.name;
            if (columns.isEmpty())
                continue;
            // The record's key names it: its uid, or for a part its parent and position.
            QStringList key;
            for (const QString &field : kind.key)
                key << u"CAST(%1 AS TEXT)"_s.arg(field);
            scan(kind.table, RecordKinds::label(kind), columns, key.join(u" || '/' || "_s));
        }
        scan(
            RecordKinds::SettingsTable, tr("Journal settings"), { u"key"_s, u"value"_s }, u"key"_s);
        if (invalid == 0 && readAll)
            report.findings << tr("Text: all valid UTF-8");
    }

} // namespace

QString CheckReport::text() const
{
    QStringList lines = findings;
    if (healthy())
        lines << tr("Result: the journal is healthy.");
    else {
        lines << tr("Result: problems found: %1").arg(problems.size());
        for (const QString &problem : problems)
            lines << u"  - "_s + problem;
    }
    return lines.join(u'\n') + u'\n';
}

namespace JournalCheck {

    CheckReport run(const Journal &journal)
    {
        CheckReport report;
        report.findings << tr("Journal: %1").arg(QDir::toNativeSeparators(journal.filePath()));
        report.findings << tr("Schema version: %1 (this Rekindle writes %2)")
                               .arg(journal.schemaVersion())
                               .arg(Journal::latestSchemaVersion());

        QString failure;
        const QStringList integrity = column(journal, u"PRAGMA integrity_check"_s, &failure);
        if (!failure.isEmpty())
            report.problems << tr("The integrity check could not run: %1").arg(failure);
        else if (integrity != QStringList { u"ok"_s })
            for (const QString &line : integrity)
                report.problems << tr("Database structure: %1").arg(line);
        else
            report.findings << tr("Database structure: ok");

        failure.clear();
        const QStringList foreign = column(journal, u"PRAGMA foreign_key_check"_s, &failure);
        if (!failure.isEmpty() || !foreign.isEmpty())
            report.problems << tr("Links between records: broken links in %1")
                                   .arg(foreign.join(u", "_s) + failure);
        else
            report.findings << tr("Links between records: ok");

        qint64 searchable = 0;
        for (const RecordKind &kind : RecordKinds::all()) {
            auto count = Sql::run(
                journal.database(), u"SELECT count(*) FROM %1"_s.arg(kind.table), {}, QString());
            if (!count || !count->next()) {
                report.problems << tr("%1: cannot be read").arg(RecordKinds::label(kind));
                continue;
            }
            const qint64 n = count->value(0).toLongLong();
            if (kind.isSearchable())
                searchable += n;
            report.findings << tr("%1: %2").arg(RecordKinds::label(kind)).arg(n);
        }

        const JournalEncryption::State encryption = journal.encryption().state();
        if (encryption == JournalEncryption::State::Locked) {
            // Encrypted: the on-disk index stays empty; the index is built in memory at unlock.
            auto indexed = Sql::run(
                journal.database(), u"SELECT count(*) FROM main.search_text"_s, {}, QString());
            const qint64 n = indexed && indexed->next() ? indexed->value(0).toLongLong() : -1;
            if (n != 0)
                report.problems << tr("Search index: an encrypted journal's index on disk holds "
                                      "%1 records")
                                       .arg(n);
            else
                report.findings << tr("Search index: in memory only (the journal is locked)");
        } else if (const QString problem = searchIndexProblem(journal, searchable);
                   !problem.isEmpty()) {
            report.problems << problem;
        } else {
            report.findings << tr("Search index: ok");
        }

        findInvalidText(journal, report);

        // A sealed value that does not open (changed, cut short, moved) is named here; a locked
        // journal can only be checked for its structure.
        if (encryption == JournalEncryption::State::Unlocked) {
            const auto unreadable
                = TextRewrite::unreadable(journal.database(), journal.fieldCodec());
            if (!unreadable)
                report.problems << unreadable.error().message;
            else if (!unreadable->isEmpty())
                report.problems << *unreadable;
            else
                report.findings << tr("Encrypted text: every value opens");
        } else if (encryption == JournalEncryption::State::Locked) {
            report.findings << tr("Encrypted text: not checked (the journal is locked)");
        }

        failure.clear();
        const QStringList tables = column(journal,
            u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_text%' ORDER BY name"_s,
            &failure);
        for (const QString &table : tables) {
            bool known = table == RecordKinds::SettingsTable || table == u"journal_keys"_s
                || table == u"index_state"_s;
            for (const RecordKind &kind : RecordKinds::all())
                known = known || kind.table == table;
            if (!known)
                report.problems << tr("Table \"%1\" is not known to export and restore (a "
                                      "missing RecordKinds entry)")
                                       .arg(table);
        }
        return report;
    }

} // namespace JournalCheck
} // namespace Rekindle
