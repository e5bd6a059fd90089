// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JourneyMode.h"
#include "core/StepProgress.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Rekindle::JourneyMode)

class tst_JourneyMode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modeFromAnswers_data()
    {
        QTest::addColumn<bool>("answered");
        QTest::addColumn<bool>("abuse");
        QTest::addColumn<bool>("askedNoContact");
        QTest::addColumn<bool>("legalOrder");
        QTest::addColumn<bool>("noRecorded");
        QTest::addColumn<JourneyMode>("mode");
        // Every combination of the three answers and a recorded "no".
        for (int bits = 0; bits < 16; ++bits) {
            const bool abuse = bits & 1;
            const bool asked = bits & 2;
            const bool order = bits & 4;
            const bool no = bits & 8;
            const JourneyMode expected = abuse || order ? JourneyMode::StayingSafe
                : asked || no                           ? JourneyMode::RespectingNo
                                                        : JourneyMode::Normal;
            for (const bool answered : { true, false })
                QTest::addRow("abuse=%d asked=%d order=%d no=%d answered=%d", abuse, asked, order,
                    no, answered)
                    << answered << abuse << asked << order << no << expected;
        }
    }

    void modeFromAnswers()
    {
        QFETCH(bool, answered);
        QFETCH(bool, abuse);
        QFETCH(bool, askedNoContact);
        QFETCH(bool, legalOrder);
        QFETCH(bool, noRecorded);
        QFETCH(JourneyMode, mode);
        JourneySignals s;
        s.safety.answeredOn = answered ? QDate(2027, 3, 1) : QDate();
        s.safety.abuse = abuse;
        s.safety.askedNoContact = askedNoContact;
        s.safety.legalOrder = legalOrder;
        s.noRecorded = noRecorded;
        QCOMPARE(JourneyRules::mode(s), mode);
        QCOMPARE(JourneyRules::reconnectionToolsOffered(mode), mode == JourneyMode::Normal);
        QCOMPARE(JourneyRules::safetyPlanOffered(mode), mode == JourneyMode::StayingSafe);
        QCOMPARE(JourneyRules::modeNote(mode).isEmpty(), mode == JourneyMode::Normal);
    }

    void everyNoReplyIsANo_data()
    {
        QTest::addColumn<int>("response");
        QTest::addColumn<bool>("isNo");
        for (const ContactResponse r : Contacts::responses())
            QTest::addRow("%s", qPrintable(Contacts::responseName(r)))
                << int(r) << (r == ContactResponse::SaidNo);
    }

    void everyNoReplyIsANo()
    {
        QFETCH(int, response);
        QFETCH(bool, isNo);
        QCOMPARE(JourneyRules::isNo(*Contacts::responseFromInt(response)), isNo);
    }

    void everyDeclinedMeetupIsANo()
    {
        for (const MeetupOutcome o : Meetups::outcomes())
            QCOMPARE(JourneyRules::isNo(o), o == MeetupOutcome::DidNotWantToMeet);
        QCOMPARE(Meetups::outcomeFromInt(4), MeetupOutcome::DidNotWantToMeet);
        QVERIFY(!Meetups::outcomeFromInt(5));
        QCOMPARE(Contacts::responseFromInt(4), ContactResponse::SaidNo);
        QVERIFY(!Contacts::responseFromInt(5));
    }

    void aDeclinedMeetupCanBeRecordedBeforeTheDay()
    {
        Meetup m;
        m.day = QDate(2027, 3, 10);
        m.outcome = MeetupOutcome::DidNotWantToMeet;
        QVERIFY(m.validate(QDate(2027, 3, 1)));
        m.outcome = MeetupOutcome::WentWell;
        QVERIFY(!m.validate(QDate(2027, 3, 1)));
    }

    void stepTitlesFollowThePath()
    {
        for (const Step step : Steps::all())
            QCOMPARE(JourneyRules::stepTitle(step, JourneyMode::Normal), Steps::title(step));
        QCOMPARE(
            JourneyRules::stepTitle(Step::Reconnect, JourneyMode::StayingSafe), u"Staying Safe"_s);
        QCOMPARE(JourneyRules::stepTitle(Step::Reconnect, JourneyMode::RespectingNo),
            u"Respecting Their No"_s);
        for (const JourneyMode mode : { JourneyMode::RespectingNo, JourneyMode::StayingSafe }) {
            QCOMPARE(
                JourneyRules::stepTitle(Step::Acknowledge, mode), Steps::title(Step::Acknowledge));
            QVERIFY(JourneyRules::stepTitle(Step::RebuildTrust, mode)
                != Steps::title(Step::RebuildTrust));
            QVERIFY(JourneyRules::stepTitle(Step::TakeThingsSlow, mode)
                != Steps::title(Step::TakeThingsSlow));
            for (const Step step : Steps::all()) {
                const QString guidance = JourneyRules::stepGuidance(step, mode).toLower();
                if (step >= Step::Reconnect) {
                    // Nothing off the normal path suggests reaching out.
                    QVERIFY2(!guidance.contains(u"reach out"_s), qPrintable(guidance));
                    QVERIFY2(!guidance.contains(u"message them"_s), qPrintable(guidance));
                }
            }
        }
    }

    void offThePathProgressHasNoReconnectionCriteria_data()
    {
        QTest::addColumn<JourneyMode>("mode");
        QTest::newRow("respecting") << JourneyMode::RespectingNo;
        QTest::newRow("safe") << JourneyMode::StayingSafe;
    }

    void offThePathProgressHasNoReconnectionCriteria()
    {
        QFETCH(JourneyMode, mode);
        namespace C = StepProgress::Count;
        const QStringList reconnecting
            = { QString::fromLatin1(C::LightContacts), QString::fromLatin1(C::CommitmentsKept),
                  QString::fromLatin1(C::IssuesWorkedOn), QString::fromLatin1(C::MilestonesPlanned),
                  QString::fromLatin1(C::MilestoneGapsRespected),
                  QString::fromLatin1(C::OutcomeChosen), QString::fromLatin1(C::DraftsChecked) };
        for (const Step step : { Step::Reconnect, Step::RebuildTrust, Step::TakeThingsSlow })
            for (const auto &c : StepProgress::criteria(step, mode))
                QVERIFY2(!reconnecting.contains(c.count), qPrintable(c.count));
        const auto step4 = StepProgress::criteria(Step::RebuildTrust, mode);
        const bool plan = std::any_of(step4.cbegin(), step4.cend(),
            [](const auto &c) { return c.count == QLatin1StringView(C::SafetyPlanParts); });
        QCOMPARE(plan, mode == JourneyMode::StayingSafe);
    }

    void offThePathNoTextPointsTowardsContact_data()
    {
        offThePathProgressHasNoReconnectionCriteria_data();
    }
    void offThePathNoTextPointsTowardsContact()
    {
        QFETCH(JourneyMode, mode);
        static const QStringList contactWords { u"reach out"_s, u"message"_s, u"meet"_s,
            u"together"_s, u"reconnect"_s, u"contact them"_s, u"reply"_s };
        for (const Step step : { Step::Reconnect, Step::RebuildTrust, Step::TakeThingsSlow }) {
            const QStringList texts { JourneyRules::stepTitle(step, mode),
                JourneyRules::stepSummary(step, mode), JourneyRules::stepGuidance(step, mode),
                JourneyRules::emptyHint(step, mode) };
            QVERIFY(JourneyRules::emptyHint(step, mode) != Steps::emptyHint(step));
            for (const QString &text : texts)
                for (const QString &word : contactWords)
                    QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                        qPrintable(text + u" / "_s + word));
            for (const auto &c : StepProgress::criteria(step, mode))
                for (const QString &word : contactWords)
                    QVERIFY2(!(c.label + c.description).contains(word, Qt::CaseInsensitive),
                        qPrintable(c.label + u" / "_s + word));
        }
        // Steps 1 and 2 are the same on every path.
        for (const Step step : { Step::Acknowledge, Step::WorkOnYourself })
            QCOMPARE(JourneyRules::emptyHint(step, mode), Steps::emptyHint(step));
    }
};

QTEST_GUILESS_MAIN(tst_JourneyMode)
#include "tst_journeymode.moc"
