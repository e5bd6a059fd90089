// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PromptStore.h"
#include "storage/ReflectionStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ReflectionStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void draftResumeSaveEdit()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionStore &store = journal->reflections();
        Test::ChangeSpy created(store.journal());
        Test::ChangeSpy updated(store.journal());

        QList<ReflectionAnswer> answers = { { u"step1.why-ended"_s, u"Why?"_s, u"We drifted."_s },
            { u"step1.space"_s, u"Space?"_s, {} } };
        auto id = store.create(Step::Acknowledge, ReflectionKind::Guided, answers, false);
        QVERIFY(id);
        QCOMPARE(created.count(u"reflections"_s, RecordChange::Created), 1);
        QCOMPARE(*store.latestDraft(Step::Acknowledge, ReflectionKind::Guided), std::optional(*id));
        QVERIFY(!store.latestDraft(Step::Acknowledge, ReflectionKind::ThoughtRecord)->has_value());
        QCOMPARE(*store.countComplete(), qint64(0));

        // The app "crashes" and starts again: the draft is there to resume.
        QVERIFY(journal.reopen());
        ReflectionStore &again = journal->reflections();
        auto draft = again.reflection(*id);
        QVERIFY(draft);
        QVERIFY(!draft->complete);
        QCOMPARE(draft->answers.size(), 2);
        QCOMPARE(draft->answers.at(0).answer, u"We drifted."_s);
        QCOMPARE(draft->answers.at(1).promptText, u"Space?"_s);

        journal.clock().advanceSecs(120);
        answers[1].answer = u"No messages until Sunday."_s;
        Test::ChangeSpy updatedAgain(again.journal());
        QVERIFY(again.save(*id, answers, true));
        QCOMPARE(updatedAgain.count(u"reflections"_s, RecordChange::Updated), 1);
        auto done = again.reflection(*id);
        QVERIFY(done->complete);
        QCOMPARE(done->updated, journal.clock().now());
        QCOMPARE(done->created, journal.clock().now().addSecs(-120));
        QCOMPARE(done->answers.at(1).answer, u"No messages until Sunday."_s);
        QVERIFY(!again.latestDraft(Step::Acknowledge, ReflectionKind::Guided)->has_value());
        QCOMPARE(*again.countComplete(Step::Acknowledge), qint64(1));
        QCOMPARE(*again.countComplete(Step::Reconnect), qint64(0));

        // Editing a finished reflection keeps it finished; fewer answers replace more.
        QVERIFY(again.save(*id, { answers.at(0) }, true));
        QCOMPARE(again.reflection(*id)->answers.size(), 1);

        auto summaries = again.list(Step::Acknowledge);
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1);
        QCOMPARE(summaries->first().firstAnswer, u"We drifted."_s);
        QCOMPARE(summaries->first().answered, 1);
        QVERIFY(summaries->first().complete);
        QCOMPARE(summaries->first().displayTitle(), u"Reflection: We drifted."_s);
    }

    void aStepsListAgreesWithEachSummary()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionStore &store = journal->reflections();
        const auto answer = [](const QString &text) {
            return ReflectionAnswer { u"own.prompt"_s, u"A question?"_s, text };
        };
        // Past the preview's length, with characters outside the BMP where it is cut.
        const QString longAnswer
            = QString(ReflectionStore::PreviewLength - 1, u'a') + u"😊😊 and more"_s;
        const QList<QList<ReflectionAnswer>> written = {
            { answer(u"   "_s), answer(u"Second, the first that counts."_s), answer({}) },
            { answer({}), answer(u" "_s) },
            { answer(longAnswer), answer(u"Two"_s), answer(u"Three"_s) },
            {},
        };
        QList<qint64> ids;
        for (const auto &answers : written) {
            journal.clock().advanceSecs(60);
            auto id = store.create(Step::Acknowledge, ReflectionKind::Guided, answers, true);
            QVERIFY(id);
            ids << *id;
        }
        // Another step's reflection is not in the list, nor are its answers counted.
        QVERIFY(store.create(
            Step::Reconnect, ReflectionKind::Guided, { answer(u"Elsewhere"_s) }, true));

        const auto listed = store.list(Step::Acknowledge);
        QVERIFY(listed);
        QCOMPARE(listed->size(), ids.size());
        for (const ReflectionSummary &s : *listed) {
            QVERIFY(ids.contains(s.id));
            const auto alone = store.summary(s.id);
            QVERIFY(alone);
            QCOMPARE(s.answered, alone->answered);
            QCOMPARE(s.firstAnswer, alone->firstAnswer);
            QCOMPARE(s.step, Step::Acknowledge);
        }
        // Newest first.
        QCOMPARE(listed->at(0).id, ids.at(3));
        QCOMPARE(listed->at(0).answered, 0);
        QCOMPARE(listed->at(1).answered, 3);
        QCOMPARE(
            listed->at(1).firstAnswer, QString(ReflectionStore::PreviewLength - 1, u'a') + u"😊"_s);
        QCOMPARE(listed->at(2).answered, 0);
        QVERIFY(listed->at(2).firstAnswer.isEmpty());
        QCOMPARE(listed->at(3).answered, 1);
        QCOMPARE(listed->at(3).firstAnswer, u"Second, the first that counts."_s);
    }

    void thoughtRecordRoundTrip()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ThoughtRecord r;
        r.situation = u"A photo"_s;
        r.emotions = { { u"sad"_s, 70 } };
        r.balancedThought = u"One moment."_s;
        r.emotionsAfter = { { u"sad"_s, 30 } };
        auto id = journal->reflections().create(
            Step::Acknowledge, ReflectionKind::ThoughtRecord, r.toAnswers(), true);
        QVERIFY(id);
        auto read = journal->reflections().reflection(*id);
        QCOMPARE(read->kind, ReflectionKind::ThoughtRecord);
        QCOMPARE(ThoughtRecord::fromAnswers(read->answers), r);
        QCOMPARE(
            *journal->reflections().countComplete(Step::Acknowledge, ReflectionKind::ThoughtRecord),
            qint64(1));
        QCOMPARE(*journal->reflections().countComplete(Step::Acknowledge, ReflectionKind::Guided),
            qint64(0));
    }

    void removeTakesAnswersAlong()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionStore &store = journal->reflections();
        auto id = store.create(
            Step::RebuildTrust, ReflectionKind::Guided, { { u"k"_s, u"q"_s, u"a"_s } }, true);
        QVERIFY(id);
        Test::ChangeSpy removed(store.journal());
        QVERIFY(store.remove(*id));
        QCOMPARE(removed.count(u"reflections"_s, RecordChange::Removed), 1);
        QCOMPARE(removed.ids(u"reflections"_s, RecordChange::Removed), QList<qint64> { *id });
        // The answers are part of the reflection: no change of their own is announced.
        QCOMPARE(removed.count(u"reflection_answers"_s), 0);
        QSqlQuery q(journal->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM reflection_answers"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!store.remove(*id));
        QVERIFY(!store.save(*id, {}, true));
        QVERIFY(!store.reflection(*id));
    }

    void refusesTooLongAnswers()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->reflections().create(Step::Acknowledge, ReflectionKind::Guided,
            { { u"k"_s, u"q"_s, QString(Reflection::MaxAnswerLength + 1, u'x') } }, false);
        QVERIFY(!id);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(journal->reflections().list(Step::Acknowledge)->size(), 0);
    }

    void promptsCustomizeAndRestore()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        PromptStore &store = journal->prompts();
        Test::ChangeSpy changed(journal.journal());
        auto prompts = *store.prompts(Step::WorkOnYourself);
        QCOMPARE(prompts.size(), ReflectionPrompts::builtins(Step::WorkOnYourself).size());
        QVERIFY(!*store.isCustomized(Step::WorkOnYourself));

        ReflectionPrompt own;
        own.key = PromptStore::newCustomKey();
        own.text = u"What did I learn today?"_s;
        prompts.prepend(own);
        prompts[2].hidden = true;
        prompts[3].text = u"Reworded"_s;
        prompts.move(1, 4);
        QVERIFY(store.setPrompts(Step::WorkOnYourself, prompts));
        // One save: a row for each prompt, none there before (the built-in list is no row).
        QCOMPARE(changed.count(u"reflection_prompts"_s, RecordChange::Created), prompts.size());
        QCOMPARE(changed.count(u"reflection_prompts"_s, RecordChange::Removed), 0);
        QVERIFY(journal.reopen());
        PromptStore &again = journal->prompts();
        const auto stored = *again.prompts(Step::WorkOnYourself);
        QCOMPARE(stored.size(), prompts.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i).key, prompts.at(i).key);
            QCOMPARE(stored.at(i).text, prompts.at(i).text);
            QCOMPARE(stored.at(i).hidden, prompts.at(i).hidden);
        }
        QVERIFY(*again.isCustomized(Step::WorkOnYourself));
        QVERIFY(!*again.isCustomized(Step::Acknowledge));

        // Empty wording is refused and nothing changes.
        auto bad = stored;
        bad[0].text = u" "_s;
        QVERIFY(!again.setPrompts(Step::WorkOnYourself, bad));
        QCOMPARE(again.prompts(Step::WorkOnYourself)->first().text, u"What did I learn today?"_s);

        QVERIFY(again.restoreDefaults(Step::WorkOnYourself));
        const auto restored = *again.prompts(Step::WorkOnYourself);
        const auto builtins = ReflectionPrompts::builtins(Step::WorkOnYourself);
        QCOMPARE(restored.size(), builtins.size());
        for (qsizetype i = 0; i < restored.size(); ++i) {
            QCOMPARE(restored.at(i).key, builtins.at(i).key);
            QVERIFY(!restored.at(i).hidden);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReflectionStore)
#include "tst_reflectionstore.moc"
