// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"
#include "models/JournalPrivacy.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "support/FakeJournalEncryption.h"
#include "ui/JournalWindows.h"
#include "ui/MainWindow.h"
#include "ui/UnlockWindow.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/SearchBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <functional>

using namespace Rekindle;
using namespace Rekindle::Test;
using namespace Qt::StringLiterals;

namespace {

void makeJournal(const QString &dir, const QString &body)
{
    auto journal = Journal::open(dir);
    QVERIFY(journal);
    QVERIFY((*journal)->entries().create(Step::Acknowledge, { u"Title"_s, body, {} }));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> T *shownWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

/// Runs `act` on the first visible top-level T as soon as one shows (inside its exec()).
template<typename T> void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (T *window = shownWindow<T>()) {
            timer->stop();
            timer->deleteLater();
            act(window);
        }
    });
    timer->start();
}

bool anyStepTabs()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && widget->findChild<QTabWidget *>(u"stepTabs"_s))
            return true;
    return false;
}

} // namespace

/// The windows of an encrypted journal over a fake encryption: the unlock screen, locking
/// with dialogs open, turning encryption on, the recovery key, and no text in the settings.
class tst_PrivacyWindows : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeJournalEncryption> m_fake;

    void useFake(JournalWindows &windows, JournalEncryption::State state)
    {
        m_fake = std::make_unique<FakeJournalEncryption>(state);
        windows.setPrivacyFactory([this](Journal &journal) {
            auto *privacy = new JournalPrivacy(journal, *m_fake);
            return privacy;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_privacywindows"_s);
        QSettings().clear();
    }

    void cleanup()
    {
        // Between tests, every window of the last one is gone (the fake outlives them).
        QTRY_VERIFY(!shownWindow<QDialog>());
    }

    void lockedJournalStartsOnTheUnlockScreen()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), u"private words"_s);
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Locked);
        m_fake->attemptDelayMs = 100;
        QVERIFY(windows.start());
        UnlockWindow *unlock = windows.unlockWindow();
        QVERIFY(unlock);
        QVERIFY(unlock->isVisible());
        QVERIFY(!windows.mainWindow());
        QVERIFY(!anyStepTabs());
        auto *field = unlock->findChild<QLineEdit *>(u"passphraseField"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        // A wrong passphrase: said in place, nothing opened, the field keeps the focus.
        QApplication::setActiveWindow(unlock);
        QTest::keyClicks(field, u"wrong one"_s);
        QTest::keyClick(field, Qt::Key_Return);
        auto *busy = unlock->findChild<QWidget *>(u"unlockBusy"_s);
        QVERIFY(busy->isVisible());
        QVERIFY(!unlock->findChild<QPushButton *>(u"unlockButton"_s)->isEnabled());
        auto *message = unlock->findChild<InlineMessage *>(u"unlockMessage"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"does not open"_s));
        QVERIFY(!busy->isVisible());
        QCOMPARE(QApplication::focusWidget(), field);
        QCOMPARE(field->selectedText(), u"wrong one"_s);
        QVERIFY(!windows.mainWindow());
        QVERIFY(!anyStepTabs());
        QCOMPARE(m_fake->unlockCount, 0);

        // The right one opens the steps.
        field->clear();
        QTest::keyClicks(field, m_fake->passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(windows.mainWindow() && windows.mainWindow()->isVisible());
        QVERIFY(anyStepTabs());
        QTRY_VERIFY(!windows.unlockWindow());
        QCOMPARE(m_fake->unlockCount, 1);
        windows.mainWindow()->close();
    }

    void recoveryKeyOpensWithoutDashes()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), u"x"_s);
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Locked);
        QVERIFY(windows.start());
        UnlockWindow *unlock = windows.unlockWindow();
        QTest::mouseClick(unlock->findChild<QPushButton *>(u"useRecoveryKey"_s), Qt::LeftButton);
        QVERIFY(unlock->usesRecoveryKey());
        auto *field = unlock->findChild<QLineEdit *>(u"recoveryKeyField"_s);
        QVERIFY(field->isVisible());
        QTest::keyClicks(field, FakeJournalEncryption::sampleRecoveryKey().remove(u'-').toLower());
        QTest::mouseClick(unlock->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QTRY_VERIFY(windows.mainWindow() && windows.mainWindow()->isVisible());
        windows.mainWindow()->close();
    }

    void lockClosesAnOpenDialogAndKeepsUnsavedText()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), u"saved"_s);
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Unlocked);
        QVERIFY(windows.start());
        MainWindow *window = windows.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *lockAction = window->findChild<QAction *>(u"actionLock"_s);
        QVERIFY(lockAction && lockAction->isEnabled());
        QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

        auto *body = window->currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        // Typed, and not yet autosaved.
        QTest::keyClicks(body, u" and not saved yet"_s);

        // Preferences run their own event loop (exec) when the lock comes.
        bool sawPreferences = false;
        whenShown<PreferencesDialog>([&](PreferencesDialog *) {
            sawPreferences = true;
            lockAction->trigger();
        });
        window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        QVERIFY(sawPreferences);
        QTRY_VERIFY(!windows.mainWindow());
        QVERIFY(!shownWindow<PreferencesDialog>());
        QVERIFY(!anyStepTabs());
        QVERIFY(windows.unlockWindow() && windows.unlockWindow()->isVisible());
        QCOMPARE(m_fake->lockCount, 1);
        QVERIFY(windows.privacy()->isLocked());

        auto *field = windows.unlockWindow()->findChild<QLineEdit *>(u"passphraseField"_s);
        QTest::keyClicks(field, m_fake->passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(windows.mainWindow() && windows.mainWindow()->isVisible());
        auto *again = windows.mainWindow()->currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
        QCOMPARE(again->toPlainText(), u"saved and not saved yet"_s);
        windows.mainWindow()->close();
    }

    void welcomeOffersEncryptionAndTurnsItOn()
    {
        const QTemporaryDir dir;
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Plain);
        m_fake->m_plainBackups = { dir.filePath(u"backups/old.sqlite3"_s) };
        QVERIFY(windows.start());
        QTRY_VERIFY(shownWindow<WelcomeDialog>());
        WelcomeDialog *welcome = shownWindow<WelcomeDialog>();
        QVERIFY(welcome->findChild<QLabel *>(u"encryptionOffer"_s));
        QCOMPARE(welcome->findChild<QPushButton *>(u"startWriting"_s)->text(),
            u"&Not Now, Start Writing"_s);

        bool keyShown = false;
        bool backupsOffered = false;
        whenShown<PassphraseDialog>([&](PassphraseDialog *ask) {
            // Two different passphrases are refused kindly, then the same one twice goes on.
            QTest::keyClicks(ask->findChild<QLineEdit *>(u"newPassphrase"_s), u"river stone"_s);
            QVERIFY(!ask->findChild<QLabel *>(u"passphraseHint"_s)->text().isEmpty());
            QTest::keyClicks(ask->findChild<QLineEdit *>(u"repeatPassphrase"_s), u"river"_s);
            ask->accept();
            QVERIFY(ask->isVisible());
            QVERIFY(ask->findChild<InlineMessage *>(u"passphraseMessage"_s)->isVisible());
            // The refused repeat is selected: typing replaces it.
            QTest::keyClicks(ask->findChild<QLineEdit *>(u"repeatPassphrase"_s), u"river stone"_s);
            whenShown<RecoveryKeyDialog>([&](RecoveryKeyDialog *key) {
                keyShown = true;
                QCOMPARE(key->findChild<QLabel *>(u"recoveryKeyText"_s)->text(),
                    RecoveryKeyDialog::groupedLines(FakeJournalEncryption::sampleRecoveryKey()));
                auto *done = key->findChild<QPushButton *>(u"recoveryKeyDone"_s);
                QVERIFY(!done->isEnabled());
                // Not closed before the key is confirmed as kept.
                key->reject();
                QVERIFY(key->isVisible());
                key->findChild<QCheckBox *>(u"recoveryKeyKept"_s)->setChecked(true);
                QVERIFY(done->isEnabled());
                whenShown<QMessageBox>([&](QMessageBox *box) {
                    backupsOffered = box->objectName() == u"deletePlainBackups"_s;
                    QVERIFY(box->informativeText().contains(u"SSD"_s));
                    for (QAbstractButton *button : box->buttons())
                        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                            button->click();
                });
                QTest::mouseClick(done, Qt::LeftButton);
            });
            ask->accept();
        });
        QTest::mouseClick(
            welcome->findChild<QPushButton *>(u"protectWithPassphrase"_s), Qt::LeftButton);
        QTRY_VERIFY(backupsOffered);
        QVERIFY(keyShown);
        QCOMPARE(m_fake->passphrase, u"river stone"_s);
        QVERIFY(windows.privacy()->isEncrypted());
        QVERIFY(m_fake->plainBackups().isEmpty());
        QTRY_VERIFY(windows.mainWindow()->findChild<QAction *>(u"actionLock"_s)->isEnabled());
        windows.mainWindow()->close();
    }

    void sampleJournalIsNeverOfferedEncryption()
    {
        CommandLineOptions options;
        options.demo = true;
        options.demoDays = 2;
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Plain);
        QVERIFY(windows.start());
        MainWindow *window = windows.mainWindow();
        QVERIFY(window);
        QTest::qWait(50);
        QVERIFY(!shownWindow<WelcomeDialog>());
        bool hadPrivacyPage = true;
        whenShown<PreferencesDialog>([&](PreferencesDialog *dialog) {
            hadPrivacyPage = dialog->findChild<QWidget *>(u"privacyPreferences"_s) != nullptr;
            dialog->reject();
        });
        window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        QVERIFY(!hadPrivacyPage);
        QVERIFY(!window->findChild<QAction *>(u"actionLock"_s)->isEnabled());
        window->close();
    }

    void privacyPageKeepsTheLockSettings()
    {
        const QTemporaryDir dir;
        makeJournal(dir.path(), u"x"_s);
        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        useFake(windows, JournalEncryption::State::Unlocked);
        QVERIFY(windows.start());
        MainWindow *window = windows.mainWindow();
        whenShown<PreferencesDialog>([&](PreferencesDialog *dialog) {
            QWidget *page = dialog->findChild<QWidget *>(u"privacyPreferences"_s);
            QVERIFY(page);
            QVERIFY(!page->findChild<QPushButton *>(u"turnOnEncryption"_s)->isVisibleTo(page));
            QVERIFY(page->findChild<QPushButton *>(u"turnOffEncryption"_s)->isVisibleTo(page));
            auto *idle = page->findChild<QSpinBox *>(u"idleMinutes"_s);
            QCOMPARE(idle->value(), JournalPrivacy::DefaultIdleMinutes);
            idle->setValue(12);
            page->findChild<QCheckBox *>(u"lockOnSystemLock"_s)->setChecked(false);
            dialog->accept();
        });
        window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        QCOMPARE(windows.privacy()->idleMinutes(), 12);
        QVERIFY(!windows.privacy()->locksOnSystemLock());
        window->close();
    }

    void realEncryptedJournalEndToEnd()
    {
        JournalEncryption::useMinimumKdfCost(true);
        const QTemporaryDir dir;
        const QString marker = u"Quokka-e2e-marker"_s;
        const QString passphrase = u"open sesame, slowly"_s;
        {
            auto journal = Journal::open(dir.path());
            QVERIFY(journal);
            QVERIFY((*journal)->entries().create(Step::Acknowledge, { u"Title"_s, marker, {} }));
            QVERIFY((*journal)->encryption().turnOn(passphrase));
        }
        const QString file = dir.filePath(Journal::DatabaseFileName);
        const QByteArray before = bytesOf(file);
        QVERIFY(!before.contains(marker.toUtf8()));

        CommandLineOptions options;
        options.dataDir = dir.path();
        JournalWindows windows(options);
        QVERIFY(windows.start());
        QVERIFY(windows.unlockWindow() && windows.unlockWindow()->isVisible());
        QVERIFY(!windows.mainWindow());
        QVERIFY(!anyStepTabs());
        auto *field = windows.unlockWindow()->findChild<QLineEdit *>(u"passphraseField"_s);
        QTest::keyClicks(field, u"open sesame, quickly"_s);
        QTest::keyClick(field, Qt::Key_Return);
        auto *message = windows.unlockWindow()->findChild<InlineMessage *>(u"unlockMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!windows.mainWindow());
        QCOMPARE(bytesOf(file), before);

        field->clear();
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(windows.mainWindow() && windows.mainWindow()->isVisible(), 20000);
        auto *body = windows.mainWindow()->page(0)->findChild<QTextEdit *>(u"entryBody"_s);
        QCOMPARE(body->toPlainText(), marker);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" kept"_s);

        windows.lock();
        QTRY_VERIFY(!windows.mainWindow());
        QVERIFY(windows.privacy()->isLocked());
        QVERIFY(!anyStepTabs());
        field = windows.unlockWindow()->findChild<QLineEdit *>(u"passphraseField"_s);
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        // The unlock screen goes away once the journal opens: watch its message safely.
        const QPointer<InlineMessage> failed
            = windows.unlockWindow()->findChild<InlineMessage *>(u"unlockMessage"_s);
        QVERIFY(failed);
        QTRY_VERIFY_WITH_TIMEOUT(windows.mainWindow() || (failed && failed->isVisible()), 20000);
        QVERIFY2(!failed || !failed->isVisible(), qPrintable(failed ? failed->text() : QString()));
        QTRY_VERIFY(windows.mainWindow() && windows.mainWindow()->isVisible());
        body = windows.mainWindow()->page(0)->findChild<QTextEdit *>(u"entryBody"_s);
        QCOMPARE(body->toPlainText(), marker + u" kept"_s);
        windows.mainWindow()->close();
        JournalEncryption::useMinimumKdfCost(false);
    }

    void recoveryKeyPrintsToPdf()
    {
        RecoveryKeyDialog dialog(FakeJournalEncryption::sampleRecoveryKey());
        const QString lines = dialog.findChild<QLabel *>(u"recoveryKeyText"_s)->text();
        QCOMPARE(lines.count(u'\n'), 2);
        QCOMPARE(lines.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size(), 11);
        QVERIFY(!lines.contains(u'-'));
        const QTemporaryDir dir;
        const QString pdf = dir.filePath(u"key.pdf"_s);
        QVERIFY(dialog.saveAsPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 500);
        QVERIFY(file.read(5).startsWith("%PDF-"));
        // A folder that does not exist: a message, no crash.
        QVERIFY(!dialog.saveAsPdf(dir.filePath(u"missing/key.pdf"_s)));
        QVERIFY(dialog.findChild<InlineMessage *>(u"recoveryKeyMessage"_s)->isVisibleTo(&dialog));
    }

    void settingsHoldNoJournalText()
    {
        const QString marker = u"Zebrafinch-7f3a-marker"_s;
        {
            const QTemporaryDir dir;
            makeJournal(dir.path(), u"start"_s);
            CommandLineOptions options;
            options.dataDir = dir.path();
            JournalWindows windows(options);
            useFake(windows, JournalEncryption::State::Unlocked);
            QVERIFY(windows.start());
            MainWindow *window = windows.mainWindow();
            QVERIFY(QTest::qWaitForWindowActive(window));
            auto *body = window->currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
            body->setFocus();
            QTest::keyClicks(body, marker);
            window->searchBar()->activate();
            QTest::keyClicks(QApplication::focusWidget(), marker);
            QTest::qWait(100);
            windows.lock();
            QTRY_VERIFY(!windows.mainWindow());
            auto *field = windows.unlockWindow()->findChild<QLineEdit *>(u"passphraseField"_s);
            QTest::keyClicks(field, m_fake->passphrase);
            QTest::keyClick(field, Qt::Key_Return);
            QTRY_VERIFY(windows.mainWindow());
            QVERIFY(windows.mainWindow()->close());
        }
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("geometry"));
        QVERIFY(!bytes.contains(marker.toUtf8()));
        const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()),
            marker.size() * qsizetype(sizeof(char16_t)));
        QVERIFY(!bytes.contains(utf16));
        // QSettings writes non-ASCII text escaped: the marker's middle part is ASCII anyway.
        QVERIFY(!bytes.contains("Zebrafinch"));
    }
};

QTEST_MAIN(tst_PrivacyWindows)
#include "tst_privacywindows.moc"
