// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how long the GUI thread stalls when a large entry (10 MB by default) autosaves: the
// longest gap of the event loop (a 1 ms timer's) from one typed character until the panel
// says the save is confirmed (the store's part runs in the background there), and, for
// comparison, the two parts done synchronously (the editor's document to text, the store's
// save on the GUI thread). A benchmark, not a test: it asserts nothing and is not run by ctest.
//   bench_largeentry [--megabytes N] [--saves N]

#include "BenchCommandLine.h"
#include "BenchReport.h"
#include "models/EntryListModel.h"
#include "models/JournalSpelling.h"
#include "models/PendingDeletes.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "ui/widgets/ExactPlainText.h"
#include "ui/widgets/JournalPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

void print(const char *what, const QList<double> &figures)
{
    std::printf("%s: median %.1f ms, worst %.1f ms (%lld runs)\n", what,
        BenchReport::median(figures), BenchReport::quantile(figures, 1.0),
        static_cast<long long>(figures.size()));
}

} // namespace

static int runBenchmark(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchCommandLine options(u"How long the GUI thread stalls while a large entry autosaves."_s);
    options.addNumber(u"megabytes"_s, u"Size of the entry (at most 10, the limit)."_s, 10);
    options.addNumber(u"saves"_s, u"Autosaves to time."_s, 5);
    options.process(app);
    const int megabytes = std::min(options.number(u"megabytes"_s), 10);
    const int runs = options.number(u"saves"_s);

    // Paragraphs of ordinary words, as a long journal entry has them.
    const QString paragraph = u"Tonight I walked by the river again and thought about what we "
                              "said, and what I wish I had said instead.\n"_s;
    QString body;
    body.reserve(qsizetype(megabytes) * 1024 * 1024 + paragraph.size());
    // Room left for the characters typed below: the limit (MaxBodyLength) is 10 MiB.
    const qsizetype size = qsizetype(megabytes) * 1024 * 1024 - 4096;
    while (body.size() < size)
        body += paragraph;
    body.truncate(size);

    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    if (!journal)
        return 1;
    auto id = (*journal)->entries().create(Step::Acknowledge, { u"Long"_s, body, {} });
    if (!id)
        return 1;
    EntryListModel model((*journal)->entries(), Step::Acknowledge);
    JournalPanel panel(&model, PendingDeletes::of(**journal), u"hint"_s);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    if (!panel.selectEntry(*id))
        return 1;
    // The editor lays out and styles the text from the event loop: count that too.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    std::printf("entry of %lld characters: opened in the editor in %.1f ms\n",
        static_cast<long long>(body.size()), BenchReport::ms(timer));
    auto *editor = panel.findChild<QTextEdit *>(u"entryBody"_s);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    QList<double> conversions;
    QList<double> stores;
    QList<double> autosaves;
    QList<double> stalls;
    QList<double> keystrokes;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        QTest::keyClick(editor, Qt::Key_A);
        QCoreApplication::processEvents();
        keystrokes << BenchReport::ms(timer);

        // The event loop runs as in the app: the autosave timer fires, the save goes to the
        // background, the confirmation comes back. A 1 ms timer's longest gap is the stall.
        QElapsedTimer tick;
        double longest = 0;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            longest = std::max(longest, BenchReport::ms(tick));
            tick.start();
        });
        QEventLoop loop;
        QObject::connect(&panel, &JournalPanel::saved, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        timer.start();
        tick.start();
        probe.start();
        loop.exec();
        probe.stop();
        longest = std::max(longest, BenchReport::ms(tick));
        if (panel.hasUnsavedChanges())
            return 1;
        autosaves << BenchReport::ms(timer);
        stalls << longest;

        timer.start();
        const QString text = ExactPlainText::get(*editor->document());
        conversions << BenchReport::ms(timer);
        timer.start();
        if (!(*journal)->entries().update(*id, { u"Long"_s, text + u'b', {} }))
            return 1;
        stores << BenchReport::ms(timer);
    }
    print("one keystroke, until the event loop is idle", keystrokes);
    print("autosave after one keystroke, until confirmed (timer included)", autosaves);
    print("longest GUI-thread stall during it (event-loop gap)", stalls);
    print("for comparison, on the GUI thread: document to text", conversions);
    print("  store save (one transaction, fsync'd)", stores);

    // Opening the entry with spelling on (the first dictionary found), until the event loop is
    // idle, with the longest gap of the event loop meanwhile.
    JournalSpelling spelling(**journal, SpellDictionary::searchFolders());
    if (spelling.dictionaries().isEmpty()) {
        std::printf("spelling: no dictionary found, not measured\n");
        return 0;
    }
    if (!spelling.setLanguage(spelling.dictionaries().constFirst().language))
        return 1;
    // The same without spelling first, for comparison: loading and styling the text.
    timer.start();
    {
        JournalPanel plain(&model, PendingDeletes::of(**journal), u"hint"_s);
        plain.show();
        QCoreApplication::processEvents();
        std::printf("entry opened in a new panel, spelling off: %.1f ms\n", BenchReport::ms(timer));
    }
    timer.start();
    JournalPanel spelt(&model, PendingDeletes::of(**journal), u"hint"_s);
    spelt.setSpelling(&spelling);
    spelt.show();
    QElapsedTimer tick;
    double longest = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longest = std::max(longest, BenchReport::ms(tick));
        tick.start();
    });
    // The panel opens its newest entry, the long one.
    if (spelt.currentEntryId() != *id)
        return 1;
    const double selected = BenchReport::ms(timer);
    tick.start();
    probe.start();
    QEventLoop idle;
    QTimer::singleShot(2000, &idle, &QEventLoop::quit);
    idle.exec();
    probe.stop();
    std::printf("entry opened with spelling on (%s): %.1f ms to open, then longest event-loop "
                "gap %.1f ms over 2 s\n",
        qPrintable(spelling.language()), selected, longest);
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
