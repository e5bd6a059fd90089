// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QStringView>
#include <functional>

namespace Rekindle {

/// The cost of one Argon2id derivation, stored beside the wrapped key so that a journal opens
/// with the cost it was created with and a later version can raise it.
struct KdfParams {
    quint32 passes = 0; ///< crypto_pwhash's opslimit
    quint64 memory = 0; ///< crypto_pwhash's memlimit, in bytes
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// Turns a passphrase into a 32-byte key with Argon2id (crypto_pwhash, ALG_ARGON2ID13), and
/// finds the cost that takes this computer about 0.5 to 1 s, never less than 64 MiB and
/// 3 passes: slow enough that guessing passphrases from a stolen file is expensive, quick
/// enough that unlocking does not feel broken.
class PassphraseKdf {
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype SaltSize = 16;
    /// The floor of every new journal's cost.
    static constexpr KdfParams Minimum { 3, quint64(64) << 20 };
    /// What calibration never goes beyond: unlocking must not need more memory than an old
    /// laptop can spare, nor more passes than make a slow one wait for seconds.
    static constexpr quint64 MaximumCalibratedMemory = quint64(256) << 20;
    static constexpr quint32 MaximumCalibratedPasses = 32;
    /// What a stored cost may be at most (the parser refuses more, so that a damaged file
    /// cannot make unlocking ask for terabytes).
    static constexpr quint64 MaximumStoredMemory = quint64(4) << 30;
    static constexpr quint32 MaximumStoredPasses = 1000;

    /// Whether `params` is one libsodium can run and one this version accepts from a file.
    static bool isAcceptable(const KdfParams &params);

    /// The key of `passphrase` (its NFC UTF-8) with `salt` (SaltSize bytes) at `params`. An
    /// error for an empty passphrase, a wrong salt size, or a cost the machine cannot pay.
    static Result<SecretBytes> derive(
        QStringView passphrase, QByteArrayView salt, const KdfParams &params);
    static Result<SecretBytes> derive(
        const SecretBytes &passphraseUtf8, QByteArrayView salt, const KdfParams &params);

    struct Calibration {
        KdfParams params;
        double seconds = 0; ///< how long the chosen cost took, measured
    };
    /// Seconds one derivation at `params` takes; negative when it could not run.
    using Measure = std::function<double(const KdfParams &params)>;
    /// Chooses the cost for a new journal. `given` times a derivation: the real clock
    /// (measure()) unless a test gives one.
    static Result<Calibration> calibrate(const Measure &given = {});
    /// The real clock: one derivation of a random passphrase at `params`, timed.
    static double measure(const KdfParams &params);
};

} // namespace Rekindle
