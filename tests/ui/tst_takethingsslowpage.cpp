// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"
#include "ui/dialogs/JourneyPreferences.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/steps/AcknowledgePage.h"
#include "ui/steps/TakeThingsSlowPage.h"
#include "ui/steps/WorkOnYourselfPage.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Journal &journal, const QString &sql)
{
    auto q = Sql::run(journal.database(), sql, {}, {});
    return q && q->next() ? q->value(0) : QVariant();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("missing widget %s", qPrintable(name));
    return widget;
}

void showSection(QWidget &page, const QString &objectName)
{
    page.findChild<QTabWidget *>(u"stepSections"_s)
        ->setCurrentWidget(page.findChild<QWidget *>(objectName));
}

} // namespace

/// Step 5 driven as a person would: milestones and the slow-down, the foundation, the outcome
/// (and what "moved on" changes in steps 1 and 2), and the pace preferences.
class tst_TakeThingsSlowPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void milestonesAndSlowDown()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        TakeThingsSlowPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        showSection(page, u"milestonesSection"_s);
        auto *table = child<QTableView>(&page, u"milestoneTable"_s);
        QCOMPARE(table->model()->rowCount(), 7);
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM milestones"_s).toInt(), 7);

        // Reorder: the phone call first.
        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&page, u"milestoneUp"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT title FROM milestones ORDER BY position LIMIT 1"_s)
                     .toString(),
            u"A short phone call"_s); // issue 11: the default milestones are short steps
        QCOMPARE(table->currentIndex().row(), 0);

        // Two milestones reached the same day: a gentle slow-down.
        auto *warning = child<QLabel>(&page, u"slowDownWarning"_s);
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(child<QPushButton>(&page, u"milestoneReached"_s), Qt::LeftButton);
        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&page, u"milestoneReached"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(),
                     u"SELECT count(*) FROM milestones WHERE reached_on = '"_s
                         + j.clock().today().toString(Qt::ISODate) + u"'"_s)
                     .toInt(),
            2);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"Slow down"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"clearMilestoneDates"_s), Qt::LeftButton);
        QVERIFY(!warning->isVisible());

        // A milestone of my own.
        QTest::keyClicks(child<QLineEdit>(&page, u"milestoneTitle"_s), u"Meeting their friends"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"addMilestone"_s), Qt::LeftButton);
        QCOMPARE(
            scalar(j.journal(), u"SELECT title FROM milestones ORDER BY position DESC LIMIT 1"_s)
                .toString(),
            u"Meeting their friends"_s);
        QCOMPARE(table->model()->rowCount(), 8);
    }

    void foundationIndicators()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        TakeThingsSlowPage page(j.journal());
        QCOMPARE(child<QLabel>(&page, u"foundationTrust"_s)->text(), u"not known yet"_s);
        QCOMPARE(child<QLabel>(&page, u"foundationIssues"_s)->text(), u"strong"_s);
        ContactEvent e;
        e.occurredAt = j.clock().now().addDays(-2);
        e.response = ContactResponse::Cold;
        QVERIFY(j->space().logContact(e));
        QCOMPARE(child<QLabel>(&page, u"foundationConnection"_s)->text(), u"weak"_s);
        QVERIFY(child<QLabel>(&page, u"foundationHeadline"_s)->text().contains(u"more time"_s));
    }

    void movedOnTurnsStepsOneAndTwoToSelfCare()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        TakeThingsSlowPage page(j.journal());
        AcknowledgePage acknowledge(j.journal());
        WorkOnYourselfPage work(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        showSection(page, u"outcomeSection"_s);
        QVERIFY(child<QRadioButton>(&page, u"outcomeInProgress"_s)->isChecked());
        const QString before = child<QGroupBox>(&acknowledge, u"spaceStatusGroup"_s)->title();

        QTest::mouseClick(
            child<QRadioButton>(&page, u"outcomeMovedOn"_s), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&page, u"saveOutcome"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(),
                     u"SELECT value FROM journal_settings WHERE key = 'journey/outcome'"_s)
                     .toString(),
            u"2"_s);
        QVERIFY(child<QLabel>(&page, u"outcomeText"_s)->text().contains(u"good outcome"_s));
        QCOMPARE(child<QLabel>(&acknowledge, u"stepGuidance"_s)->text(),
            Steps::selfCareGuidance(Step::Acknowledge));
        QCOMPARE(child<QLabel>(&work, u"stepGuidance"_s)->text(),
            Steps::selfCareGuidance(Step::WorkOnYourself));
        QVERIFY(child<QGroupBox>(&acknowledge, u"spaceStatusGroup"_s)->title() != before);

        // Back to "in progress": the usual wording returns; the journal is untouched.
        QTest::mouseClick(
            child<QRadioButton>(&page, u"outcomeInProgress"_s), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&page, u"saveOutcome"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&acknowledge, u"stepGuidance"_s)->text(),
            Steps::guidance(Step::Acknowledge));
        QCOMPARE(child<QGroupBox>(&acknowledge, u"spaceStatusGroup"_s)->title(), before);
    }

    void preferences()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        PreferencesDialog dialog(j.journal());
        addJourneyPreferences(dialog, j.journal());
        auto *minSpace = child<QSpinBox>(&dialog, u"minSpaceDays"_s);
        auto *minGap = child<QSpinBox>(&dialog, u"minMilestoneGap"_s);
        QCOMPARE(minSpace->value(), 30);
        QCOMPARE(minGap->value(), 14);
        minSpace->setValue(45);
        minGap->setValue(21);
        QVERIFY(dialog.apply());
        QCOMPARE(j->settings().minSpaceDays(), 45);
        QCOMPARE(j->settings().minMilestoneGapDays(), 21);
    }
};

QTEST_MAIN(tst_TakeThingsSlowPage)
#include "tst_takethingsslowpage.moc"
