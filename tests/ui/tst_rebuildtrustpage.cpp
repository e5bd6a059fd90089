// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Trust.h"
#include "models/JournalModels.h"
#include "models/PendingDeletes.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"
#include "ui/steps/RebuildTrustPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

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

/// Step 4 driven as a person would: feelings, commitments (kept or broken), issues, summary.
class tst_RebuildTrustPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commitmentsFeedTheSummary()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        RebuildTrustPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
        // Issue 11: two more sections (safety plan, closure), shown only off the normal path:
        // they exist, but their tabs are out of the tab bar (so that no one, and no screen
        // reader, meets them on this path).
        QCOMPARE(sections->count(), 6);
        for (int i = 0; i < sections->count(); ++i)
            QVERIFY(sections->isTabVisible(i));
        for (const QString &name : { u"safetyPlanSection"_s, u"closureSection"_s }) {
            QVERIFY2(page.findChild<QWidget *>(name), qPrintable(name));
            QCOMPARE(sections->indexOf(page.findChild<QWidget *>(name)), -1);
        }
        QCOMPARE(child<QLabel>(&page, u"kept30"_s)->text(), u"no promises settled yet"_s);

        showSection(page, u"commitmentsSection"_s);
        // Refused: an empty promise.
        QTest::mouseClick(child<QPushButton>(&page, u"addCommitment"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, u"commitmentFormMessage"_s)->isVisible());
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM commitments"_s).toInt(), 0);

        child<QDateEdit>(&page, u"commitmentMade"_s)->setDate(j.clock().today().addDays(-5));
        QTest::mouseClick(
            child<QCheckBox>(&page, u"commitmentHasDue"_s), Qt::LeftButton, {}, QPoint(4, 4));
        child<QDateEdit>(&page, u"commitmentDue"_s)->setDate(j.clock().today().addDays(-1));
        QTest::keyClicks(child<QLineEdit>(&page, u"commitmentPromise"_s), u"Be on time"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"addCommitment"_s), Qt::LeftButton);
        QCOMPARE(
            scalar(j.journal(), u"SELECT promise FROM commitments"_s).toString(), u"Be on time"_s);
        QCOMPARE(scalar(j.journal(), u"SELECT due_on FROM commitments"_s).toString(),
            j.clock().today().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(child<QLabel>(&page, u"overdueCommitments"_s)->text(), u"1"_s);

        // Kept: set in the table.
        auto *table = child<QTableView>(&page, u"commitmentTable"_s);
        QVERIFY(table->model()->index(0, 2).data().toString().contains(u"overdue"_s));
        const QModelIndex status = table->model()->index(0, 3);
        table->setCurrentIndex(status);
        table->edit(status);
        auto *combo = table->findChild<QComboBox *>(u"choiceEditor"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(int(CommitmentStatus::Kept));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(scalar(j.journal(), u"SELECT status FROM commitments"_s).toInt(), 1);
        QCOMPARE(scalar(j.journal(), u"SELECT settled_on FROM commitments"_s).toString(),
            j.clock().today().toString(Qt::ISODate));
        QCOMPARE(child<QLabel>(&page, u"kept30"_s)->text(), u"1 of 1 kept (100%)"_s);
        QCOMPARE(child<QLabel>(&page, u"overdueCommitments"_s)->text(), u"0"_s);

        // Deleting asks nothing: the row leaves at once and can be brought back; the journal
        // loses it when the undo window ends.
        PendingDeletes &pending = JournalModels(j.journal()).pendingDeletes();
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, u"commitmentDelete"_s), Qt::LeftButton);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM commitments"_s).toInt(), 1);
        QVERIFY(pending.undo());
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, u"commitmentDelete"_s), Qt::LeftButton);
        j.clock().advanceSecs(PendingDeletes::UndoWindowMs / 1000);
        pending.expireIfDue();
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM commitments"_s).toInt(), 0);
    }

    void feelingsAndIssues()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        RebuildTrustPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        showSection(page, u"feelingsSection"_s);
        QTest::keyClicks(child<QLineEdit>(&page, u"feelingWhat"_s), u"That I was nervous"_s);
        QTest::keyClicks(child<QLineEdit>(&page, u"feelingReceived"_s), u"Kindly"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"addFeeling"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT what || '/' || received FROM feelings_shared"_s)
                     .toString(),
            u"That I was nervous/Kindly"_s);

        showSection(page, u"issuesSection"_s);
        child<QComboBox>(&page, u"issueBy"_s)->setCurrentIndex(int(RaisedBy::Them));
        QTest::keyClicks(child<QLineEdit>(&page, u"issueWhat"_s), u"I was late twice"_s);
        QTest::keyClick(child<QLineEdit>(&page, u"issueWhat"_s), Qt::Key_Return);
        QCOMPARE(scalar(j.journal(), u"SELECT raised_by FROM issues"_s).toInt(), 1);
        QCOMPARE(child<QLabel>(&page, u"openIssues"_s)->text(), u"1"_s);

        // What we agreed, typed in the table.
        auto *table = child<QTableView>(&page, u"issueTable"_s);
        const QModelIndex agreement = table->model()->index(0, 4);
        table->setCurrentIndex(agreement);
        table->edit(agreement);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, u"Text when running late"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(scalar(j.journal(), u"SELECT agreement FROM issues"_s).toString(),
            u"Text when running late"_s);
    }
};

QTEST_MAIN(tst_RebuildTrustPage)
#include "tst_rebuildtrustpage.moc"
