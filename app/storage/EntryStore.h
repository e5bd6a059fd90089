// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JournalEntry.h"
#include "core/Result.h"
#include "core/Step.h"

#include <QList>
#include <QObject>
#include <QVariantList>
#include <optional>

class QSqlDatabase;

namespace Rekindle {

class Journal;

/// What a list of entries shows: everything but the full body.
struct EntrySummary {
    qint64 id = 0;
    Step step = Step::Acknowledge;
    QString title; ///< as stored, may be empty
    QString preview; ///< the first characters of the body
    std::optional<int> mood;
    QDateTime created;
    QDateTime updated;

    QString displayTitle() const { return JournalEntry::displayTitle(title, preview); }
};

/// Where a page of entries continues: entries strictly older than this one.
struct EntryCursor {
    QDateTime created;
    qint64 id = 0;
};

/// An update of one entry made ready on the store's thread (checked, encoded, sealed), for a
/// connection of its own to run elsewhere (EntrySaver): the statement and its bindings.
struct EntryUpdate {
    qint64 id = 0;
    QString sql;
    QVariantList bindings;
    QString what; ///< the message of a failure
    Error notFound;
};

/// Reads and writes journal entries. Every write is one save (RecordWrite), announced through
/// Journal::recordChanged, so that models stay in step without reloading.
class EntryStore final : public QObject {
    Q_OBJECT

public:
    static constexpr int PreviewLength = 160;

    explicit EntryStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> create(Step step, const EntryContent &content);
    Status update(qint64 id, const EntryContent &content);
    /// What update() runs, made ready for another connection; an error when `content` is not
    /// valid or the entry is gone. Run it with runUpdate(), then announce it with updated().
    Result<EntryUpdate> prepareUpdate(qint64 id, const EntryContent &content) const;
    /// Runs `update` in one transaction of `db` (any connection to this journal's file).
    static Status runUpdate(const QSqlDatabase &db, const EntryUpdate &update);
    /// Announces an update committed by another connection, as update() does its own.
    void updated(qint64 id);
    Status remove(qint64 id);

    Result<JournalEntry> entry(qint64 id) const;
    Result<EntrySummary> summary(qint64 id) const;
    /// Up to `limit` entries of `step`, newest first, older than `after` when given.
    Result<QList<EntrySummary>> page(
        Step step, const std::optional<EntryCursor> &after, int limit) const;
    Result<qint64> count(std::optional<Step> step = std::nullopt) const;
    /// When each entry of `step` from `from` (inclusive) to `to` (exclusive) was written, and
    /// its id, oldest first: what a calendar needs, read over the entries' index of their step
    /// and time, with no text.
    Result<QList<EntryCursor>> writtenBetween(
        Step step, const QDateTime &from, const QDateTime &to) const;
    /// How many entries of `step` come before `entry` in the list's order (newest first, then
    /// higher id): its row once that many have been fetched. Counted over the same index.
    Result<qint64> position(Step step, const EntryCursor &entry) const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
