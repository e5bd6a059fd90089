// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"
#include "storage/Backups.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "support/TempJournal.h"
#include "ui/JournalActions.h"
#include "ui/JournalWindows.h"
#include "ui/MainWindow.h"
#include "ui/RecoveryWindow.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/NoticeBanner.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A closed journal in `dir` with `count` entries and one daily backup of them.
void makeJournal(const QString &dir, int count, bool backup = true)
{
    auto journal = Journal::open(dir);
    QVERIFY(journal);
    for (int i = 0; i < count; ++i)
        QVERIFY((*journal)->entries().create(
            Step::Acknowledge, { u"Entry %1"_s.arg(i), QString(900, QChar(u'a' + i % 26)), {} }));
    if (backup)
        QVERIFY(Backups(**journal).runDaily().value());
}

/// Overwrites the root page of the entries table: a page in use, which the full check reads
/// (a page picked by position may be free, or belong to the search index only).
void damageEntriesPage(const QString &file)
{
    qint64 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'entries'"_s));
        QVERIFY(query.next());
        root = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    QFile f(file);
    QVERIFY(root > 1 && f.size() >= root * 4096);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((root - 1) * 4096));
    QCOMPARE(f.write(QByteArray(4096, '\x5a')), 4096);
}

void closeWelcome()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *welcome = qobject_cast<WelcomeDialog *>(widget))
            welcome->reject();
}

} // namespace

class tst_JournalWindows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_journalwindows"_s);
        QSettings().clear();
    }

    void anUnopenableJournalLeadsToRecoveryAndBack()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), 30);
        const QString file = dir.filePath(Journal::DatabaseFileName);
        QByteArray bytes = bytesOf(file);
        bytes.replace(0, 100, QByteArray(100, '\0'));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }

        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        QVERIFY(windows.start());
        QVERIFY(!windows.mainWindow());
        RecoveryWindow *recovery = windows.recoveryWindow();
        QVERIFY(recovery);
        QVERIFY(recovery->isVisible());
        QVERIFY(recovery->findChild<QLabel *>(u"recoveryProblem"_s)->text().contains(u"damaged"_s));
        auto *list = recovery->findChild<QTreeWidget *>(u"recoveryBackupList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(
            list->topLevelItem(0)->text(0).contains(QString::number(QDate::currentDate().year())));
        QVERIFY(list->topLevelItem(0)->text(2).contains(u"30"_s));
        QVERIFY(recovery->findChild<QPushButton *>(u"recoveryRestoreButton"_s)->isEnabled());
        // Every choice is reachable from the keyboard, and named for screen readers.
        for (const QString &name : { u"recoveryRestoreButton"_s, u"recoverySaveButton"_s,
                 u"recoveryOpenFolderButton"_s, u"recoveryQuitButton"_s }) {
            auto *button = recovery->findChild<QPushButton *>(name);
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
            QVERIFY(button->text().contains(u'&'));
        }
        QVERIFY(!list->accessibleName().isEmpty());

        // Saving what can be read says that nothing can (the header is gone).
        const QTemporaryDir out;
        QVERIFY(!recovery->saveReadable(out.filePath(u"rescued.json"_s)));
        QVERIFY(recovery->status().contains(u"Nothing could be read"_s));

        QVERIFY(recovery->restoreBackup(recovery->selectedBackup()));
        QTRY_VERIFY(windows.mainWindow());
        QVERIFY(windows.mainWindow()->isVisible());
        closeWelcome();
        QTRY_VERIFY(!recovery || !recovery->isVisible());
        const QStringList aside
            = QDir(dir.filePath(u"damaged"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(
            bytesOf(dir.filePath(u"damaged/"_s + aside.first() + u"/journal.sqlite3"_s)), bytes);
    }

    void damageFoundAfterOpeningStopsWritesAndOffersRecovery()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), 200);
        const QString file = dir.filePath(Journal::DatabaseFileName);
        damageEntriesPage(file);
        const QByteArray damaged = bytesOf(file);

        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        QVERIFY(windows.start());
        MainWindow *window = windows.mainWindow();
        QVERIFY(window);
        closeWelcome();
        NoticeBanner *banner = window->journalBanner();
        // The full check runs on a worker thread within seconds of opening.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(u"damaged"_s));
        QCOMPARE(banner->focusPolicy(), Qt::NoFocus);
        QVERIFY(banner->testAttribute(Qt::WA_ShowWithoutActivating));

        auto *button = banner->findChild<QPushButton *>(u"recoveryOptionsButton"_s);
        QVERIFY(button);
        QCOMPARE(button->focusPolicy(), Qt::NoFocus);
        button->click();
        QTRY_VERIFY(!windows.mainWindow());
        QVERIFY(windows.recoveryWindow());
        QVERIFY(windows.recoveryWindow()->isVisible());
        // Nothing was written to the damaged file, not even a checkpoint at close.
        const QByteArray after = bytesOf(file);
        qsizetype first = 0;
        while (
            first < std::min(after.size(), damaged.size()) && after.at(first) == damaged.at(first))
            ++first;
        QVERIFY2(after == damaged,
            qPrintable(u"first difference at %1 of %2/%3, wal %4"_s.arg(first)
                           .arg(after.size())
                           .arg(damaged.size())
                           .arg(QFileInfo(file + u"-wal"_s).size())));
    }

    void theMenuRestoreWorksOnADamagedJournal()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), 200);
        damageEntriesPage(dir.filePath(Journal::DatabaseFileName));
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        QVERIFY(windows.start());
        closeWelcome();
        // Before the background check has reported: the restore checks for itself.
        windows.mainWindow()->journalActions()->restoreAction()->trigger();
        QTRY_VERIFY(!windows.mainWindow());
        RecoveryWindow *recovery = windows.recoveryWindow();
        QVERIFY(recovery);
        QVERIFY(recovery->restoreBackup(recovery->selectedBackup()));
        QTRY_VERIFY(windows.mainWindow());
        closeWelcome();
        auto reopened = Journal::open(dir.path());
        QVERIFY(!reopened); // held by the window
    }

    void openAnotherFolder()
    {
        const QTemporaryDir broken;
        {
            QFile f(broken.filePath(Journal::DatabaseFileName));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QTemporaryDir good;
        makeJournal(good.path(), 2, false);
        CommandLineOptions options;
        options.dataDir = broken.path();
        JournalWindows windows(options);
        QVERIFY(windows.start());
        QVERIFY(windows.recoveryWindow());
        QCOMPARE(windows.recoveryWindow()
                     ->findChild<QTreeWidget *>(u"recoveryBackupList"_s)
                     ->topLevelItem(0)
                     ->flags(),
            Qt::NoItemFlags); // "no backups", not selectable
        Q_EMIT windows.recoveryWindow()->openFolderRequested(good.path());
        QTRY_VERIFY(windows.mainWindow());
        closeWelcome();
    }

    void aReadOnlyFolderOpensReadOnlyAndAsksBeforeChangingIt()
    {
#ifdef Q_OS_UNIX
        const QTemporaryDir root;
        const QString dir = root.filePath(u"journal"_s);
        makeJournal(dir, 3, false);
        const QString file = dir + u'/' + Journal::DatabaseFileName;
        const QByteArray bytes = bytesOf(file);
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
        QVERIFY(QFile::setPermissions(dir, readOnly));
        const auto restore = qScopeGuard([&dir] {
            QFile::setPermissions(
                dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });

        CommandLineOptions options;
        options.dataDir = dir;
        JournalWindows windows(options);
        QVERIFY(windows.start());
        MainWindow *window = windows.mainWindow();
        QVERIFY(window);
        closeWelcome();
        NoticeBanner *banner = window->journalBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));
        QCOMPARE(banner->focusPolicy(), Qt::NoFocus);
        auto *body = window->currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
        QVERIFY(body->isReadOnly());
        auto *allow = banner->findChild<QPushButton *>(u"allowChangesButton"_s);
        QVERIFY(allow);
        QCOMPARE(allow->focusPolicy(), Qt::NoFocus);

        // Answered with "Keep Read-Only", then with "Allow Changes".
        const auto answer = [](QMessageBox::ButtonRole role) {
            QTimer::singleShot(0, [role] {
                for (QWidget *widget : QApplication::topLevelWidgets())
                    if (auto *box = qobject_cast<QMessageBox *>(widget);
                        box && box->objectName() == u"allowChangesQuestion"_s)
                        for (QAbstractButton *button : box->buttons())
                            if (box->buttonRole(button) == role)
                                button->click();
            });
        };
        answer(QMessageBox::RejectRole);
        allow->click();
        QCOMPARE(windows.mainWindow(), window);
        QVERIFY(!QFileInfo(dir).permissions().testFlag(QFileDevice::WriteOwner));
        QCOMPARE(bytesOf(file), bytes);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList { Journal::DatabaseFileName });

        answer(QMessageBox::AcceptRole);
        allow->click();
        QTRY_VERIFY(windows.mainWindow() && windows.mainWindow() != window);
        QVERIFY(QFileInfo(dir).permissions().testFlag(QFileDevice::WriteOwner));
        closeWelcome();
        window = windows.mainWindow();
        QVERIFY(!window->journalBanner()->isVisible());
        QVERIFY(!window->currentPage()->findChild<QTextEdit *>(u"entryBody"_s)->isReadOnly());
#else
        QSKIP("folder modes are tested on Unix");
#endif
    }

    void aFailingSaveShowsABannerAndTypingGoesOn()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"T"_s, u"saved"_s, {} }));
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *body = window.currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));

        body->insertPlainText(QString(30000, u'w'));
        QVERIFY(!window.flushAll());
        NoticeBanner *banner = window.saveBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"disk is full"_s));
        // The banner took nothing from the editor: the next words land there.
        QCOMPARE(QApplication::focusWidget(), body);
        QCOMPARE(QApplication::activeWindow(), &window);
        QTest::keyClicks(body, u" still here"_s);
        QVERIFY(body->toPlainText().endsWith(u"w still here"_s));

        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5 * JournalPanel::RetryFirstMs);
        QCOMPARE(QApplication::focusWidget(), body);
    }
};

QTEST_MAIN(tst_JournalWindows)
#include "tst_journalwindows.moc"
