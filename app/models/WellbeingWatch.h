// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace Rekindle {

class Journal;

/// Notices, as things are saved, a mood check-in (or an entry's mood) of 1 or 2 and words of
/// self-harm in an entry or a reflection (Wellbeing rules), and suggests the support note. It
/// only reads what was just saved; nothing is sent or stored because of it. A record brings the
/// note up once per session, however often it is saved while being written; the person can
/// turn the note off in Preferences.
class WellbeingWatch final : public QObject {
    Q_OBJECT

public:
    enum class Reason { LowMood, Words };
    Q_ENUM(Reason)

    explicit WellbeingWatch(Journal &journal, QObject *parent = nullptr);

    /// Whether the note is wanted (the journal setting; on unless turned off).
    bool enabled() const;

Q_SIGNALS:
    void supportSuggested(Rekindle::WellbeingWatch::Reason reason);

private:
    void onMood(qint64 id);
    void onEntry(qint64 id);
    void onReflection(qint64 id);
    void suggest(const QString &record, Reason reason);

    Journal &m_journal;
    QSet<QString> m_suggested; ///< records that brought the note up this session
};

} // namespace Rekindle
