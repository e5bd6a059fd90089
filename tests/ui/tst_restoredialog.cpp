// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"
#include "storage/EntryStore.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_RestoreDialog : public QObject {
    Q_OBJECT

    /// Answers the next modal message box by clicking the button whose text is `button`.
    static void answerNextBox(const QString &button, QString *seenText = nullptr)
    {
        QTimer::singleShot(0, qApp, [button, seenText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (seenText)
                *seenText = box->text() + u' ' + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_restoredialog"_s);
        QSettings().clear();
    }

    void listsBackupsWithCounts()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, {}, {} }));
        QVERIFY(*Backups(journal.journal()).runDaily());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Two"_s, {}, {} }));
        QVERIFY(Backups(journal.journal()).keepCurrent());
        RestoreDialog dialog(journal.journal());
        auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        // Same second: both rows exist; each says what it holds.
        QStringList contents;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            contents << list->topLevelItem(i)->text(2);
        contents.sort();
        QCOMPARE(contents, (QStringList { u"Journal entries: 1"_s, u"Journal entries: 2"_s }));
        QVERIFY(!dialog.selectedBackup().isEmpty());
    }

    void damagedBackupIsListedButNotOffered()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, {}, {} }));
        QVERIFY(*Backups(journal.journal()).runDaily());
        const QList<BackupInfo> kept = Backups(journal.journal()).list();
        QCOMPARE(kept.size(), 1);
        {
            // Cut short, as a copy stopped half way would be.
            QFile file(kept.first().filePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        RestoreDialog dialog(journal.journal());
        auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(!(list->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(list->topLevelItem(0)->text(2).contains(u"damaged"_s));
        QVERIFY(dialog.selectedBackup().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(u"restoreButton"_s)->isEnabled());
    }

    void restoresAfterConfirmation()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Reconnect, { u"Then"_s, u"as it was"_s, {} }));
        {
            // As in real use, the app has been open before the backup (and has written the
            // defaults a new journal gets, such as the suggested milestones).
            MainWindow before(journal.journal());
        }
        QVERIFY(*Backups(journal.journal()).runDaily());
        const QStringList atBackup = Test::dumpContent(journal.journal());
        journal.clock().advanceDays(2);
        const qint64 later = *journal->entries().create(Step::Reconnect, { u"Later"_s, {}, {} });

        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.page(2)->journalPanel()->selectEntry(later));

        RestoreDialog dialog(journal.journal(), &window);
        // Cancelling changes nothing.
        answerNextBox(u"Cancel"_s);
        QVERIFY(!dialog.restoreSelected());
        QCOMPARE(*journal->entries().count(), 2);

        QString question;
        answerNextBox(u"&Restore"_s, &question);
        QVERIFY(dialog.restoreSelected());
        QVERIFY(question.contains(u"kept as a backup"_s));
        QCOMPARE(Test::dumpContent(journal.journal()), atBackup);
        // The window shows the restored journal (its pages were rebuilt).
        QTRY_COMPARE(
            window.page(2)->findChild<QListView *>(u"entryList"_s)->model()->rowCount(), 1);
        // The journal as it was is kept.
        const QList<BackupInfo> backups = Backups(journal.journal()).list();
        QCOMPARE(backups.constFirst().kind, BackupInfo::Kind::BeforeRestore);
        QCOMPARE(Backups::counts(backups.constFirst().filePath)->value(u"entries"_s), 2);
    }
};

QTEST_MAIN(tst_RestoreDialog)
#include "tst_restoredialog.moc"
