// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchData.h"

#include "storage/DemoJournal.h"
#include "storage/FieldCodec.h"
#include "storage/Journal.h"
#include "storage/JournalConnection.h"
#include "storage/Sql.h"
#include "storage/StoreUtil.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle::BenchData {
namespace {

    const QString What = u"the benchmark journal could not be generated"_s;

    /// A few words of made-up text, different from row to row (so the search index has work).
    QString words(QRandomGenerator &random, int count)
    {
        static const QStringList pool = { u"walk"_s, u"river"_s, u"tired"_s, u"called"_s,
            u"sister"_s, u"work"_s, u"evening"_s, u"calm"_s, u"missed"_s, u"them"_s, u"coffee"_s,
            u"slept"_s, u"better"_s, u"angry"_s, u"grateful"_s, u"friend"_s, u"rain"_s, u"dinner"_s,
            u"quiet"_s, u"lonely"_s, u"run"_s, u"book"_s, u"music"_s, u"therapy"_s };
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << pool.at(random.bounded(int(pool.size())));
        out.first()[0] = out.first().at(0).toUpper();
        return out.join(u' ') + u'.';
    }

    /// One kind of other row: its share of the rows and how one is written.
    struct Kind {
        double share;
        QString sql;
    };

} // namespace

Status generate(Journal &journal, const Size &size)
{
    if (Status status
        = DemoJournal::generate(journal, { size.days, size.entriesPerDay, size.seed });
        !status)
        return status;
    return addOtherRows(journal, size.otherRows, size.days, size.seed + 1);
}

Status addOtherRows(Journal &journal, int count, int days, quint32 seed)
{
    if (count <= 0)
        return {};
    days = std::max(1, days);
    const QSqlDatabase db = journal.database();
    Sql::Transaction transaction(db, What);
    if (!transaction.begun())
        return transaction.status();
    QRandomGenerator random(seed);
    const FieldCodec &codec = journal.fieldCodec();
    const QDate today = journal.clock().today();
    const QTimeZone zone = journal.clock().timeZone();
    const qint64 nowMs = journal.clock().now().toMSecsSinceEpoch();
    const QString t = FieldCodec::TextParam;

    // The shares a person makes over years: several mood check-ins and goal ticks a day, an
    // urge or a small win every few days, contacts and reflections now and then.
    enum { Mood, GoalCheckIn, Urge, SmallWin, Contact, Reflection, MyPart, Feeling, Commitment };
    const std::array<Kind, 9> kinds = { {
        { 0.40,
            u"INSERT INTO mood_checkins (uid, mood, emotions, note, at, day) VALUES (?, ?, ?, %1, ?, ?)"_s },
        { 0.20,
            u"INSERT INTO goal_checkins (uid, goal_id, day, note, created_at) VALUES (?, ?, ?, %1, ?)"_s },
        { 0.12,
            u"INSERT INTO urges (uid, occurred_at, day, intensity, note, created_at) VALUES (?, ?, ?, ?, %1, ?)"_s },
        { 0.10, u"INSERT INTO small_wins (uid, what, day, created_at) VALUES (?, %1, ?, ?)"_s },
        { 0.06,
            u"INSERT INTO contact_events (uid, direction, channel, occurred_at, day, note, response, tone, topics, created_at, updated_at) VALUES (?, ?, ?, ?, ?, %1, ?, ?, '', ?, ?)"_s },
        { 0.08,
            u"INSERT INTO reflections (uid, step, kind, complete, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)"_s },
        { 0.01,
            u"INSERT INTO my_part (uid, what_happened, my_part, instead, status, created_at, updated_at) VALUES (?, %1, %1, %1, ?, ?, ?)"_s },
        { 0.015,
            u"INSERT INTO feelings_shared (uid, day, what, received, created_at, updated_at) VALUES (?, ?, %1, %1, ?, ?)"_s },
        { 0.015,
            u"INSERT INTO commitments (uid, promise, made_on, status, note, created_at, updated_at) VALUES (?, %1, ?, ?, %1, ?, ?)"_s },
    } };
    std::array<QSqlQuery, 9> queries;
    for (size_t k = 0; k < kinds.size(); ++k) {
        queries[k] = QSqlQuery(db);
        const QString &sql = kinds[k].sql;
        if (!queries[k].prepare(sql.contains(u"%1"_s) ? sql.arg(t) : sql))
            return Sql::error(queries[k].lastError(), What);
    }
    QSqlQuery answer(db);
    if (!answer.prepare(u"INSERT INTO reflection_answers (reflection_id, position, prompt_key, "
                        "prompt_text, answer) VALUES (?, ?, ?, %1, %1)"_s.arg(t)))
        return Sql::error(answer.lastError(), What);

    // Goal check-ins are one a goal a day: enough goals that each is ticked on most days.
    const int goalTicks = int(std::lround(kinds[GoalCheckIn].share * count));
    const int goals = std::max(1, int(std::ceil(goalTicks / (days * 0.7))));
    QList<qint64> goalIds;
    for (int g = 0; g < goals; ++g) {
        const QString uid = StoreUtil::newUid();
        auto q = Sql::run(db,
            u"INSERT INTO goals (uid, title, category, times_per_week, start_day, created_at, "
            "updated_at) VALUES (?, %1, ?, 5, ?, ?, ?)"_s.arg(t),
            { uid, codec.bind({ u"goals"_s, u"title"_s, uid }, u"Habit %1"_s.arg(g + 1)), g % 5,
                StoreUtil::dayText(today.addDays(1 - days)), nowMs, nowMs },
            What);
        if (!q)
            return q.error();
        goalIds << q->lastInsertId().toLongLong();
    }
    const int ticksPerGoal = (goalTicks + goals - 1) / goals;

    const auto dayAt = [&](int dayIndex) { return today.addDays(dayIndex - days + 1); };
    const auto msAt = [&](QDate day) {
        return std::min(nowMs,
            QDateTime(day, QTime(7 + int(random.bounded(15)), int(random.bounded(60))), zone)
                .toMSecsSinceEpoch());
    };
    const auto text = [&codec](const QString &kind, const QString &field, const QString &uid,
                          const QString &value) {
        return codec.bind({ kind, field, uid }, value);
    };

    int written = 0;
    int ticks = 0;
    for (size_t k = 0; k < kinds.size(); ++k) {
        const int rows
            = k + 1 == kinds.size() ? count - written : int(std::lround(kinds[k].share * count));
        QSqlQuery &q = queries[k];
        for (int n = 0; n < rows; ++n) {
            const QString uid = StoreUtil::newUid();
            const QDate day = dayAt(int(random.bounded(days)));
            const qint64 at = msAt(day);
            switch (k) {
            case Mood:
                q.addBindValue(uid);
                q.addBindValue(1 + int(random.bounded(10)));
                q.addBindValue(u""_s);
                q.addBindValue(text(u"mood_checkins"_s, u"note"_s, uid,
                    random.bounded(3) == 0 ? words(random, 6) : QString(u""_s)));
                q.addBindValue(at);
                q.addBindValue(StoreUtil::dayText(day));
                break;
            case GoalCheckIn: {
                const int goal = ticks % goals;
                const int i = ticks / goals;
                ++ticks;
                const QDate tickDay = dayAt(int(qint64(i) * days / std::max(1, ticksPerGoal)));
                q.addBindValue(uid);
                q.addBindValue(goalIds.at(goal));
                q.addBindValue(StoreUtil::dayText(tickDay));
                q.addBindValue(text(u"goal_checkins"_s, u"note"_s, uid, u""_s));
                q.addBindValue(msAt(tickDay));
                break;
            }
            case Urge:
                q.addBindValue(uid);
                q.addBindValue(at);
                q.addBindValue(StoreUtil::dayText(day));
                q.addBindValue(1 + int(random.bounded(5)));
                q.addBindValue(text(u"urges"_s, u"note"_s, uid, words(random, 5)));
                q.addBindValue(at);
                break;
            case SmallWin:
                q.addBindValue(uid);
                q.addBindValue(text(u"small_wins"_s, u"what"_s, uid, words(random, 4)));
                q.addBindValue(StoreUtil::dayText(day));
                q.addBindValue(at);
                break;
            case Contact:
                q.addBindValue(uid);
                q.addBindValue(int(random.bounded(2)));
                q.addBindValue(int(random.bounded(5)));
                q.addBindValue(at);
                q.addBindValue(StoreUtil::dayText(day));
                q.addBindValue(text(u"contact_events"_s, u"note"_s, uid, words(random, 7)));
                q.addBindValue(int(random.bounded(4)));
                q.addBindValue(int(random.bounded(3)));
                q.addBindValue(at);
                q.addBindValue(at);
                break;
            case Reflection:
                q.addBindValue(uid);
                q.addBindValue(1 + int(random.bounded(5)));
                q.addBindValue(1 + int(random.bounded(2)));
                q.addBindValue(at);
                q.addBindValue(at);
                break;
            case MyPart:
                q.addBindValue(uid);
                q.addBindValue(text(u"my_part"_s, u"what_happened"_s, uid, words(random, 8)));
                q.addBindValue(text(u"my_part"_s, u"my_part"_s, uid, words(random, 30)));
                q.addBindValue(text(u"my_part"_s, u"instead"_s, uid, words(random, 20)));
                q.addBindValue(int(random.bounded(3)));
                q.addBindValue(at);
                q.addBindValue(at);
                break;
            case Feeling:
                q.addBindValue(uid);
                q.addBindValue(StoreUtil::dayText(day));
                q.addBindValue(text(u"feelings_shared"_s, u"what"_s, uid, words(random, 12)));
                q.addBindValue(text(u"feelings_shared"_s, u"received"_s, uid, words(random, 6)));
                q.addBindValue(at);
                q.addBindValue(at);
                break;
            case Commitment:
                q.addBindValue(uid);
                q.addBindValue(text(u"commitments"_s, u"promise"_s, uid, words(random, 8)));
                q.addBindValue(StoreUtil::dayText(day));
                q.addBindValue(int(random.bounded(3)));
                q.addBindValue(text(u"commitments"_s, u"note"_s, uid, u""_s));
                q.addBindValue(at);
                q.addBindValue(at);
                break;
            default:
                break;
            }
            if (!q.exec())
                return Sql::error(q.lastError(), What);
            if (k == Reflection) {
                // A finished reflection answers three prompts.
                const qint64 id = q.lastInsertId().toLongLong();
                for (int i = 0; i < 3; ++i) {
                    const QString place = uid + u'/' + QString::number(i);
                    answer.addBindValue(id);
                    answer.addBindValue(i);
                    answer.addBindValue(u"bench%1"_s.arg(i));
                    answer.addBindValue(
                        text(u"reflection_answers"_s, u"prompt_text"_s, place, u"What helped?"_s));
                    answer.addBindValue(
                        text(u"reflection_answers"_s, u"answer"_s, place, words(random, 25)));
                    if (!answer.exec())
                        return Sql::error(answer.lastError(), What);
                }
            }
        }
        q.finish();
        written += rows;
    }
    return transaction.commit();
}

} // namespace Rekindle::BenchData
