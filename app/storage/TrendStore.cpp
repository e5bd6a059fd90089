// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendStore.h"

#include "Journal.h"
#include "JournalConnection.h"
#include "Sql.h"
#include "core/StepProgress.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    qint64 startOfDay(QDate day, const QTimeZone &zone)
    {
        return day.startOfDay(zone).toMSecsSinceEpoch();
    }

} // namespace

TrendStore::TrendStore(Journal &journal)
    : m_journal(journal)
{
}

QString TrendStore::localDayExpression(
    const QString &column, const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    const auto shifted = [&column](int offsetSecs) {
        return u"date((%1 + %2) / 1000, 'unixepoch')"_s.arg(column).arg(qint64(offsetSecs) * 1000);
    };
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc());
    const int firstOffset = zone.offsetFromUtc(from);
    if (!zone.hasTransitions())
        return shifted(firstOffset);
    const auto transitions = zone.transitions(from, to);
    if (transitions.isEmpty())
        return shifted(firstOffset);
    QString sql = u"CASE"_s;
    int offset = firstOffset;
    for (const auto &t : transitions) {
        sql += u" WHEN %1 < %2 THEN %3"_s.arg(column)
                   .arg(t.atUtc.toMSecsSinceEpoch())
                   .arg(shifted(offset));
        offset = t.offsetFromUtc;
    }
    sql += u" ELSE %1 END"_s.arg(shifted(offset));
    return sql;
}

Result<std::optional<QDate>> TrendStore::firstDay() const
{
    const QString what = tr("The journal's history could not be read.");
    auto q = Sql::run(m_journal.database(),
        u"SELECT (SELECT min(created_at) FROM entries), "
        "(SELECT min(day) FROM mood_checkins)"_s,
        {}, what);
    if (!q)
        return q.error();
    std::optional<QDate> first;
    if (q->next()) {
        if (!q->value(0).isNull())
            first = m_journal.clock().localDate(
                QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), QTimeZone::utc()));
        if (!q->value(1).isNull()) {
            const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (day.isValid() && (!first || day < *first))
                first = day;
        }
    }
    return first;
}

Result<QList<DayMoodTotal>> TrendStore::moodByDay(QDate from, QDate to) const
{
    QList<DayMoodTotal> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const QTimeZone zone = m_journal.clock().timeZone();
    const qint64 fromMs = startOfDay(from, zone);
    const qint64 toMs = startOfDay(to.addDays(1), zone);
    const QString day = localDayExpression(u"created_at"_s, zone, fromMs, toMs);
    auto q = Sql::run(m_journal.database(), uR"(SELECT day, sum(total), sum(n) FROM (
                            SELECT day, sum(mood) AS total, count(*) AS n FROM mood_checkins
                                WHERE day BETWEEN ? AND ? GROUP BY day
                            UNION ALL
                            SELECT %1 AS day, sum(mood) AS total, count(*) AS n FROM entries
                                WHERE mood IS NOT NULL AND created_at >= ? AND created_at < ?
                                GROUP BY 1)
                          GROUP BY day ORDER BY day)"_s.arg(day),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate), fromMs, toMs },
        tr("The mood history could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        result << DayMoodTotal { QDate::fromString(q->value(0).toString(), Qt::ISODate),
            q->value(1).toLongLong(), q->value(2).toInt() };
    return result;
}

Result<QList<WeekCount>> TrendStore::entriesByWeek(QDate from, QDate to) const
{
    QList<WeekCount> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const QTimeZone zone = m_journal.clock().timeZone();
    const qint64 fromMs = startOfDay(from, zone);
    const qint64 toMs = startOfDay(to.addDays(1), zone);
    const QString day = localDayExpression(u"created_at"_s, zone, fromMs, toMs);
    // The first day of each day's week in the UI locale (Sunday in en_US, Monday in de_DE):
    // %w is 0 for Sunday, so step back (%w + 7 - first) % 7 days.
    const int first = int(QLocale().firstDayOfWeek()) % 7;
    auto q = Sql::run(m_journal.database(),
        uR"(SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + %2) % 7)
                                          || ' days') AS week, sum(n)
                          FROM (SELECT %1 AS day, count(*) AS n FROM entries
                                WHERE created_at >= ? AND created_at < ? GROUP BY 1)
                          GROUP BY week ORDER BY week)"_s.arg(day, QString::number(7 - first)),
        { fromMs, toMs }, tr("The writing history could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        result << WeekCount { QDate::fromString(q->value(0).toString(), Qt::ISODate),
            q->value(1).toInt() };
    return result;
}

Result<QHash<QString, int>> TrendStore::stepCounts(Step step) const
{
    auto q
        = Sql::run(m_journal.database(), uR"(SELECT (SELECT count(*) FROM entries WHERE step = ?),
                                 (SELECT count(*) FROM reflections WHERE step = ? AND complete = 1),
                                 (SELECT count(*) FROM reflections WHERE step = ? AND complete = 1
                                     AND kind = 2))"_s,
            { static_cast<int>(step), static_cast<int>(step), static_cast<int>(step) },
            tr("The progress of this step could not be read."));
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    if (q->next()) {
        counts.insert(QString::fromLatin1(StepProgress::Count::Entries), q->value(0).toInt());
        counts.insert(QString::fromLatin1(StepProgress::Count::Reflections), q->value(1).toInt());
        counts.insert(
            QString::fromLatin1(StepProgress::Count::ThoughtRecords), q->value(2).toInt());
    }
    return counts;
}

} // namespace Rekindle
