// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/JournalModels.h"
#include "models/ProgressSeries.h"
#include "models/RecentMoodModel.h"
#include "models/StepProgressModel.h"
#include "models/WritingCalendar.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/ReflectionStore.h"
#include "storage/SearchStore.h"
#include "storage/SqliteHandle.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The plans of the queries that run at start-up, for the step progress, the charts, search and
/// paging: none reads a big table whole (a plain SCAN without an index), which would make that
/// moment grow with the journal. The statements are the ones the code really runs, caught by
/// SQLite's trace (SqliteHandle::statementsDuring), so that a new query is checked too.
class tst_QueryPlans : public QObject {
    Q_OBJECT

private:
    /// Tables that grow with the years of writing. Not meet-ups: a person plans a handful, and
    /// reading them whole (has one ended in a "no"?) costs nothing at any journal size.
    const QSet<QString> m_big = { u"entries"_s, u"mood_checkins"_s, u"goal_checkins"_s, u"urges"_s,
        u"small_wins"_s, u"contact_events"_s, u"reflections"_s, u"reflection_answers"_s,
        u"feelings_shared"_s, u"commitments"_s, u"issues"_s, u"my_part"_s, u"unsent_messages"_s };

    /// The tables of `sql` by the names its plan gives them: a table named with an alias
    /// ("FROM reflections r") is "SCAN r" there.
    static QHash<QString, QString> tablesByName(const QString &sql)
    {
        static const QRegularExpression named(
            uR"(\b(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?(?:\s+(\w+))?)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QSet<QString> keywords
            = { u"WHERE"_s, u"JOIN"_s, u"ON"_s, u"ORDER"_s, u"GROUP"_s, u"LIMIT"_s, u"LEFT"_s,
                  u"INNER"_s, u"CROSS"_s, u"NATURAL"_s, u"USING"_s, u"UNION"_s, u"INDEXED"_s,
                  u"NOT"_s, u"HAVING"_s, u"WINDOW"_s, u"EXCEPT"_s, u"INTERSECT"_s };
        QHash<QString, QString> tables;
        for (auto it = named.globalMatch(sql); it.hasNext();) {
            const auto match = it.next();
            tables.insert(match.captured(1), match.captured(1));
            const QString alias = match.captured(2);
            if (!alias.isEmpty() && !keywords.contains(alias.toUpper()))
                tables.insert(alias, match.captured(1));
        }
        return tables;
    }

    /// Every "SCAN <big table>" without an index in the plan of `sql` (by its name or alias).
    QStringList fullScans(const QSqlDatabase &db, const QString &sql) const
    {
        static const QRegularExpression scan(uR"(^SCAN (\w+)(?: AS \w+)?$)"_s);
        const QHash<QString, QString> tables = tablesByName(sql);
        QSqlQuery plan(db);
        if (!plan.exec(u"EXPLAIN QUERY PLAN "_s + sql))
            return { u"cannot explain: "_s + sql };
        QStringList found;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            const auto match = scan.match(detail);
            if (match.hasMatch()
                && m_big.contains(tables.value(match.captured(1), match.captured(1))))
                found << detail;
        }
        return found;
    }

private Q_SLOTS:
    void hotQueriesReadNoBigTableWhole()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(DemoJournal::generate(j.journal(), { 730, 4, 3 }));
        sqlite3 *handle = SqliteHandle::handleOf(j->database());
        if (!handle)
            QSKIP("SQLite's trace needs Qt's driver to share our SQLite");
        const QDate today = j.clock().today();

        const QStringList statements = SqliteHandle::statementsDuring(handle, [&] {
            // Start-up: the models every page builds.
            QObject owner;
            const JournalModels models(j.journal());
            models.stepProgress(&owner);
            models.recentMoods(7, &owner);
            for (const Step step : Steps::all()) {
                models.entries(step, &owner);
                QVERIFY(j->reflections().list(step)); // each page's reflections
            }
            // Paging through a step's reflections, and the jump to one of them.
            auto reflections = j->reflections().page(Step::Acknowledge, nullptr, 20);
            QVERIFY(reflections && !reflections->isEmpty());
            QVERIFY(j->reflections().page(Step::Acknowledge, &reflections->constLast(), 20));
            QVERIFY(j->reflections().position(Step::Acknowledge, reflections->constLast()));
            // Paging through a step's entries.
            auto first = j->entries().page(Step::Acknowledge, std::nullopt, 50);
            QVERIFY(first && !first->isEmpty());
            QVERIFY(j->entries().page(Step::Acknowledge,
                EntryCursor { first->constLast().created, first->constLast().id }, 50));
            // The calendar: a month's days with writing, and the jump to a day's entry.
            const WritingCalendar calendar = models.writingCalendar(Step::Acknowledge);
            QVERIFY(calendar.month(today.year(), today.month()));
            QVERIFY(calendar.firstEntryOn(today.addDays(-40)));
            QVERIFY(j->entries().position(Step::Acknowledge,
                EntryCursor { first->constLast().created, first->constLast().id }));
            // The charts, over a season and over everything.
            const ProgressSeries series(j.journal());
            for (const TrendRange range : { TrendRange::Days90, TrendRange::All }) {
                QVERIFY(series.mood(range, today));
                QVERIFY(series.writing(range, today));
                QVERIFY(series.space(range, today));
                QVERIFY(series.responses(range, today));
                QVERIFY(series.commitments(range, today));
                QVERIFY(series.milestones(range, today));
            }
            QVERIFY(series.goals());
            // Step 4's trust summary.
            QVERIFY(j->trust().openOrSettledSince(today.addDays(-89)));
            QVERIFY(j->trust().unresolvedIssues());
            // Search as it is typed.
            for (const QString &typed : { u"r"_s, u"ri"_s, u"river"_s, u"walk by"_s, u"咖"_s })
                QVERIFY(j->search().find(typed, 50));
        });
        QVERIFY(!statements.isEmpty());

        static const QRegularExpression notAQuery(
            uR"(^\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|INSERT|UPDATE|DELETE))"_s,
            QRegularExpression::CaseInsensitiveOption);
        QStringList problems;
        QSet<QString> seen;
        for (const QString &sql : statements) {
            if (notAQuery.match(sql).hasMatch() || seen.contains(sql))
                continue;
            seen.insert(sql);
            for (const QString &scan : fullScans(j->database(), sql))
                problems << scan + u"  <-  "_s + sql.simplified().left(200);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aScanIsFoundUnderAnAlias()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QCOMPARE(fullScans(j->database(),
                     u"SELECT a.answer FROM reflection_answers a WHERE a.answer = 'x'"_s)
                     .size(),
            1);
        QCOMPARE(fullScans(j->database(),
                     u"SELECT r.id FROM entries AS e JOIN reflections r ON r.id = e.id "
                     "WHERE e.body = 'x'"_s)
                     .size(),
            1);
        QVERIFY(fullScans(
            j->database(), u"SELECT a.answer FROM reflection_answers a WHERE a.reflection_id = 3"_s)
                    .isEmpty());
    }

    void aCalendarMonthIsReadOverTheStepIndex()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(DemoJournal::generate(j.journal(), { 60, 2, 3 }));
        const QStringList queries = {
            u"SELECT created_at, id FROM entries WHERE step = 1 AND created_at >= 0 "
            "AND created_at < 9 ORDER BY created_at, id"_s,
            u"SELECT count(*) FROM entries WHERE step = 1 AND (created_at > 5 OR "
            "(created_at = 5 AND id > 3))"_s,
        };
        for (const QString &sql : queries) {
            QSqlQuery plan(j->database());
            QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN "_s + sql));
            QStringList details;
            while (plan.next())
                details << plan.value(3).toString();
            const QString all = details.join(u'\n');
            // A range of the covering index: neither a scan nor a look-up of each row's text.
            QVERIFY2(all.contains(u"USING COVERING INDEX entries_by_step"_s), qPrintable(all));
            QVERIFY2(fullScans(j->database(), sql).isEmpty(), qPrintable(all));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QueryPlans)
#include "tst_queryplans.moc"
