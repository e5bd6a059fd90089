// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MessageCheck.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QString categoriesOf(const QList<MessageFinding> &findings)
{
    QStringList names;
    static const char *short_[] = { "heavy", "past", "blame", "pressure" };
    for (const MessageFinding &f : findings)
        if (f.kind == MessageFinding::Kind::Phrase)
            names << QString::fromLatin1(short_[int(f.category)]);
    return names.join(u',');
}

} // namespace

/// The message check on real-looking drafts: what must be flagged, what must not.
class tst_MessageCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drafts_data()
    {
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("expected"); // categories of phrase hits, in text order
        QTest::newRow("light opener") << u"Hi! I hope the new job is going well :)"_s << u""_s;
        QTest::newRow("positive update")
            << u"Finally finished the pottery course. The bowl even holds water."_s << u""_s;
        QTest::newRow("we need to talk") << u"Hey. We need to talk."_s << u"heavy"_s;
        QTest::newRow("shouting case") << u"WE NEED TO TALK"_s << u"heavy"_s;
        QTest::newRow("line break inside") << u"we need\nto   talk"_s << u"heavy"_s;
        QTest::newRow("relationship") << u"I keep thinking about our relationship."_s << u"heavy"_s;
        QTest::newRow("declaration longest wins") << u"I still love you"_s << u"heavy"_s;
        QTest::newRow("sweeping apology") << u"I'm so sorry for everything."_s << u"heavy"_s;
        QTest::newRow("curly apostrophe") << u"I\u2019m so sorry"_s << u"heavy"_s;
        QTest::newRow("apology prefix") << u"I want to apologise."_s << u"heavy"_s;
        QTest::newRow("remember when") << u"Remember when we went to Lisbon?"_s << u"past"_s;
        QTest::newRow("used to") << u"We used to laugh so much"_s << u"past"_s;
        QTest::newRow("the past") << u"Let's leave the past behind"_s << u"past"_s;
        QTest::newRow("pastry is not the past") << u"I had the pastry you like"_s << u""_s;
        QTest::newRow("weed is not we") << u"My weed used to grow fast"_s << u""_s;
        QTest::newRow("blame always") << u"You always do this."_s << u"blame"_s;
        QTest::newRow("blame never, punctuation") << u"...you never, ever listen"_s << u"blame"_s;
        QTest::newRow("youth is not you") << u"Youth always wins"_s << u""_s;
        QTest::newRow("pressure") << u"Why won't you answer me?!"_s
                                  << u"pressure,pressure,pressure"_s;
        QTest::newRow("respond not responded") << u"They responded kindly"_s << u""_s;
        QTest::newRow("right now") << u"Call me right now"_s << u"pressure"_s;
        QTest::newRow("brighter now is not right now") << u"It is brighter now"_s << u""_s;
        QTest::newRow("several kinds")
            << u"Remember when you never listened? We need to talk."_s << u"past,blame,heavy"_s;
        QTest::newRow("lovely is not love you") << u"Have a lovely day, you two"_s << u""_s;
        QTest::newRow("empty") << u""_s << u""_s;
    }
    void drafts()
    {
        QFETCH(QString, draft);
        QFETCH(QString, expected);
        const auto hits = MessageCheck::findPhrases(draft, MessageCheck::builtInPhrases(u"en"_s));
        QCOMPARE(categoriesOf(hits), expected);
        for (const MessageFinding &hit : hits) {
            QVERIFY(hit.start >= 0 && hit.start + hit.length <= draft.size());
            QCOMPARE(draft.mid(hit.start, hit.length), hit.matched);
            QVERIFY(!hit.advice.isEmpty());
        }
    }

    void positionsMapToTheDraft()
    {
        const QString draft = u"Hello   there.  WE   need to talk"_s;
        const auto hits = MessageCheck::findPhrases(draft, MessageCheck::builtInPhrases(u"en"_s));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().matched, u"WE   need to talk"_s);
    }

    void userPhrases()
    {
        QList<Phrase> phrases { { u"our song"_s, PhraseCategory::Past, true } };
        QCOMPARE(MessageCheck::findPhrases(u"They played our song!"_s, phrases).size(), 1);
        QCOMPARE(MessageCheck::findPhrases(u"They played our songs"_s, phrases).size(), 0);
        phrases.first().text = u"our song*"_s;
        QCOMPARE(MessageCheck::findPhrases(u"They played our songs"_s, phrases).size(), 1);
    }

    void phraseValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << u"our song"_s << true;
        QTest::newRow("empty") << u"  "_s << false;
        QTest::newRow("star only") << u"*"_s << false;
        QTest::newRow("one letter") << u"a"_s << false;
        QTest::newRow("too long") << QString(101, u'x') << false;
    }
    void phraseValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(bool(Phrase { text, PhraseCategory::Blame, true }.validate()), valid);
    }

    void languages()
    {
        QVERIFY(MessageCheck::languages().contains(u"en"_s));
        const auto german = MessageCheck::builtInPhrases(u"de_DE"_s);
        QCOMPARE(
            categoriesOf(MessageCheck::findPhrases(u"Wir müssen reden."_s, german)), u"heavy"_s);
        // Unknown languages fall back to English.
        QCOMPARE(MessageCheck::builtInPhrases(u"xx"_s).size(),
            MessageCheck::builtInPhrases(u"en"_s).size());
    }

    void lengthAndFrequency_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("unanswered");
        QTest::addColumn<qint64>("secsSince"); // -1: never wrote
        QTest::addColumn<int>("lengthHits");
        QTest::addColumn<int>("unansweredHits");
        QTest::addColumn<int>("tooSoonHits");
        QTest::newRow("short, first ever") << 40 << 0 << qint64(-1) << 0 << 0 << 0;
        QTest::newRow("exactly the limit") << 300 << 0 << qint64(-1) << 0 << 0 << 0;
        QTest::newRow("long") << 301 << 0 << qint64(-1) << 1 << 0 << 0;
        QTest::newRow("one unanswered") << 40 << 1 << qint64(5 * 86400) << 0 << 1 << 0;
        QTest::newRow("wrote an hour ago") << 40 << 0 << qint64(3600) << 0 << 0 << 1;
        QTest::newRow("47h59") << 40 << 0 << qint64(48 * 3600 - 60) << 0 << 0 << 1;
        QTest::newRow("48h") << 40 << 0 << qint64(48 * 3600) << 0 << 0 << 0;
    }
    void lengthAndFrequency()
    {
        QFETCH(int, length);
        QFETCH(int, unanswered);
        QFETCH(qint64, secsSince);
        QFETCH(int, lengthHits);
        QFETCH(int, unansweredHits);
        QFETCH(int, tooSoonHits);
        MessageFrequency f;
        f.unansweredInRow = unanswered;
        if (secsSince >= 0)
            f.secsSinceMyLast = secsSince;
        const auto result = MessageCheck::check(QString(length, u'a'), {}, f);
        QCOMPARE(result.count(MessageFinding::Kind::Length), lengthHits);
        QCOMPARE(result.count(MessageFinding::Kind::Unanswered), unansweredHits);
        QCOMPARE(result.count(MessageFinding::Kind::TooSoon), tooSoonHits);
    }

    void openers() { QVERIFY(MessageCheck::lighterOpeners().size() >= 2); }
};

QTEST_GUILESS_MAIN(tst_MessageCheck)
#include "tst_messagecheck.moc"
