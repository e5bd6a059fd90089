// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PassphraseReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Passphrases on the console: the first line of a file, exactly, and the errors for every
/// file that holds no usable passphrase and for a console without a terminal.
class tst_PassphraseReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QByteArray &bytes)
    {
        static int count = 0;
        QString path = m_dir.filePath(u"passphrase-%1"_s.arg(++count));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        out.write(bytes);
        return path;
    }

private Q_SLOTS:
    void firstLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("line end") << QByteArray("secret\n") << u"secret"_s;
        QTest::newRow("windows line end") << QByteArray("secret\r\n") << u"secret"_s;
        QTest::newRow("no line end") << QByteArray("secret") << u"secret"_s;
        QTest::newRow("more lines") << QByteArray("first\nsecond\n") << u"first"_s;
        QTest::newRow("spaces kept") << QByteArray("  two words  \n") << u"  two words  "_s;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFsecret\n") << u"secret"_s;
        QTest::newRow("unicode") << QByteArray("Ça va 🙂 咖啡\n") << u"Ça va 🙂 咖啡"_s;
        QTest::newRow("longest") << QByteArray(PassphraseReader::MaxBytes, 'x') + '\n'
                                 << QString(PassphraseReader::MaxBytes, u'x');
    }
    void firstLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = file(bytes);
        auto read = PassphraseReader::readFile(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, expected);
        // Through the reader, once for a passphrase and once for a new one (never asked twice).
        QCOMPARE(*PassphraseReader(path).read(u"unused: "_s), expected);
        QCOMPARE(*PassphraseReader(path).readNew(u"unused: "_s, u"again: "_s), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty file") << QByteArray() << u"empty"_s;
        QTest::newRow("empty first line") << QByteArray("\nsecret\n") << u"empty"_s;
        QTest::newRow("only a windows line end") << QByteArray("\r\n") << u"empty"_s;
        QTest::newRow("too long") << QByteArray(PassphraseReader::MaxBytes + 1, 'x') + '\n'
                                  << u"too long"_s;
        QTest::newRow("too long, one line") << QByteArray(5000, 'x') << u"too long"_s;
        QTest::newRow("not utf-8") << QByteArray("caf\xE9\n") << u"UTF-8"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        auto read = PassphraseReader::readFile(file(bytes));
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(why), qPrintable(read.error().message));
    }

    void missingFile()
    {
        auto read = PassphraseReader(m_dir.filePath(u"none"_s)).read(u"unused: "_s);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"cannot be read"_s));
    }

    void noTerminal()
    {
        if (PassphraseReader::hasTerminal())
            QSKIP("run with a terminal: tst_encryptedconsole checks this without one");
        auto read = PassphraseReader({}, u"--export-passphrase-file"_s).read(u"unused: "_s);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"--export-passphrase-file"_s));
        QVERIFY(!PassphraseReader::confirm(u"Sure?"_s));
    }

    void wipe()
    {
        QString passphrase = u"secret"_s;
        QString copy = passphrase; // shares the characters until one of them writes
        PassphraseReader::wipe(passphrase);
        QVERIFY(passphrase.isEmpty());
        QCOMPARE(copy, u"secret"_s); // detached, not changed under the other owner
    }
};

QTEST_GUILESS_MAIN(tst_PassphraseReader)
#include "tst_passphrasereader.moc"
