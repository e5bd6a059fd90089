// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseKdf.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QElapsedTimer>
#include <QString>
#include <cmath>
#include <sodium.h>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::PassphraseKdf", text);
    }

    /// The time calibration aims at, in the middle of the 0.5 to 1 s the design asks for.
    constexpr double TargetSeconds = 0.75;
    constexpr double LowestSeconds = 0.5;
    constexpr double HighestSeconds = 1.0;

    QString describe(const KdfParams &params)
    {
        return QStringLiteral("%1 passes, %2 MiB").arg(params.passes).arg(params.memory >> 20);
    }

} // namespace

bool PassphraseKdf::isAcceptable(const KdfParams &params)
{
    return params.passes >= crypto_pwhash_argon2id_OPSLIMIT_MIN
        && params.passes <= MaximumStoredPasses
        && params.memory >= crypto_pwhash_argon2id_MEMLIMIT_MIN
        && params.memory <= MaximumStoredMemory
        && params.memory <= crypto_pwhash_argon2id_MEMLIMIT_MAX;
}

Result<SecretBytes> PassphraseKdf::derive(
    QStringView passphrase, QByteArrayView salt, const KdfParams &params)
{
    auto bytes = SecretBytes::utf8Of(passphrase);
    if (!bytes)
        return bytes.error();
    return derive(*bytes, salt, params);
}

Result<SecretBytes> PassphraseKdf::derive(
    const SecretBytes &passphraseUtf8, QByteArrayView salt, const KdfParams &params)
{
    if (passphraseUtf8.size() == 0)
        return Error { tr("The passphrase is empty.") };
    if (salt.size() != SaltSize || !isAcceptable(params))
        return Error { tr("The journal's key settings are damaged."),
            QStringLiteral("salt of %1 bytes, %2").arg(salt.size()).arg(describe(params)) };
    auto key = SecretBytes::zeroed(KeySize);
    if (!key)
        return key;
    const int failed = crypto_pwhash(key->data(), static_cast<unsigned long long>(KeySize),
        reinterpret_cast<const char *>(passphraseUtf8.data()),
        static_cast<unsigned long long>(passphraseUtf8.size()),
        reinterpret_cast<const unsigned char *>(salt.data()), params.passes,
        static_cast<size_t>(params.memory), crypto_pwhash_ALG_ARGON2ID13);
    if (failed)
        return Error { tr("This computer does not have the memory to unlock the journal now. "
                          "Close other programs and try again."),
            QStringLiteral("crypto_pwhash failed at %1").arg(describe(params)) };
    return key;
}

double PassphraseKdf::measure(const KdfParams &params)
{
    auto passphrase = SecretBytes::random(24);
    if (!passphrase)
        return -1;
    unsigned char salt[SaltSize];
    randombytes_buf(salt, sizeof salt);
    QElapsedTimer timer;
    timer.start();
    auto key = derive(*passphrase, QByteArrayView(salt, SaltSize), params);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return key ? seconds : -1;
}

Result<PassphraseKdf::Calibration> PassphraseKdf::calibrate(const Measure &given)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    const Measure measureOnce = given ? given : Measure(&PassphraseKdf::measure);
    const auto cannot = [](const KdfParams &params) {
        return Error { tr("This computer does not have the memory to protect a journal with a "
                          "passphrase now. Close other programs and try again."),
            QStringLiteral("Argon2id could not run at %1").arg(describe(params)) };
    };

    const double floorSeconds = measureOnce(Minimum);
    if (floorSeconds < 0)
        return cannot(Minimum);
    // A slow computer stays at the floor, however long that takes: the floor is the promise.
    if (floorSeconds >= LowestSeconds)
        return Calibration { Minimum, floorSeconds };

    // Argon2's time grows with memory times passes. Memory first (it is what makes guessing
    // on graphics cards expensive), then passes, predicted from the floor's time.
    const double perMiBPass
        = floorSeconds / (double(Minimum.passes) * double(Minimum.memory >> 20));
    KdfParams chosen = Minimum;
    while (chosen.memory * 2 <= MaximumCalibratedMemory
        && perMiBPass * double(chosen.passes) * double((chosen.memory * 2) >> 20) <= TargetSeconds)
        chosen.memory *= 2;
    const double perPass = perMiBPass * double(chosen.memory >> 20);
    chosen.passes = quint32(qBound(double(Minimum.passes), std::floor(TargetSeconds / perPass),
        double(MaximumCalibratedPasses)));

    double seconds = measureOnce(chosen);
    if (seconds < 0) {
        // More memory than the system would give: the floor's memory, with more passes.
        chosen.memory = Minimum.memory;
        seconds = measureOnce(chosen);
        if (seconds < 0)
            return Calibration { Minimum, floorSeconds };
    }
    // The prediction is linear; one correction of the passes from the real figure.
    if (seconds < LowestSeconds || seconds > HighestSeconds) {
        const double corrected = std::floor(double(chosen.passes) * TargetSeconds / seconds);
        const auto passes
            = quint32(qBound(double(Minimum.passes), corrected, double(MaximumCalibratedPasses)));
        if (passes != chosen.passes) {
            const KdfParams retry { passes, chosen.memory };
            if (const double again = measureOnce(retry); again >= 0) {
                chosen = retry;
                seconds = again;
            }
        }
    }
    return Calibration { chosen, seconds };
}

} // namespace Rekindle
