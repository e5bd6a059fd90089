// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JournalNoteKeys.h"
#include "core/Pace.h"
#include "core/ReconnectRules.h"
#include "core/Result.h"
#include "core/SpaceRules.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <optional>

namespace Rekindle {

class Journal;

/// Settings that belong to the journal (they travel with it), over `journal_settings`.
/// Typed accessors validate; a missing or unreadable value falls back to its default.
class SettingsStore final : public QObject {
    Q_OBJECT

public:
    static inline const QString BreakupDateKey = QStringLiteral("acknowledge/breakupDate");
    static inline const QString AcceptedOnKey = QStringLiteral("acknowledge/acceptedOn");
    static inline const QString SpaceStartKey = QStringLiteral("space/startedOn");
    static inline const QString PerDayKey = QStringLiteral("space/bombardingPerDay");
    static inline const QString UnansweredKey = QStringLiteral("space/bombardingUnanswered");
    static inline const QString SafetyAnsweredKey = QStringLiteral("safety/answeredOn");
    static inline const QString SafetyAbuseKey = QStringLiteral("safety/abuse");
    static inline const QString SafetyNoContactKey = QStringLiteral("safety/askedNoContact");
    static inline const QString SafetyLegalOrderKey = QStringLiteral("safety/legalOrder");
    static inline const QString MinSpaceDaysKey = QStringLiteral("reconnect/minSpaceDays");
    static inline const QString MinMilestoneGapKey = QStringLiteral("pace/minMilestoneGapDays");
    static inline const QString OutcomeKey = QStringLiteral("journey/outcome");
    // The keys of the person's own notes and care choices are in core/JournalNoteKeys.h.
    /// The longest free text a setting (a letter, a plan) keeps.
    static constexpr qsizetype MaxTextLength = 20000;

    explicit SettingsStore(Journal &journal);

    /// The raw value of `key`, or nothing when unset.
    Result<std::optional<QString>> value(const QString &key) const;
    /// Sets (or, with a null `value`, removes) `key` in one transaction.
    Status setValue(const QString &key, const std::optional<QString> &value);

    int integer(const QString &key, int fallback) const;
    QDate date(const QString &key) const;

    /// The day of the breakup; invalid when not given yet.
    QDate breakupDate() const { return date(BreakupDateKey); }
    /// Refuses a day after today. An invalid date clears it.
    Status setBreakupDate(QDate day);

    /// The day "I accept that the relationship is over" was marked; invalid when not marked.
    QDate acceptedOn() const { return date(AcceptedOnKey); }
    /// Marks acceptance today, or withdraws it (acceptance may be revisited at any time).
    Status setAccepted(bool accepted);

    /// The day space began; invalid when not begun.
    QDate spaceStart() const { return date(SpaceStartKey); }
    Status setSpaceStart(QDate day);

    BombardingThresholds bombardingThresholds() const;
    Status setBombardingThresholds(const BombardingThresholds &thresholds);

    /// The safety check of step 3; not answered when never saved.
    SafetyCheck safetyCheck() const;
    /// Saves the answers (answered today when `check` has no day) in one transaction.
    Status setSafetyCheck(SafetyCheck check);

    /// Days of space the readiness check asks for (ReadinessInput bounds).
    int minSpaceDays() const;
    Status setMinSpaceDays(int days);
    /// The smallest gap between two reached milestones before a slow-down note (PaceRules).
    int minMilestoneGapDays() const;
    Status setMinMilestoneGapDays(int days);

    JourneyOutcome outcome() const;
    Status setOutcome(JourneyOutcome outcome);

    /// The free text kept under `key` (empty when unset or unreadable).
    QString text(const QString &key) const;
    /// Keeps `text` under `key` (an empty or blank text removes it); refuses one longer than
    /// MaxTextLength, leaving the stored text as it was.
    Status setText(const QString &key, const QString &text);
    /// A yes/no setting stored as "1"/"0".
    bool flag(const QString &key, bool fallback) const
    {
        return integer(key, fallback ? 1 : 0) != 0;
    }
    Status setFlag(const QString &key, bool on);

Q_SIGNALS:
    void changed(const QString &key);

private:
    Status setValues(const QList<QPair<QString, QString>> &values);
    Status setDate(const QString &key, QDate day, const QString &futureMessage);

    Journal &m_journal;
};

} // namespace Rekindle
