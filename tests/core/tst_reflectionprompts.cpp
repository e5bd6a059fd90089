// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReflectionPrompts.h"

#include <QSet>
#include <QTest>

using namespace Rekindle;
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
};

QTEST_GUILESS_MAIN(tst_ReflectionPrompts)
#include "tst_reflectionprompts.moc"
