// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JournalModels.h"
#include "models/PendingDeletes.h"
#include "models/SpaceOverview.h"
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/Sql.h"
#include "storage/UnsentMessageStore.h"
#include "support/TempJournal.h"
#include "ui/steps/AcknowledgePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

int countRows(Journal &journal, const QString &table)
{
    auto q = Sql::run(journal.database(), u"SELECT count(*) FROM "_s + table, {}, {});
    return q && q->next() ? q->value(0).toInt() : -1;
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("missing widget %s", qPrintable(name));
    return widget;
}

/// Shows the section holding `objectName` and returns it.
QWidget *showSection(AcknowledgePage &page, const QString &objectName)
{
    auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
    auto *section = page.findChild<QWidget *>(objectName);
    sections->setCurrentWidget(section);
    return section;
}

} // namespace

class tst_AcknowledgePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sectionsAfterTheJournal()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        AcknowledgePage page(j.journal());
        auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
        QStringList titles;
        for (int i = 0; i < sections->count(); ++i)
            titles << sections->tabText(i);
        QCOMPARE(titles,
            (QStringList { u"Journal"_s, u"Reflections"_s, u"Where I Stand"_s, u"My Part"_s,
                u"Space"_s, u"Unsent Messages"_s }));
        // There is no way to send anything.
        for (const QPushButton *button : page.findChildren<QPushButton *>())
            QVERIFY2(!button->text().contains(u"Send"_s, Qt::CaseInsensitive),
                qPrintable(button->text()));
    }

    void whereIStand()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        AcknowledgePage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget *section = showSection(page, u"standingSection"_s);
        auto *accept = child<QCheckBox>(section, u"acceptRelationshipOver"_s);
        QVERIFY(!accept->isChecked());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(j->settings().acceptedOn(), j.clock().today());
        QVERIFY(child<QLabel>(section, u"acceptedNote"_s)->text().contains(u"Marked on"_s));
        QTest::mouseClick(accept, Qt::LeftButton); // revisable
        QVERIFY(!j->settings().acceptedOn().isValid());

        auto *date = child<QDateEdit>(section, u"breakupDate"_s);
        date->setDate(j.clock().today().addDays(-30));
        QTest::mouseClick(child<QPushButton>(section, u"saveBreakupDate"_s), Qt::LeftButton);
        QCOMPARE(j->settings().breakupDate(), j.clock().today().addDays(-30));
        QVERIFY(child<QLabel>(section, u"daysSinceBreakup"_s)->text().contains(u"30 days"_s));
    }

    void myPartToGoalAndDelete()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        AcknowledgePage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget *section = showSection(page, u"myPartSection"_s);
        QVERIFY(child<QWidget>(section, u"myPartEmptyState"_s)->isVisible());

        // Empty "what happened" is refused, with a message, and nothing is written.
        QTest::mouseClick(child<QPushButton>(section, u"addMyPart"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(section, u"myPartMessage"_s)->isVisible());
        QCOMPARE(countRows(j.journal(), u"my_part"_s), 0);

        QTest::keyClicks(child<QLineEdit>(section, u"myPartWhat"_s), u"Snapped when stressed"_s);
        QTest::keyClicks(child<QLineEdit>(section, u"myPartPart"_s), u"Took it out on them"_s);
        QTest::keyClicks(child<QLineEdit>(section, u"myPartInstead"_s), u"Name the stress"_s);
        QTest::mouseClick(child<QPushButton>(section, u"addMyPart"_s), Qt::LeftButton);
        QCOMPARE(countRows(j.journal(), u"my_part"_s), 1);
        QVERIFY(!child<QWidget>(section, u"myPartMessage"_s)->isVisible());
        auto *table = child<QTableView>(section, u"myPartTable"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);

        // Edit in place: the status column offers the three statuses.
        table->selectRow(0);
        const QModelIndex status = table->model()->index(0, 3);
        table->setCurrentIndex(status);
        table->edit(status);
        auto *combo = table->findChild<QComboBox *>(u"myPartStatusEditor"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(2);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(j->myPart().all()->constFirst().status, MyPartStatus::Changed);

        table->selectRow(0);
        auto *toGoal = child<QPushButton>(section, u"myPartToGoal"_s);
        QVERIFY(toGoal->isEnabled());
        QTest::mouseClick(toGoal, Qt::LeftButton);
        auto goals = j->goals().goals(false);
        QCOMPARE(goals->size(), 1);
        QCOMPARE(goals->constFirst().title, u"Name the stress"_s);
        QCOMPARE(goals->constFirst().myPartId, std::optional(j->myPart().all()->constFirst().id));
        QCOMPARE(table->model()->index(0, 4).data().toString(), u"Name the stress"_s);
        QVERIFY(!toGoal->isEnabled()); // one goal per item from here

        // Delete asks nothing: the row leaves at once, Undo brings it back, and the journal
        // loses it only once the undo window has passed.
        PendingDeletes &pending = JournalModels(j.journal()).pendingDeletes();
        QTest::mouseClick(child<QPushButton>(section, u"myPartDelete"_s), Qt::LeftButton);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(countRows(j.journal(), u"my_part"_s), 1);
        table->clearSelection();
        QVERIFY(pending.undo());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 4).data().toString(), u"Name the stress"_s);
        // The row brought back is selected again, to go on from.
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(table->selectionModel()->isRowSelected(0));
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(section, u"myPartDelete"_s), Qt::LeftButton);
        QCOMPARE(countRows(j.journal(), u"my_part"_s), 1);
        j.clock().advanceSecs(PendingDeletes::UndoWindowMs / 1000);
        pending.expireIfDue();
        QCOMPARE(countRows(j.journal(), u"my_part"_s), 0);
        QCOMPARE(countRows(j.journal(), u"goals"_s), 1); // the goal stays
    }

    void spaceUrgesAndContacts()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        AcknowledgePage page(j.journal());
        page.resize(1100, 900); // the main window's size: room for every line
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget *section = showSection(page, u"spaceSection"_s);
        auto *current = child<QLabel>(section, u"currentSpaceStreak"_s);
        QVERIFY(current->text().contains(u"not begun"_s));
        // Before anything is logged, both lists say what will appear in them.
        QVERIFY(child<QLabel>(section, u"spaceHistoryEmptyState"_s)->isVisible());
        QVERIFY(child<QLabel>(section, u"contactTableEmptyState"_s)->isVisible());
        QVERIFY(!child<QListView>(section, u"spaceHistory"_s)->isVisible());
        child<QDateEdit>(section, u"spaceStart"_s)->setDate(j.clock().today().addDays(-5));
        QTest::mouseClick(child<QPushButton>(section, u"saveSpaceStart"_s), Qt::LeftButton);
        QCOMPARE(j->settings().spaceStart(), j.clock().today().addDays(-5));
        QVERIFY2(current->text().contains(u"6 days"_s), qPrintable(current->text()));

        // An urge resisted, strength 4, with a note.
        auto *intensity = child<QSpinBox>(section, u"urgeIntensity"_s);
        intensity->selectAll();
        QTest::keyClicks(intensity, u"4"_s);
        QTest::keyClicks(child<QLineEdit>(section, u"urgeNote"_s), u"Our song on the radio"_s);
        QTest::mouseClick(child<QPushButton>(section, u"logUrge"_s), Qt::LeftButton);
        auto q = Sql::run(j->database(), u"SELECT intensity, note FROM urges"_s, {}, {});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 4);
        QCOMPARE(q->value(1).toString(), u"Our song on the radio"_s);
        QVERIFY(child<QLabel>(section, u"urgesThisWeek"_s)->text().contains(u"1"_s));

        // A contact I made: a call. The stretch ends, kindly; no warning yet.
        auto *warning = child<QLabel>(section, u"bombardingWarning"_s);
        auto *channel = child<QComboBox>(section, u"contactChannel"_s);
        channel->setCurrentIndex(channel->findData(int(ContactChannel::Call)));
        QTest::keyClicks(child<QLineEdit>(section, u"contactNote"_s), u"Asked about the keys"_s);
        auto *logContact = child<QPushButton>(section, u"logContact"_s);
        QTest::mouseClick(logContact, Qt::LeftButton);
        QCoreApplication::processEvents();
        const QPoint logContactAt = logContact->mapTo(section, QPoint());
        auto contacts = j->space().contacts(std::nullopt, 10);
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->constFirst().channel, ContactChannel::Call);
        QCOMPARE(contacts->constFirst().direction, ContactDirection::MeToThem);
        QCOMPARE(contacts->constFirst().note, u"Asked about the keys"_s);
        QVERIFY(current->text().contains(u"fresh stretch"_s));
        QVERIFY(!warning->isVisible());
        QCOMPARE(child<QTableView>(section, u"contactTable"_s)->model()->rowCount(), 1);
        // With a row, the table shows instead of its empty note.
        QVERIFY(child<QTableView>(section, u"contactTable"_s)->isVisible());
        QVERIFY(!child<QLabel>(section, u"contactTableEmptyState"_s)->isVisible());

        // A second one without a reply: the gentle warning appears.
        j.clock().advanceSecs(600);
        QTest::mouseClick(child<QPushButton>(section, u"logContact"_s), Qt::LeftButton);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"space"_s));
        // The warning appeared below the button: it stayed under the pointer for this click.
        QCoreApplication::processEvents();
        QCOMPARE(logContact->mapTo(section, QPoint()), logContactAt);
        // The history keeps the stretch that ended (5 days) beside the new one.
        auto *history = child<QListView>(section, u"spaceHistory"_s);
        QCOMPARE(history->model()->rowCount(), 2);
        j.clock().advanceDays(1);
        page.overview()->refresh();
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->model()->index(1, 0).data().toString().startsWith(u"5 days"_s));
        QVERIFY(current->text().contains(u"1 day"_s));
        // A stretch that began after the first day of space says why its date is later.
        auto *best = child<QLabel>(section, u"bestSpaceStreak"_s);
        QVERIFY2(
            best->text().contains(u"starts again after a contact"_s), qPrintable(best->text()));
    }

    void unsentMessages()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        AcknowledgePage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget *section = showSection(page, u"unsentSection"_s);
        QVERIFY(child<QWidget>(section, u"unsentEmptyState"_s)->isVisible());
        auto *keep = child<QPushButton>(section, u"keepUnsent"_s);
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(child<QLabel>(section, u"unsentMessage"_s)->isVisible()); // empty refused
        QCOMPARE(countRows(j.journal(), u"unsent_messages"_s), 0);

        QTest::keyClicks(
            child<QPlainTextEdit>(section, u"unsentEditor"_s), u"I wish I had listened."_s);
        QTest::mouseClick(keep, Qt::LeftButton);
        auto all = j->unsentMessages().all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().body, u"I wish I had listened."_s);
        QCOMPARE(all->constFirst().written, j.clock().now());
        QVERIFY(child<QLabel>(section, u"coolingOffHint"_s)->text().contains(u"Give it a day"_s));

        QTest::mouseClick(child<QPushButton>(section, u"letGoUnsent"_s), Qt::LeftButton);
        QCOMPARE(j->unsentMessages().all()->constFirst().state, UnsentState::LetGo);
        QTest::mouseClick(child<QPushButton>(section, u"keepForLaterUnsent"_s), Qt::LeftButton);
        QCOMPARE(j->unsentMessages().all()->constFirst().state, UnsentState::KeptForLater);
    }
};

QTEST_MAIN(tst_AcknowledgePage)
#include "tst_acknowledgepage.moc"
