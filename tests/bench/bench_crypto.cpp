// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Crypto benchmark (not a test): how long Argon2id calibration takes and what cost it picks on
// this computer, then the time to seal and to open one value of 100 B, 10 KB and 1 MB. Run by
// hand:
//   build/dev/tests/bench_crypto [--rounds N]
#include "BenchCommandLine.h"
#include "BenchReport.h"
#include "crypto/KeyWrap.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/ValueSealer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

static int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchCommandLine options(u"Argon2id, the key envelopes and sealing values."_s);
    options.addNumber(u"rounds"_s, u"Seals and opens of each size to time."_s, 200);
    options.process(app);
    const int rounds = options.number(u"rounds"_s);

    QElapsedTimer timer;
    timer.start();
    auto calibration = PassphraseKdf::calibrate();
    const double calibrating = double(timer.nsecsElapsed()) / 1e6;
    if (!calibration) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(calibration.error().message));
        return 1;
    }
    std::printf(
        "Argon2id calibration: %.0f ms in all; chose %u passes, %llu MiB, one derivation %.0f ms\n",
        calibrating, calibration->params.passes,
        static_cast<unsigned long long>(calibration->params.memory >> 20),
        calibration->seconds * 1e3);
    timer.restart();
    const bool floorOk = PassphraseKdf::measure(PassphraseKdf::Minimum) >= 0;
    std::printf("Argon2id at the floor (3 passes, 64 MiB): %.0f ms%s\n",
        double(timer.nsecsElapsed()) / 1e6, floorOk ? "" : " (failed)");

    auto dataKey = KeyWrap::newDataKey();
    if (!dataKey)
        return 1;
    timer.restart();
    auto envelope = KeyWrap::wrapWithPassphrase(
        *dataKey, u"a passphrase for the benchmark"_s, calibration->params);
    std::printf("wrap the data key with the calibrated cost: %.0f ms\n",
        double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    auto unwrapped = KeyWrap::unwrapWithPassphrase(*envelope, u"a passphrase for the benchmark"_s);
    std::printf("unwrap it (what unlocking costs before the journal opens): %.0f ms%s\n",
        double(timer.nsecsElapsed()) / 1e6, unwrapped ? "" : " (failed)");

    auto sealer = ValueSealer::forDataKey(*dataKey);
    if (!sealer)
        return 1;
    for (const qsizetype size : { qsizetype(100), qsizetype(10'000), qsizetype(1'000'000) }) {
        const QByteArray text(size, 'w');
        QList<double> sealing;
        QList<double> opening;
        const int times = size >= 1'000'000 ? qMax(1, rounds / 20) : rounds;
        for (int i = 0; i < times; ++i) {
            timer.restart();
            auto sealed = sealer->seal(u"entries"_s, u"body"_s, u"e-1"_s, text);
            sealing.append(double(timer.nsecsElapsed()) / 1e3);
            timer.restart();
            auto opened = sealer->open(u"entries"_s, u"body"_s, u"e-1"_s, *sealed);
            opening.append(double(timer.nsecsElapsed()) / 1e3);
            if (!opened || *opened != text) {
                std::fprintf(stderr, "a value did not open\n");
                return 1;
            }
        }
        std::printf("%8lld B: seal %9.1f us, open %9.1f us (median of %d), stored as %lld B\n",
            static_cast<long long>(size), BenchReport::median(sealing),
            BenchReport::median(opening), times,
            static_cast<long long>(sealer->seal(u"entries"_s, u"body"_s, u"e-1"_s, text)->size()));
    }
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
