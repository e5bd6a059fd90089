// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emotions.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace Rekindle::Emotions {
namespace {

#define EMOTION(key, text)                                                                         \
    std::pair                                                                                      \
    {                                                                                              \
        key, QT_TRANSLATE_NOOP("Rekindle::Emotions", text)                                         \
    }

    constexpr std::array kEmotions = {
        EMOTION("calm", "calm"),
        EMOTION("hopeful", "hopeful"),
        EMOTION("grateful", "grateful"),
        EMOTION("proud", "proud"),
        EMOTION("content", "content"),
        EMOTION("relieved", "relieved"),
        EMOTION("sad", "sad"),
        EMOTION("lonely", "lonely"),
        EMOTION("anxious", "anxious"),
        EMOTION("angry", "angry"),
        EMOTION("guilty", "guilty"),
        EMOTION("ashamed", "ashamed"),
        EMOTION("confused", "confused"),
        EMOTION("tired", "tired"),
        EMOTION("restless", "restless"),
        EMOTION("jealous", "jealous"),
    };

#undef EMOTION

} // namespace

QStringList keys()
{
    QStringList result;
    for (const auto &[key, text] : kEmotions)
        result << QString::fromLatin1(key);
    return result;
}

QString displayName(const QString &key)
{
    for (const auto &[k, text] : kEmotions)
        if (key == QLatin1StringView(k))
            return QCoreApplication::translate("Rekindle::Emotions", text);
    return key;
}

QString keyFor(const QString &nameOrKey)
{
    QString wanted = nameOrKey.trimmed();
    for (const auto &[k, text] : kEmotions)
        if (wanted.compare(QLatin1StringView(k), Qt::CaseInsensitive) == 0
            || wanted.compare(
                   QCoreApplication::translate("Rekindle::Emotions", text), Qt::CaseInsensitive)
                == 0)
            return QString::fromLatin1(k);
    return wanted;
}

} // namespace Rekindle::Emotions
