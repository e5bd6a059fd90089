// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MessageCheck.h"
#include "core/PhraseMatcher.h"

#include <QElapsedTimer>
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

    // Drafts as people write them, per language: harmless ones, near misses, and each kind.
    void draftsPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &language, const QString &draft,
                       const QString &expected) {
            QTest::newRow(name) << language << draft << expected;
        };
        row("en light", u"en_GB"_s, u"Saw the match yesterday, what a finish!"_s, u""_s);
        row("en one of those days", u"en"_s, u"One of those days, honestly."_s, u""_s);
        row("en miss you", u"en"_s, u"I miss you."_s, u"heavy"_s);
        row("en back then", u"en"_s, u"We were so happy back then"_s, u"past,past"_s);
        row("en you're always", u"en"_s, u"You\u2019re always late."_s, u"blame"_s);
        row("en ignoring", u"en"_s, u"Why are you ignoring me"_s, u"pressure"_s);

        row("de light", u"de_DE"_s, u"Hallo! Wie war dein Urlaub in Italien?"_s, u""_s);
        row("de früher nach Hause", u"de"_s, u"Ich komme heute früher nach Hause."_s, u""_s);
        row("de früher am Tag", u"de"_s, u"Früher am Tag war es noch sonnig."_s, u""_s);
        row("de immer noch", u"de"_s, u"Ich hoffe, du hast immer noch Spaß an deinem Job."_s,
            u""_s);
        row("de comma ends the gap", u"de"_s, u"Weißt du, ich war nie gut im Kochen."_s, u""_s);
        row("de dringend zum Arzt", u"de"_s, u"Ich musste dringend zum Arzt."_s, u""_s);
        row("de nie erraten", u"de"_s, u"Du wirst nie erraten, wen ich getroffen habe!"_s, u""_s);
        row("de reden", u"de"_s, u"Wir müssen reden."_s, u"heavy"_s);
        row("de vermisse", u"de_AT"_s, u"Ich vermisse dich so sehr."_s, u"heavy"_s);
        row("de Swiss weisst", u"de_CH"_s, u"Weisst du noch, unser Urlaub am See?"_s, u"past"_s);
        row("de früher waren wir", u"de"_s, u"Früher waren wir so glücklich."_s, u"past"_s);
        row("de damals", u"de"_s, u"Damals hast du mir Blumen geschenkt."_s, u"past"_s);
        row("de du hast … nie", u"de"_s, u"Du hast mir nie zugehört."_s, u"blame"_s);
        row("de du hast … immer", u"de"_s, u"Du hast das immer so gemacht."_s, u"blame"_s);
        row("de Schuld", u"de"_s, u"Das ist alles deine Schuld."_s, u"blame"_s);
        row("de warum antwortest", u"de"_s, u"Warum antwortest du nicht?!"_s,
            u"pressure,pressure"_s);

        row("fr light", u"fr_FR"_s, u"Coucou ! J’espère que ton nouveau travail se passe bien."_s,
            u""_s);
        row("fr toujours is still", u"fr"_s, u"Tu travailles toujours chez Renault ?"_s, u""_s);
        row("fr j'ai passé", u"fr"_s, u"J'ai passé une bonne journée."_s, u""_s);
        row("fr changer de travail", u"fr"_s, u"Je vais changer de travail en janvier."_s, u""_s);
        row("fr devineras jamais", u"fr"_s, u"Tu ne devineras jamais qui j'ai croisé"_s, u""_s);
        row("fr tu dois être", u"fr"_s, u"Tu dois être occupé en ce moment."_s, u""_s);
        row("fr il faut qu’on parle", u"fr_CA"_s, u"Il faut qu’on parle."_s, u"heavy"_s);
        row("fr tu me manques", u"fr"_s, u"Tu me manques tellement."_s, u"heavy"_s);
        row("fr souviens", u"fr"_s, u"Tu te souviens de notre voyage à Lisbonne ?"_s, u"past"_s);
        row("fr à l'époque", u"fr"_s, u"A l'epoque tout etait simple."_s, u"past"_s);
        row("fr ne … jamais", u"fr"_s, u"Tu ne m'écoutes jamais."_s, u"blame"_s);
        row("fr n'as jamais", u"fr"_s, u"Tu n'as jamais compris."_s, u"blame"_s);
        row("fr faute", u"fr"_s, u"C'est de ta faute."_s, u"blame"_s);
        row("fr no accents", u"fr"_s, u"pourquoi tu ne reponds pas"_s, u"pressure"_s);
        row("fr réponds", u"fr"_s, u"Pourquoi tu ne me réponds pas ?"_s, u"pressure"_s);

        row("es light", u"es_ES"_s, u"¡Hola! ¿Qué tal el nuevo trabajo?"_s, u""_s);
        row("es if you don't mind", u"es"_s, u"Si no te importa, te mando el libro mañana."_s,
            u""_s);
        row("es el martes pasado", u"es"_s, u"El martes pasado fui al cine."_s, u""_s);
        row("es cambiar de trabajo", u"es"_s, u"Voy a cambiar de trabajo pronto."_s, u""_s);
        row("es hablar", u"es_MX"_s, u"Tenemos que hablar."_s, u"heavy"_s);
        row("es echo de menos", u"es"_s, u"Te echo de menos."_s, u"heavy"_s);
        row("es acuerdas", u"es"_s, u"¿Te acuerdas de cuando fuimos a Sevilla?"_s, u"past"_s);
        row("es felices", u"es"_s, u"Éramos tan felices"_s, u"past"_s);
        row("es tú siempre", u"es"_s, u"Tú siempre haces lo mismo."_s, u"blame"_s);
        row("es no me … nunca", u"es"_s, u"No me escuchas nunca."_s, u"blame"_s);
        row("es culpa", u"es"_s, u"Es culpa tuya."_s, u"blame"_s);
        row("es por qué", u"es"_s, u"¿Por qué no me contestas?"_s, u"pressure"_s);
        row("es porque", u"es"_s, u"porque no me contestas"_s, u"pressure"_s);
        row("es porqué", u"es"_s, u"Porqué no contestas"_s, u"pressure"_s);

        row("it light", u"it_IT"_s, u"Ciao! Com'è andato il concerto?"_s, u""_s);
        row("it always welcome", u"it"_s, u"Tu sei sempre benvenuta qui."_s, u""_s);
        row("it non … mai without mi", u"it"_s, u"Non sono mai stato a Napoli."_s, u""_s);
        row("it sei pronto", u"it"_s, u"Sei pronto per domani?"_s, u""_s);
        row("it cambierò lavoro", u"it"_s, u"Cambierò lavoro a marzo."_s, u""_s);
        row("it parlare", u"it"_s, u"Dobbiamo parlare."_s, u"heavy"_s);
        row("it mi manchi", u"it_CH"_s, u"Mi manchi."_s, u"heavy"_s);
        row("it ricordi", u"it"_s, u"Ti ricordi quando eravamo a Roma?"_s, u"past"_s);
        row("it bei tempi", u"it"_s, u"Ah, i bei tempi..."_s, u"past"_s);
        row("it non mi … mai", u"it"_s, u"Non mi ascolti mai."_s, u"blame"_s);
        row("it tu … sempre", u"it"_s, u"Tu fai sempre così."_s, u"blame"_s);
        row("it colpa", u"it"_s, u"È tutta colpa tua."_s, u"blame"_s);
        row("it perchè", u"it"_s, u"Perchè non mi rispondi?"_s, u"pressure"_s);

        row("pt light", u"pt_BR"_s, u"Oi! Como foi a viagem?"_s, u""_s);
        row("pt ano passado", u"pt_BR"_s, u"No ano passado comecei a correr."_s, u""_s);
        row("pt mudar de emprego", u"pt_BR"_s, u"Vou mudar de emprego."_s, u""_s);
        row("pt nunca vai adivinhar", u"pt_BR"_s, u"Você nunca vai adivinhar quem eu vi"_s, u""_s);
        row("pt conversar", u"pt_BR"_s, u"A gente precisa conversar."_s, u"heavy"_s);
        row("pt saudade", u"pt"_s, u"Tô com saudade de você"_s, u"heavy"_s);
        row("pt lembra", u"pt_BR"_s, u"Lembra quando a gente foi pra praia?"_s, u"past"_s);
        row("pt naquela época", u"pt_BR"_s, u"Naquela época tudo era mais fácil."_s, u"past"_s);
        row("pt você nunca", u"pt_BR"_s, u"Você nunca me ouve."_s, u"blame"_s);
        row("pt você … nunca", u"pt_BR"_s, u"Você quase nunca liga."_s, u"blame"_s);
        row("pt culpa no accent", u"pt-BR"_s, u"A culpa e sua."_s, u"blame"_s);
        row("pt por que", u"pt_BR"_s, u"Por que você não responde?"_s, u"pressure"_s);
        row("pt responde logo", u"pt_BR"_s, u"Me responde logo"_s, u"pressure"_s);
    }
    void draftsPerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, draft);
        QFETCH(QString, expected);
        const auto hits = MessageCheck::findPhrases(draft, MessageCheck::builtInPhrases(language));
        QCOMPARE(categoriesOf(hits), expected);
        for (const MessageFinding &hit : hits)
            QCOMPARE(draft.mid(hit.start, hit.length), hit.matched);
    }

    // The pattern syntax on one phrase at a time.
    void patterns_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("matched"); // empty: no hit
        QTest::newRow("gap of none") << u"du … immer"_s << u"du immer"_s << u"du immer"_s;
        QTest::newRow("gap of two")
            << u"du … immer"_s << u"Du hast das immer"_s << u"Du hast das immer"_s;
        QTest::newRow("gap of three") << u"du … immer"_s << u"du hast das wirklich immer"_s
                                      << u"du hast das wirklich immer"_s;
        QTest::newRow("gap of four")
            << u"du … immer"_s << u"du hast das so wirklich immer"_s << u""_s;
        QTest::newRow("hyphenated word in a gap")
            << u"du … nie"_s << u"du Hin-und-her nie"_s << u"du Hin-und-her nie"_s;
        QTest::newRow("comma ends a gap") << u"du … immer"_s << u"du, ich immer"_s << u""_s;
        QTest::newRow("full stop ends a gap") << u"du … immer"_s << u"Danke du. Immer"_s << u""_s;
        QTest::newRow("gap keeps whole words") << u"du … immer"_s << u"dumm immer"_s << u""_s;
        QTest::newRow("gap then longer word") << u"du … immer"_s << u"du hast immerhin"_s << u""_s;
        QTest::newRow("gap then wildcard")
            << u"du … immer*"_s << u"du hast immerhin"_s << u"du hast immerhin"_s;
        QTest::newRow("three dots are a gap")
            << u"you ... never"_s << u"you will never"_s << u"you will never"_s;
        QTest::newRow("harmless set phrase")
            << u"du … immer"_s << u"du hast immer noch Zeit"_s << u""_s;
        QTest::newRow("literal part of a set phrase")
            << u"du hast immer"_s << u"du hast immer noch"_s << u""_s;
        QTest::newRow("literal keeps the set phrase")
            << u"du hast immer noch"_s << u"du hast immer noch"_s << u"du hast immer noch"_s;
        QTest::newRow("wildcard then gap")
            << u"tu n'* … jamais"_s << u"tu n'es même jamais venu"_s << u"tu n'es même jamais"_s;
        QTest::newRow("wildcard inside")
            << u"apolog* for"_s << u"I apologise for"_s << u"apologise for"_s;
        QTest::newRow("ß to ss") << u"weißt du noch"_s << u"WEISST DU NOCH"_s
                                 << u"WEISST DU NOCH"_s;
        QTest::newRow("ss to ß") << u"weisst du noch"_s << u"Weißt du noch?"_s
                                 << u"Weißt du noch"_s;
        QTest::newRow("accents dropped")
            << u"pourquoi tu ne réponds pas"_s << u"POURQUOI TU NE REPONDS PAS"_s
            << u"POURQUOI TU NE REPONDS PAS"_s;
        QTest::newRow("accents added") << u"perche"_s << u"perchè"_s << u"perchè"_s;
        QTest::newRow("decomposed accent kept in the span")
            << u"café"_s << u"un cafe\u0301 ?"_s << u"cafe\u0301"_s;
        QTest::newRow("œ as oe") << u"âme* sœur*"_s << u"mon ame soeur"_s << u"ame soeur"_s;
        QTest::newRow("typographic apostrophe") << u"j'ai"_s << u"J’ai"_s << u"J’ai"_s;
        QTest::newRow("narrow space before ?")
            << u"allo ?"_s << u"Allô\u202F?"_s << u"Allô\u202F?"_s;
        QTest::newRow("other scripts keep their marks") << u"мой"_s << u"мои"_s << u""_s;
        QTest::newRow("legacy dots at the edge stay literal")
            << u"... hello"_s << u"well... hello"_s << u"... hello"_s;
        QTest::newRow("star inside a word is literal") << u"f*ck"_s << u"f*ck"_s << u"f*ck"_s;
    }
    void patterns()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, draft);
        QFETCH(QString, matched);
        const QList<Phrase> phrases { { phrase, PhraseCategory::Blame, true } };
        const auto hits = MessageCheck::findPhrases(draft, phrases);
        if (matched.isEmpty()) {
            QCOMPARE(hits.size(), 0);
        } else {
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().matched, matched);
            QCOMPARE(hits.first().category, PhraseCategory::Blame);
        }
    }

    // Every built-in phrase is valid, hits a draft written like it, and each category of each
    // language has a real list.
    void builtInLists()
    {
        for (const QString &language : MessageCheck::languages()) {
            const auto phrases = MessageCheck::builtInPhrases(language);
            for (PhraseCategory c : MessageCheck::categories()) {
                const auto n = std::count_if(phrases.cbegin(), phrases.cend(),
                    [c](const Phrase &p) { return p.category == c; });
                QVERIFY2(n >= 20, qPrintable(language));
            }
            for (const Phrase &phrase : phrases) {
                QVERIFY2(phrase.validate(), qPrintable(phrase.text));
                QVERIFY(!phrase.userAdded);
                QString draft = phrase.text;
                draft.replace(u"…"_s, u"x"_s).remove(u'*');
                const auto hits = MessageCheck::findPhrases(draft, { phrase });
                QVERIFY2(hits.size() == 1 && hits.first().matched == draft,
                    qPrintable(language + u": "_s + phrase.text));
            }
        }
        // The harmless set phrases are no findings of their own.
        QCOMPARE(MessageCheck::findPhrases(
                     u"immer noch, wie immer"_s, MessageCheck::builtInPhrases(u"de"_s))
                     .size(),
            0);
    }

    void languageFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("list");
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"pt"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"pt"_s;
        QTest::newRow("pt") << u"pt"_s << u"pt"_s;
        QTest::newRow("pt_PT") << u"pt_PT"_s << u"pt"_s;
        QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("es_MX") << u"es_MX"_s << u"es"_s;
        QTest::newRow("it_CH") << u"it_CH"_s << u"it"_s;
        QTest::newRow("de-CH") << u"de-CH"_s << u"de"_s;
        QTest::newRow("DE upper case") << u"DE"_s << u"de"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
        QTest::newRow("C") << u"C"_s << u"en"_s;
        QTest::newRow("unknown") << u"xx_YY"_s << u"en"_s;
        QTest::newRow("three letters are not two") << u"fil_PH"_s << u"en"_s;
        QTest::newRow("empty") << u""_s << u"en"_s;
    }
    void languageFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, list);
        auto texts = [](const QList<Phrase> &phrases) {
            QStringList result;
            for (const Phrase &p : phrases)
                result << p.text;
            return result;
        };
        QCOMPARE(
            texts(MessageCheck::builtInPhrases(locale)), texts(MessageCheck::builtInPhrases(list)));
        // Each shipped list is its own.
        if (list != u"en"_s)
            QVERIFY(texts(MessageCheck::builtInPhrases(list))
                != texts(MessageCheck::builtInPhrases(u"en"_s)));
    }

    // The compiled list is kept between calls; a different list must not reuse it.
    void changedListIsRecompiled()
    {
        QList<Phrase> phrases { { u"our song"_s, PhraseCategory::Past, true } };
        QCOMPARE(MessageCheck::findPhrases(u"our song"_s, phrases).size(), 1);
        QCOMPARE(MessageCheck::findPhrases(u"our song"_s, phrases).size(), 1);
        phrases.first().text = u"our dance"_s;
        QCOMPARE(MessageCheck::findPhrases(u"our song"_s, phrases).size(), 0);
        const QList<Phrase> other { { u"our song"_s, PhraseCategory::Blame, true } };
        const auto hits = MessageCheck::findPhrases(u"our song"_s, other);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().category, PhraseCategory::Blame);
    }

    // Runs on every keystroke: a 2,000-character draft against every shipped list at once.
    // Timed, not asserted.
    void keystrokeCost()
    {
        QList<Phrase> all;
        for (const QString &language : MessageCheck::languages())
            all += MessageCheck::builtInPhrases(language);
        const QString sentences = u"Hi, I hope the new job is going well. Du hast das immer so "
                                  u"gemacht. Tu ne m'écoutes jamais. ¿Por qué no me contestas? "
                                  u"Ti ricordi quando eravamo a Roma? Você nunca me ouve. "_s;
        QString draft;
        while (draft.size() < 2000)
            draft += sentences;
        draft.truncate(2000);
        QElapsedTimer timer;
        timer.start();
        const auto first = MessageCheck::findPhrases(draft, all);
        qInfo("%lld phrases, first check with compiling: %lld µs", qlonglong(all.size()),
            qlonglong(timer.nsecsElapsed() / 1000));
        QVERIFY(first.size() >= qsizetype(6) * 5);
        QList<MessageFinding> hits;
        QBENCHMARK
        {
            hits = MessageCheck::findPhrases(draft, all);
        }
        QCOMPARE(hits.size(), first.size());
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
        QTest::newRow("gap") << u"du … immer"_s << true;
        QTest::newRow("gap of dots") << u"du ... immer"_s << true;
        QTest::newRow("dots in a word") << u"hello..."_s << true;
        QTest::newRow("star inside") << u"f*ck"_s << true;
        QTest::newRow("gap first") << u"... hello"_s << false;
        QTest::newRow("gap last") << u"hello …"_s << false;
        QTest::newRow("gaps doubled") << u"du … … immer"_s << false;
        QTest::newRow("gap alone") << u"…"_s << false;
    }
    void phraseValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const Status status = Phrase { text, PhraseCategory::Blame, true }.validate();
        QCOMPARE(bool(status), valid);
        if (!valid)
            QVERIFY(!status.error().message.isEmpty());
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
