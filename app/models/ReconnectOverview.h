// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReconnectRules.h"
#include "core/Result.h"

#include <QMap>
#include <QObject>

namespace Rekindle {

class Journal;

/// What step 3 shows before its tools: the safety check and the readiness assessment, read
/// from the journal (space, goals, moods) and recomputed when any of them changes.
class ReconnectOverview final : public QObject {
    Q_OBJECT

public:
    explicit ReconnectOverview(Journal &journal, QObject *parent = nullptr);

    SafetyCheck safety() const { return m_safety; }
    /// Advised only when the safety check raised no concern and no "no" is on record.
    bool contactAdvised() const
    {
        return ReconnectRules::contactAdvised(m_safety) && !m_noRecorded;
    }
    /// A contact reply or a meet-up recorded a "no".
    bool noRecorded() const { return m_noRecorded; }
    Status setSafety(const SafetyCheck &check);

    const Readiness &readiness() const { return m_readiness; }
    int minSpaceDays() const { return m_minSpaceDays; }
    Status setMinSpaceDays(int days);

    /// Moods from elsewhere (e.g. mood check-ins) to add to those of journal entries.
    void setExtraMoods(const QList<DayMood> &moods);

    /// What could not be read at the last update, empty when everything was.
    QString error() const;
    /// Reads everything again (a new day, or settings changed).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    /// What a change reads again; AllParts also takes the settings and the time anew.
    enum Part : unsigned {
        Space = 1,
        Goals = 2,
        Moods = 4,
        Contacts = 8,
        Answers = 16,
        AllParts = Space | Goals | Moods | Contacts | Answers,
    };
    using Parts = unsigned;
    void update(Parts parts);

    Journal &m_journal;
    SafetyCheck m_safety;
    bool m_noRecorded = false;
    Readiness m_readiness;
    int m_minSpaceDays = ReadinessInput::DefaultMinSpaceDays;
    QList<DayMood> m_extraMoods;
    QList<DayMood> m_entryMoods;
    ReadinessInput m_input;
    /// What could not be read, by the part that read it.
    QMap<Part, QString> m_errors;
};

} // namespace Rekindle
