// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/JournalCheck.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalExport.h"
#include "support/TempJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// The committed encrypted journal: made once by this test's generator (see main), with a known
/// passphrase and recovery key, from the demo journal's content.
const QString FixtureDir = QStringLiteral(REKINDLE_TEST_DATA_DIR "/encrypted");
const QString Passphrase = u"fixture passphrase 1"_s;

/// Each kind's records in one fixed order: the export's order of a kind is not its content
/// (parts, for one, follow their keys since export streams), the records themselves are.
QJsonObject canonical(const QJsonObject &records)
{
    QJsonObject sorted;
    for (auto it = records.begin(); it != records.end(); ++it) {
        QList<QByteArray> texts;
        for (const auto &record : it.value().toArray())
            texts << QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact);
        std::sort(texts.begin(), texts.end());
        QJsonArray array;
        for (const QByteArray &text : std::as_const(texts))
            array.append(QJsonDocument::fromJson(text).object());
        sorted.insert(it.key(), array);
    }
    return sorted;
}

QJsonObject content(const Journal &journal)
{
    const auto document = JournalExport(journal).toJson();
    if (!document)
        return { { u"error"_s, document.error().message } };
    return { { u"records"_s, canonical(document->value(u"records"_s).toObject()) },
        { u"settings"_s, document->value(u"settings"_s) } };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/// Writes the fixture into `folder`: journal.sqlite3, recovery-key.txt and content.json (the
/// records and settings it holds, as JSON export writes them).
int generate(const QString &folder)
{
    JournalEncryption::useMinimumKdfCost(true);
    QTemporaryDir work;
    Test::FakeClock clock;
    QJsonObject expected;
    QString recovery;
    {
        auto journal = Journal::open(work.path(), clock);
        if (!journal || !DemoJournal::generate(**journal, { 6, 1.0, 7 }))
            return 1;
        expected = content(**journal);
        auto key = (*journal)->encryption().turnOn(Passphrase);
        if (!key)
            return 2;
        recovery = *key;
    }
    QFile::remove(folder + u"/journal.sqlite3"_s);
    if (!QFile::copy(work.path() + u"/journal.sqlite3"_s, folder + u"/journal.sqlite3"_s)
        || !writeFile(folder + u"/recovery-key.txt"_s, recovery.toUtf8() + '\n')
        || !writeFile(folder + u"/content.json"_s, QJsonDocument(expected).toJson()))
        return 3;
    return 0;
}

} // namespace

/// A journal encrypted by this version keeps opening, with its passphrase and its recovery
/// key, and reads back exactly what it held.
class tst_EncryptedFixture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void committedJournalOpens()
    {
        QJsonObject expected
            = QJsonDocument::fromJson(readFile(FixtureDir + u"/content.json"_s)).object();
        expected.insert(u"records"_s, canonical(expected.value(u"records"_s).toObject()));
        QVERIFY(expected.value(u"records"_s).toObject().size() > 10);
        const QString recovery
            = QString::fromUtf8(readFile(FixtureDir + u"/recovery-key.txt"_s)).trimmed();
        QVERIFY(!recovery.isEmpty());

        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(FixtureDir + u"/journal.sqlite3"_s, dir.path() + u"/journal.sqlite3"_s));
        QFile::setPermissions(
            dir.path() + u"/journal.sqlite3"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Test::FakeClock clock;
        auto journal = Journal::open(dir.path(), clock);
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        JournalEncryption &encryption = (*journal)->encryption();
        QCOMPARE(encryption.state(), JournalEncryption::State::Locked);
        QVERIFY(!encryption.unlockWithPassphrase(u"not it"_s));
        QVERIFY(encryption.unlockWithPassphrase(Passphrase));
        QCOMPARE(content(**journal), expected);
        QVERIFY2(JournalCheck::run(**journal).healthy(),
            qPrintable(JournalCheck::run(**journal).text()));
        encryption.lock();
        QVERIFY(encryption.unlockWithRecoveryKey(recovery));
        QCOMPARE(content(**journal), expected);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // tst_encryptedfixture --generate tests/data/encrypted: makes the fixture again (only when
    // its format is meant to change; a committed fixture is what older journals look like).
    if (argc == 3 && qstrcmp(argv[1], "--generate") == 0)
        return generate(QString::fromLocal8Bit(argv[2]));
    tst_EncryptedFixture test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_encryptedfixture.moc"
