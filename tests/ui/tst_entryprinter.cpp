// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryPrintout.h"
#include "storage/EntryStore.h"
#include "storage/JournalEncryption.h"
#include "support/TempJournal.h"
#include "ui/EntryPrinter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// The number of pages a PDF says it has (its page objects are not compressed).
qsizetype pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return text.count(page);
}

QStringList filesIn(const QString &folder)
{
    QStringList out;
    for (const QFileInfo &info :
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        out << info.fileName();
    return out;
}

} // namespace

/// File ▸ Print: the entries of an entry, a day or a step, rendered from their Markdown.
class tst_EntryPrinter : public QObject {
    Q_OBJECT

private:
    struct Written {
        qint64 morning = 0;
        qint64 evening = 0;
        qint64 otherStep = 0;
        qint64 dayBefore = 0;
    };

    static Written write(Test::TempJournal &j)
    {
        Written w;
        EntryStore &entries = j->entries();
        j.clock().setNow(QDateTime(QDate(2026, 3, 13), QTime(12, 0), QTimeZone::utc()));
        w.dayBefore = *entries.create(Step::Acknowledge, { u"Day before"_s, u"old"_s, {} });
        j.clock().setNow(QDateTime(QDate(2026, 3, 14), QTime(10, 0), QTimeZone::utc()));
        w.morning = *entries.create(Step::Acknowledge,
            { u"Morning #1"_s, u"I felt **very** low\r\n\r\n- tea\n- walk"_s, 3 });
        j.clock().setNow(QDateTime(QDate(2026, 3, 14), QTime(11, 0), QTimeZone::utc()));
        w.otherStep = *entries.create(Step::WorkOnYourself, { u"Goal"_s, u"run"_s, {} });
        j.clock().setNow(QDateTime(QDate(2026, 3, 14), QTime(13, 0), QTimeZone::utc()));
        w.evening = *entries.create(Step::Acknowledge, { u"Evening"_s, u"<b>calm</b>"_s, {} });
        return w;
    }

    static QStringList titles(const QList<JournalEntry> &entries)
    {
        QStringList out;
        for (const JournalEntry &entry : entries)
            out << entry.title;
        return out;
    }

private Q_SLOTS:
    void gathersEntryDayAndStep()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const Written w = write(j);
        const EntryPrintout printout(j.journal());
        using Scope = EntryPrintout::Scope;
        QCOMPARE(titles(*printout.entries(Scope::Entry, w.morning, Step::Acknowledge)),
            QStringList({ u"Morning #1"_s }));
        // The day: every step, oldest first, not the day before.
        QCOMPARE(titles(*printout.entries(Scope::Day, w.evening, Step::Acknowledge)),
            QStringList({ u"Morning #1"_s, u"Goal"_s, u"Evening"_s }));
        QCOMPARE(titles(*printout.entries(Scope::Step, 0, Step::Acknowledge)),
            QStringList({ u"Day before"_s, u"Morning #1"_s, u"Evening"_s }));
        QVERIFY(printout.entries(Scope::Step, 0, Step::Reconnect)->isEmpty());
        QVERIFY(!printout.entries(Scope::Entry, 0, Step::Acknowledge));
        QVERIFY(!printout.entries(Scope::Day, 999, Step::Acknowledge));
    }

    void rendersTitleDateAndMarkdown()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const Written w = write(j);
        auto entries = EntryPrintout(j.journal())
                           .entries(EntryPrintout::Scope::Day, w.morning, Step::Acknowledge);
        auto document = EntryPrinter::document(*entries, u"14 March"_s);
        const QString text = document->toPlainText();
        QVERIFY2(text.startsWith(u"14 March\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Morning #1"_s)); // a title as typed, not a heading mark
        QVERIFY(text.contains(QLocale().toString(QDate(2026, 3, 14), QLocale::LongFormat)));
        QVERIFY(text.contains(u"I felt very low"_s)); // the markup rendered
        QVERIFY(!text.contains(u"**"_s));
        QVERIFY(text.contains(u"<b>calm</b>"_s)); // HTML stays text
        // "very" is bold, "tea" a list item.
        bool bold = false;
        bool list = false;
        for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next()) {
            if (block.text() == u"tea"_s)
                list = block.textList() != nullptr;
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().text() == u"very"_s)
                    bold = it.fragment().charFormat().fontWeight() == QFont::Bold;
        }
        QVERIFY(bold);
        QVERIFY(list);
    }

    void savesAPdfOfAnEncryptedJournalAndNothingElse()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const Written w = write(j);
        QVERIFY(j->encryption().turnOn(u"pass phrase"_s));
        QVERIFY(j->encryption().state() == JournalEncryption::State::Unlocked);
        // The search index is made on a worker after unlocking, and its encrypted snapshot
        // written beside the journal when it is done: let that happen before counting files.
        j->encryption().waitForSearchIndex();
        const QStringList journalFiles = filesIn(j.directory());

        QTemporaryDir out;
        EntryPrinter printer(
            j.journal(), nullptr, [] { return true; },
            [&w] {
                return EntryPrinter::Target { w.morning, Step::Acknowledge };
            });
        QCOMPARE(printer.actions().size(), 3);
        QCOMPARE(printer.actions().at(0)->shortcut(), QKeySequence(QKeySequence::Print));
        const QString pdf = out.filePath(u"entry.pdf"_s);
        QVERIFY(printer.saveAsPdf(EntryPrinter::Scope::Entry, pdf));
        QVERIFY(QFile(pdf).size() > 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(pdfPages(pdf) >= 1);
        const QString step = out.filePath(u"step.pdf"_s);
        QVERIFY(printer.saveAsPdf(EntryPrinter::Scope::Step, step));
        QVERIFY(pdfPages(step) >= 1);
        // Only the chosen files were written; the journal's folder is as it was.
        QCOMPARE(filesIn(out.path()), QStringList({ u"entry.pdf"_s, u"step.pdf"_s }));
        QCOMPARE(filesIn(j.directory()), journalFiles);

        // Unsaved text that cannot be saved is not printed.
        EntryPrinter failing(
            j.journal(), nullptr, [] { return false; },
            [&w] {
                return EntryPrinter::Target { w.morning, Step::Acknowledge };
            });
        QVERIFY(!failing.saveAsPdf(EntryPrinter::Scope::Entry, out.filePath(u"no.pdf"_s)));
        QVERIFY(!QFile::exists(out.filePath(u"no.pdf"_s)));
    }
};

QTEST_MAIN(tst_EntryPrinter)
#include "tst_entryprinter.moc"
