// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PromptListModel.h"
#include "storage/PromptStore.h"
#include "support/TempJournal.h"
#include "ui/dialogs/PromptEditorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_PromptEditorDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addMoveHideAndSave()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        PromptListModel model(journal->prompts(), Step::Reconnect);
        const int builtins = model.rowCount();
        PromptEditorDialog dialog(&model);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The list is named for screen readers, after its label.
        QCOMPARE(dialog.view()->accessibleName(), u"Questions"_s);
        QVERIFY(!dialog.addPrompt(u" "_s));
        QVERIFY(!dialog.findChild<QLabel *>(u"promptEditorStatus"_s)->text().isEmpty());
        QVERIFY(dialog.addPrompt(u"Am I reaching out for them or for me?"_s));
        QCOMPARE(dialog.view()->currentIndex().row(), builtins);
        auto *up = dialog.findChild<QPushButton *>(u"movePromptUpButton"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"removePromptButton"_s)->isEnabled());
        for (int i = 0; i < builtins; ++i)
            QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(dialog.view()->currentIndex().row(), 0);
        QVERIFY(!up->isEnabled());
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = *journal->prompts().prompts(Step::Reconnect);
        QCOMPARE(stored.size(), builtins + 1);
        QCOMPARE(stored.first().text, u"Am I reaching out for them or for me?"_s);
        QVERIFY(stored.at(1).hidden);
    }

    void cancelKeepsTheStoredList()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        PromptListModel model(journal->prompts(), Step::Reconnect);
        PromptEditorDialog dialog(&model);
        dialog.show();
        QVERIFY(dialog.addPrompt(u"Something"_s));
        dialog.reject();
        QVERIFY(!*journal->prompts().isCustomized(Step::Reconnect));
        QCOMPARE(model.rowCount(), int(ReflectionPrompts::builtins(Step::Reconnect).size()));
    }

    void restoreBuiltins()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto prompts = *journal->prompts().prompts(Step::TakeThingsSlow);
        prompts[0].hidden = true;
        QVERIFY(journal->prompts().setPrompts(Step::TakeThingsSlow, prompts));
        PromptListModel model(journal->prompts(), Step::TakeThingsSlow);
        PromptEditorDialog dialog(&model);
        dialog.show();
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(u"restorePromptsButton"_s), Qt::LeftButton);
        dialog.accept();
        QVERIFY(!*journal->prompts().isCustomized(Step::TakeThingsSlow));
    }
};

QTEST_MAIN(tst_PromptEditorDialog)
#include "tst_prompteditordialog.moc"
