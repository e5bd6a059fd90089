// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalExport.h"
#include "storage/JournalRecovery.h"
#include "support/FakeClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const QString FirstPassphrase = u"old passphrase"_s;

/// The passphrase after `current` in the child's loop of changes.
QString nextPassphrase(const QString &current)
{
    return current == u"p0"_s || current == FirstPassphrase ? u"p1"_s : u"p0"_s;
}

/// The child: turns encryption on (printing "recovery <key>" once it returned), then changes
/// the passphrase in a loop, printing "pass <passphrase>" after each change returned.
int encryptAndChange(const QString &directory)
{
    JournalEncryption::useMinimumKdfCost(true);
    auto journal = Journal::open(directory);
    if (!journal) {
        std::printf("open-failed %s\n", qUtf8Printable(journal.error().message));
        std::fflush(stdout);
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    auto recovery = (*journal)->encryption().turnOn(FirstPassphrase);
    if (!recovery)
        return 2;
    std::printf("recovery %s\n", qUtf8Printable(*recovery));
    std::fflush(stdout);
    QString current = FirstPassphrase;
    for (;;) {
        const QString next = nextPassphrase(current);
        if (!(*journal)->encryption().changePassphrase(current, next))
            return 3;
        current = next;
        std::printf("pass %s\n", qUtf8Printable(current));
        std::fflush(stdout);
    }
}

/// The journal's content as its codec reads it.
QJsonObject content(const Journal &journal)
{
    const auto document = JournalExport(journal).toJson();
    if (!document)
        return { { u"error"_s, document.error().message } };
    return { { u"records"_s, document->value(u"records"_s) },
        { u"settings"_s, document->value(u"settings"_s) } };
}

bool copyJournal(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QFile::remove(to + u'/' + Journal::DatabaseFileName);
    return QFile::copy(
        from + u'/' + Journal::DatabaseFileName, to + u'/' + Journal::DatabaseFileName);
}

} // namespace

/// kill -9 while encryption is being turned on and while the passphrase is being changed: the
/// journal always opens, plain with all its text, or encrypted with the old or the new
/// passphrase (and the recovery key once it was shown) with all its text.
class tst_KillEncrypt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedEncryptionLosesNothing()
    {
        JournalEncryption::useMinimumKdfCost(true);
        const int kills = qEnvironmentVariableIntValue("REKINDLE_FAULT_KILLS") > 0
            ? qEnvironmentVariableIntValue("REKINDLE_FAULT_KILLS")
            : 12;
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString templateDir = dir.path() + u"/template"_s;
        QJsonObject expected;
        {
            Test::FakeClock clock;
            auto journal = Journal::open(templateDir, clock);
            QVERIFY(journal);
            QVERIFY(DemoJournal::generate(**journal, { 30, 1.0, 3 }));
            expected = content(**journal);
            QVERIFY(!expected.contains(u"error"_s));
        }
        auto *random = QRandomGenerator::global();
        int plain = 0;
        int encrypted = 0;
        int changes = 0;
        for (int k = 0; k < kills; ++k) {
            const QString run = dir.path() + u"/run%1"_s.arg(k);
            QVERIFY(copyJournal(templateDir, run));
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), { u"--child"_s, run });
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(10000), "the child did not open the journal");
            // From the middle of turning on to a few passphrase changes later.
            QTest::qWait(int(random->bounded(5, 2500)));
            child.kill();
            QVERIFY(child.waitForFinished());
            QString recovery;
            QString passphrase;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QByteArray &line = lines.at(i);
                if (line.startsWith("recovery "))
                    recovery = QString::fromUtf8(line.mid(9));
                else if (line.startsWith("pass "))
                    passphrase = QString::fromUtf8(line.mid(5));
                else
                    QVERIFY2(line == "ready", line.constData());
            }

            auto journal = Journal::open(run);
            QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
            QVERIFY(JournalRecovery::fullCheck((*journal)->filePath()).whole());
            JournalEncryption &encryption = (*journal)->encryption();
            if (encryption.state() == JournalEncryption::State::Plain) {
                // Killed before turning on committed: as it was.
                QVERIFY(recovery.isEmpty());
                ++plain;
            } else {
                QCOMPARE(encryption.state(), JournalEncryption::State::Locked);
                // The last acknowledged passphrase, or the one its change was writing.
                const QString acknowledged = passphrase.isEmpty() ? FirstPassphrase : passphrase;
                const bool opened = encryption.unlockWithPassphrase(acknowledged).ok()
                    || encryption.unlockWithPassphrase(nextPassphrase(acknowledged)).ok();
                QVERIFY2(opened, qPrintable(acknowledged));
                if (!recovery.isEmpty()) {
                    encryption.lock();
                    QVERIFY(encryption.unlockWithRecoveryKey(recovery));
                }
                ++encrypted;
                if (!passphrase.isEmpty())
                    ++changes;
            }
            QCOMPARE(content(**journal), expected);
        }
        std::printf("kill -9 during encryption: %d kills, %d plain, %d encrypted (%d after "
                    "passphrase changes)\n",
            kills, plain, encrypted, changes);
        QVERIFY(encrypted > 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return encryptAndChange(QString::fromLocal8Bit(argv[2]));
    tst_KillEncrypt test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killencrypt.moc"
