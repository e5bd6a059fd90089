// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartItem.h"

#include "TextLength.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::MyPartItem", text);
    }

    constexpr std::array kStatusNames = {
        QT_TRANSLATE_NOOP("Rekindle::MyPartItem", "Noticed"),
        QT_TRANSLATE_NOOP("Rekindle::MyPartItem", "Working on it"),
        QT_TRANSLATE_NOOP("Rekindle::MyPartItem", "Changed"),
    };

} // namespace

Status MyPartItem::validate() const
{
    if (whatHappened.trimmed().isEmpty())
        return Error { tr("Write a few words about what happened.") };
    for (const QString *text : { &whatHappened, &myPart, &instead })
        if (characterCount(*text) > MaxTextLength)
            return Error {
                tr("This text is too long: keep it under %1 characters.").arg(MaxTextLength)
            };
    return {};
}

QString MyPartItem::shortTitle() const
{
    const QString simplified = whatHappened.simplified();
    constexpr qsizetype Max = 60;
    return simplified.size() <= Max ? simplified : simplified.left(Max - 1) + u'…';
}

namespace MyPart {

    QList<MyPartStatus> statuses()
    {
        return { MyPartStatus::Noticed, MyPartStatus::WorkingOnIt, MyPartStatus::Changed };
    }

    QString statusName(MyPartStatus status)
    {
        return tr(kStatusNames.at(size_t(status)));
    }

    std::optional<MyPartStatus> statusFromInt(int value)
    {
        if (value < 0 || value >= int(kStatusNames.size()))
            return std::nullopt;
        return MyPartStatus(value);
    }

} // namespace MyPart
} // namespace Rekindle
