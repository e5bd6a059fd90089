// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::EntryStore", text);
    }

    QVariant moodValue(const std::optional<int> &mood)
    {
        return mood ? QVariant(*mood) : QVariant(QMetaType(QMetaType::Int));
    }

    std::optional<int> moodFrom(const QVariant &value)
    {
        if (value.isNull())
            return std::nullopt;
        return value.toInt();
    }

    QDateTime instant(const QVariant &msecs)
    {
        return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), QTimeZone::utc());
    }

    const QString Kind = u"entries"_s;

    /// The first PreviewLength characters (code points, as SQLite's substr() counted them).
    QString leadingCharacters(const QString &text)
    {
        qsizetype end = 0;
        for (int n = 0; n < EntryStore::PreviewLength && end < text.size(); ++n)
            end += text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
        return text.left(end);
    }

    // The preview is cut from the decoded body: a stored value is only whole.
    const QString SummaryColumns = u"id, step, %1, %2, mood, created_at, updated_at, uid"_s.arg(
        FieldCodec::textColumn(u"title"_s), FieldCodec::textColumn(u"body"_s));

    Result<EntrySummary> readSummary(const FieldCodec &codec, const QSqlQuery &query)
    {
        FieldCodec::Row text(codec, Kind, query.value(7).toString());
        EntrySummary s;
        s.id = query.value(0).toLongLong();
        s.step = Steps::fromInt(query.value(1).toInt()).value_or(Step::Acknowledge);
        s.title = text.text(u"title"_s, query.value(2));
        s.preview = leadingCharacters(text.text(u"body"_s, query.value(3)));
        s.mood = moodFrom(query.value(4));
        s.created = instant(query.value(5));
        s.updated = instant(query.value(6));
        if (!text.ok())
            return text.error();
        return s;
    }

    QString updateSql()
    {
        return u"UPDATE entries SET title = coalesce(%1, ''), body = coalesce(%1, ''), mood = ?, "
               "updated_at = ? WHERE id = ?"_s.arg(FieldCodec::TextParam);
    }

    Error notFound()
    {
        return Error { tr("This entry no longer exists. It may have been deleted.") };
    }

    QVariantList updateBindings(const FieldCodec &codec, const QString &uid, qint64 id,
        const EntryContent &content, const QDateTime &now)
    {
        return { codec.bind({ Kind, u"title"_s, uid }, content.title),
            codec.bind({ Kind, u"body"_s, uid }, content.body), moodValue(content.mood),
            now.toMSecsSinceEpoch(), id };
    }

} // namespace

EntryStore::EntryStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> EntryStore::create(Step step, const EntryContent &content)
{
    if (Status valid = content.validate(); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO entries (uid, step, title, body, mood, created_at, "
        "updated_at) VALUES (?, ?, coalesce(%1, ''), coalesce(%1, ''), ?, ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, static_cast<int>(step), codec.bind({ Kind, u"title"_s, uid }, content.title),
            codec.bind({ Kind, u"body"_s, uid }, content.body), moodValue(content.mood), now, now },
        tr("The new entry could not be saved."));
}

Status EntryStore::update(qint64 id, const EntryContent &content)
{
    if (Status valid = content.validate(); !valid)
        return valid;
    const QString what = tr("Your changes could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, Kind, id, updateSql(),
        [&](const QString &uid) -> QVariantList {
            return updateBindings(codec, uid, id, content, m_journal.clock().now());
        },
        what, notFound());
}

Result<EntryUpdate> EntryStore::prepareUpdate(qint64 id, const EntryContent &content) const
{
    if (Status valid = content.validate(); !valid)
        return valid.error();
    const QString what = tr("Your changes could not be saved.");
    const auto uid = RecordWrite::uidOf(m_journal.database(), Kind, id, what, notFound());
    if (!uid)
        return uid.error();
    return EntryUpdate { id, updateSql(),
        updateBindings(m_journal.fieldCodec(), *uid, id, content, m_journal.clock().now()), what,
        notFound() };
}

Status EntryStore::runUpdate(const QSqlDatabase &db, const EntryUpdate &update)
{
    Sql::Transaction transaction(db, update.what);
    if (!transaction.begun())
        return transaction.status();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(update.sql))
        return Sql::error(query.lastError(), update.what);
    for (const QVariant &value : update.bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Sql::error(query.lastError(), update.what);
    if (query.numRowsAffected() < 1)
        return update.notFound;
    return transaction.commit();
}

void EntryStore::updated(qint64 id)
{
    Q_EMIT m_journal.recordChanged(Kind, id, RecordChange::Updated);
}

Status EntryStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM entries WHERE id = ?"_s, { id }, tr("The entry could not be deleted."),
        notFound());
}

Result<JournalEntry> EntryStore::entry(qint64 id) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT id, step, %1, %2, mood, created_at, updated_at, uid "
        "FROM entries WHERE id = ?"_s.arg(
            FieldCodec::textColumn(u"title"_s), FieldCodec::textColumn(u"body"_s)),
        { id }, tr("The entry could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    FieldCodec::Row text(m_journal.fieldCodec(), Kind, query->value(7).toString());
    JournalEntry e;
    e.id = query->value(0).toLongLong();
    e.step = Steps::fromInt(query->value(1).toInt()).value_or(Step::Acknowledge);
    e.title = text.text(u"title"_s, query->value(2));
    e.body = text.text(u"body"_s, query->value(3));
    e.mood = moodFrom(query->value(4));
    e.created = instant(query->value(5));
    e.updated = instant(query->value(6));
    if (!text.ok())
        return text.error();
    return e;
}

Result<EntrySummary> EntryStore::summary(qint64 id) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT %1 FROM entries WHERE id = ?"_s.arg(SummaryColumns), { id },
        tr("The entry could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    return readSummary(m_journal.fieldCodec(), *query);
}

Result<QList<EntrySummary>> EntryStore::page(
    Step step, const std::optional<EntryCursor> &after, int limit) const
{
    const QString what = tr("The entries could not be read.");
    Result<QSqlQuery> query = after
        ? Sql::run(m_journal.database(),
            u"SELECT %1 FROM entries WHERE step = ? AND (created_at < ? OR "
            "(created_at = ? AND id < ?)) ORDER BY created_at DESC, id DESC "
            "LIMIT ?"_s.arg(SummaryColumns),
            { static_cast<int>(step), after->created.toMSecsSinceEpoch(),
                after->created.toMSecsSinceEpoch(), after->id, limit },
            what)
        : Sql::run(m_journal.database(),
            u"SELECT %1 FROM entries WHERE step = ? "
            "ORDER BY created_at DESC, id DESC LIMIT ?"_s.arg(SummaryColumns),
            { static_cast<int>(step), limit }, what);
    if (!query)
        return query.error();
    QList<EntrySummary> result;
    result.reserve(limit);
    while (query->next()) {
        Result<EntrySummary> summary = readSummary(m_journal.fieldCodec(), *query);
        if (!summary)
            return summary.error();
        result.append(*summary);
    }
    return result;
}

Result<QList<EntryCursor>> EntryStore::writtenBetween(
    Step step, const QDateTime &from, const QDateTime &to) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT created_at, id FROM entries WHERE step = ? AND created_at >= ? "
        "AND created_at < ? ORDER BY created_at, id"_s,
        { static_cast<int>(step), from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() },
        tr("The days with entries could not be read."));
    if (!query)
        return query.error();
    QList<EntryCursor> result;
    while (query->next())
        result.append(
            { QDateTime::fromMSecsSinceEpoch(query->value(0).toLongLong(), QTimeZone::utc()),
                query->value(1).toLongLong() });
    return result;
}

Result<qint64> EntryStore::position(Step step, const EntryCursor &entry) const
{
    return Sql::positionInStep(m_journal.database(), u"entries"_s, static_cast<int>(step),
        entry.created, entry.id, tr("The entry could not be found."));
}

Result<qint64> EntryStore::count(std::optional<Step> step) const
{
    const QString what = tr("The entries could not be counted.");
    auto query = step
        ? Sql::run(m_journal.database(), u"SELECT count(*) FROM entries WHERE step = ?"_s,
            { static_cast<int>(*step) }, what)
        : Sql::run(m_journal.database(), u"SELECT count(*) FROM entries"_s, {}, what);
    if (!query)
        return query.error();
    if (!query->next())
        return qint64(0);
    return query->value(0).toLongLong();
}

} // namespace Rekindle
