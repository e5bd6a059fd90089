// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Search benchmark (not a test): fills a journal with a sample history, then "types" queries
// one keystroke at a time and prints how long each search took. Run by hand:
//   build/dev/tests/bench_search [--days N] [--entries-per-day X] [--other N]
// (by default 36,500 days of one entry each and no other rows)
#include "BenchCommandLine.h"
#include "BenchReport.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/SearchStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

static int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchCommandLine options(u"Search, timed per keystroke."_s);
    // One entry a day with seed 42: the journal every earlier run of this benchmark searched.
    options.addJsonOption();
    options.addSizeOptions({ 36500, 1.0, 0, 42 });
    options.process(app);
    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (Status s = BenchData::generate(**journal, options.size()); !s) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(s.error().message));
        return 1;
    }
    BenchReport report;
    report.setContext(u"entries"_s, *(*journal)->entries().count());
    report.setContext(u"other rows"_s, options.size().otherRows);
    report.add(u"journal generated and indexed"_s, BenchReport::ms(timer), u"ms"_s);

    // What people type: common and rare words, several words, punctuation, no match at all,
    // symbols and text that takes the substring path.
    const QStringList typed = {
        u"river"_s,
        u"grateful for"_s,
        u"therapist"_s,
        u"i"_s,
        u"the walk"_s,
        u"don't"_s,
        u"c++"_s,
        u"zebra crossing"_s,
        u"\"quoted AND -x"_s,
        u"héllo:"_s,
        u"🙂"_s,
        u"咖啡"_s,
        u"slept better last night"_s,
        u"a small step is still a step"_s,
    };
    QList<double> times;
    double worst = 0;
    QString worstQuery;
    for (const QString &text : typed) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            if (text.at(n - 1).isHighSurrogate())
                continue;
            const QString prefix = text.left(n);
            timer.restart();
            auto page = (*journal)->search().find(prefix, 50);
            const double ms = BenchReport::ms(timer);
            if (!page) {
                std::fprintf(stderr, "failed on %s: %s\n", qUtf8Printable(prefix),
                    qUtf8Printable(page.error().detail));
                return 1;
            }
            times << ms;
            if (ms > worst) {
                worst = ms;
                worstQuery = prefix;
            }
        }
        const auto whole = (*journal)->search().find(text, 50);
        report.add(u"hits for \"%1\""_s.arg(text), double(whole->hits.size()), u"hits"_s,
            whole->hasMore ? u"and more (a page is 50)"_s : QString());
    }
    const auto at = [&times](double q) { return BenchReport::quantile(times, q); };
    report.add(u"keystrokes"_s, double(times.size()), u"searches"_s);
    report.add(u"search per keystroke, median"_s, at(0.5), u"ms"_s);
    report.add(u"search per keystroke, p90"_s, at(0.9), u"ms"_s);
    report.add(u"search per keystroke, p99"_s, at(0.99), u"ms"_s);
    report.add(u"search per keystroke, worst"_s, worst, u"ms"_s, u"\"%1\""_s.arg(worstQuery));
    report.print(options.json());
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
