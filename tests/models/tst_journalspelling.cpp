// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JournalSpelling.h"
#include "models/SpellDictionary.h"
#include "storage/Journal.h"
#include "storage/SettingsStore.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const QString Folder = QStringLiteral(REKINDLE_TEST_DATA_DIR "/spelling");

} // namespace

/// Hunspell behind the spelling service, over the small dictionaries in tests/data/spelling.
class tst_JournalSpelling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsDictionariesByTheirPairs()
    {
        const auto found = SpellDictionary::find({ Folder, Folder + u"/missing"_s });
        QCOMPARE(found.size(), 2); // hyph_xx_TEST.dic has no .aff: no dictionary
        QCOMPARE(found.at(0).language, u"xx_TEST"_s);
        QCOMPARE(found.at(1).language, u"yy_LATIN"_s);
        QCOMPARE(SpellDictionary::affEncoding(found.at(0).affPath), u"UTF-8"_s);
        QCOMPARE(SpellDictionary::affEncoding(found.at(1).affPath), u"ISO8859-1"_s);
        QVERIFY(!SpellDictionary::searchFolders().isEmpty());
    }

    void checksAndSuggestsInUtf8()
    {
        auto dictionary = SpellDictionary::load(SpellDictionary::find({ Folder }).at(0));
        QVERIFY(dictionary);
        QVERIFY(dictionary->isCorrect(u"ember"_s));
        QVERIFY(dictionary->isCorrect(u"embers"_s)); // the S suffix
        QVERIFY(!dictionary->isCorrect(u"emberz"_s));
        QVERIFY(dictionary->isCorrect(u"caf\u00e9s"_s));
        QVERIFY(!dictionary->isCorrect(u"cafe"_s));
        QVERIFY(dictionary->suggestions(u"cafe"_s, 6).contains(u"caf\u00e9"_s));
        QVERIFY(dictionary->suggestions(u"mornin"_s, 6).contains(u"morning"_s));
        QCOMPARE(dictionary->suggestions(u"mornin"_s, 0).size(), 0);
        dictionary->add(u"Rekindle"_s);
        QVERIFY(dictionary->isCorrect(u"Rekindle"_s));
    }

    void readsLatin1ThroughItsSetLine()
    {
        auto dictionary = SpellDictionary::load(SpellDictionary::find({ Folder }).at(1));
        QVERIFY(dictionary);
        QVERIFY(dictionary->isCorrect(u"gr\u00fc\u00dfe"_s));
        QVERIFY(dictionary->isCorrect(u"tr\u00e4nen"_s));
        QVERIFY(!dictionary->isCorrect(u"granen"_s));
        QVERIFY(dictionary->suggestions(u"tranen"_s, 6).contains(u"tr\u00e4nen"_s));
        // A character Latin-1 lacks: no word of the dictionary, and no garbage sent to it.
        QVERIFY(!dictionary->isCorrect(u"tr\u0101nen"_s));
        QVERIFY(dictionary->suggestions(u"\u20ac"_s, 6).isEmpty());
    }

    void unreadableFilesAreNoDictionary()
    {
        QVERIFY(!SpellDictionary::load({ u"zz"_s, Folder + u"/zz.aff"_s, Folder + u"/zz.dic"_s }));
    }

    void languageAndOwnWordsLiveInTheJournal()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        {
            JournalSpelling spelling(j.journal(), { Folder });
            QCOMPARE(spelling.dictionaries().size(), 2);
            // Never chosen, and the system's language (C in the tests) has no dictionary.
            QVERIFY(!spelling.isActive());
            QVERIFY(spelling.isCorrect(u"anything"_s));
            QSignalSpy changed(&spelling, &JournalSpelling::changed);
            QVERIFY(spelling.setLanguage(u"xx_TEST"_s));
            QVERIFY(spelling.isActive());
            QCOMPARE(spelling.language(), u"xx_TEST"_s);
            QVERIFY(changed.count() >= 1);
            QVERIFY(!spelling.isCorrect(u"Rekindle"_s));
            QVERIFY(spelling.addToDictionary(u"Rekindle"_s));
            QVERIFY(spelling.isCorrect(u"Rekindle"_s));
            QVERIFY(spelling.addToDictionary(u"Ama\u00ebl"_s));
            QCOMPARE(spelling.personalWords(), QStringList({ u"Ama\u00ebl"_s, u"Rekindle"_s }));
            // Ignored: for this session only.
            QVERIFY(!spelling.isCorrect(u"mornin"_s));
            spelling.ignore(u"mornin"_s);
            QVERIFY(spelling.isCorrect(u"mornin"_s));
            QCOMPARE(spelling.suggestions(u"mornin"_s).value(0), u"morning"_s);
        }
        QCOMPARE(j->settings().text(JournalSpelling::LanguageKey), u"xx_TEST"_s);
        QVERIFY(j.reopen());
        JournalSpelling again(j.journal(), { Folder });
        QCOMPARE(again.language(), u"xx_TEST"_s);
        QVERIFY(again.isCorrect(u"Rekindle"_s));
        QVERIFY(again.isCorrect(u"Ama\u00ebl"_s));
        QVERIFY(!again.isCorrect(u"mornin"_s));

        // Another instance changing the journal's setting is followed.
        JournalSpelling other(j.journal(), { Folder });
        QVERIFY(other.setLanguage(JournalSpelling::Off));
        QVERIFY(!again.isActive());
        QVERIFY(again.isCorrect(u"mornin"_s));
        QCOMPARE(again.chosenLanguage(), JournalSpelling::Off);
    }

    void refusesALanguageWithoutDictionary()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        JournalSpelling spelling(j.journal(), { Folder });
        QVERIFY(spelling.setLanguage(u"xx_TEST"_s));
        const Status refused = spelling.setLanguage(u"fr_FR"_s);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"fr_FR"_s));
        QCOMPARE(spelling.language(), u"xx_TEST"_s);
        QCOMPARE(j->settings().text(JournalSpelling::LanguageKey), u"xx_TEST"_s);
    }

    void noDictionaryMeansOffWithoutError()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QTemporaryDir empty;
        JournalSpelling spelling(j.journal(), { empty.path() });
        QVERIFY(spelling.dictionaries().isEmpty());
        QVERIFY(!spelling.isActive());
        QVERIFY(spelling.isCorrect(u"qwzx"_s));
        QVERIFY(spelling.suggestions(u"qwzx"_s).isEmpty());
        // The shared instance is made once per journal.
        QCOMPARE(&JournalSpelling::of(j.journal()), &JournalSpelling::of(j.journal()));
    }
};

QTEST_GUILESS_MAIN(tst_JournalSpelling)
#include "tst_journalspelling.moc"
