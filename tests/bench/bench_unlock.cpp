// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints what encryption at rest costs on a generated journal (by default ten years: 36,500
// entries and 100,000 other rows): Argon2id at the cost calibrated on this machine, on its
// own; unlocking to a usable journal without it (the key opened, stores readable), with and
// without the encrypted search snapshot; the time until search finds everything, and the
// longest stall of the GUI thread meanwhile; a save, encrypted beside a plain copy of the same
// journal saved in turn, and per-keystroke search, encrypted beside plain. A benchmark, not a test:
// it asserts nothing and is not run by ctest.
//   bench_unlock [--days N] [--entries-per-day X] [--other N] [--saves N] [--json]

#include "BenchCommandLine.h"
#include "BenchData.h"
#include "BenchReport.h"
#include "crypto/PassphraseKdf.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalVault.h"
#include "storage/SearchSnapshot.h"
#include "storage/SearchSnapshotWriter.h"
#include "storage/SearchStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <exception>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = u"a passphrase for the benchmark"_s;

/// What people type, one keystroke at a time.
const QStringList Typed = {
    u"river"_s,
    u"grateful for"_s,
    u"therapist"_s,
    u"the walk"_s,
    u"don't"_s,
    u"zebra crossing"_s,
    u"slept better last night"_s,
    u"a small step is still a step"_s,
};

struct Keystrokes {
    double median = 0;
    double p95 = 0;
    double worst = 0;
};

Keystrokes keystrokes(Journal &journal)
{
    QList<double> times;
    QElapsedTimer timer;
    for (const QString &text : Typed) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            timer.restart();
            const auto page = journal.search().find(text.left(n), 50);
            times << BenchReport::ms(timer);
            if (!page)
                std::fprintf(stderr, "search failed: %s\n", qUtf8Printable(page.error().detail));
        }
    }
    return { BenchReport::median(times), BenchReport::quantile(times, 0.95),
        *std::max_element(times.cbegin(), times.cend()) };
}

/// What round `round` saves: a new text of everyday length each time.
EntryContent saveContent(int round)
{
    return { u"A title"_s,
        u"Written again, round %1: a paragraph of the length people write in one sitting, "
        "a few sentences about the day, how it felt and what helped."_s.arg(round),
        std::nullopt };
}

/// One save of `entry`, a transaction flushed to disk: its time.
double timedSave(Journal &journal, qint64 entry, int round)
{
    const EntryContent content = saveContent(round);
    QElapsedTimer timer;
    timer.start();
    if (Status saved = journal.entries().update(entry, content); !saved)
        std::fprintf(stderr, "save failed: %s\n", qUtf8Printable(saved.error().detail));
    return BenchReport::ms(timer);
}

struct PairedSaves {
    double plainMedian = 0;
    double sealedMedian = 0;
    double ratioMedian = 0; ///< the median of each pair's encrypted ÷ plain
};

/// Saves `entry` of two copies of one journal in turn, a plain one and an encrypted one: each
/// pair meets the same state of the machine (its disk's flush times drift), so the ratio is not
/// that of two moments.
PairedSaves pairedSaves(Journal &plain, Journal &sealed, qint64 entry, int rounds)
{
    QList<double> plainTimes;
    QList<double> sealedTimes;
    QList<double> ratios;
    for (int i = 0; i < rounds; ++i) {
        // Which goes first alternates too: a save just after another may find warmer caches.
        double plainMs = 0;
        double sealedMs = 0;
        if (i % 2 == 0) {
            plainMs = timedSave(plain, entry, i);
            sealedMs = timedSave(sealed, entry, i);
        } else {
            sealedMs = timedSave(sealed, entry, i);
            plainMs = timedSave(plain, entry, i);
        }
        plainTimes << plainMs;
        sealedTimes << sealedMs;
        ratios << sealedMs / plainMs;
    }
    return { BenchReport::median(plainTimes), BenchReport::median(sealedTimes),
        BenchReport::median(ratios) };
}

struct Unlocked {
    double unlockMs = 0; ///< unlock() returned: stores read and write
    double searchReadyMs = 0; ///< from before unlock() until the index is ready
    double longestStallMs = 0; ///< the longest gap between two 16 ms ticks meanwhile
    bool restored = false;
};

/// Unlocks with an attempt whose Argon2id ran beforehand, and waits for search, turning the
/// event loop as the window would.
Unlocked unlockTimed(Journal &journal)
{
    Unlocked result;
    auto attempt = journal.encryption().attemptPassphrase(Passphrase);
    attempt->run();
    QElapsedTimer clock;
    clock.start();
    if (Status status = journal.encryption().unlock(*attempt); !status)
        std::fprintf(stderr, "unlock failed: %s\n", qUtf8Printable(status.error().message));
    result.unlockMs = BenchReport::ms(clock);
    double last = result.unlockMs;
    QTimer frame;
    frame.setInterval(16);
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const double now = BenchReport::ms(clock);
        result.longestStallMs = std::max(result.longestStallMs, now - last);
        last = now;
    });
    frame.start();
    while (!journal.encryption().isSearchIndexReady() && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
    result.searchReadyMs = BenchReport::ms(clock);
    result.longestStallMs = std::max(result.longestStallMs, result.searchReadyMs - last);
    // A pointer cast: a reference one throws std::bad_cast, which main() would not catch.
    const auto *vault = dynamic_cast<const JournalVault *>(&journal.encryption());
    result.restored = vault && vault->searchIndexWasRestored();
    return result;
}

} // namespace

static int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchCommandLine options(u"Encryption at rest: unlock, search ready, lock, close, saves."_s);
    options.addJsonOption();
    options.addSizeOptions();
    options.addNumber(u"saves"_s, u"Pairs of saves to time (plain, encrypted)."_s, 400, 10);
    options.process(app);
    const int saveCount = options.number(u"saves"_s);
    const bool json = options.json();
    BenchReport report;

    // Argon2id as a new journal would get it, then one unlock's worth of it.
    QElapsedTimer timer;
    timer.start();
    const auto calibration = PassphraseKdf::calibrate();
    if (!calibration) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(calibration.error().message));
        return 1;
    }
    report.add(u"Argon2id calibration (turning on, changing the passphrase)"_s,
        BenchReport::ms(timer), u"ms"_s,
        u"%1 passes, %2 MiB"_s.arg(calibration->params.passes)
            .arg(calibration->params.memory >> 20));
    timer.restart();
    PassphraseKdf::measure(calibration->params);
    report.add(u"Argon2id at the calibrated cost (each unlock)"_s, BenchReport::ms(timer), u"ms"_s,
        u"off the GUI thread"_s);
    // The journal's own envelope then costs the floor: the figures below leave Argon2id out.
    JournalEncryption::useMinimumKdfCost(true);

    QTemporaryDir dir;
    auto opened = Journal::open(dir.path());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Journal> journal = std::move(*opened);
    const BenchData::Size size = options.size();
    timer.restart();
    if (Status status = BenchData::generate(*journal, size); !status) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(status.error().message));
        return 1;
    }
    const qint64 entries = *journal->entries().count();
    report.setContext(u"entries"_s, entries);
    report.setContext(u"other rows"_s, size.otherRows);
    report.setContext(u"generated in ms"_s, qint64(timer.elapsed()));
    const auto entry = journal->entries().create(Step::Acknowledge,
        { u"A title"_s, u"The entry the benchmark saves again and again."_s, std::nullopt });
    if (!entry)
        return 1;

    const Keystrokes plainKeys = keystrokes(*journal);
    // The plain twin the encrypted saves are paired with: a copy made before turning on.
    QTemporaryDir twinDir;
    if (Status copied = journal->backupTo(twinDir.filePath(Journal::DatabaseFileName)); !copied) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(copied.error().message));
        return 1;
    }
    auto twin = Journal::open(twinDir.path());
    if (!twin) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(twin.error().message));
        return 1;
    }

    timer.restart();
    if (auto key = journal->encryption().turnOn(Passphrase); !key) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(key.error().message));
        return 1;
    }
    report.add(u"turning encryption on (rewrite, VACUUM; Argon2id at the floor)"_s,
        BenchReport::ms(timer), u"ms"_s);
    while (!journal->encryption().isSearchIndexReady())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
    journal->encryption().lock();
    // The rebuilt index's snapshot is sealed and written off the GUI thread: on disk before
    // the unlocks are timed.
    SearchSnapshotWriter::wait();
    const QString snapshot = SearchSnapshot::pathIn(dir.path());
    report.setContext(u"search snapshot bytes"_s, QFileInfo(snapshot).size());
    report.setContext(u"journal bytes"_s, QFileInfo(journal->filePath()).size());

    const Unlocked withSnapshot = unlockTimed(*journal);
    report.add(u"unlock to usable, with the snapshot (no Argon2id)"_s, withSnapshot.unlockMs,
        u"ms"_s, u"target ≤ 300 ms"_s);
    report.add(u"search ready after unlock, from the snapshot"_s, withSnapshot.searchReadyMs,
        u"ms"_s, withSnapshot.restored ? u"target ≤ 1 s"_s : u"NOT restored"_s);
    report.add(u"longest GUI stall meanwhile"_s, withSnapshot.longestStallMs, u"ms"_s);

    const Keystrokes sealedKeys = keystrokes(*journal);
    const PairedSaves saves = pairedSaves(**twin, *journal, *entry, saveCount);
    twin->reset();
    // A save made the snapshot stale: the lock seals the index again.
    timer.restart();
    journal->encryption().lock();
    report.add(u"lock after a save (snapshot taken for sealing)"_s, BenchReport::ms(timer), u"ms"_s,
        u"GUI thread"_s);
    timer.restart();
    SearchSnapshotWriter::wait();
    report.add(u"snapshot sealed and written after that lock"_s, BenchReport::ms(timer), u"ms"_s,
        u"off the GUI thread"_s);

    QFile::remove(snapshot);
    const Unlocked rebuilt = unlockTimed(*journal);
    report.add(
        u"unlock to usable, without a snapshot"_s, rebuilt.unlockMs, u"ms"_s, u"target ≤ 300 ms"_s);
    report.add(u"search ready after unlock, rebuilt on the worker"_s, rebuilt.searchReadyMs,
        u"ms"_s, rebuilt.restored ? u"restored?"_s : QString());
    report.add(u"longest GUI stall meanwhile"_s, rebuilt.longestStallMs, u"ms"_s);

    report.add(u"save, median: plain (a twin, saved in turn)"_s, saves.plainMedian, u"ms"_s);
    report.add(u"save, median: encrypted"_s, saves.sealedMedian, u"ms"_s,
        u"%1× plain (median of the pairs' ratios; of the medians %2×); target ≤ 1.2×"_s
            .arg(saves.ratioMedian, 0, 'f', 2)
            .arg(saves.sealedMedian / saves.plainMedian, 0, 'f', 2));
    report.add(u"keystroke search, median / p95: plain"_s, plainKeys.median, u"ms"_s,
        u"p95 %1 ms, worst %2 ms"_s.arg(plainKeys.p95, 0, 'f', 1).arg(plainKeys.worst, 0, 'f', 1));
    report.add(u"keystroke search, median / p95: encrypted"_s, sealedKeys.median, u"ms"_s,
        u"p95 %1 ms, worst %2 ms"_s.arg(sealedKeys.p95, 0, 'f', 1)
            .arg(sealedKeys.worst, 0, 'f', 1));
    // Closing with a snapshot made stale by a save: the close waits for its write a little.
    timedSave(*journal, *entry, saveCount);
    timer.restart();
    journal.reset();
    report.add(u"close after a save (snapshot sealed on its thread)"_s, BenchReport::ms(timer),
        u"ms"_s, u"target ≤ 200 ms"_s);
    SearchSnapshotWriter::wait();
    report.print(json);
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
