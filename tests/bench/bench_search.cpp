// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Search benchmark (not a test): fills a journal with a sample history, then "types" queries
// one keystroke at a time and prints how long each search took. Run by hand:
//   build/dev/tests/bench_search [entries]
#include "BenchReport.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/SearchStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <exception>

using namespace Rekindle;
using namespace Qt::StringLiterals;

static int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 36500;
    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (Status s = DemoJournal::generate(**journal, { wanted, 1.0, 42 }); !s) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(s.error().message));
        return 1;
    }
    const qint64 entries = *(*journal)->entries().count();
    std::printf("journal: %lld entries, generated and indexed in %lld ms\n",
        static_cast<long long>(entries), static_cast<long long>(timer.elapsed()));

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
        std::printf("  %-32s %3lld hits%s\n", qUtf8Printable(text),
            static_cast<long long>((*journal)->search().find(text, 50)->hits.size()),
            (*journal)->search().find(text, 50)->hasMore ? "+" : "");
    }
    const auto at = [&times](double q) { return BenchReport::quantile(times, q); };
    std::printf("keystrokes: %lld  median %.2f ms  p90 %.2f ms  p99 %.2f ms  worst %.2f ms (%s)\n",
        static_cast<long long>(times.size()), at(0.5), at(0.9), at(0.99), worst,
        qUtf8Printable(worstQuery));
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
