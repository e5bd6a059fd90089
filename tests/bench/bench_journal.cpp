// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints start-up and save figures on a ten-year journal (36,500 entries by default).
// A benchmark, not a test: it asserts nothing and is not run by ctest.
//   bench_journal [days] [entries-per-day]

#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int days = args.size() > 1 ? args.at(1).toInt() : 3650;
    const double perDay = args.size() > 2 ? args.at(2).toDouble() : 10.0;

    QTemporaryDir dir;
    {
        auto journal = Journal::open(dir.path());
        QElapsedTimer timer;
        timer.start();
        if (!journal || !DemoJournal::generate(**journal, { days, perDay, 1 })) {
            std::fprintf(stderr, "could not generate the journal\n");
            return 1;
        }
        std::printf("generate: %d days, %lld entries in %.0f ms\n", days,
            static_cast<long long>(*(*journal)->entries().count()), ms(timer));
    }

    const long rssBefore = residentKiB();
    QElapsedTimer timer;
    timer.start();
    auto journal = Journal::open(dir.path());
    const double openMs = ms(timer);
    MainWindow window(**journal);
    window.show();
    QCoreApplication::processEvents();
    const double windowMs = ms(timer);
    std::printf("open journal: %.1f ms\nwindow shown (open + build + first paint): %.1f ms\n",
        openMs, windowMs);
    std::printf(
        "resident memory: %ld KiB before, %ld KiB with the window\n", rssBefore, residentKiB());

    // Saves: the autosave path (one UPDATE in one transaction, fsync'd).
    EntryStore &store = (*journal)->entries();
    auto id = store.create(Step::Acknowledge, { u"bench"_s, u"start"_s, {} });
    QList<double> saves;
    QString body;
    for (int i = 0; i < 200; ++i) {
        body += u"A few more words of a long evening entry. "_s;
        QElapsedTimer save;
        save.start();
        if (!store.update(*id, { u"bench"_s, body, 5 }))
            return 1;
        saves << ms(save);
    }
    std::sort(saves.begin(), saves.end());
    std::printf("save: median %.2f ms, p95 %.2f ms, worst %.2f ms (%lld saves)\n",
        saves.at(saves.size() / 2), saves.at(saves.size() * 95 / 100), saves.constLast(),
        static_cast<long long>(saves.size()));
    return 0;
}
