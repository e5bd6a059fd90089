// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StepProgressModel.h"
#include "storage/MoodStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "support/TempJournal.h"
#include "ui/CareActions.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/SupportDialog.h"
#include "ui/dialogs/SupportNote.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

bool sectionShown(StepPage *page, const QString &name)
{
    auto *sections = page->findChild<QTabWidget *>(u"stepSections"_s);
    QWidget *section = page->findChild<QWidget *>(name);
    return sections && section && sections->isTabVisible(sections->indexOf(section));
}

} // namespace

/// Issue 11: the journey's path across steps 3 to 5, support from the Help menu, and the
/// gentle note after a very low mood.
class tst_SafetyMode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_safetymode"_s);
        QSettings().clear();
    }

    void safetyAnswersChangeSteps3To5_data()
    {
        QTest::addColumn<bool>("abuse");
        QTest::addColumn<bool>("noContact");
        QTest::addColumn<bool>("order");
        QTest::addColumn<QString>("step3");
        QTest::addColumn<bool>("plan");
        QTest::newRow("abuse") << true << false << false << u"Staying Safe"_s << true;
        QTest::newRow("legal order") << false << false << true << u"Staying Safe"_s << true;
        QTest::newRow("asked for no contact")
            << false << true << false << u"Respecting Their No"_s << false;
    }
    void safetyAnswersChangeSteps3To5()
    {
        QFETCH(bool, abuse);
        QFETCH(bool, noContact);
        QFETCH(bool, order);
        QFETCH(QString, step3);
        QFETCH(bool, plan);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        StepPage *trust = window.page(3);
        StepPage *slow = window.page(4);
        QCOMPARE(tabs->tabText(2), u"Reconnect"_s);
        QVERIFY(sectionShown(trust, u"commitmentsSection"_s));
        QVERIFY(!sectionShown(trust, u"closureSection"_s));
        QVERIFY(sectionShown(slow, u"milestonesSection"_s));

        SafetyCheck check;
        check.abuse = abuse;
        check.askedNoContact = noContact;
        check.legalOrder = order;
        QVERIFY(journal->settings().setSafetyCheck(check));

        QCOMPARE(tabs->tabText(2), step3);
        QCOMPARE(tabs->tabText(3), u"Closure"_s);
        QCOMPARE(tabs->tabText(4), u"Moving On"_s);
        // Step 4: no commitments, issues or trust summary; closure and (when safety is at
        // stake) the safety plan.
        for (const QString &name : { u"commitmentsSection"_s, u"issuesSection"_s })
            QVERIFY2(!sectionShown(trust, name), qPrintable(name));
        QVERIFY(sectionShown(trust, u"closureSection"_s));
        QCOMPARE(sectionShown(trust, u"safetyPlanSection"_s), plan);
        // Step 5: no milestones or outcome toward reconciliation.
        QVERIFY(!sectionShown(slow, u"milestonesSection"_s));
        QVERIFY(sectionShown(slow, u"movingOnSection"_s));
        // The headers follow the path.
        QCOMPARE(trust->findChild<QLabel *>(u"stepSummary"_s)->text(),
            u"Find closure in your own words."_s);
        QVERIFY(window.page(2)->findChild<QLabel *>(u"stepGuidance"_s)->text()
            != Steps::guidance(Step::Reconnect));
        // Progress follows the new path: closure, not commitments; never replies.
        auto *indicator = trust->findChild<StepProgressIndicator *>();
        QVERIFY(indicator);
        const QString explanation
            = trust->progressModel()->report(Step::RebuildTrust).explanation();
        QVERIFY2(explanation.contains(u"A letter you never send"_s), qPrintable(explanation));
        QVERIFY2(!explanation.contains(u"Commitments kept"_s), qPrintable(explanation));
        QCOMPARE(explanation.contains(u"Safety plan"_s), plan);
        const QString step3Progress
            = window.page(2)->progressModel()->report(Step::Reconnect).explanation();
        QVERIFY2(!step3Progress.contains(u"Contacts you kept light"_s), qPrintable(step3Progress));
        QVERIFY2(step3Progress.contains(u"Days of space given"_s), qPrintable(step3Progress));

        // Only the person changes it back.
        QVERIFY(journal->settings().setSafetyCheck(SafetyCheck {}));
        QCOMPARE(tabs->tabText(3), u"Rebuild Trust"_s);
        QVERIFY(sectionShown(trust, u"commitmentsSection"_s));
    }

    void aNoAsAReplyStartsRespectAtOnce()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        SafetyCheck clear;
        QVERIFY(journal->settings().setSafetyCheck(clear));
        MainWindow window(journal.journal());
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        QCOMPARE(tabs->tabText(2), u"Reconnect"_s);
        ContactEvent e;
        e.occurredAt = journal.clock().now();
        e.response = ContactResponse::SaidNo;
        auto id = journal->space().logContact(e);
        QVERIFY(id);
        QCOMPARE(tabs->tabText(2), u"Respecting Their No"_s);
        QVERIFY(!sectionShown(window.page(3), u"commitmentsSection"_s));
        // The contact log is put away, with a way to review what was recorded.
        auto *review = window.page(2)->findChild<QPushButton *>(u"reviewRecorded"_s);
        QVERIFY(review);
        QVERIFY(!review->isHidden());
        auto *headline = window.page(2)->findChild<QLabel *>(u"readinessHeadline"_s);
        QVERIFY2(headline->text().startsWith(u"Not now"_s), qPrintable(headline->text()));
        // Changing the reply (by the person) brings the normal path back.
        e.id = *id;
        e.response = ContactResponse::Neutral;
        QVERIFY(journal->space().updateContact(e));
        QCOMPARE(tabs->tabText(2), u"Reconnect"_s);
    }

    void supportOpensFromTheHelpMenu()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        auto *help = window.findChild<QMenu *>(u"menuHelp"_s);
        QVERIFY(help);
        QAction *support = nullptr;
        for (QAction *action : help->actions())
            if (action->text().contains(u"Support"_s))
                support = action;
        QVERIFY(support);
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SupportDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<SupportDialog *>(w); d && d->isVisible())
                        dialog = d;
            }
            opened = dialog != nullptr;
            if (dialog) {
                QVERIFY(dialog->findChild<QLabel *>(u"supportServices"_s));
                dialog->setCountry(u"GB"_s);
                QVERIFY(dialog->findChild<QLabel *>(u"supportServices"_s)
                            ->text()
                            .contains(u"116 123"_s));
                dialog->reject();
            }
        });
        support->trigger();
        QVERIFY(opened);
        // The country chosen is kept in the journal.
        QCOMPARE(journal->settings().text(NoteKeys::SupportCountryKey).isEmpty(),
            QLocale().territory() == QLocale::UnitedKingdom);
        // The step header links to it too.
        QVERIFY(window.page(0)->findChild<QPushButton *>(u"supportLink"_s));
    }

    void aVeryLowMoodShowsTheNote()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        CareActions *care = window.careActions();
        QVERIFY(journal->moods().add(5, {}, {}));
        QVERIFY(!care->supportNote());
        QVERIFY(journal->moods().add(1, {}, {}));
        QVERIFY(care->supportNote());
        QTRY_VERIFY(care->supportNote()->isVisible());
        QVERIFY(!care->supportNote()->isModal());
        auto *dismiss = care->supportNote()->findChild<QPushButton *>(u"dismissSupportNote"_s);
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QTRY_VERIFY(!care->supportNote());

        // Turned off in Preferences: no note.
        QVERIFY(journal->settings().setFlag(NoteKeys::SupportNotesKey, false));
        QVERIFY(journal->moods().add(2, {}, {}));
        QVERIFY(!care->supportNote());
    }

    void quickHideHidesTheWindow()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *hide = window.careActions()->quickHideAction();
        QVERIFY(!hide->shortcut().isEmpty());
        QVERIFY(window.findChild<QWidget *>(u"mainToolBar"_s));
        hide->trigger();
        QTRY_VERIFY(!window.isVisible() || window.isMinimized());
    }

    void neutralTitle()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        QVERIFY(journal->settings().setFlag(NoteKeys::NeutralTitleKey, true));
        QCOMPARE(window.windowTitle(), CareActions::neutralTitle());
        QVERIFY(journal->settings().setFlag(NoteKeys::NeutralTitleKey, false));
        QCOMPARE(window.windowTitle(), u"Rekindle"_s);
    }
};

QTEST_MAIN(tst_SafetyMode)
#include "tst_safetymode.moc"
