// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PromptListModel.h"
#include "models/RecentMoodModel.h"
#include "models/ReflectionListModel.h"
#include "models/StepProgressModel.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The item models of reflections, prompts, moods and step progress.
class tst_ReflectionModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reflectionListFollowsTheStore()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto older = journal->reflections().create(
            Step::Acknowledge, ReflectionKind::Guided, { { u"k"_s, u"q"_s, u"first"_s } }, true);
        journal.clock().advanceSecs(60);
        auto draft = journal->reflections().create(
            Step::Acknowledge, ReflectionKind::Guided, { { u"k"_s, u"q"_s, u"second"_s } }, false);
        QVERIFY(journal->reflections().create(Step::Reconnect, ReflectionKind::Guided, {}, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), *draft);
        QCOMPARE(model.idAt(1), *older);
        QVERIFY(!model.index(0).data(ReflectionListModel::CompleteRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(u"draft"_s));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(journal->reflections().save(*draft, { { u"k"_s, u"q"_s, u"done"_s } }, true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(ReflectionListModel::CompleteRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(u"done"_s));

        QVERIFY(model.removeReflection(*older));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void reflectionListReadsPageByPage()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const int count = ReflectionListModel::PageSize * 2 + 50;
        QList<qint64> ids; // oldest first
        for (int i = 0; i < count; ++i) {
            // Pairs written in the same second: the higher id comes first.
            if (i % 2 == 0)
                journal.clock().advanceSecs(60);
            const QString first = i % 3 == 0 ? u"   "_s : u"answer %1"_s.arg(i);
            auto id = journal->reflections().create(Step::Acknowledge, ReflectionKind::Guided,
                { { u"a"_s, u"q"_s, first }, { u"b"_s, u"q"_s, u"more %1"_s.arg(i) } }, i % 5 != 0);
            QVERIFY(id);
            ids.prepend(*id);
        }
        auto elsewhere
            = journal->reflections().create(Step::Reconnect, ReflectionKind::Guided, {}, true);
        QVERIFY(elsewhere);

        {
            // Qt's model tester fetches on its own; it sees every page of another model.
            ReflectionListModel tested(journal->reflections(), Step::Acknowledge);
            QAbstractItemModelTester tester(
                &tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        QCOMPARE(model.rowCount(), ReflectionListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        // Another step's reflection has no row and costs no page.
        QCOMPARE(model.fetchTo(*elsewhere), -1);
        QCOMPARE(model.rowCount(), ReflectionListModel::PageSize);
        // One in the second page reads that page and no more.
        QCOMPARE(model.fetchTo(ids.at(150)), 150);
        QCOMPARE(model.rowCount(), ReflectionListModel::PageSize * 2);
        QCOMPARE(model.fetchTo(ids.constLast()), count - 1);
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!model.canFetchMore({}));

        // Page by page, every reflection once, in order, with the same summary as read whole.
        const auto whole = journal->reflections().list(Step::Acknowledge);
        QVERIFY(whole);
        QCOMPARE(whole->size(), count);
        for (int row = 0; row < count; ++row) {
            QCOMPARE(model.idAt(row), ids.at(row));
            QCOMPARE(model.at(row).id, whole->at(row).id);
            QCOMPARE(model.at(row).firstAnswer, whole->at(row).firstAnswer);
            QCOMPARE(model.at(row).answered, whole->at(row).answered);
            QCOMPARE(model.at(row).complete, whole->at(row).complete);
        }
        QCOMPARE(model.at(count - 1).firstAnswer, u"more 0"_s);
        QCOMPARE(model.at(count - 1).answered, 1);
    }

    void promptListEditsAndSaves()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        PromptListModel model(journal->prompts(), Step::Acknowledge);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int builtins = model.rowCount();
        QVERIFY(builtins >= 5);
        QVERIFY(!model.isModified());

        QVERIFY(!model.addPrompt(u"  "_s));
        auto row = model.addPrompt(u"What did I notice in my body today?"_s);
        QVERIFY(row);
        QCOMPARE(*row, builtins);
        QVERIFY(model.movePrompt(*row, -1));
        QVERIFY(model.movePrompt(0, 1));
        QVERIFY(!model.movePrompt(0, -1));
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2), u"Reworded question"_s, Qt::EditRole));
        QVERIFY(!model.setData(model.index(2), QString(1001, u'x'), Qt::EditRole));
        QVERIFY(!model.removePrompt(0)); // built-in: hide it instead
        QVERIFY(model.isModified());
        const auto edited = model.prompts();
        QVERIFY(model.save());
        QVERIFY(!model.isModified());

        PromptListModel reread(journal->prompts(), Step::Acknowledge);
        QCOMPARE(reread.rowCount(), builtins + 1);
        for (int i = 0; i < reread.rowCount(); ++i) {
            QCOMPARE(reread.index(i).data(PromptListModel::KeyRole).toString(), edited.at(i).key);
            QCOMPARE(reread.index(i).data(Qt::EditRole).toString(), edited.at(i).text);
        }
        QCOMPARE(reread.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(reread.index(1).data().toString().endsWith(u"(hidden)"_s));
        // Removing the person's own prompt, then restoring the built-ins.
        const int own = int(builtins - 1);
        QVERIFY(reread.index(own).data(PromptListModel::BuiltinRole).toBool() == false);
        QVERIFY(reread.removePrompt(own));
        reread.resetToBuiltins();
        QVERIFY(reread.save());
        QVERIFY(!*journal->prompts().isCustomized(Step::Acknowledge));
        PromptListModel fresh(journal->prompts(), Step::Acknowledge);
        QCOMPARE(fresh.rowCount(), builtins);
    }

    void recentMoodsKeepTheLatest()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        RecentMoodModel model(journal->moods(), 3);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<qint64> ids;
        for (int mood = 1; mood <= 4; ++mood) {
            journal.clock().advanceSecs(60);
            auto id = model.checkIn(mood, { u"calm"_s }, {});
            QVERIFY(id);
            ids << *id;
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(RecentMoodModel::MoodRole).toInt(), 4);
        QCOMPARE(model.index(2).data(RecentMoodModel::MoodRole).toInt(), 2);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"calm"_s));
        QVERIFY(model.removeCheckIn(ids.at(3)));
        QCOMPARE(model.rowCount(), 3); // the oldest comes back into view
        QCOMPARE(model.index(2).data(RecentMoodModel::MoodRole).toInt(), 1);
        QVERIFY(!model.checkIn(0, {}, {}));
    }

    void stepProgressFollowsWriting()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        StepProgressModel model(journal.journal());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(model.index(i).data(StepProgressModel::PercentRole).toInt(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(journal->entries().create(Step::Reconnect, { u"a"_s, {}, {} }));
        QCOMPARE(changed.size(), 1);
        // Step 3's weights: entries 1, reflections 1, safety check 2, light contacts 2, drafts
        // checked 1.
        QCOMPARE(model.index(2).data(StepProgressModel::PercentRole).toInt(), 2); // (1/5) / 7
        QVERIFY(journal->reflections().create(Step::Reconnect, ReflectionKind::Guided, {}, true));
        QCOMPARE(model.index(2).data(StepProgressModel::PercentRole).toInt(), 10); // 0.7 / 7
        QVERIFY(model.index(2)
                    .data(StepProgressModel::ExplanationRole)
                    .toString()
                    .contains(u"Reflections finished: 1 of 2"_s));
        QCOMPARE(model.report(Step::Reconnect).percent, 10);
    }
};

QTEST_GUILESS_MAIN(tst_ReflectionModels)
#include "tst_reflectionmodels.moc"
