// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReflectionPrompts.h"
#include "core/StepProgress.h"
#include "models/StepProgressModel.h"
#include "storage/MoodStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"
#include "ui/CareActions.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/MessageCheckDialog.h"
#include "ui/dialogs/RecordViewDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/dialogs/SupportDialog.h"
#include "ui/dialogs/SupportNote.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/steps/ReconnectPage.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/ReflectionsPanel.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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

        // Step 3: readiness, the contact log (with its message check) and meet-ups are gone,
        // not captioned; the safety check says why and how to change it back.
        StepPage *reconnect = window.page(2);
        for (const QString &name : { u"readinessSection"_s, u"contactLogGate"_s, u"meetupsGate"_s })
            QVERIFY2(!sectionShown(reconnect, name), qPrintable(name));
        QVERIFY(sectionShown(reconnect, u"safetySection"_s));
        auto *pathNote = reconnect->findChild<QLabel *>(u"pathNote"_s);
        QVERIFY(pathNote && !pathNote->isHidden());
        QVERIFY(pathNote->text().contains(u"Only you can change this"_s));
        // The step headers' progress follows the path and names the step as the path does;
        // no progress text speaks of replies or of milestones reached.
        for (int index = 2; index <= 4; ++index) {
            auto *bar = window.page(index)->findChild<QWidget *>(u"stepProgressBar"_s);
            QVERIFY(bar);
            QCOMPARE(bar->accessibleName(), u"Progress in %1"_s.arg(tabs->tabText(index)));
            for (const QString &word : { u"Contacts you kept light"_s, u"Commitments kept"_s,
                     u"Milestones given a day"_s, u"reached"_s, u"warm"_s })
                QVERIFY2(!bar->toolTip().contains(word, Qt::CaseInsensitive),
                    qPrintable(bar->toolTip()));
        }
        QVERIFY(trust->findChild<QWidget *>(u"stepProgressBar"_s)
                    ->toolTip()
                    .contains(u"A letter you never send"_s));
        // Reflections of steps 3 to 5 ask the path's questions, and nothing else.
        const JourneyMode mode = plan ? JourneyMode::StayingSafe : JourneyMode::RespectingNo;
        QCOMPARE(trust->findChild<QLabel *>(u"emptyHint"_s)->text(),
            JourneyRules::emptyHint(Step::RebuildTrust, mode)
                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        for (int index = 2; index <= 4; ++index) {
            ReflectionsPanel *panel = window.page(index)->reflectionsPanel();
            const QList<ReflectionPrompt> asked = panel->promptsForPath();
            QVERIFY(!asked.isEmpty());
            for (const ReflectionPrompt &p : asked)
                QVERIFY2(ReflectionPrompts::onPath(p.key, mode), qPrintable(p.key));
            QVERIFY(!panel->findChild<QPushButton *>(u"editPromptsButton"_s)->isEnabled());
            ReflectionDialog *dialog = panel->reflect();
            QVERIFY(dialog);
            QCOMPARE(dialog->windowTitle(), u"Reflect: %1"_s.arg(tabs->tabText(index)));
            QCOMPARE(dialog->answers().constFirst().promptKey, asked.constFirst().key);
            dialog->reject();
        }

        // Only the person changes it back.
        QVERIFY(journal->settings().setSafetyCheck(SafetyCheck {}));
        QVERIFY(sectionShown(reconnect, u"contactLogGate"_s));
        QVERIFY(sectionShown(reconnect, u"readinessSection"_s));
        QVERIFY(window.page(2)
                    ->reflectionsPanel()
                    ->findChild<QPushButton *>(u"editPromptsButton"_s)
                    ->isEnabled());
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
        StepPage *reconnect = window.page(2);
        for (const QString &name : { u"readinessSection"_s, u"contactLogGate"_s, u"meetupsGate"_s })
            QVERIFY2(!sectionShown(reconnect, name), qPrintable(name));
        // Reviewing (to change a reply recorded by mistake) brings the log back, without its
        // message check.
        QTest::mouseClick(review, Qt::LeftButton);
        QVERIFY(sectionShown(reconnect, u"contactLogGate"_s));
        QVERIFY(static_cast<ReconnectPage *>(reconnect)->contactToolsShown());
        QVERIFY(reconnect->findChild<QWidget *>(u"openMessageCheck"_s)->isHidden());
        QVERIFY(!sectionShown(reconnect, u"readinessSection"_s));
        // Changing the reply (by the person) brings the normal path back.
        e.id = *id;
        e.response = ContactResponse::Neutral;
        QVERIFY(journal->space().updateContact(e));
        QCOMPARE(tabs->tabText(2), u"Reconnect"_s);
        QVERIFY(sectionShown(reconnect, u"readinessSection"_s));
        QVERIFY(!reconnect->findChild<QWidget *>(u"openMessageCheck"_s)->isHidden());
        QVERIFY(review->isHidden());
    }

    void aSearchResultInAPutAwaySectionOpensReadOnly()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        Commitment promise;
        promise.promise = u"Answer honestly when asked"_s;
        promise.madeOn = journal.clock().today();
        auto id = journal->trust().addCommitment(promise);
        QVERIFY(id);
        MainWindow window(journal.journal());
        StepPage *trust = window.page(3);
        SafetyCheck check;
        check.abuse = true;
        QVERIFY(journal->settings().setSafetyCheck(check));
        QVERIFY(!sectionShown(trust, u"commitmentsSection"_s));

        // Kept and findable: the record opens read-only with a calm word, never the hidden
        // section.
        QVERIFY(trust->reveal(u"commitments"_s, *id));
        QVERIFY(!sectionShown(trust, u"commitmentsSection"_s));
        auto *view = trust->findChild<RecordViewDialog *>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        const QList<QLabel *> labels = view->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *l) { return l->text() == u"Answer honestly when asked"_s; }));
        QVERIFY(view->findChild<QLabel *>(u"recordViewExplanation"_s)
                    ->text()
                    .contains(u"nothing was deleted"_s));
        QVERIFY(view->findChildren<QLineEdit *>().isEmpty());
        view->reject();
        QVERIFY(journal->trust().commitment(*id));
        // Back on the normal path it opens in its own section again.
        QVERIFY(journal->settings().setSafetyCheck(SafetyCheck {}));
        QVERIFY(trust->reveal(u"commitments"_s, *id));
        QCOMPARE(trust->findChild<QTabWidget *>(u"stepSections"_s)->currentWidget(),
            trust->findChild<QWidget *>(u"commitmentsSection"_s));
    }

    void aCheckedDraftCountsAsTheirOwnAction()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        StepProgressModel *progress = window.page(2)->progressModel();
        const auto drafts = [progress] {
            for (const StepProgress::CriterionResult &part :
                progress->report(Step::Reconnect).parts)
                if (part.criterion.count == QLatin1StringView(StepProgress::Count::DraftsChecked))
                    return part.achieved;
            return -1;
        };
        QCOMPARE(drafts(), 0);
        {
            // Closed without writing: nothing was checked.
            MessageCheckDialog dialog(journal.journal());
            dialog.reject();
        }
        QCOMPARE(drafts(), 0);
        {
            // Checked and not sent: that counts, and nothing was logged as a contact.
            MessageCheckDialog dialog(journal.journal());
            dialog.findChild<QPlainTextEdit *>(u"messageDraft"_s)
                ->setPlainText(u"Hi, how are you?"_s);
            dialog.reject();
        }
        QTRY_COMPARE(drafts(), 1);
        QVERIFY(progress->report(Step::Reconnect)
                    .explanation()
                    .contains(u"Drafts checked before sending: 1 of 3"_s));
        QVERIFY(
            StepProgress::howItWorks(Step::Reconnect).contains(u"Drafts checked before sending"_s));
    }

    void theReminderIsNeutralOptionalAndSilentOffThePath()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setNow(QDateTime(QDate(2026, 3, 14), QTime(9, 0)));
        MainWindow window(journal.journal());
        CareActions *care = window.careActions();
        QSignalSpy reminded(care, &CareActions::reminded);
        // Off by default.
        care->checkReminder();
        QCOMPARE(reminded.count(), 0);
        QVERIFY(journal->settings().setText(NoteKeys::ReminderTimeKey, u"10:00"_s));
        care->checkReminder();
        QCOMPARE(reminded.count(), 0); // not yet the time
        journal.clock().advanceSecs(2LL * 3600);
        care->checkReminder();
        QCOMPARE(reminded.count(), 1);
        const QString title = reminded.at(0).at(0).toString();
        const QString text = reminded.at(0).at(1).toString();
        QCOMPARE(title, CareActions::neutralTitle());
        for (const QString &word : { u"contact"_s, u"message"_s, u"them"_s, u"reach"_s })
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        care->checkReminder();
        QCOMPARE(reminded.count(), 1); // once a day
        // Silent while safety mode is on, and so the next day too.
        SafetyCheck check;
        check.legalOrder = true;
        QVERIFY(journal->settings().setSafetyCheck(check));
        journal.clock().advanceDays(1);
        care->checkReminder();
        QCOMPARE(reminded.count(), 1);
        QVERIFY(journal->settings().setSafetyCheck(SafetyCheck {}));
        care->checkReminder();
        QCOMPARE(reminded.count(), 2);
    }

    void theWelcomeComesOnceAndPresentsBothPaths()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        CareActions *care = window.careActions();
        care->welcomeIfFirstRun();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QString text;
        for (const QLabel *label : welcome->findChildren<QLabel *>())
            text += label->text();
        QVERIFY(text.contains(
            u"Reconnecting is one possible path. Moving on is an equally good one"_s));
        QVERIFY(text.contains(u"Support and Safety"_s));
        auto *start = welcome->findChild<QPushButton *>(u"startWriting"_s);
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<WelcomeDialog *>());
        // Never again for this journal, even in a new window.
        care->welcomeIfFirstRun();
        QVERIFY(!window.findChild<WelcomeDialog *>());
        MainWindow again(journal.journal());
        again.careActions()->welcomeIfFirstRun();
        QVERIFY(!again.findChild<WelcomeDialog *>());
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
