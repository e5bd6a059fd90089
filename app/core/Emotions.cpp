// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emotions.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace Rekindle::Emotions {
namespace {

    constexpr std::array kEmotions = {
        std::pair { "calm", QT_TRANSLATE_NOOP("Rekindle::Emotions", "calm") },
        std::pair { "hopeful", QT_TRANSLATE_NOOP("Rekindle::Emotions", "hopeful") },
        std::pair { "grateful", QT_TRANSLATE_NOOP("Rekindle::Emotions", "grateful") },
        std::pair { "proud", QT_TRANSLATE_NOOP("Rekindle::Emotions", "proud") },
        std::pair { "content", QT_TRANSLATE_NOOP("Rekindle::Emotions", "content") },
        std::pair { "relieved", QT_TRANSLATE_NOOP("Rekindle::Emotions", "relieved") },
        std::pair { "sad", QT_TRANSLATE_NOOP("Rekindle::Emotions", "sad") },
        std::pair { "lonely", QT_TRANSLATE_NOOP("Rekindle::Emotions", "lonely") },
        std::pair { "anxious", QT_TRANSLATE_NOOP("Rekindle::Emotions", "anxious") },
        std::pair { "angry", QT_TRANSLATE_NOOP("Rekindle::Emotions", "angry") },
        std::pair { "guilty", QT_TRANSLATE_NOOP("Rekindle::Emotions", "guilty") },
        std::pair { "ashamed", QT_TRANSLATE_NOOP("Rekindle::Emotions", "ashamed") },
        std::pair { "confused", QT_TRANSLATE_NOOP("Rekindle::Emotions", "confused") },
        std::pair { "tired", QT_TRANSLATE_NOOP("Rekindle::Emotions", "tired") },
        std::pair { "restless", QT_TRANSLATE_NOOP("Rekindle::Emotions", "restless") },
        std::pair { "jealous", QT_TRANSLATE_NOOP("Rekindle::Emotions", "jealous") },
    };

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
