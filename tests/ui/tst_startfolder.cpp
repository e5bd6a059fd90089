// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StartFolder.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// File choosers open where a person can go on from: never on a folder that is not there.
class tst_StartFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A home of our own, without user-dirs.dirs: Documents is $HOME/Documents.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void missingDocumentsFallsBackToHome()
    {
        QVERIFY(!QDir(m_home.filePath(u"Documents"_s)).exists());
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Import)), QDir(m_home.path()));
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Image)), QDir(m_home.path()));
    }

    void existingStandardFolderIsUsed()
    {
        QVERIFY(QDir(m_home.path()).mkpath(u"Documents"_s));
        QVERIFY(QDir(m_home.path()).mkpath(u"Pictures"_s));
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Export)),
            QDir(m_home.filePath(u"Documents"_s)));
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Image)),
            QDir(m_home.filePath(u"Pictures"_s)));
    }

    void theLastFolderIsRememberedPerPurpose()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        StartFolder::remember(StartFolder::Purpose::Import, elsewhere.filePath(u"old.json"_s));
        QCOMPARE(
            QDir(StartFolder::forPurpose(StartFolder::Purpose::Import)), QDir(elsewhere.path()));
        // Other choosers keep their own folder.
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Export)),
            QDir(m_home.filePath(u"Documents"_s)));
        // Only the folder is kept, never the file's name.
        QVERIFY(!QSettings().value(u"folders/import"_s).toString().contains(u"old.json"_s));
        StartFolder::remember(StartFolder::Purpose::Import, QString());
        QCOMPARE(
            QDir(StartFolder::forPurpose(StartFolder::Purpose::Import)), QDir(elsewhere.path()));
    }

    void aRememberedFolderThatWentAwayIsForgotten()
    {
        QString gone;
        {
            QTemporaryDir elsewhere;
            gone = elsewhere.path();
            StartFolder::remember(StartFolder::Purpose::Export, elsewhere.filePath(u"a.md"_s));
            QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Export)), QDir(gone));
        }
        QVERIFY(!QDir(gone).exists());
        QCOMPARE(QDir(StartFolder::forPurpose(StartFolder::Purpose::Export)),
            QDir(m_home.filePath(u"Documents"_s)));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(tst_StartFolder)
#include "tst_startfolder.moc"
