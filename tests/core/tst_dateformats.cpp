// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DateFormats.h"

#include <QDate>
#include <QRegularExpression>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// A month and a year as each locale writes them, taken from its own long date format.
class TestDateFormats : public QObject {
    Q_OBJECT

private slots:
    void monthYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("longText");
        QTest::addColumn<QString>("shortText");
        // Expected texts are QLocale's own month names; what is tested is the order and the
        // words around them, and that no day or weekday is left.
        const auto month = [&](const char *name, QLocale::FormatType type) {
            return QLocale(QString::fromLatin1(name)).monthName(3, type);
        };
        QTest::newRow("en_US") << u"en_US"_s << month("en_US", QLocale::LongFormat) + u" 2028"_s
                               << month("en_US", QLocale::ShortFormat) + u" 2028"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << month("de_DE", QLocale::LongFormat) + u" 2028"_s
                               << month("de_DE", QLocale::ShortFormat) + u" 2028"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << month("fr_FR", QLocale::LongFormat) + u" 2028"_s
                               << month("fr_FR", QLocale::ShortFormat) + u" 2028"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << month("es_ES", QLocale::LongFormat) + u" de 2028"_s
                               << month("es_ES", QLocale::ShortFormat) + u" de 2028"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << month("pt_BR", QLocale::LongFormat) + u" de 2028"_s
                               << month("pt_BR", QLocale::ShortFormat) + u" de 2028"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s << u"2028年3月"_s << u"2028年3月"_s;
    }
    void monthYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, longText);
        QFETCH(QString, shortText);
        const QLocale l(locale);
        const QDate march(2028, 3, 15);
        QCOMPARE(l.toString(march, DateFormats::monthYear(l)), longText);
        QCOMPARE(l.toString(march, DateFormats::monthYear(l, QLocale::ShortFormat)), shortText);
    }

    void monthYearTextNamesTheMonthOnItsOwn_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        // Languages whose month takes another form in a full date (genitive) than on its own.
        const auto alone = [](const char *name) {
            return QLocale(QString::fromLatin1(name)).standaloneMonthName(3);
        };
        QTest::newRow("pl_PL") << u"pl_PL"_s << alone("pl_PL") + u" 2028"_s;
        QTest::newRow("cs_CZ") << u"cs_CZ"_s << alone("cs_CZ") + u" 2028"_s;
        QTest::newRow("ru_RU") << u"ru_RU"_s << alone("ru_RU") + u" 2028 г."_s;
        QTest::newRow("uk_UA") << u"uk_UA"_s << alone("uk_UA") + u" 2028 р."_s;
        // ...and languages without the distinction read as monthYear() writes them.
        QTest::newRow("de_DE") << u"de_DE"_s << u"März 2028"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << alone("es_ES") + u" de 2028"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s << u"2028年3月"_s;
    }

    void monthYearTextNamesTheMonthOnItsOwn()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale l(locale);
        const QDate march(2028, 3, 15);
        QCOMPARE(DateFormats::monthYearText(l, march), expected);
        // Not the form a full date uses, where the language has two.
        if (l.monthName(3) != l.standaloneMonthName(3))
            QVERIFY(!DateFormats::monthYearText(l, march).contains(l.monthName(3)));
    }

    void neverADayOrAWeekday()
    {
        for (const QString &name : { u"en_US"_s, u"en_GB"_s, u"de_DE"_s, u"de_CH"_s, u"fr_FR"_s,
                 u"it_IT"_s, u"es_ES"_s, u"pt_BR"_s, u"nl_NL"_s, u"sv_SE"_s, u"pl_PL"_s, u"ru_RU"_s,
                 u"ko_KR"_s, u"zh_CN"_s, u"ar_EG"_s, u"he_IL"_s, u"C"_s }) {
            const QLocale locale(name);
            for (const auto type : { QLocale::LongFormat, QLocale::ShortFormat }) {
                const QString format = DateFormats::monthYear(locale, type);
                // Pattern letters outside quoted text ('de' is a word, not a day).
                const QString fields = QString(format).remove(QRegularExpression(u"'[^']*'"_s));
                QVERIFY2(!fields.contains(u'd'), qPrintable(name + u": "_s + format));
                QVERIFY2(fields.contains(u'M') && fields.contains(u"yy"_s),
                    qPrintable(name + u": "_s + format));
                const QString text = locale.toString(QDate(2028, 3, 15), format);
                QVERIFY2(!text.contains(u"15"_s), qPrintable(name + u": "_s + text));
                QVERIFY2(text == text.trimmed(), qPrintable(name + u": "_s + text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDateFormats)
#include "tst_dateformats.moc"
