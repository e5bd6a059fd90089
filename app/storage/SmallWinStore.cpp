// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallWinStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "StoreRows.h"
#include "StoreUtil.h"

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString Kind = u"small_wins"_s;
    const QString Columns = u"SELECT id, %1, day, created_at, uid FROM small_wins"_s.arg(
        FieldCodec::textColumn(u"what"_s));

    Result<SmallWin> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, Kind, q.value(4).toString());
        SmallWin win { q.value(0).toLongLong(), text.text(u"what"_s, q.value(1)),
            StoreUtil::day(q.value(2)), StoreUtil::instant(q.value(3)) };
        if (!text.ok())
            return text.error();
        return win;
    }

} // namespace

SmallWinStore::SmallWinStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> SmallWinStore::add(const SmallWin &win)
{
    if (Status valid = win.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const QString uid = StoreUtil::newUid();
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO small_wins (uid, what, day, created_at) VALUES (?, %1, ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, m_journal.fieldCodec().bind({ Kind, u"what"_s, uid }, win.what.trimmed()),
            StoreUtil::dayText(win.day), m_journal.clock().now().toMSecsSinceEpoch() },
        tr("The win could not be saved."));
}

Status SmallWinStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM small_wins WHERE id = ?"_s, { id }, tr("The win could not be removed."),
        Error { tr("This win is no longer in the journal.") });
}

Result<SmallWin> SmallWinStore::win(qint64 id) const
{
    return StoreRows::one<SmallWin>(Sql::run(m_journal.database(), Columns + u" WHERE id = ?"_s,
                                        { id }, tr("The win could not be read.")),
        m_journal.fieldCodec(), read, Error { tr("This win is no longer in the journal.") });
}

Result<QList<SmallWin>> SmallWinStore::page(const std::optional<SmallWin> &after, int limit) const
{
    const QString what = tr("The wins could not be read.");
    auto query = after
        ? Sql::run(m_journal.database(),
            Columns
                + u" WHERE day < ? OR (day = ? AND id < ?) "
                  "ORDER BY day DESC, id DESC LIMIT ?"_s,
            { StoreUtil::dayText(after->day), StoreUtil::dayText(after->day), after->id, limit },
            what)
        : Sql::run(m_journal.database(), Columns + u" ORDER BY day DESC, id DESC LIMIT ?"_s,
            { limit }, what);
    return StoreRows::all<SmallWin>(std::move(query), m_journal.fieldCodec(), read);
}

Result<int> SmallWinStore::count() const
{
    auto query = Sql::run(m_journal.database(), u"SELECT count(*) FROM small_wins"_s, {},
        tr("The wins could not be counted."));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace Rekindle
