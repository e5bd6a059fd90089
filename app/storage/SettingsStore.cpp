// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordKinds.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "StoreUtil.h"

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString Upsert
        = u"INSERT INTO journal_settings (key, value) VALUES (?, %1) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(FieldCodec::TextParam);

    /// A setting's value is bound to its key: the place of a setting is (settings, value, key).
    FieldCodec::Place placeOf(const QString &key)
    {
        return { RecordKinds::SettingsTable, u"value"_s, key };
    }

} // namespace

SettingsStore::SettingsStore(Journal &journal)
    : m_journal(journal)
{
}

Result<std::optional<QString>> SettingsStore::value(const QString &key) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT %1 FROM journal_settings WHERE key = ?"_s.arg(FieldCodec::textColumn(u"value"_s)),
        { key }, tr("The journal's settings could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    auto text = m_journal.fieldCodec().read(placeOf(key), query->value(0));
    if (!text)
        return text.error();
    return std::optional<QString>(*text);
}

Status SettingsStore::setValue(const QString &key, const std::optional<QString> &value)
{
    RecordWrite::Save save(m_journal, tr("The setting could not be saved."));
    if (!save.begun())
        return save.status();
    auto query = value
        ? save.run(Upsert, { key, m_journal.fieldCodec().bind(placeOf(key), *value) })
        : save.run(u"DELETE FROM journal_settings WHERE key = ?"_s, { key });
    if (!query)
        return query.error();
    if (Status status = save.commit(); !status)
        return status;
    Q_EMIT changed(key);
    return {};
}

int SettingsStore::integer(const QString &key, int fallback) const
{
    const auto stored = value(key);
    if (!stored || !stored->has_value())
        return fallback;
    bool ok = false;
    const int result = (*stored)->toInt(&ok);
    return ok ? result : fallback;
}

QDate SettingsStore::date(const QString &key) const
{
    const auto stored = value(key);
    if (!stored || !stored->has_value())
        return {};
    return StoreUtil::day(**stored);
}

Status SettingsStore::setDate(const QString &key, QDate day, const QString &futureMessage)
{
    if (!day.isValid())
        return setValue(key, std::nullopt);
    if (day > m_journal.clock().today())
        return Error { futureMessage };
    return setValue(key, StoreUtil::dayText(day));
}

Status SettingsStore::setBreakupDate(QDate day)
{
    return setDate(BreakupDateKey, day,
        tr("The breakup date cannot be in the future. Choose today or an earlier "
           "day."));
}

Status SettingsStore::setAccepted(bool accepted)
{
    if (!accepted)
        return setValue(AcceptedOnKey, std::nullopt);
    return setValue(AcceptedOnKey, StoreUtil::dayText(m_journal.clock().today()));
}

Status SettingsStore::setSpaceStart(QDate day)
{
    return setDate(
        SpaceStartKey, day, tr("Space can only have begun today or earlier. Choose another day."));
}

BombardingThresholds SettingsStore::bombardingThresholds() const
{
    BombardingThresholds t;
    t.perDay = std::clamp(integer(PerDayKey, BombardingThresholds::DefaultPerDay),
        BombardingThresholds::Min, BombardingThresholds::Max);
    t.unansweredInRow = std::clamp(integer(UnansweredKey, BombardingThresholds::DefaultUnanswered),
        BombardingThresholds::Min, BombardingThresholds::Max);
    return t;
}

Status SettingsStore::setBombardingThresholds(const BombardingThresholds &thresholds)
{
    const auto inRange
        = [](int v) { return v >= BombardingThresholds::Min && v <= BombardingThresholds::Max; };
    if (!inRange(thresholds.perDay) || !inRange(thresholds.unansweredInRow))
        return Error { tr("Choose limits between %1 and %2.")
                           .arg(BombardingThresholds::Min)
                           .arg(BombardingThresholds::Max) };
    {
        RecordWrite::Save save(m_journal, tr("The setting could not be saved."));
        if (!save.begun())
            return save.status();
        const FieldCodec &codec = m_journal.fieldCodec();
        if (auto q = save.run(Upsert,
                { PerDayKey, codec.bind(placeOf(PerDayKey), QString::number(thresholds.perDay)) });
            !q)
            return q.error();
        if (auto q = save.run(Upsert,
                { UnansweredKey,
                    codec.bind(
                        placeOf(UnansweredKey), QString::number(thresholds.unansweredInRow)) });
            !q)
            return q.error();
        if (Status status = save.commit(); !status)
            return status;
    }
    Q_EMIT changed(PerDayKey);
    Q_EMIT changed(UnansweredKey);
    return {};
}

Status SettingsStore::setValues(const QList<QPair<QString, QString>> &values)
{
    {
        RecordWrite::Save save(m_journal, tr("The setting could not be saved."));
        if (!save.begun())
            return save.status();
        for (const auto &[key, value] : values)
            if (auto q
                = save.run(Upsert, { key, m_journal.fieldCodec().bind(placeOf(key), value) });
                !q)
                return q.error();
        if (Status status = save.commit(); !status)
            return status;
    }
    for (const auto &pair : values)
        Q_EMIT changed(pair.first);
    return {};
}

SafetyCheck SettingsStore::safetyCheck() const
{
    SafetyCheck check;
    check.answeredOn = date(SafetyAnsweredKey);
    check.abuse = integer(SafetyAbuseKey, 0) != 0;
    check.askedNoContact = integer(SafetyNoContactKey, 0) != 0;
    check.legalOrder = integer(SafetyLegalOrderKey, 0) != 0;
    return check;
}

Status SettingsStore::setSafetyCheck(SafetyCheck check)
{
    if (!check.answeredOn.isValid() || check.answeredOn > m_journal.clock().today())
        check.answeredOn = m_journal.clock().today();
    const auto flag = [](bool on) { return on ? u"1"_s : u"0"_s; };
    return setValues({ { SafetyAnsweredKey, StoreUtil::dayText(check.answeredOn) },
        { SafetyAbuseKey, flag(check.abuse) }, { SafetyNoContactKey, flag(check.askedNoContact) },
        { SafetyLegalOrderKey, flag(check.legalOrder) } });
}

int SettingsStore::minSpaceDays() const
{
    return std::clamp(integer(MinSpaceDaysKey, ReadinessInput::DefaultMinSpaceDays),
        ReadinessInput::MinSpaceDaysLower, ReadinessInput::MinSpaceDaysUpper);
}

Status SettingsStore::setMinSpaceDays(int days)
{
    if (days < ReadinessInput::MinSpaceDaysLower || days > ReadinessInput::MinSpaceDaysUpper)
        return Error { tr("Choose between %1 and %2 days of space.")
                           .arg(ReadinessInput::MinSpaceDaysLower)
                           .arg(ReadinessInput::MinSpaceDaysUpper) };
    return setValue(MinSpaceDaysKey, QString::number(days));
}

int SettingsStore::minMilestoneGapDays() const
{
    return std::clamp(integer(MinMilestoneGapKey, PaceRules::DefaultMinGapDays),
        PaceRules::MinGapLower, PaceRules::MinGapUpper);
}

Status SettingsStore::setMinMilestoneGapDays(int days)
{
    if (days < PaceRules::MinGapLower || days > PaceRules::MinGapUpper)
        return Error { tr("Choose a gap between %1 and %2 days.")
                           .arg(PaceRules::MinGapLower)
                           .arg(PaceRules::MinGapUpper) };
    return setValue(MinMilestoneGapKey, QString::number(days));
}

JourneyOutcome SettingsStore::outcome() const
{
    return PaceRules::outcomeFromInt(integer(OutcomeKey, 0)).value_or(JourneyOutcome::InProgress);
}

Status SettingsStore::setOutcome(JourneyOutcome outcome)
{
    return setValue(OutcomeKey, QString::number(int(outcome)));
}

Status SettingsStore::setFlag(const QString &key, bool on)
{
    return setValue(key, on ? u"1"_s : u"0"_s);
}

QString SettingsStore::text(const QString &key) const
{
    const auto stored = value(key);
    return stored && stored->has_value() ? **stored : QString();
}

Status SettingsStore::setText(const QString &key, const QString &text)
{
    if (text.size() > MaxTextLength)
        return Error {
            tr("This text is too long to keep (at most %1 characters).").arg(MaxTextLength)
        };
    if (text.trimmed().isEmpty())
        return setValue(key, std::nullopt);
    return setValue(key, text);
}

} // namespace Rekindle
