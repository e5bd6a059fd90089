// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Emotions.h"
#include "core/MoodCheckIn.h"
#include "core/Reflection.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_Reflection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thoughtRecordRoundTrip()
    {
        ThoughtRecord r;
        r.situation = u"Saw their photo."_s;
        r.emotions = { { u"sad"_s, 80 }, { u"my own word"_s, 0 } };
        r.automaticThought = u"They forgot me."_s;
        r.evidenceFor = u"They look happy.\nSecond line."_s;
        r.evidenceAgainst = u"One moment."_s;
        r.balancedThought = u"I do not know."_s;
        r.emotionsAfter = { { u"sad"_s, 40 }, { u"my own word"_s, 100 } };
        QVERIFY(r.validate());
        QVERIFY(!r.isEmpty());
        const auto answers = r.toAnswers();
        QCOMPARE(answers.size(), 7);
        QCOMPARE(ThoughtRecord::fromAnswers(answers), r);
        QVERIFY(ThoughtRecord().isEmpty());
        QCOMPARE(ThoughtRecord::describeEmotions(r.emotions), u"sad 80, my own word 0"_s);
    }

    void thoughtRecordValidation_data()
    {
        QTest::addColumn<QString>("emotion");
        QTest::addColumn<int>("intensity");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << u"sad"_s << 0 << true;
        QTest::newRow("hundred") << u"sad"_s << 100 << true;
        QTest::newRow("below") << u"sad"_s << -1 << false;
        QTest::newRow("above") << u"sad"_s << 101 << false;
        QTest::newRow("unnamed") << u"  "_s << 50 << false;
    }

    void thoughtRecordValidation()
    {
        QFETCH(QString, emotion);
        QFETCH(int, intensity);
        QFETCH(bool, ok);
        ThoughtRecord before;
        before.emotions = { { emotion, intensity } };
        QCOMPARE(before.validate().ok(), ok);
        ThoughtRecord after;
        after.emotionsAfter = { { emotion, intensity } };
        QCOMPARE(after.validate().ok(), ok);
    }

    void decodeIgnoresGarbage()
    {
        const auto emotions = ThoughtRecord::decodeEmotions(u"x\tsad\n\n70\tcalm\nno tab\n5\t"_s);
        QCOMPARE(emotions.size(), 1);
        QCOMPARE(emotions.first(), (EmotionRating { u"calm"_s, 70 }));
    }

    void answersValidation()
    {
        QVERIFY(Reflection::validate({ { u"k"_s, u"q"_s, u"a"_s } }));
        QVERIFY(!Reflection::validate(
            { { u"k"_s, u"q"_s, QString(Reflection::MaxAnswerLength + 1, u'a') } }));
        QList<ReflectionAnswer> many(Reflection::MaxAnswers + 1);
        QVERIFY(!Reflection::validate(many));
    }

    void displayTitle()
    {
        QCOMPARE(Reflection::displayTitle(ReflectionKind::Guided, {}), u"Reflection"_s);
        QCOMPARE(Reflection::displayTitle(ReflectionKind::ThoughtRecord, u" Saw\n them "_s),
            u"Thought record: Saw them"_s);
        QVERIFY(Reflection::displayTitle(ReflectionKind::Guided, QString(200, u'a')).size() < 80);
    }

    void emotions()
    {
        const QStringList keys = Emotions::keys();
        QVERIFY(keys.size() >= 10);
        QVERIFY(keys.contains(u"calm"_s));
        QCOMPARE(Emotions::displayName(u"calm"_s), u"calm"_s);
        QCOMPARE(Emotions::displayName(u"wistful"_s), u"wistful"_s);
        QCOMPARE(Emotions::keyFor(u" Hopeful "_s), u"hopeful"_s);
        QCOMPARE(Emotions::keyFor(u"wistful"_s), u"wistful"_s);
    }

    void moodValidation_data()
    {
        QTest::addColumn<int>("mood");
        QTest::addColumn<QStringList>("emotions");
        QTest::addColumn<bool>("ok");
        QTest::newRow("low") << 1 << QStringList() << true;
        QTest::newRow("high") << 10 << QStringList { u"calm"_s } << true;
        QTest::newRow("zero") << 0 << QStringList() << false;
        QTest::newRow("eleven") << 11 << QStringList() << false;
        QTest::newRow("comma") << 5 << QStringList { u"a,b"_s } << false;
    }

    void moodValidation()
    {
        QFETCH(int, mood);
        QFETCH(QStringList, emotions);
        QFETCH(bool, ok);
        MoodCheckIn m;
        m.mood = mood;
        m.emotions = emotions;
        QCOMPARE(m.validate().isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(tst_Reflection)
#include "tst_reflection.moc"
