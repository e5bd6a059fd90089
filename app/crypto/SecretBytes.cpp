// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBytes.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QString>
#include <QStringEncoder>
#include <sodium.h>
#include <utility>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SecretBytes", text);
    }

    /// Overwrites the characters of `text`. When it shares them with another string, data()
    /// detaches and the other string keeps them: the caller wipes that one too.
    void wipe(QString &text)
    {
        if (!text.isEmpty())
            sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
        text.clear();
    }

} // namespace

SecretBytes::SecretBytes(unsigned char *data, qsizetype size, qsizetype capacity)
    : m_data(data)
    , m_size(size)
    , m_capacity(capacity)
{
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    // sodium_free wipes the whole allocation before it returns it.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

Result<SecretBytes> SecretBytes::zeroed(qsizetype size)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    if (size < 0)
        return Error { tr("Rekindle could not reserve memory for a key."),
            QStringLiteral("negative size %1").arg(size) };
    // sodium_malloc(0) is allowed but gives no usable pointer on every version: keep one byte.
    const auto capacity = static_cast<size_t>(qMax<qsizetype>(size, 1));
    auto *data = static_cast<unsigned char *>(sodium_malloc(capacity));
    if (!data)
        return Error { tr("Rekindle could not reserve memory for a key."),
            QStringLiteral("sodium_malloc(%1) failed").arg(size) };
    sodium_memzero(data, capacity);
    return SecretBytes(data, size, static_cast<qsizetype>(capacity));
}

Result<SecretBytes> SecretBytes::random(qsizetype size)
{
    auto bytes = zeroed(size);
    if (bytes)
        randombytes_buf(bytes->data(), static_cast<size_t>(size));
    return bytes;
}

Result<SecretBytes> SecretBytes::copyOf(const unsigned char *source, qsizetype size)
{
    auto bytes = zeroed(size);
    if (bytes && size > 0)
        std::copy(source, source + size, bytes->data());
    return bytes;
}

Result<SecretBytes> SecretBytes::utf8Of(QStringView text)
{
    // The copies normalisation needs are ordinary memory, like the text field the passphrase
    // came from; they are wiped here rather than left to the allocator.
    QString copy = text.toString();
    QString composed = copy.normalized(QString::NormalizationForm_C);
    wipe(copy);
    QStringEncoder encoder(QStringConverter::Utf8);
    auto bytes = zeroed(encoder.requiredSpace(composed.size()));
    if (bytes) {
        char *begin = reinterpret_cast<char *>(bytes->data());
        char *end = encoder.appendToBuffer(begin, composed);
        bytes->m_size = end - begin;
    }
    wipe(composed);
    return bytes;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

} // namespace Rekindle
