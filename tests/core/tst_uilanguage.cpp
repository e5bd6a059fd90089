// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/UiLanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The interface language: which languages are shipped, which one the system's list or the
/// stored choice picks, and that the formats follow it (no German words beside English dates).
class tst_UiLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_uilanguage"_s);
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    void shippedListsTheTranslationFilesAndEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : { u"rekindle_it.qm"_s, u"rekindle_de.qm"_s,
                 u"rekindle_pt_BR.qm"_s, u"qt_fr.qm"_s, u"rekindle_de.ts"_s }) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(UiLanguage::shipped(dir.path()),
            QStringList({ u"de"_s, u"en"_s, u"it"_s, u"pt_BR"_s }));
        QCOMPARE(UiLanguage::shipped(dir.filePath(u"missing"_s)), QStringList { u"en"_s });
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("choice wins") << u"it"_s << QStringList { u"de-DE"_s } << u"it"_s;
        QTest::newRow("choice not shipped, system's then")
            << u"ja"_s << QStringList { u"de-DE"_s } << u"de"_s;
        QTest::newRow("region falls back to the language")
            << QString() << QStringList { u"de-CH"_s, u"de"_s } << u"de"_s;
        QTest::newRow("first shipped in the list")
            << QString() << QStringList { u"ja-JP"_s, u"it-IT"_s, u"de"_s } << u"it"_s;
        QTest::newRow("exact region") << QString() << QStringList { u"pt-BR"_s } << u"pt_BR"_s;
        QTest::newRow("language finds its regional file")
            << QString() << QStringList { u"pt"_s } << u"pt_BR"_s;
        QTest::newRow("English in the list")
            << QString() << QStringList { u"en-GB"_s, u"de"_s } << u"en"_s;
        QTest::newRow("nothing shipped") << QString() << QStringList { u"ja"_s } << u"en"_s;
        QTest::newRow("C locale") << QString() << QStringList { u"C"_s } << u"en"_s;
        QTest::newRow("empty list") << QString() << none << u"en"_s;
    }

    void resolve()
    {
        QFETCH(QString, chosen);
        QFETCH(QStringList, preferred);
        QFETCH(QString, expected);
        const QStringList shipped { u"de"_s, u"en"_s, u"it"_s, u"pt_BR"_s };
        QCOMPARE(UiLanguage::resolve(chosen, preferred, shipped), expected);
    }

    void formatsFollowTheLanguage()
    {
        // LANGUAGE=de alone, with English formats from LC_TIME: German dates.
        QLocale::setDefault(UiLanguage::formatLocale(u"de"_s, QLocale(u"en_US"_s)));
        const QDate friday(2026, 10, 30);
        QCOMPARE(QLocale().toString(friday, QLocale::LongFormat), u"Freitag, 30. Oktober 2026"_s);
        QCOMPARE(QLocale().dayName(friday.dayOfWeek()), u"Freitag"_s);
        QCOMPARE(QLocale().firstDayOfWeek(), Qt::Monday);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

        // A system that already speaks the language keeps its region's formats.
        const QLocale swiss(u"de_CH"_s);
        QCOMPARE(UiLanguage::formatLocale(u"de"_s, swiss), swiss);
        QLocale::setDefault(UiLanguage::formatLocale(u"fr"_s, QLocale(u"en_US"_s)));
        QCOMPARE(QLocale().toString(friday, QLocale::LongFormat), u"vendredi 30 octobre 2026"_s);
        QLocale::setDefault(UiLanguage::formatLocale(u"en"_s, QLocale(u"en_US"_s)));
        QCOMPARE(QLocale().firstDayOfWeek(), Qt::Sunday);

        // The C locale (LC_ALL=C) has no formats to keep: no seconds in a time.
        QLocale::setDefault(UiLanguage::formatLocale(u"en"_s, QLocale::c()));
        QCOMPARE(QLocale().toString(QTime(9, 5), QLocale::ShortFormat), u"9:05 AM"_s);
        QLocale::setDefault(UiLanguage::formatLocale(u"de"_s, QLocale::c()));
        QCOMPARE(QLocale().toString(QTime(9, 5), QLocale::ShortFormat), u"09:05"_s);
    }

    void nativeNames()
    {
        QCOMPARE(UiLanguage::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(UiLanguage::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(UiLanguage::nativeName(u"it"_s), u"Italiano"_s);
        QCOMPARE(UiLanguage::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(UiLanguage::nativeName(u"pt_BR"_s), u"Português (Brasil)"_s);
    }

    void choiceIsStored()
    {
        QCOMPARE(UiLanguage::chosen(), QString());
        UiLanguage::choose(u"it"_s);
        QCOMPARE(UiLanguage::chosen(), u"it"_s);
        UiLanguage::choose(QString());
        QCOMPARE(UiLanguage::chosen(), QString());
        QVERIFY(!QSettings().contains(u"interface/language"_s));
    }
};

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
