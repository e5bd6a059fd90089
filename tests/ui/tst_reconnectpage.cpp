// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Meetup.h"
#include "models/SpaceOverview.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"
#include "ui/Appearance.h"
#include "ui/FocusStyle.h"
#include "ui/dialogs/MessageCheckDialog.h"
#include "ui/steps/AcknowledgePage.h"
#include "ui/steps/ReconnectPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>

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
    auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
    sections->setCurrentWidget(page.findChild<QWidget *>(objectName));
}

void answerSafety(ReconnectPage &page, bool noContact)
{
    showSection(page, u"safetySection"_s);
    if (noContact)
        QTest::mouseClick(
            child<QCheckBox>(&page, u"safetyNoContact"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseClick(child<QPushButton>(&page, u"saveSafety"_s), Qt::LeftButton);
}

} // namespace

/// Step 3 driven as a person would: the safety check first, readiness, the contact log (shared
/// with step 1), the message check and meet-ups.
class tst_ReconnectPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void askedForNoContactShowsTheExplanationInstead()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectPage page(j.journal());
        AcknowledgePage acknowledge(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *sections = page.findChild<QTabWidget *>(u"stepSections"_s);
        QCOMPARE(sections->tabText(2), u"Safety Check"_s);

        // Not answered: no tools yet, only a pointer to the check.
        QVERIFY(!page.contactToolsShown());
        showSection(page, u"contactLogGate"_s);
        QVERIFY(!child<QPushButton>(&page, u"addContact"_s)->isVisible());
        QTest::mouseClick(
            child<QPushButton>(child<QWidget>(&page, u"contactLogGate"_s), u"openSafetyCheck"_s),
            Qt::LeftButton);
        QCOMPARE(sections->currentWidget()->objectName(), u"safetySection"_s);

        answerSafety(page, true);
        QCOMPARE(scalar(j.journal(),
                     u"SELECT value FROM journal_settings WHERE key = 'safety/askedNoContact'"_s)
                     .toString(),
            u"1"_s);
        QVERIFY(j->settings().safetyCheck().answered());
        QVERIFY(!page.contactToolsShown());
        QVERIFY(child<QWidget>(&page, u"safetyConcern"_s)->isVisible());
        QVERIFY(child<QLabel>(&page, u"safetyReasons"_s)->text().contains(u"no contact"_s));

        // The contact tools are gone, not just captioned: readiness, the log and meet-ups
        // leave the page, and the safety check says why and how to change it back.
        for (const QString &name : { u"readinessSection"_s, u"contactLogGate"_s, u"meetupsGate"_s })
            QVERIFY2(!sections->isTabVisible(sections->indexOf(child<QWidget>(&page, name))),
                qPrintable(name));
        auto *notice
            = child<QLabel>(child<QWidget>(&page, u"contactLogGate"_s), u"safetyNoticeText"_s);
        QVERIFY(notice->text().contains(u"not advised"_s));
        QVERIFY(!child<QPushButton>(&page, u"addContact"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"planMeetup"_s)->isVisible());
        QVERIFY(child<QLabel>(&page, u"pathNote"_s)->isVisible());
        QVERIFY(child<QLabel>(&page, u"pathNote"_s)->text().contains(u"Only you can"_s));

        // Moving on is offered, and steps 1 and 2 turn to self-care.
        showSection(page, u"safetySection"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"safetyMovedOn"_s), Qt::LeftButton);
        QCOMPARE(j->settings().outcome(), JourneyOutcome::MovedOn);
        QCOMPARE(child<QLabel>(&acknowledge, u"stepGuidance"_s)->text(),
            Steps::selfCareGuidance(Step::Acknowledge));

        // Revisited: the answers can change, and the tools come back.
        QTest::mouseClick(
            child<QCheckBox>(&page, u"safetyNoContact"_s), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&page, u"saveSafety"_s), Qt::LeftButton);
        QVERIFY(page.contactToolsShown());
    }

    void readinessShowsEachCriterion()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(j->settings().setSpaceStart(j.clock().today().addDays(-10)));
        ReconnectPage page(j.journal());
        auto *headline = child<QLabel>(&page, u"readinessHeadline"_s);
        QVERIFY(headline->text().startsWith(u"Not yet"_s));
        QVERIFY(headline->text().contains(u"11 of 30 days"_s));
        QCOMPARE(child<QLabel>(&page, u"readinessSpace"_s)->text(), u"not yet"_s);
        QCOMPARE(child<QLabel>(&page, u"readinessMood"_s)->text(), u"no data"_s);
        QVERIFY(j->settings().setMinSpaceDays(7));
        QCOMPARE(child<QLabel>(&page, u"readinessSpace"_s)->text(), u"✓ met"_s);
    }

    void contactLogRecordsRepliesForStepOne()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectPage page(j.journal());
        AcknowledgePage acknowledge(j.journal());
        QVERIFY(acknowledge.overview()->setThresholds({ 10, 1 }));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        answerSafety(page, false);
        QVERIFY(page.contactToolsShown());
        showSection(page, u"contactLogGate"_s);

        child<QComboBox>(&page, u"contactTone"_s)->setCurrentIndex(int(ContactTone::Light));
        QTest::keyClicks(child<QLineEdit>(&page, u"contactTopics"_s), u"her new job"_s);
        QTest::keyClicks(child<QLineEdit>(&page, u"contactLogNote"_s), u"Asked how it went"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"addContact"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM contact_events"_s).toInt(), 1);
        QCOMPARE(scalar(j.journal(), u"SELECT topics FROM contact_events"_s).toString(),
            u"her new job"_s);
        QCOMPARE(scalar(j.journal(), u"SELECT tone FROM contact_events"_s).toInt(), 0);
        QCOMPARE(scalar(j.journal(), u"SELECT response FROM contact_events"_s).toInt(), 0);
        QVERIFY(acknowledge.overview()->bombarding().tooManyUnanswered);

        // Their reply, recorded later in the table.
        auto *table = child<QTableView>(&page, u"contactLogTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex response = table->model()->index(0, 5);
        table->setCurrentIndex(response);
        table->edit(response);
        auto *combo = table->findChild<QComboBox *>(u"choiceEditor"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(int(ContactResponse::Warm));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(scalar(j.journal(), u"SELECT response FROM contact_events"_s).toInt(), 1);
        QVERIFY(!acknowledge.overview()->bombarding().tooManyUnanswered);

        // A contact in the future is refused with a message, and nothing is written.
        auto *when = child<QDateTimeEdit>(&page, u"contactWhen"_s);
        when->setDateTime(when->dateTime().addDays(3));
        QTest::mouseClick(child<QPushButton>(&page, u"addContact"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, u"contactLogMessage"_s)->isVisible());
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM contact_events"_s).toInt(), 1);
    }

    void messageCheckHighlightsAndLogs()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MessageCheckDialog dialog(j.journal());
        dialog.show();
        auto *draft = child<QPlainTextEdit>(&dialog, u"messageDraft"_s);
        QTest::keyClicks(draft, u"Remember when you never listened? We need to talk."_s);
        QCOMPARE(draft->extraSelections().size(), 3);
        QCOMPARE(child<QListWidget>(&dialog, u"messageFindings"_s)->count(), 3);
        if (const QString dir = qEnvironmentVariable("REKINDLE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/message-check.png"_s));
        draft->clear();
        QTest::keyClicks(draft, u"Hi! I had the pastry you like. How is the new job?"_s);
        QCOMPARE(draft->extraSelections().size(), 0);
        QVERIFY(dialog.checkResult().clear());
        QVERIFY(!child<QLabel>(&dialog, u"lighterOpeners"_s)->text().isEmpty());

        // A phrase of my own, kept in the journal.
        QTest::keyClicks(child<QLineEdit>(&dialog, u"newPhrase"_s), u"pastry"_s);
        child<QComboBox>(&dialog, u"newPhraseCategory"_s)
            ->setCurrentIndex(int(PhraseCategory::Past));
        QTest::mouseClick(child<QPushButton>(&dialog, u"addPhrase"_s), Qt::LeftButton);
        QCOMPARE(
            scalar(j.journal(), u"SELECT phrase FROM message_phrases"_s).toString(), u"pastry"_s);
        QCOMPARE(draft->extraSelections().size(), 1);
        QCOMPARE(child<QListWidget>(&dialog, u"myPhrases"_s)->count(), 1);
        QTest::mouseClick(child<QPushButton>(&dialog, u"removePhrase"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM message_phrases"_s).toInt(), 0);

        // Marking it as sent logs a contact (without the text unless asked).
        QTest::mouseClick(child<QPushButton>(&dialog, u"markSent"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(scalar(j.journal(), u"SELECT count(*) FROM contact_events"_s).toInt(), 1);
        QCOMPARE(scalar(j.journal(), u"SELECT note FROM contact_events"_s).toString(), u""_s);

        // The next draft hears about frequency.
        MessageCheckDialog again(j.journal());
        QTest::keyClicks(child<QPlainTextEdit>(&again, u"messageDraft"_s), u"Hi"_s);
        QCOMPARE(again.checkResult().count(MessageFinding::Kind::TooSoon), 1);
        QCOMPARE(again.checkResult().count(MessageFinding::Kind::Unanswered), 1);
    }

    void everyKindOfPhraseHasItsOwnVisibleColour_data()
    {
        QTest::addColumn<QPalette>("palette");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTest::newRow("light") << fusion->standardPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
    }

    void everyKindOfPhraseHasItsOwnVisibleColour()
    {
        QFETCH(QPalette, palette);
        const QList<PhraseCategory> kinds = { PhraseCategory::HeavyTopic, PhraseCategory::Past,
            PhraseCategory::Blame, PhraseCategory::Pressure };
        for (const PhraseCategory a : kinds) {
            const QColor colour = MessageCheckDialog::categoryColour(palette, a);
            QVERIFY(FocusStyle::contrast(colour, palette.color(QPalette::Base)) >= 3.0);
            for (const PhraseCategory b : kinds) {
                if (a != b)
                    QVERIFY(qAbs(colour.hslHue()
                                - MessageCheckDialog::categoryColour(palette, b).hslHue())
                        >= 30);
            }
        }
        // Pressure, e.g. "asap!!", is highlighted like any other kind.
        Test::TempJournal j;
        QVERIFY(j.ok());
        MessageCheckDialog dialog(j.journal());
        dialog.setPalette(palette);
        auto *draft = child<QPlainTextEdit>(&dialog, u"messageDraft"_s);
        QTest::keyClicks(draft, u"Please reply asap!!"_s);
        const auto selections = draft->extraSelections();
        QVERIFY(!selections.isEmpty());
        bool asap = false;
        for (const QTextEdit::ExtraSelection &selection : selections) {
            QCOMPARE(selection.format.underlineColor(),
                MessageCheckDialog::categoryColour(draft->palette(), PhraseCategory::Pressure));
            asap = asap || selection.cursor.selectedText().contains(u"asap"_s);
        }
        QVERIFY(asap);
    }

    void messageCheckOpensFromTheLog()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        answerSafety(page, false);
        showSection(page, u"contactLogGate"_s);
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<MessageCheckDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(
                dialog->findChild<QPlainTextEdit *>(u"messageDraft"_s), u"How was the concert?"_s);
            dialog->findChild<QCheckBox *>(u"keepSentText"_s)->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"markSent"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, u"openMessageCheck"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT note FROM contact_events"_s).toString(),
            u"How was the concert?"_s);
        QCOMPARE(child<QTableView>(&page, u"contactLogTable"_s)->model()->rowCount(), 1);
    }

    void meetups()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectPage page(j.journal());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        answerSafety(page, false);
        showSection(page, u"meetupsGate"_s);
        QTest::keyClicks(child<QLineEdit>(&page, u"meetupPlace"_s), u"The park"_s);
        child<QComboBox>(&page, u"meetupKind"_s)->setCurrentIndex(int(MeetupKind::Walk));
        QTest::mouseClick(child<QPushButton>(&page, u"planMeetup"_s), Qt::LeftButton);
        QCOMPARE(scalar(j.journal(), u"SELECT place FROM meetups"_s).toString(), u"The park"_s);
        QCOMPARE(scalar(j.journal(), u"SELECT kind FROM meetups"_s).toInt(), int(MeetupKind::Walk));

        // How it went, in the table.
        auto *table = child<QTableView>(&page, u"meetupTable"_s);
        const QModelIndex outcome = table->model()->index(0, 3);
        table->setCurrentIndex(outcome);
        table->edit(outcome);
        auto *combo = table->findChild<QComboBox *>(u"choiceEditor"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(int(MeetupOutcome::WentWell));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(scalar(j.journal(), u"SELECT outcome FROM meetups"_s).toInt(),
            int(MeetupOutcome::WentWell));
    }
};

QTEST_MAIN(tst_ReconnectPage)
#include "tst_reconnectpage.moc"
