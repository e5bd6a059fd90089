// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReflectionListModel.h"
#include "storage/PromptStore.h"
#include "storage/ReflectionStore.h"
#include "support/TempJournal.h"
#include "ui/dialogs/ReflectionDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ReflectionDialog : public QObject {
    Q_OBJECT

    static QPlainTextEdit *answer(QDialog &d)
    {
        return d.findChild<QPlainTextEdit *>(u"reflectionAnswer"_s);
    }
    static QPushButton *button(QDialog &d, const QString &name)
    {
        return d.findChild<QPushButton *>(name);
    }

private Q_SLOTS:
    void draftResumeFinishEdit()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        const auto prompts = *journal->prompts().prompts(Step::Acknowledge);
        qint64 id = 0;
        {
            ReflectionDialog dialog(&model, prompts, journal.clock());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.questionCount(), int(prompts.size()));
            QCOMPARE(dialog.findChild<QLabel *>(u"reflectionProgress"_s)->text(),
                u"Question 1 of %1"_s.arg(prompts.size()));
            QCOMPARE(
                dialog.findChild<QLabel *>(u"reflectionPrompt"_s)->text(), prompts.first().text);
            QVERIFY(!button(dialog, u"backButton"_s)->isEnabled());
            QVERIFY(button(dialog, u"skipButton"_s)->isEnabled());
            QTest::keyClicks(answer(dialog), u"We stopped talking."_s);
            QVERIFY(!button(dialog, u"skipButton"_s)->isEnabled()); // never skip past words
            // The autosave makes a draft without any button being pressed.
            QTRY_VERIFY(dialog.reflectionId() != 0);
            id = dialog.reflectionId();
            QVERIFY(!journal->reflections().reflection(id)->complete);
            QTest::mouseClick(button(dialog, u"nextButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.currentQuestion(), 1);
            QTest::mouseClick(button(dialog, u"skipButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.currentQuestion(), 2);
            QTest::keyClicks(answer(dialog), u"Listen more"_s);
            // Closing (Save for Later) keeps everything as a draft.
            QTest::mouseClick(button(dialog, u"closeButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QVERIFY(journal.reopen()); // as after a crash or a restart
        ReflectionListModel again(journal->reflections(), Step::Acknowledge);
        QCOMPARE(again.latestDraft(ReflectionKind::Guided), id);
        {
            ReflectionDialog dialog(&again, prompts, journal.clock(), id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QVERIFY(dialog.findChild<QLabel *>(u"resumeNote"_s)->isVisible());
            // Resumes at the first question without an answer: the skipped one.
            QCOMPARE(dialog.currentQuestion(), 1);
            QTest::keyClicks(answer(dialog), u"Ask, not assume."_s);
            while (dialog.currentQuestion() < dialog.questionCount() - 1)
                QTest::mouseClick(button(dialog, u"nextButton"_s), Qt::LeftButton);
            QCOMPARE(button(dialog, u"nextButton"_s)->text(), u"&Finish"_s);
            QTest::keyClicks(answer(dialog), u"Walk on Sunday."_s);
            QTest::keyClick(answer(dialog), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.reflectionId(), id);
        }
        auto done = journal->reflections().reflection(id);
        QVERIFY(done->complete);
        QCOMPARE(done->answers.size(), prompts.size());
        QCOMPARE(done->answers.at(0).answer, u"We stopped talking."_s);
        QCOMPARE(done->answers.at(1).answer, u"Ask, not assume."_s);
        QCOMPARE(done->answers.at(2).answer, u"Listen more"_s);
        QCOMPARE(done->answers.constLast().answer, u"Walk on Sunday."_s);
        QCOMPARE(done->answers.at(0).promptText, prompts.first().text);
        QCOMPARE(again.latestDraft(ReflectionKind::Guided), qint64(0));

        // Reopened for editing, it stays finished.
        {
            ReflectionDialog dialog(&again, prompts, journal.clock(), id);
            dialog.show();
            QCOMPARE(dialog.currentQuestion(), 0);
            QTest::keyClicks(answer(dialog), u" Slowly."_s);
            QVERIFY(dialog.saveNow());
            dialog.reject();
        }
        done = journal->reflections().reflection(id);
        QVERIFY(done->complete);
        QCOMPARE(done->answers.at(0).answer, u"We stopped talking. Slowly."_s);
    }

    void typingIsKeptWhenTheDialogIsDestroyed()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Reconnect);
        {
            auto *dialog = new ReflectionDialog(
                &model, *journal->prompts().prompts(Step::Reconnect), journal.clock());
            dialog->show();
            QTest::keyClicks(answer(*dialog), u"Typed just now"_s);
            delete dialog; // before the autosave timer fires
        }
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(journal->reflections().reflection(model.idAt(0))->answers.first().answer,
            u"Typed just now"_s);
    }

    void openingAndClosingLeavesNoTrace()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Reconnect);
        ReflectionDialog dialog(
            &model, *journal->prompts().prompts(Step::Reconnect), journal.clock());
        dialog.show();
        dialog.reject();
        QCOMPARE(model.rowCount(), 0);
    }

    void whyItEndedStaysBrief()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        const auto prompts = *journal->prompts().prompts(Step::Acknowledge);
        ReflectionDialog dialog(&model, prompts, journal.clock());
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(u"briefHint"_s)->isVisible());
        dialog.checkWrapUp();
        QVERIFY(!dialog.isWrapUpShown());
        journal.clock().advanceSecs(14LL * 60);
        dialog.checkWrapUp();
        QVERIFY(!dialog.isWrapUpShown());
        journal.clock().advanceSecs(60);
        dialog.checkWrapUp();
        QVERIFY(dialog.isWrapUpShown());
        QVERIFY(dialog.findChild<QLabel *>(u"wrapUpNote"_s)->isVisible());
        QTest::mouseClick(button(dialog, u"wrapUpButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.currentQuestion(), dialog.questionCount() - 1);
        // The last question looks forward.
        const QString last = dialog.findChild<QLabel *>(u"reflectionPrompt"_s)->text();
        QCOMPARE(last, ReflectionPrompts::builtins(Step::Acknowledge).constLast().text);
    }

    void otherStepsHaveNoTimeNote()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::WorkOnYourself);
        ReflectionDialog dialog(
            &model, *journal->prompts().prompts(Step::WorkOnYourself), journal.clock());
        dialog.show();
        QVERIFY(!dialog.findChild<QLabel *>(u"briefHint"_s)->isVisible());
        journal.clock().advanceSecs(3600);
        dialog.checkWrapUp();
        QVERIFY(!dialog.isWrapUpShown());
    }

    void ownPromptsAreAsked()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto prompts = *journal->prompts().prompts(Step::RebuildTrust);
        for (auto &p : prompts)
            p.hidden = !p.action;
        ReflectionPrompt own;
        own.key = PromptStore::newCustomKey();
        own.text = u"What did I promise this week?"_s;
        prompts.prepend(own);
        QVERIFY(journal->prompts().setPrompts(Step::RebuildTrust, prompts));
        ReflectionListModel model(journal->reflections(), Step::RebuildTrust);
        ReflectionDialog dialog(
            &model, *journal->prompts().prompts(Step::RebuildTrust), journal.clock());
        QCOMPARE(dialog.questionCount(), 2);
        QCOMPARE(dialog.answers().first().promptText, u"What did I promise this week?"_s);
        QCOMPARE(dialog.answers().first().promptKey, own.key);
    }
};

QTEST_MAIN(tst_ReflectionDialog)
#include "tst_reflectiondialog.moc"
