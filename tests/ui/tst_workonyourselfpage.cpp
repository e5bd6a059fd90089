// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/GoalStore.h"
#include "storage/SmallWinStore.h"
#include "support/TempJournal.h"
#include "ui/steps/WorkOnYourselfPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("missing widget %s", qPrintable(name));
    return widget;
}

QWidget *showSection(WorkOnYourselfPage &page, const QString &objectName)
{
    auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
    auto *section = page.findChild<QWidget *>(objectName);
    sections->setCurrentWidget(section);
    return section;
}

} // namespace

class tst_WorkOnYourselfPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goalsCheckInsAndArchive()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        WorkOnYourselfPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChild<QTabWidget *>(u"stepSections"_s)->tabText(0), u"Journal"_s);
        QWidget *section = showSection(page, u"goalsSection"_s);
        QVERIFY(child<QLabel>(section, u"goalsEmptyState"_s)->isVisible());

        // No title: refused with a message.
        QTest::mouseClick(child<QPushButton>(section, u"addGoal"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(section, u"goalsMessage"_s)->isVisible());
        QCOMPARE(j->goals().goals(false)->size(), 0);

        QTest::keyClicks(child<QLineEdit>(section, u"goalTitle"_s), u"Morning run"_s);
        auto *cadence = child<QComboBox>(section, u"goalCadence"_s);
        cadence->setCurrentIndex(cadence->findData(3));
        child<QDateEdit>(section, u"goalStart"_s)->setDate(j.clock().today().addDays(-7));
        QTest::mouseClick(child<QPushButton>(section, u"addGoal"_s), Qt::LeftButton);
        auto goals = j->goals().goals(false);
        QCOMPARE(goals->size(), 1);
        const Goal goal = goals->constFirst();
        QCOMPARE(goal.title, u"Morning run"_s);
        QCOMPARE(goal.timesPerWeek, 3);
        QCOMPARE(goal.startDay, j.clock().today().addDays(-7));

        // Tick today with the keyboard, in the table.
        auto *table = child<QTableView>(section, u"goalTable"_s);
        QVERIFY(table->isVisible());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(*j->goals().checkInDays(goal.id), QList<QDate> { j.clock().today() });

        // Back-fill yesterday with a note.
        table->selectRow(0);
        child<QDateEdit>(section, u"checkInDay"_s)->setDate(j.clock().today().addDays(-1));
        QTest::keyClicks(child<QLineEdit>(section, u"checkInNote"_s), u"Slow but steady"_s);
        QTest::mouseClick(child<QPushButton>(section, u"checkInGoal"_s), Qt::LeftButton);
        QCOMPARE(
            **j->goals().checkInNote(goal.id, j.clock().today().addDays(-1)), u"Slow but steady"_s);
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"2 of 3 this week"_s);

        // Archive, see it in the archive, restore it.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(section, u"archiveGoal"_s), Qt::LeftButton);
        QVERIFY(j->goals().goal(goal.id)->archived);
        QTest::mouseClick(child<QCheckBox>(section, u"showArchivedGoals"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(section, u"archiveGoal"_s), Qt::LeftButton);
        QVERIFY(!j->goals().goal(goal.id)->archived);
    }

    void smallWins()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        WorkOnYourselfPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget *section = showSection(page, u"smallWinsSection"_s);
        QVERIFY(child<QLabel>(section, u"winsEmptyState"_s)->isVisible());
        QTest::mouseClick(child<QPushButton>(section, u"addWin"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(section, u"winsMessage"_s)->isVisible());
        QTest::keyClicks(child<QLineEdit>(section, u"winWhat"_s), u"Cooked a proper dinner"_s);
        QTest::keyClick(child<QLineEdit>(section, u"winWhat"_s), Qt::Key_Return);
        auto wins = j->smallWins().page(std::nullopt, 10);
        QCOMPARE(wins->size(), 1);
        QCOMPARE(wins->constFirst().what, u"Cooked a proper dinner"_s);
        QCOMPARE(wins->constFirst().day, j.clock().today());
        QCOMPARE(child<QListView>(section, u"winList"_s)->model()->rowCount(), 1);
        QVERIFY(!child<QLabel>(section, u"winsEmptyState"_s)->isVisible());
    }
};

QTEST_MAIN(tst_WorkOnYourselfPage)
#include "tst_workonyourselfpage.moc"
