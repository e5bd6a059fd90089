// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PrivateSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
mode_t modeOf(const QString &path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}
#endif

} // namespace

/// The settings file and its folder are owner-only whatever the umask, also after QSettings
/// rewrites the file, and a shared parent folder is never touched.
class tst_PrivateSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
#ifdef Q_OS_UNIX
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Rekindle"_s);
        QCoreApplication::setApplicationName(u"Rekindle"_s);
        m_previousUmask = ::umask(022);
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void cleanupTestCase()
    {
        ::umask(m_previousUmask);
    }

    void newSettingsAreOwnerOnlyAndStaySo()
    {
        QVERIFY(QFile::setPermissions(m_config.path(), QFileDevice::Permissions(0x7755)));
        const mode_t sharedBefore = modeOf(m_config.path());
        const QString path = QSettings().fileName();
        QVERIFY(path.startsWith(m_config.path()));
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE(QFileInfo(folder).fileName(), u"Rekindle"_s);

        PrivateSettings::prepare(path, QCoreApplication::organizationName());
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(m_config.path()), sharedBefore); // the shared parent is not ours

        {
            QSettings settings;
            settings.setValue(u"window/geometry"_s, QByteArray(64, 'x'));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(QSettings().value(u"window/geometry"_s).toByteArray(), QByteArray(64, 'x'));
    }

    void existingOpenSettingsAreClosed()
    {
        const QString path = QSettings().fileName();
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
        QCOMPARE(modeOf(path), mode_t(0644));

        PrivateSettings::prepare(path, QCoreApplication::organizationName());
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(QSettings().value(u"window/geometry"_s).toByteArray(), QByteArray(64, 'x'));
    }

    void aSharedFolderIsLeftAlone()
    {
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7755)));
        const QString path = shared.filePath(u"org.rekindle.Rekindle.plist"_s);
        PrivateSettings::prepare(path, u"Rekindle"_s);
        QCOMPARE(modeOf(shared.path()), mode_t(0755));
        QVERIFY(!QFile::exists(path)); // left for QSettings to create in its own format
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        PrivateSettings::prepare(path, u"Rekindle"_s);
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(shared.path()), mode_t(0755));
    }

private:
    QTemporaryDir m_config;
    mode_t m_previousUmask = 0;
#endif
};

QTEST_GUILESS_MAIN(tst_PrivateSettings)
#include "tst_privatesettings.moc"
