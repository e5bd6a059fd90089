// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Wellbeing.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_Wellbeing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void veryLowMood_data()
    {
        QTest::addColumn<int>("mood");
        QTest::addColumn<bool>("low");
        QTest::newRow("0 is no mood") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("2") << 2 << true;
        QTest::newRow("3") << 3 << false;
        QTest::newRow("10") << 10 << false;
        QTest::newRow("out of range") << -1 << false;
    }
    void veryLowMood()
    {
        QFETCH(int, mood);
        QFETCH(bool, low);
        QCOMPARE(Wellbeing::isVeryLowMood(mood), low);
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("ordinary day") << u"Went for a walk, felt a bit better."_s << false;
        QTest::newRow("en phrase") << u"Some nights I want to die."_s << true;
        QTest::newRow("en capitals") << u"I keep thinking about SUICIDE"_s << true;
        QTest::newRow("en typographic apostrophe")
            << u"I don\u2019t want to live like this"_s << true;
        QTest::newRow("en across a line break") << u"I could kill\nmyself"_s << true;
        QTest::newRow("en hyphen") << u"Self-harm again last night."_s << true;
        QTest::newRow("en part of a longer word") << u"a suicides-prevention leaflet"_s << false;
        QTest::newRow("en idiom is not matched") << u"That joke killed me"_s << false;
        QTest::newRow("de") << u"Ich will nicht mehr leben."_s << true;
        QTest::newRow("de capitals") << u"Gedanken an Selbstmord"_s << true;
        QTest::newRow("de ordinary") << u"Ich bringe den Müll raus."_s << false;
        QTest::newRow("fr") << u"J'ai envie de mourir ce soir."_s << true;
        QTest::newRow("fr accent") << u"Je veux mettre fin à mes jours"_s << true;
        QTest::newRow("fr idiom") << u"On était morts de rire"_s << false;
    }
    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(Wellbeing::mentionsSelfHarm(text), found);
    }

    void everyPhraseOfEveryLanguageIsFound()
    {
        QVERIFY(Wellbeing::languages().contains(u"en"_s));
        QVERIFY(Wellbeing::languages().contains(u"de"_s));
        QVERIFY(Wellbeing::languages().contains(u"fr"_s));
        for (const QString &language : Wellbeing::languages()) {
            const QStringList phrases = Wellbeing::phrases(language);
            QVERIFY(!phrases.isEmpty());
            for (const QString &phrase : phrases) {
                QCOMPARE(phrase, phrase.toLower());
                QVERIFY2(Wellbeing::mentionsSelfHarm(u"Today: "_s + phrase + u"."_s),
                    qPrintable(phrase));
            }
        }
        QVERIFY(Wellbeing::phrases(u"xx"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Wellbeing)
#include "tst_wellbeing.moc"
