// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JourneyMode.h"
#include "core/ReflectionPrompts.h"

#include <QSet>
#include <QTest>

using namespace Rekindle;

Q_DECLARE_METATYPE(Rekindle::JourneyMode)
Q_DECLARE_METATYPE(Rekindle::Step)
using namespace Qt::StringLiterals;

class tst_ReflectionPrompts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStepHasFiveToEightPromptsEndingInAction()
    {
        QSet<QString> keys;
        for (const Step step : Steps::all()) {
            const auto prompts = ReflectionPrompts::builtins(step);
            QVERIFY(prompts.size() >= 5 && prompts.size() <= 8);
            QVERIFY(prompts.constLast().action);
            for (const auto &p : prompts) {
                QVERIFY(p.builtin);
                QVERIFY(!p.text.isEmpty());
                QVERIFY2(!keys.contains(p.key), qPrintable(p.key));
                keys.insert(p.key);
                QCOMPARE(ReflectionPrompts::builtin(p.key)->text, p.text);
            }
        }
        QVERIFY(!ReflectionPrompts::builtin(u"nope"_s));
    }

    void stepOneAsksWhyItEndedAndAboutSpace()
    {
        const auto prompts = ReflectionPrompts::builtins(Step::Acknowledge);
        QCOMPARE(prompts.first().key, u"step1.why-ended"_s);
        QVERIFY(std::any_of(prompts.cbegin(), prompts.cend(),
            [](const auto &p) { return p.key == u"step1.space"_s; }));
    }

    void resolveAndSettingsRoundTrip()
    {
        auto prompts = ReflectionPrompts::builtins(Step::Reconnect);
        const int count = int(prompts.size());
        prompts.move(0, 2);
        prompts[1].text = u"My own wording"_s;
        prompts[3].hidden = true;
        ReflectionPrompt own;
        own.key = u"custom.abc"_s;
        own.text = u"What made me smile today?"_s;
        prompts.insert(1, own);

        const auto settings = ReflectionPrompts::settingsOf(prompts);
        QCOMPARE(settings.size(), count + 1);
        QVERIFY(settings.at(0).customText.isEmpty()); // built-in wording stays translatable
        const auto resolved = ReflectionPrompts::resolve(Step::Reconnect, settings);
        QCOMPARE(resolved.size(), prompts.size());
        for (qsizetype i = 0; i < resolved.size(); ++i) {
            QCOMPARE(resolved.at(i).key, prompts.at(i).key);
            QCOMPARE(resolved.at(i).text, prompts.at(i).text);
            QCOMPARE(resolved.at(i).hidden, prompts.at(i).hidden);
            QCOMPARE(resolved.at(i).builtin, prompts.at(i).builtin);
        }
    }

    void resolveAddsNewBuiltinsAndDropsUnknownOnes()
    {
        QList<PromptSetting> settings = { { u"step2.proud"_s, {}, {}, false },
            { u"step2.gone-in-this-version"_s, {}, {}, false },
            { {}, u"custom.x"_s, u"  "_s, false } };
        const auto resolved = ReflectionPrompts::resolve(Step::WorkOnYourself, settings);
        QCOMPARE(resolved.size(), ReflectionPrompts::builtins(Step::WorkOnYourself).size());
        QCOMPARE(resolved.first().key, u"step2.proud"_s);
        QVERIFY(ReflectionPrompts::resolve(Step::WorkOnYourself, {}).size() == resolved.size());
    }

    void sessionAlwaysEndsOnAnAction()
    {
        auto prompts = ReflectionPrompts::builtins(Step::Acknowledge);
        // Hide every action prompt and move one to the front.
        prompts.move(prompts.size() - 1, 0);
        for (auto &p : prompts)
            if (p.action)
                p.hidden = true;
        prompts[0].text = u"Tomorrow I will…"_s;
        const auto plan = ReflectionPrompts::sessionPlan(Step::Acknowledge, prompts);
        QVERIFY(plan.constLast().action);
        QCOMPARE(plan.constLast().text, u"Tomorrow I will…"_s);
        QCOMPARE(plan.first().key, u"step1.why-ended"_s);
        for (const auto &p : plan)
            QVERIFY(!p.hidden);

        // Everything hidden: still one forward-looking question.
        for (auto &p : prompts)
            p.hidden = true;
        QCOMPARE(ReflectionPrompts::sessionPlan(Step::Acknowledge, prompts).size(), 1);
        // Untouched: the plan is the visible list as it is.
        const auto builtins = ReflectionPrompts::builtins(Step::TakeThingsSlow);
        QCOMPARE(
            ReflectionPrompts::sessionPlan(Step::TakeThingsSlow, builtins).size(), builtins.size());
    }

    void wrapUp_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<bool>("suggest");
        QTest::newRow("step 1, just started") << 1 << qint64(0) << false;
        QTest::newRow("step 1, 14:59") << 1 << qint64(899) << false;
        QTest::newRow("step 1, 15:00") << 1 << qint64(900) << true;
        QTest::newRow("step 1, an hour") << 1 << qint64(3600) << true;
        QTest::newRow("step 2, an hour") << 2 << qint64(3600) << false;
        QTest::newRow("step 5, 15:00") << 5 << qint64(900) << false;
    }

    void wrapUp()
    {
        QFETCH(int, step);
        QFETCH(qint64, elapsed);
        QFETCH(bool, suggest);
        QCOMPARE(ReflectionPrompts::suggestWrapUp(*Steps::fromInt(step), elapsed), suggest);
    }

    void validateText()
    {
        QVERIFY(!ReflectionPrompts::validateText(u"   "_s).isEmpty());
        QVERIFY(!ReflectionPrompts::validateText(QString(1001, u'a')).isEmpty());
        QVERIFY(ReflectionPrompts::validateText(u"What helped today?"_s).isEmpty());
    }

    void everyPathHasItsOwnQuestions_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<JourneyMode>("mode");
        for (const Step step : Steps::all())
            for (const JourneyMode mode :
                { JourneyMode::Normal, JourneyMode::RespectingNo, JourneyMode::StayingSafe })
                QTest::addRow("step %d, mode %d", int(step), int(mode)) << step << mode;
    }
    void everyPathHasItsOwnQuestions()
    {
        QFETCH(Step, step);
        QFETCH(JourneyMode, mode);
        const auto prompts = ReflectionPrompts::builtins(step, mode);
        QVERIFY(prompts.size() >= 4 && prompts.size() <= 8);
        QVERIFY(prompts.constLast().action);
        QSet<QString> normalKeys;
        for (const auto &p : ReflectionPrompts::builtins(step))
            normalKeys.insert(p.key);
        for (const auto &p : prompts) {
            QVERIFY(ReflectionPrompts::onPath(p.key, mode));
            QCOMPARE(ReflectionPrompts::builtin(p.key)->text, p.text);
            // Steps 1 and 2 are the same on every path; 3 to 5 ask other questions off it.
            QCOMPARE(normalKeys.contains(p.key),
                mode == JourneyMode::Normal || !JourneyRules::pathChangesStep(step));
        }
        if (mode == JourneyMode::Normal || !JourneyRules::pathChangesStep(step))
            return;
        // Nothing off the normal path asks about, or points towards, contacting them.
        static const QStringList contactWords { u"message"_s, u"reach"_s, u"contact"_s,
            u"together"_s, u"reconnect"_s, u"answer"_s, u"repl"_s, u"them"_s, u"meet"_s,
            u"between you"_s, u"trust"_s, u"promise"_s, u"commit"_s, u"back"_s };
        for (const auto &p : prompts)
            for (const QString &word : contactWords)
                QVERIFY2(!p.text.contains(word, Qt::CaseInsensitive),
                    qPrintable(p.key + u": "_s + word));
        // A safety plan is asked about where one is offered (after abuse), not after a no.
        const bool asksPlan = std::any_of(prompts.cbegin(), prompts.cend(),
            [](const auto &p) { return p.text.contains(u"safety plan"_s); });
        QCOMPARE(asksPlan, step == Step::RebuildTrust && JourneyRules::safetyPlanOffered(mode));
    }

    void offThePathOnlyThePathsQuestionsAreAsked_data() { everyPathHasItsOwnQuestions_data(); }
    void offThePathOnlyThePathsQuestionsAreAsked()
    {
        QFETCH(Step, step);
        QFETCH(JourneyMode, mode);
        // The person's list for the step: one reworded, the last one hidden, one of their own.
        auto stored = ReflectionPrompts::builtins(step);
        stored[0].text = u"My own wording"_s;
        stored.last().hidden = true;
        ReflectionPrompt own;
        own.key = u"custom.abc"_s;
        own.text = u"When will I write to them again?"_s;
        stored << own;

        const auto asked = ReflectionPrompts::forPath(step, mode, stored);
        const auto plan = ReflectionPrompts::sessionPlan(step, asked, mode);
        QVERIFY(plan.constLast().action);
        const bool kept = mode == JourneyMode::Normal || !JourneyRules::pathChangesStep(step);
        QCOMPARE(
            asked.size(), kept ? stored.size() : ReflectionPrompts::builtins(step, mode).size());
        for (const auto &p : plan)
            QVERIFY2(p.key == own.key || ReflectionPrompts::onPath(p.key, mode), qPrintable(p.key));
        // The person's own question is asked on the normal path and in steps 1 and 2 only.
        QCOMPARE(std::any_of(plan.cbegin(), plan.cend(),
                     [&own](const auto &p) { return p.key == own.key; }),
            kept);
    }
};

QTEST_GUILESS_MAIN(tst_ReflectionPrompts)
#include "tst_reflectionprompts.moc"
