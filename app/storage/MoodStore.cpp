// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString Kind = u"mood_checkins"_s;
    const QString Columns
        = u"id, mood, emotions, %1, at, day, uid"_s.arg(FieldCodec::textColumn(u"note"_s));

    Result<MoodCheckIn> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        auto note = codec.read({ Kind, u"note"_s, q.value(6).toString() }, q.value(3));
        if (!note)
            return note.error();
        MoodCheckIn m;
        m.id = q.value(0).toLongLong();
        m.mood = q.value(1).toInt();
        m.emotions = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
        m.note = *note;
        m.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
        m.day = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        return m;
    }

} // namespace

MoodStore::MoodStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> MoodStore::add(int mood, const QStringList &emotions, const QString &note)
{
    MoodCheckIn checkIn;
    checkIn.mood = mood;
    checkIn.emotions = emotions;
    checkIn.note = note;
    if (const QString problem = checkIn.validate(); !problem.isEmpty())
        return Error { problem };
    const QDateTime now = m_journal.clock().now();
    QStringList keys;
    for (const QString &e : emotions)
        keys << e.trimmed();
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO mood_checkins (uid, mood, emotions, note, at, day) "
        "VALUES (?, ?, coalesce(?, ''), coalesce(%1, ''), ?, ?)"_s.arg(FieldCodec::TextParam),
        { uid, mood, keys.join(u','), m_journal.fieldCodec().bind({ Kind, u"note"_s, uid }, note),
            now.toMSecsSinceEpoch(), m_journal.clock().localDate(now).toString(Qt::ISODate) },
        tr("The mood check-in could not be saved."));
}

Status MoodStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM mood_checkins WHERE id = ?"_s, { id },
        tr("The mood check-in could not be deleted."),
        Error { tr("This mood check-in no longer exists.") });
}

Result<MoodCheckIn> MoodStore::checkIn(qint64 id) const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1 FROM mood_checkins WHERE id = ?"_s.arg(Columns), { id },
        tr("The mood check-in could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("This mood check-in no longer exists.") };
    return read(m_journal.fieldCodec(), *q);
}

Result<QList<MoodCheckIn>> MoodStore::latest(int limit) const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1 FROM mood_checkins ORDER BY at DESC, id DESC LIMIT ?"_s.arg(Columns), { limit },
        tr("The mood check-ins could not be read."));
    if (!q)
        return q.error();
    QList<MoodCheckIn> result;
    while (q->next()) {
        Result<MoodCheckIn> checkIn = read(m_journal.fieldCodec(), *q);
        if (!checkIn)
            return checkIn.error();
        result << *checkIn;
    }
    return result;
}

Result<qint64> MoodStore::count() const
{
    auto q = Sql::run(m_journal.database(), u"SELECT count(*) FROM mood_checkins"_s, {},
        tr("The mood check-ins could not be counted."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace Rekindle
