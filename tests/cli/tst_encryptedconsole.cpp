// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

/// Issue #10's "Checked by", from outside: the built `rekindle` run as a child process (without
/// a terminal, so every passphrase comes from a file) on a journal that is imported, encrypted,
/// exported, refused with wrong passphrases and decrypted again, with every file of its data
/// folder searched for the text and hashed around every refusal.
class tst_EncryptedConsole : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_work;
    QString m_data;
    QString m_home;

    static inline const QString Marker = u"Zephyrine-marker-4417 ünïcødé"_s;

    Run rekindle(const QStringList &arguments, const QString &dataDir = {}) const
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The settings and anything else a run writes stay in the test's own folders.
        environment.insert(u"HOME"_s, m_home);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, m_home + u"/cache"_s);
        child.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
        // No controlling terminal, as in CI: a command that would ask on one must say so and
        // fail instead of waiting for a person.
        child.setChildProcessModifier([] { ::setsid(); });
#endif
        child.start(QStringLiteral(REKINDLE_EXECUTABLE),
            QStringList { u"--data-dir"_s, dataDir.isEmpty() ? m_data : dataDir } + arguments);
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
        }
        Run run;
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.out = QString::fromUtf8(child.readAllStandardOutput());
        run.err = QString::fromUtf8(child.readAllStandardError());
        return run;
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QString path = m_work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// The files under `folder` that hold the marker, in UTF-8 or UTF-16LE.
    static QStringList holdingMarker(const QString &folder)
    {
        const QByteArray utf8 = u"Zephyrine-marker-4417"_s.toUtf8();
        const QString plain = u"Zephyrine-marker-4417"_s;
        const QByteArray utf16(reinterpret_cast<const char *>(plain.utf16()), plain.size() * 2);
        QStringList found;
        QDirIterator it(
            folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = read(path);
            if (bytes.contains(utf8) || bytes.contains(utf16))
                found << path;
        }
        return found;
    }

    /// Every file under `folder` with the hash of its bytes.
    static QMap<QString, QByteArray> hashes(const QString &folder)
    {
        QMap<QString, QByteArray> all;
        QDirIterator it(
            folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            all.insert(path, QCryptographicHash::hash(read(path), QCryptographicHash::Sha256));
        }
        return all;
    }

    static QByteArray markerExport()
    {
        QByteArray json = read(QStringLiteral(REKINDLE_TEST_DATA_DIR "/valid-minimal.json"));
        json.replace("A quiet evening", (Marker + u" in a title"_s).toUtf8());
        json.replace("I wrote for a while.", (u"The body holds "_s + Marker).toUtf8());
        return json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_data = m_work.filePath(u"journal"_s);
        m_home = m_work.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QFile::exists(QStringLiteral(REKINDLE_EXECUTABLE)));
    }

    void encryptHidesTheMarkerAndDecryptBringsItBack()
    {
        const QString passphrase = write(u"passphrase.txt"_s, "correct horse battery staple\n");
        const QString wrong = write(u"wrong.txt"_s, "correct horse battery stable\n");

        const QString source = write(u"marker.json"_s, markerExport());
        Run run = rekindle({ u"--import"_s, source });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!holdingMarker(m_data).isEmpty(), "the marker is not in the plain journal");

        run = rekindle({ u"--encrypt"_s, u"--passphrase-file"_s, passphrase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"recovery key"_s, Qt::CaseInsensitive));
        QVERIFY(run.err.contains(u"Encrypting"_s));
        // The passphrase itself is printed nowhere.
        QVERIFY(!run.out.contains(u"horse"_s) && !run.err.contains(u"horse"_s));
        const QStringList leaks = holdingMarker(m_data);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        QVERIFY(holdingMarker(m_home).isEmpty());

        // A second --encrypt is refused and changes nothing.
        const auto encrypted = hashes(m_data);
        run = rekindle({ u"--encrypt"_s, u"--passphrase-file"_s, passphrase });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(hashes(m_data), encrypted);

        // The plain export of an encrypted journal still holds it, after a warning.
        const QString plainExport = m_work.filePath(u"plain-export.json"_s);
        run = rekindle(
            { u"--export"_s, u"json"_s, plainExport, u"--passphrase-file"_s, passphrase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(u"--encrypt-export"_s));
        QVERIFY(read(plainExport).contains(Marker.toUtf8()));
        QVERIFY(holdingMarker(m_data).isEmpty());

        // A wrong passphrase, or none at all: a non-zero exit, every file unchanged.
        const auto before = hashes(m_data);
        const QString refusedExport = m_work.filePath(u"refused.json"_s);
        const QList<QStringList> refused {
            { u"--export"_s, u"json"_s, refusedExport, u"--passphrase-file"_s, wrong },
            { u"--check"_s, u"--passphrase-file"_s, wrong },
            { u"--backup"_s, m_work.filePath(u"copies"_s), u"--passphrase-file"_s, wrong },
            { u"--import"_s, source, u"--passphrase-file"_s, wrong },
            { u"--decrypt"_s, u"--yes"_s, u"--passphrase-file"_s, wrong }, { u"--check"_s },
            { u"--decrypt"_s, u"--passphrase-file"_s, passphrase }, // no terminal to confirm on
        };
        for (const QStringList &arguments : refused) {
            run = rekindle(arguments);
            QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ') + u": "_s + run.err));
            QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(arguments.join(u' ')));
            QCOMPARE(hashes(m_data), before);
        }
        QVERIFY(!QFile::exists(refusedExport));
        QVERIFY(!QDir(m_work.filePath(u"copies"_s)).exists()
            || QDir(m_work.filePath(u"copies"_s)).isEmpty());
        run = rekindle({ u"--check"_s });
        QVERIFY(run.err.contains(u"--passphrase-file"_s));

        // The right passphrase checks and backs up; the backup holds no marker either.
        run = rekindle({ u"--check"_s, u"--passphrase-file"_s, passphrase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = rekindle(
            { u"--backup"_s, m_work.filePath(u"copies"_s), u"--passphrase-file"_s, passphrase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(holdingMarker(m_work.filePath(u"copies"_s)).isEmpty());

        run = rekindle({ u"--decrypt"_s, u"--yes"_s, u"--passphrase-file"_s, passphrase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Plain again: no passphrase needed, and the text is back.
        run = rekindle({ u"--check"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString after = m_work.filePath(u"after-decrypt.json"_s);
        run = rekindle({ u"--export"_s, u"json"_s, after });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(read(after).contains(Marker.toUtf8()));
        QVERIFY(!holdingMarker(m_data).isEmpty());
    }

    void encryptedExportRoundTrip()
    {
        const QString passphrase
            = write(u"export-passphrase.txt"_s, "a passphrase 🙂 for the file\r\n");
        const QString wrong = write(u"export-wrong.txt"_s, "a passphrase for the file\n");
        const QString from = m_work.filePath(u"from"_s);
        const QString to = m_work.filePath(u"to"_s);
        Run run = rekindle({ u"--import"_s, write(u"marker2.json"_s, markerExport()) }, from);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString sealed = m_work.filePath(u"sealed.json"_s);
        run = rekindle({ u"--export"_s, u"json"_s, sealed, u"--encrypt-export"_s,
                           u"--export-passphrase-file"_s, passphrase },
            from);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = read(sealed);
        QVERIFY(bytes.startsWith("RKEX"));
        QVERIFY(holdingMarker(m_work.path()).filter(u"sealed"_s).isEmpty());

        // Into a new journal: a wrong passphrase, a changed byte, a file cut short or
        // lengthened are refused and write nothing.
        {
            const Run first = rekindle({ u"--check"_s }, to);
            QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        }
        const auto before = hashes(to);
        QByteArray changed = bytes;
        changed[bytes.size() / 2] = char(changed[bytes.size() / 2] ^ 0x20);
        const QList<QStringList> refused {
            { u"--import"_s, sealed, u"--export-passphrase-file"_s, wrong },
            { u"--import"_s, sealed, u"--export-passphrase-file"_s, wrong, u"--replace"_s },
            { u"--import"_s, sealed }, // no terminal to ask on
            { u"--import"_s, write(u"changed.json"_s, changed), u"--export-passphrase-file"_s,
                passphrase },
            { u"--import"_s, write(u"cut.json"_s, bytes.first(bytes.size() - 20)),
                u"--export-passphrase-file"_s, passphrase, u"--replace"_s },
            { u"--import"_s, write(u"longer.json"_s, bytes + QByteArray(17, 'x')),
                u"--export-passphrase-file"_s, passphrase },
        };
        for (const QStringList &arguments : refused) {
            run = rekindle(arguments, to);
            QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ') + u": "_s + run.err));
            QVERIFY(!run.err.trimmed().isEmpty());
            QCOMPARE(hashes(to), before);
        }

        run = rekindle({ u"--import"_s, sealed, u"--export-passphrase-file"_s, passphrase }, to);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString back = m_work.filePath(u"back.json"_s);
        run = rekindle({ u"--export"_s, u"json"_s, back }, to);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(read(back).contains(Marker.toUtf8()));
    }

    void passphraseOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("encrypt-export with csv")
            << QStringList { u"--export"_s, u"csv"_s, u"x.csv"_s, u"--encrypt-export"_s };
        QTest::newRow("yes without decrypt") << QStringList { u"--check"_s, u"--yes"_s };
        QTest::newRow("export passphrase without encrypt-export") << QStringList { u"--export"_s,
            u"json"_s, u"x.json"_s, u"--export-passphrase-file"_s, u"f"_s };
        QTest::newRow("passphrase file without a command")
            << QStringList { u"--passphrase-file"_s, u"f"_s };
        QTest::newRow("encrypt and decrypt") << QStringList { u"--encrypt"_s, u"--decrypt"_s };
        QTest::newRow("empty passphrase file name")
            << QStringList { u"--check"_s, u"--passphrase-file"_s, u""_s };
    }
    void passphraseOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        const Run run = rekindle(arguments, m_work.filePath(u"unused"_s));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QDir(m_work.filePath(u"unused"_s)).exists());
    }

    void emptyPassphraseFileIsRefused()
    {
        const QString folder = m_work.filePath(u"empty-passphrase"_s);
        const QString empty = write(u"empty.txt"_s, "\nsecond line\n");
        const Run run = rekindle({ u"--encrypt"_s, u"--passphrase-file"_s, empty }, folder);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"empty"_s));
        const Run check = rekindle({ u"--check"_s }, folder);
        QCOMPARE(check.exitCode, 0); // still plain: no passphrase asked
    }
};

QTEST_GUILESS_MAIN(tst_EncryptedConsole)
#include "tst_encryptedconsole.moc"
