// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SupportServices.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SupportServices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCountryHasAnEmergencyNumberFirst()
    {
        const QStringList countries = SupportServices::countries();
        QVERIFY(countries.size() >= 8);
        for (const QString &code : countries) {
            QCOMPARE(code.size(), 2);
            QVERIFY2(SupportServices::countryName(code) != code, qPrintable(code));
            const auto services = SupportServices::services(code);
            QVERIFY(!services.isEmpty());
            QCOMPARE(services.first().kind, SupportService::Kind::Emergency);
            for (const SupportService &s : services) {
                QVERIFY(!s.organisation.isEmpty());
                QVERIFY(!s.purpose.isEmpty());
                QVERIFY(!s.number.isEmpty());
                for (const QChar c : s.number)
                    QVERIFY2(c.isDigit() || c == u' ' || c == u'-', qPrintable(s.number));
            }
        }
        QVERIFY(SupportServices::services(u"ZZ"_s).isEmpty());
        QVERIFY(!SupportServices::fallbackAdvice().isEmpty());
    }

    void wellKnownNumbers_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("organisation");
        QTest::newRow("US emergency") << u"US"_s << u"911"_s << u"Emergency services"_s;
        QTest::newRow("US 988") << u"US"_s << u"988"_s << u"988 Suicide & Crisis Lifeline"_s;
        QTest::newRow("US domestic violence")
            << u"US"_s << u"1-800-799-7233"_s << u"National Domestic Violence Hotline"_s;
        QTest::newRow("UK Samaritans") << u"GB"_s << u"116 123"_s << u"Samaritans"_s;
        QTest::newRow("UK Refuge")
            << u"GB"_s << u"0808 2000 247"_s << u"National Domestic Abuse Helpline (Refuge)"_s;
        QTest::newRow("DE Telefonseelsorge")
            << u"DE"_s << u"0800 111 0 111"_s << u"TelefonSeelsorge"_s;
        QTest::newRow("DE Hilfetelefon")
            << u"DE"_s << u"116 016"_s << u"Hilfetelefon Gewalt gegen Frauen"_s;
        QTest::newRow("FR 3919") << u"FR"_s << u"3919"_s << u"Violences Femmes Info"_s;
        QTest::newRow("AU") << u"AU"_s << u"000"_s << u"Emergency services"_s;
        QTest::newRow("ES emergency") << u"ES"_s << u"112"_s << u"Emergency services"_s;
        QTest::newRow("ES 024") << u"ES"_s << u"024"_s
                                << u"Línea 024 de atención a la conducta suicida"_s;
        QTest::newRow("ES 016") << u"ES"_s << u"016"_s << u"016"_s;
        QTest::newRow("BR police") << u"BR"_s << u"190"_s << u"Police"_s;
        QTest::newRow("BR SAMU") << u"BR"_s << u"192"_s << u"SAMU"_s;
        QTest::newRow("BR CVV") << u"BR"_s << u"188"_s << u"CVV – Centro de Valorização da Vida"_s;
        QTest::newRow("BR 180") << u"BR"_s << u"180"_s << u"Central de Atendimento à Mulher"_s;
    }
    void wellKnownNumbers()
    {
        QFETCH(QString, country);
        QFETCH(QString, number);
        QFETCH(QString, organisation);
        bool found = false;
        for (const SupportService &s : SupportServices::services(country))
            found = found || (s.number == number && s.organisation == organisation);
        QVERIFY(found);
    }

    void countryNamesGoThroughTheTranslator()
    {
        // A translator that marks every text of the support services: the names are looked
        // up through tr(), so lupdate sees them and a translation shows.
        class Marking final : public QTranslator {
        public:
            QString translate(
                const char *context, const char *source, const char *, int) const override
            {
                return QLatin1StringView(context) == QLatin1StringView("Rekindle::SupportServices")
                    ? u"[%1]"_s.arg(QString::fromUtf8(source))
                    : QString();
            }
            bool isEmpty() const override { return false; }
        } marking;
        QCOMPARE(SupportServices::countryName(u"DE"_s), u"Germany"_s);
        QCOMPARE(SupportServices::countryName(u"GB"_s), u"United Kingdom"_s);
        QVERIFY(QCoreApplication::installTranslator(&marking));
        for (const QString &code : SupportServices::countries()) {
            const QString name = SupportServices::countryName(code);
            QVERIFY2(name.startsWith(u'[') && name.size() > 4, qPrintable(code));
        }
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QCOMPARE(SupportServices::countryName(u"XX"_s), u"XX"_s);
    }

    void countryFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("country");
        QTest::newRow("de_DE") << u"de_DE"_s << u"DE"_s;
        QTest::newRow("de_AT") << u"de_AT"_s << u"AT"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"GB"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"US"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"FR"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << u"ES"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"BR"_s;
        QTest::newRow("no services known") << u"ja_JP"_s << u""_s;
        QTest::newRow("C") << u"C"_s << u""_s;
    }
    void countryFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, country);
        QCOMPARE(SupportServices::countryForLocale(locale), country);
    }
};

QTEST_GUILESS_MAIN(tst_SupportServices)
#include "tst_supportservices.moc"
