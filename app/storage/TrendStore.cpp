// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendStore.h"

#include "Journal.h"
#include "JournalConnection.h"
#include "LocalDays.h"
#include "Sql.h"
#include "StoreUtil.h"
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
    const QString what = tr("The mood history could not be read.");
    // Per local day of [from, to]: the sum and the number of values.
    QList<std::pair<qint64, int>> days(from.daysTo(to) + 1, { 0, 0 });
    auto checkIns = Sql::run(m_journal.database(),
        u"SELECT day, sum(mood), count(*) FROM mood_checkins WHERE day BETWEEN ? AND ? "
        "GROUP BY day"_s,
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) }, what);
    if (!checkIns)
        return checkIns.error();
    while (checkIns->next()) {
        const QDate day = QDate::fromString(checkIns->value(0).toString(), Qt::ISODate);
        const qint64 index = day.isValid() ? from.daysTo(day) : -1;
        if (index < 0 || index >= days.size())
            continue;
        days[index].first += checkIns->value(1).toLongLong();
        days[index].second += checkIns->value(2).toInt();
    }
    // The entries' moods over the covering index, in order, each put on its local day here.
    auto entries = Sql::run(m_journal.database(),
        u"SELECT created_at, mood FROM entries WHERE mood IS NOT NULL AND created_at >= ? "
        "AND created_at < ? ORDER BY created_at"_s,
        { fromMs, toMs }, what);
    if (!entries)
        return entries.error();
    LocalDays local(zone, from, fromMs, toMs);
    while (entries->next()) {
        const qint64 index = local.indexOf(entries->value(0).toLongLong());
        if (index < 0 || index >= days.size())
            continue;
        days[index].first += entries->value(1).toLongLong();
        ++days[index].second;
    }
    for (qsizetype i = 0; i < days.size(); ++i)
        if (days.at(i).second > 0)
            result << DayMoodTotal { from.addDays(i), days.at(i).first, days.at(i).second };
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
    // The weeks start on the first day of the week of the UI locale (Sunday in en_US, Monday
    // in de_DE): `from` is that many days into its week.
    const int first = int(QLocale().firstDayOfWeek());
    const int intoWeek = (from.dayOfWeek() - first + 7) % 7;
    const QDate firstWeek = from.addDays(-intoWeek);
    QList<int> weeks((intoWeek + from.daysTo(to)) / 7 + 1, 0);
    auto q = Sql::run(m_journal.database(),
        u"SELECT created_at FROM entries WHERE created_at >= ? AND created_at < ? "
        "ORDER BY created_at"_s,
        { fromMs, toMs }, tr("The writing history could not be read."));
    if (!q)
        return q.error();
    LocalDays local(zone, from, fromMs, toMs);
    while (q->next()) {
        const qint64 day = local.indexOf(q->value(0).toLongLong());
        const qint64 week = (day + intoWeek) / 7;
        if (day >= 0 && week < weeks.size())
            ++weeks[week];
    }
    for (qsizetype i = 0; i < weeks.size(); ++i)
        if (weeks.at(i) > 0)
            result << WeekCount { firstWeek.addDays(7 * i), weeks.at(i) };
    return result;
}

Result<QHash<QString, int>> TrendStore::stepCounts(Step step) const
{
    // Counted up to StepProgress::CountLimit only: the same cost at any size.
    const int stepValue = static_cast<int>(step);
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1, %2, %3"_s.arg(
            StoreUtil::countUpTo(u"entries WHERE step = ?"_s, StepProgress::CountLimit),
            StoreUtil::countUpTo(
                u"reflections WHERE step = ? AND complete = 1"_s, StepProgress::CountLimit),
            StoreUtil::countUpTo(u"reflections WHERE step = ? AND complete = 1 AND kind = 2"_s,
                StepProgress::CountLimit)),
        { stepValue, stepValue, stepValue }, tr("The progress of this step could not be read."));
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
