// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JournalPrivacy.h"
#include "support/FakeJournalEncryption.h"
#include "support/TempJournal.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Rekindle::Test;
using namespace Qt::StringLiterals;

/// JournalPrivacy over a fake encryption: unlocking off the GUI thread, the idle lock on the
/// fake clock, and the system's lock signals.
class tst_JournalPrivacy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wrongPassphraseFailsAndStaysLocked()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption;
        JournalPrivacy privacy(journal.journal(), encryption);
        QSignalSpy failed(&privacy, &JournalPrivacy::unlockFailed);
        QSignalSpy unlocked(&privacy, &JournalPrivacy::unlocked);
        privacy.unlockWithPassphrase(u"not it"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), u"That passphrase does not open this journal."_s);
        QCOMPARE(unlocked.size(), 0);
        QVERIFY(privacy.isLocked());
        QCOMPARE(encryption.unlockCount, 0);

        // An empty passphrase is answered at once, without an attempt.
        encryption.lastRunThread.storeRelease(nullptr);
        privacy.unlockWithPassphrase(QString());
        QCOMPARE(failed.size(), 2);
        QVERIFY(!failed.at(1).at(0).toString().isEmpty());
        QVERIFY(!privacy.isBusy());
        QCOMPARE(encryption.lastRunThread.loadAcquire(), nullptr);
    }

    void unlockRunsOffThreadAndFinishesOnGuiThread()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption;
        encryption.attemptDelayMs = 150;
        JournalPrivacy privacy(journal.journal(), encryption);
        QSignalSpy busy(&privacy, &JournalPrivacy::busyChanged);
        QSignalSpy progress(&privacy, &JournalPrivacy::searchIndexProgress);
        QThread *finishedOn = nullptr;
        connect(&privacy, &JournalPrivacy::unlocked, this,
            [&finishedOn] { finishedOn = QThread::currentThread(); });
        privacy.unlockWithPassphrase(encryption.passphrase);
        QVERIFY(privacy.isBusy());
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        // A second try while the first runs is ignored.
        privacy.unlockWithPassphrase(encryption.passphrase);
        QTRY_VERIFY(finishedOn != nullptr);
        QCOMPARE(finishedOn, QThread::currentThread());
        QVERIFY(encryption.lastRunThread.loadAcquire() != nullptr);
        QVERIFY(encryption.lastRunThread.loadAcquire() != QThread::currentThread());
        QCOMPARE(encryption.unlockCount, 1);
        QVERIFY(!privacy.isLocked());
        QVERIFY(!privacy.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(progress.size(), 2);
    }

    void passphraseWorkRunsOffThread()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Plain);
        encryption.attemptDelayMs = 50;
        JournalPrivacy privacy(journal.journal(), encryption);
        QSignalSpy working(&privacy, &JournalPrivacy::keyWorkChanged);
        QVERIFY(privacy.turnOn(u"first"_s));
        QVERIFY(encryption.lastRunThread.loadAcquire() != nullptr);
        QVERIFY(encryption.lastRunThread.loadAcquire() != QThread::currentThread());
        QCOMPARE(working.size(), 2);
        QVERIFY(!privacy.isBusy());

        encryption.lastRunThread.storeRelease(nullptr);
        QVERIFY(!privacy.changePassphrase(u"wrong"_s, u"second"_s));
        QCOMPARE(encryption.passphrase, u"first"_s);
        QVERIFY(privacy.changePassphrase(u"first"_s, u"second"_s));
        QCOMPARE(encryption.passphrase, u"second"_s);
        QVERIFY(encryption.lastRunThread.loadAcquire() != QThread::currentThread());
        QCOMPARE(working.size(), 6);
    }

    void recoveryKeyWithOrWithoutDashes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("opens");
        const QString key = FakeJournalEncryption::sampleRecoveryKey();
        QTest::newRow("grouped") << key << true;
        QTest::newRow("no dashes") << QString(key).remove(u'-') << true;
        QTest::newRow("spaces, lower case") << QString(key).replace(u'-', u' ').toLower() << true;
        QTest::newRow("one wrong") << QString(key).replace(0, 1, u"8"_s) << false;
    }

    void recoveryKeyWithOrWithoutDashes()
    {
        QFETCH(QString, typed);
        QFETCH(bool, opens);
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption;
        JournalPrivacy privacy(journal.journal(), encryption);
        QSignalSpy failed(&privacy, &JournalPrivacy::unlockFailed);
        QSignalSpy unlocked(&privacy, &JournalPrivacy::unlocked);
        privacy.unlockWithRecoveryKey(typed);
        QTRY_COMPARE(failed.size() + unlocked.size(), 1);
        QCOMPARE(unlocked.size(), opens ? 1 : 0);
        QCOMPARE(privacy.isLocked(), !opens);
    }

    void idleLockOnTheFakeClock()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        QCOMPARE(privacy.idleMinutes(), JournalPrivacy::DefaultIdleMinutes);
        QSignalSpy requested(&privacy, &JournalPrivacy::lockRequested);
        privacy.noteActivity();
        journal.clock().advanceSecs(4 * 60 + 59);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 0);
        journal.clock().advanceSecs(1);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 1);
        // Asking is all it does: the window saves and closes first, then calls lock().
        QCOMPARE(encryption.lockCount, 0);
        privacy.lock();
        QCOMPARE(encryption.lockCount, 1);
        QVERIFY(privacy.isLocked());
        // Locked: no more requests however long it stays idle.
        journal.clock().advanceSecs(3600);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 1);
    }

    void activityResetsTheIdleTime()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        QVERIFY(privacy.setIdleMinutes(2));
        QCOMPARE(privacy.idleMinutes(), 2);
        QObject target;
        privacy.watchActivity(&target);
        QSignalSpy requested(&privacy, &JournalPrivacy::lockRequested);
        privacy.noteActivity();
        for (int i = 0; i < 5; ++i) {
            journal.clock().advanceSecs(100);
            QEvent key(i % 2 ? QEvent::KeyPress : QEvent::MouseMove);
            QCoreApplication::sendEvent(&target, &key);
            privacy.checkIdle();
        }
        QCOMPARE(requested.size(), 0);
        journal.clock().advanceSecs(119);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 0);
        journal.clock().advanceSecs(1);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 1);
    }

    void idleTimerLooksAtTheClock()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        privacy.setCheckInterval(5);
        QSignalSpy requested(&privacy, &JournalPrivacy::lockRequested);
        QTest::qWait(30);
        QCOMPARE(requested.size(), 0);
        journal.clock().advanceSecs(5LL * 60);
        QTRY_VERIFY(!requested.isEmpty());
    }

    void zeroMinutesNeverLocksForIdleness()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        QVERIFY(privacy.setIdleMinutes(0));
        QVERIFY(!privacy.setIdleMinutes(-1));
        QVERIFY(!privacy.setIdleMinutes(JournalPrivacy::MaxIdleMinutes + 1));
        QCOMPARE(privacy.idleMinutes(), 0);
        QSignalSpy requested(&privacy, &JournalPrivacy::lockRequested);
        journal.clock().advanceDays(2);
        privacy.checkIdle();
        QCOMPARE(requested.size(), 0);
    }

    void sleepOrScreenLockAsksForALock()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        QVERIFY(privacy.locksOnSystemLock());
        QSignalSpy requested(&privacy, &JournalPrivacy::lockRequested);
        privacy.systemLocked();
        QCOMPARE(requested.size(), 1);
        QVERIFY(privacy.setLocksOnSystemLock(false));
        privacy.systemLocked();
        QCOMPARE(requested.size(), 1);
        // A plain journal has nothing to lock.
        FakeJournalEncryption plain(JournalEncryption::State::Plain);
        JournalPrivacy plainPrivacy(journal.journal(), plain);
        QSignalSpy plainRequested(&plainPrivacy, &JournalPrivacy::lockRequested);
        plainPrivacy.requestLock();
        plainPrivacy.systemLocked();
        QCOMPARE(plainRequested.size(), 0);
    }

    void turnOffChecksThePassphrase()
    {
        TempJournal journal;
        QVERIFY(journal.ok());
        FakeJournalEncryption encryption(JournalEncryption::State::Plain);
        JournalPrivacy privacy(journal.journal(), encryption);
        QVERIFY(!privacy.turnOn(QString()));
        QCOMPARE(encryption.state(), JournalEncryption::State::Plain);
        qint64 lastDone = -1;
        auto key = privacy.turnOn(u"a new one"_s, [&lastDone](qint64 done, qint64) {
            lastDone = done;
            return true;
        });
        QVERIFY(key);
        QCOMPARE(*key, FakeJournalEncryption::sampleRecoveryKey());
        QCOMPARE(lastDone, qint64(encryption.turnOnSteps));
        QVERIFY(privacy.isEncrypted());
        const Status wrong = privacy.turnOff(u"guess"_s);
        QVERIFY(!wrong);
        QVERIFY(!wrong.error().message.isEmpty());
        QVERIFY(privacy.isEncrypted());
        QVERIFY(privacy.turnOff(u"a new one"_s));
        QVERIFY(!privacy.isEncrypted());
    }

    void strengthHintIsGentleAndGrows()
    {
        QVERIFY(JournalPrivacy::strengthHint(QString()).isEmpty());
        const QString weak = JournalPrivacy::strengthHint(u"abc"_s);
        const QString fair = JournalPrivacy::strengthHint(u"sunny harbour"_s);
        const QString strong = JournalPrivacy::strengthHint(u"Quiet river, 7 paper lanterns"_s);
        QVERIFY(!weak.isEmpty());
        QVERIFY(weak != fair);
        QVERIFY(fair != strong);
        QVERIFY(weak != strong);
        // Repeating a character is not length.
        QCOMPARE(JournalPrivacy::strengthHint(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s), weak);
    }
};

QTEST_GUILESS_MAIN(tst_JournalPrivacy)
#include "tst_journalprivacy.moc"
