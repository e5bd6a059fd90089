// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Rekindle {

/// An urge to contact them that I noticed and did not act on.
struct Urge {
    static constexpr int MinIntensity = 1;
    static constexpr int MaxIntensity = 5;
    static constexpr qsizetype MaxNoteLength = 5000;

    qint64 id = 0;
    QDateTime occurredAt; ///< UTC
    QDate day; ///< local day, fixed when recorded
    int intensity = 3;
    QString note;

    Status validate(const QDateTime &now) const;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::Urge)
};

/// Stored values: never renumber.
enum class UnsentState : int { Open = 0, LetGo = 1, KeptForLater = 2 };

/// Words for them that are written down and deliberately not sent.
struct UnsentMessage {
    static constexpr qsizetype MaxBodyLength = 100000;
    /// Read it again after this long before deciding anything.
    static constexpr int CoolingOffHours = 24;

    qint64 id = 0;
    QString body;
    QDateTime written; ///< UTC
    UnsentState state = UnsentState::Open;
    QDateTime decided; ///< when it was let go or kept; invalid while open

    Status validate() const;
    /// True once the cooling-off time has passed since it was written.
    bool cooledOff(const QDateTime &now) const;
    static QString stateName(UnsentState state);

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::UnsentMessage)
};

/// A small thing done well, worth noticing.
struct SmallWin {
    static constexpr qsizetype MaxTextLength = 1000;

    qint64 id = 0;
    QString what;
    QDate day;
    QDateTime created; ///< UTC

    Status validate(QDate today) const;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::SmallWin)
};

} // namespace Rekindle
