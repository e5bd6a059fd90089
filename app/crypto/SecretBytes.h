// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QStringView>
#include <QtGlobal>

namespace Rekindle {

/// Key material (the data key, keys derived from it or from a passphrase, a passphrase's bytes)
/// in memory of its own: libsodium's sodium_malloc puts it between guard pages, locks it out of
/// swap where the system allows, and sodium_free wipes it. Move-only, so that a key is never
/// copied into ordinary memory (QByteArray, QString) that would outlive it unwiped.
class SecretBytes {
public:
    SecretBytes() = default;
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    /// `size` bytes, all zero; an error when the memory cannot be had.
    static Result<SecretBytes> zeroed(qsizetype size);
    /// `size` bytes from the system's random generator.
    static Result<SecretBytes> random(qsizetype size);
    /// `size` bytes copied in from `source` (a key read from a test vector or a file's envelope).
    static Result<SecretBytes> copyOf(const unsigned char *source, qsizetype size);
    /// The UTF-8 of `text` in Unicode normalisation form C, encoded straight into protected
    /// memory: the same passphrase gives the same bytes whichever system composed it.
    static Result<SecretBytes> utf8Of(QStringView text);

    bool isNull() const { return m_data == nullptr; }
    qsizetype size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }

    /// Compares in constant time (no early exit that would tell where two keys differ).
    bool equals(const SecretBytes &other) const;

private:
    SecretBytes(unsigned char *data, qsizetype size, qsizetype capacity);
    void release();

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace Rekindle
