// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCareNotes.h"

#include "TextLength.h"

#include <QCoreApplication>

namespace Rekindle {
namespace {

    constexpr qint64 FutureToleranceSecs = qint64 { 5 } * 60;

} // namespace

Status Urge::validate(const QDateTime &now) const
{
    if (intensity < MinIntensity || intensity > MaxIntensity)
        return Error { tr("Rate how strong the urge was from %1 (mild) to %2 (very strong).")
                           .arg(MinIntensity)
                           .arg(MaxIntensity) };
    if (!occurredAt.isValid() || !day.isValid())
        return Error { tr("Choose when the urge came.") };
    if (occurredAt > now.addSecs(FutureToleranceSecs))
        return Error { tr("An urge cannot be logged in the future.") };
    if (characterCount(note) > MaxNoteLength)
        return Error {
            tr("The note is too long: keep it under %1 characters.").arg(MaxNoteLength)
        };
    return {};
}

Status UnsentMessage::validate() const
{
    if (body.trimmed().isEmpty())
        return Error { tr("Write what you would like to tell them first.") };
    if (characterCount(body) > MaxBodyLength)
        return Error { tr("This message is too long to keep. Split it into several.") };
    return {};
}

bool UnsentMessage::cooledOff(const QDateTime &now) const
{
    return written.isValid() && written.secsTo(now) >= qint64(CoolingOffHours) * 60 * 60;
}

QString UnsentMessage::stateName(UnsentState state)
{
    switch (state) {
    case UnsentState::Open:
        return tr("Not decided yet");
    case UnsentState::LetGo:
        return tr("Let go");
    case UnsentState::KeptForLater:
        return tr("Kept for later");
    }
    return {};
}

Status SmallWin::validate(QDate today) const
{
    if (what.trimmed().isEmpty())
        return Error { tr("Write what you did, even if it seems small.") };
    if (characterCount(what) > MaxTextLength)
        return Error { tr("Keep it short: under %1 characters.").arg(MaxTextLength) };
    if (!day.isValid())
        return Error { tr("Choose the day of the win.") };
    if (day > today)
        return Error { tr("A win is something already done: choose today or an earlier day.") };
    return {};
}

} // namespace Rekindle
