// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalRecovery.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// The child: saves entries in a loop, and prints "ack <text>" only after each save returned.
int saveInALoop(const QString &directory, const QString &run)
{
    auto journal = Journal::open(directory);
    if (!journal) {
        std::printf("open-failed %s\n", qUtf8Printable(journal.error().message));
        std::fflush(stdout);
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    qint64 edited = 0;
    for (int n = 0;; ++n) {
        const QString text = u"%1-%2"_s.arg(run).arg(n);
        // Alternate new entries and edits of the last one, the two ways typing is saved.
        if (n % 2 == 0 || edited == 0) {
            auto id = (*journal)->entries().create(Step::Acknowledge, { text, text, {} });
            if (!id)
                return 2;
            edited = *id;
        } else if (!(*journal)->entries().update(edited, { text, text, {} })) {
            return 2;
        }
        std::printf("ack %s %lld\n", qUtf8Printable(text), edited);
        std::fflush(stdout);
    }
}

} // namespace

/// kill -9 at random points of a process that saves in a loop: every save it acknowledged
/// is in the journal afterwards, and the journal passes SQLite's integrity check every time.
class tst_KillSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedSaverLosesNoAcknowledgedSave()
    {
        const int kills = qEnvironmentVariableIntValue("REKINDLE_FAULT_KILLS") > 0
            ? qEnvironmentVariableIntValue("REKINDLE_FAULT_KILLS")
            : 200;
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto *random = QRandomGenerator::global();
        qint64 acknowledged = 0;
        qint64 lost = 0;
        int integrityFailures = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                { u"--child"_s, dir.path(), u"r%1"_s.arg(k) });
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(10000), "the child did not open the journal");
            // Kill at a random point: from just after opening to well into the saving.
            QTest::qWait(int(random->bounded(1, 120)));
            child.kill();
            QVERIFY(child.waitForFinished());
            // What it acknowledged: whole lines only (a line cut by the kill was never read).
            QMap<qint64, QString> lastOf;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> parts = lines.at(i).split(' ');
                if (parts.size() == 3 && parts.at(0) == "ack")
                    lastOf.insert(parts.at(2).toLongLong(), QString::fromUtf8(parts.at(1)));
                else
                    QVERIFY2(parts.at(0) == "ready", lines.at(i).constData());
            }
            acknowledged += lastOf.size();

            auto journal = Journal::open(dir.path());
            QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
            if (!JournalRecovery::fullCheck((*journal)->filePath()).whole())
                ++integrityFailures;
            for (auto it = lastOf.cbegin(); it != lastOf.cend(); ++it) {
                auto entry = (*journal)->entries().entry(it.key());
                // A later save of the same entry may have landed after the last ack was read:
                // the text is then newer, never older.
                if (!entry || entry->body.section(u'-', 0, 0) != it.value().section(u'-', 0, 0)
                    || entry->body.section(u'-', 1).toInt() < it.value().section(u'-', 1).toInt())
                    ++lost;
            }
        }
        std::printf("kill -9: %d kills, %lld acknowledged saves checked, %lld lost, %d integrity "
                    "failures\n",
            kills, acknowledged, lost, integrityFailures);
        QCOMPARE(lost, qint64(0));
        QCOMPARE(integrityFailures, 0);
        QVERIFY(acknowledged > 0);
    }
};

int main(int argc, char *argv[])
{
    // An escaped exception (a Result read while it holds an error) fails the run with its
    // message, in the child as in the test.
    try {
        QCoreApplication app(argc, argv);
        if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
            return saveInALoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
        tst_KillSave test;
        return QTest::qExec(&test, argc, argv);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    } catch (...) {
        std::fprintf(stderr, "an unknown exception ended the run\n");
        return 1;
    }
}

#include "tst_killsave.moc"
