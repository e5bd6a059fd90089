// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContactEvent.h"
#include "core/Result.h"
#include "core/SelfCareNotes.h"
#include "core/SpaceRules.h"

#include <QObject>
#include <optional>

namespace Rekindle {

class Journal;

/// Where the person stands in step 1, for the page to show: breakup date, acceptance, the
/// space stretches, urges resisted this week and the bombarding check. Recomputed (with SQL
/// reads of distinct days and counts) whenever a setting, a contact or an urge changes.
class SpaceOverview final : public QObject {
    Q_OBJECT

public:
    SpaceOverview(Journal &journal, Qt::DayOfWeek firstDayOfWeek, QObject *parent = nullptr);

    QDate today() const;
    QDate breakupDate() const { return m_breakup; }
    /// Days from the breakup to today; nothing when no date was given.
    std::optional<qint64> daysSinceBreakup() const;
    QDate acceptedOn() const { return m_acceptedOn; }
    QDate spaceStart() const { return m_spaceStart; }
    /// Every stretch of space, oldest first, the last one current; empty before space began.
    const QList<SpaceStreak> &streaks() const { return m_streaks; }
    std::optional<SpaceStreak> currentStreak() const;
    std::optional<SpaceStreak> bestStreak() const;
    int urgesThisWeek() const { return m_urgesThisWeek; }
    const BombardingAssessment &bombarding() const { return m_bombarding; }
    BombardingThresholds thresholds() const { return m_thresholds; }
    /// The last error met while reading, for the page to show; empty when all went well.
    QString error() const { return m_error; }

    Status setBreakupDate(QDate day);
    Status setAccepted(bool accepted);
    Status setSpaceStart(QDate day);
    Status setThresholds(const BombardingThresholds &thresholds);
    Result<qint64> logUrge(int intensity, const QString &note);
    /// Logs a contact I made, now.
    Result<qint64> logMyContact(ContactChannel channel, const QString &note);

    /// Reads everything again (also when the day changes).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    Journal &m_journal;
    Qt::DayOfWeek m_firstDay;
    QDate m_breakup;
    QDate m_acceptedOn;
    QDate m_spaceStart;
    QList<SpaceStreak> m_streaks;
    int m_urgesThisWeek = 0;
    BombardingAssessment m_bombarding;
    BombardingThresholds m_thresholds;
    QString m_error;
};

} // namespace Rekindle
