// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntrySaver.h"
#include "storage/EntryStore.h"
#include "storage/JournalConnection.h"
#include "storage/SearchStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// A few megabytes of text with every character class that must come back exactly.
QString bigText(QChar mark)
{
    const QString line = u"\ufeffA line of an entry\u00a0with\u2028breaks\r\nand \ufffe\uffff "_s
        + mark + u" \U0001F642\n"_s;
    QString text;
    constexpr qsizetype Length = qsizetype(3) * 1024 * 1024;
    text.reserve(Length + line.size());
    while (text.size() < Length)
        text += line;
    return text;
}

} // namespace

class tst_EntrySaver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bigSaveRunsInTheBackgroundAndReadsBackExactly()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"short"_s, {} });
        QVERIFY(id);
        EntrySaver saver(journal->entries());
        QSignalSpy saved(&saver, &EntrySaver::saved);
        QSignalSpy failed(&saver, &EntrySaver::failed);
        Test::ChangeSpy changes(journal.journal());
        const QString text = bigText(u'a') + u"zanzibar"_s;
        QVERIFY(saver.save(*id, { u"Long"_s, text, 3 }));
        QVERIFY(saver.isBusy());
        // Announced on this thread once committed, never before.
        QCOMPARE(changes.count(u"entries"_s, RecordChange::Updated), 0);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
        QCOMPARE(saved.at(0).at(0).toLongLong(), *id);
        QVERIFY(failed.isEmpty());
        QVERIFY(!saver.isBusy());
        QCOMPARE(changes.ids(u"entries"_s, RecordChange::Updated), QList<qint64> { *id });
        const auto entry = journal->entries().entry(*id);
        QVERIFY(entry);
        QCOMPARE(entry->title, u"Long"_s);
        QVERIFY(entry->body == text); // QCOMPARE would print megabytes
        QCOMPARE(entry->mood, std::optional<int>(3));
        // The full-text index followed (the triggers ran on the worker's connection).
        auto found = journal->search().find(u"zanzibar"_s, 10);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
    }

    void theLatestTextWinsAndNothingIsDropped()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"short"_s, {} });
        auto other = journal->entries().create(Step::Acknowledge, { u"O"_s, u"other"_s, {} });
        QVERIFY(id && other);
        QString last;
        {
            EntrySaver saver(journal->entries());
            QSignalSpy saved(&saver, &EntrySaver::saved);
            QVERIFY(saver.save(*id, { u"1"_s, bigText(u'1'), {} }));
            // While that one runs: two more of the same entry (the second replaces the first,
            // which never runs) and one of another entry.
            QVERIFY(saver.save(*id, { u"2"_s, bigText(u'2'), {} }));
            QVERIFY(saver.save(*other, { u"O2"_s, u"other, later"_s, {} }));
            last = bigText(u'3');
            QVERIFY(saver.save(*id, { u"3"_s, last, {} }));
            QVERIFY(saver.waitForIdle(60000));
            QVERIFY(!saver.isBusy());
            // The first text was superseded when it finished: only the last is confirmed.
            QCOMPARE(saved.size(), 2);
            QCOMPARE(saved.at(0).at(0).toLongLong(), *other);
            QCOMPARE(saved.at(1).at(0).toLongLong(), *id);
            QVERIFY(saver.save(*id, { u"4"_s, last + u'4', {} }));
            // Destroyed right after: the save is waited for, not dropped.
        }
        QCOMPARE(journal->entries().entry(*other)->body, u"other, later"_s);
        QVERIFY(journal.reopen());
        const auto entry = journal->entries().entry(*id);
        QVERIFY(entry);
        QCOMPARE(entry->title, u"4"_s);
        QVERIFY(entry->body == last + u'4');
    }

    void aFailedSaveSaysSoAndChangesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"kept"_s, {} });
        QVERIFY(id);
        EntrySaver saver(journal->entries());
        QSignalSpy saved(&saver, &EntrySaver::saved);
        QSignalSpy failed(&saver, &EntrySaver::failed);
        // Refused at once: invalid content, an entry that is not there.
        QVERIFY(!saver.save(*id, { u"T"_s, u"x"_s, 42 }));
        QVERIFY(!saver.save(*id + 100, { u"T"_s, u"x"_s, {} }));
        QVERIFY(!saver.isBusy());
        // Fails on the worker: another connection holds the journal's write lock for longer
        // than the worker's busy timeout.
        QSqlQuery lock(journal->database());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(saver.save(*id, { u"T"_s, bigText(u'x'), {} }));
        QVERIFY(saver.waitForIdle(60000));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QCOMPARE(journal->entries().entry(*id)->body, u"kept"_s);
        QVERIFY(saved.isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), *id);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EntrySaver)
#include "tst_entrysaver.moc"
