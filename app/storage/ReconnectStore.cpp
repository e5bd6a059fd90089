// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectStore.h"

#include "Journal.h"
#include "RecordWrite.h"
#include "StoreUtil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString MeetupColumns
        = u"SELECT id, day, place, kind, outcome, how_it_went FROM meetups"_s;

    Meetup readMeetup(const QSqlQuery &q)
    {
        Meetup m;
        m.id = q.value(0).toLongLong();
        m.day = StoreUtil::day(q.value(1));
        m.place = q.value(2).toString();
        m.kind = Meetups::kindFromInt(q.value(3).toInt()).value_or(MeetupKind::Other);
        m.outcome = Meetups::outcomeFromInt(q.value(4).toInt()).value_or(MeetupOutcome::NotYet);
        m.howItWent = q.value(5).toString();
        return m;
    }

    Error meetupNotFound()
    {
        return Error { QCoreApplication::translate(
            "Rekindle::ReconnectStore", "This meet-up is no longer in the journal.") };
    }

} // namespace

ReconnectStore::ReconnectStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> ReconnectStore::addMeetup(const Meetup &meetup)
{
    if (Status valid = meetup.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO meetups (uid, day, place, kind, outcome, how_it_went, created_at, "
        "updated_at) VALUES (?, ?, coalesce(?, ''), ?, ?, coalesce(?, ''), ?, ?)"_s,
        { StoreUtil::newUid(), StoreUtil::dayText(meetup.day), meetup.place.trimmed(),
            int(meetup.kind), int(meetup.outcome), meetup.howItWent.trimmed(), now, now },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The meet-up could not be saved."));
    if (id)
        Q_EMIT meetupCreated(*id);
    return id;
}

Status ReconnectStore::updateMeetup(const Meetup &meetup)
{
    if (Status valid = meetup.validate(m_journal.clock().today()); !valid)
        return valid;
    Status status = RecordWrite::change(m_journal.database(),
        u"UPDATE meetups SET day = ?, place = coalesce(?, ''), kind = ?, outcome = ?, "
        "how_it_went = coalesce(?, ''), updated_at = ? WHERE id = ?"_s,
        { StoreUtil::dayText(meetup.day), meetup.place.trimmed(), int(meetup.kind),
            int(meetup.outcome), meetup.howItWent.trimmed(),
            m_journal.clock().now().toMSecsSinceEpoch(), meetup.id },
        QCoreApplication::translate(
            "Rekindle::ReconnectStore", "Your changes to the meet-up could not be saved."),
        meetupNotFound());
    if (status)
        Q_EMIT meetupUpdated(meetup.id);
    return status;
}

Status ReconnectStore::removeMeetup(qint64 id)
{
    Status status
        = RecordWrite::change(m_journal.database(), u"DELETE FROM meetups WHERE id = ?"_s, { id },
            QCoreApplication::translate(
                "Rekindle::ReconnectStore", "The meet-up could not be removed."),
            meetupNotFound());
    if (status)
        Q_EMIT meetupRemoved(id);
    return status;
}

Result<Meetup> ReconnectStore::meetup(qint64 id) const
{
    auto query = Sql::run(m_journal.database(), MeetupColumns + u" WHERE id = ?"_s, { id },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The meet-up could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return meetupNotFound();
    return readMeetup(*query);
}

Result<bool> ReconnectStore::noRecorded() const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT EXISTS (SELECT 1 FROM contact_events WHERE response = ?) "
        "OR EXISTS (SELECT 1 FROM meetups WHERE outcome = ?)"_s,
        { int(ContactResponse::SaidNo), int(MeetupOutcome::DidNotWantToMeet) },
        QCoreApplication::translate(
            "Rekindle::ReconnectStore", "The replies recorded could not be read."));
    if (!query)
        return query.error();
    return query->next() && query->value(0).toInt() != 0;
}

Result<QList<Meetup>> ReconnectStore::meetups() const
{
    auto query = Sql::run(m_journal.database(), MeetupColumns + u" ORDER BY day DESC, id DESC"_s,
        {},
        QCoreApplication::translate("Rekindle::ReconnectStore", "The meet-ups could not be read."));
    if (!query)
        return query.error();
    QList<Meetup> result;
    while (query->next())
        result << readMeetup(*query);
    return result;
}

Result<QList<Phrase>> ReconnectStore::userPhrases() const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT phrase, category FROM message_phrases ORDER BY id"_s, {},
        QCoreApplication::translate("Rekindle::ReconnectStore", "Your phrases could not be read."));
    if (!query)
        return query.error();
    QList<Phrase> result;
    while (query->next())
        result << Phrase { query->value(0).toString(),
            MessageCheck::categoryFromInt(query->value(1).toInt())
                .value_or(PhraseCategory::HeavyTopic),
            true };
    return result;
}

Status ReconnectStore::addPhrase(const Phrase &phrase)
{
    if (Status valid = phrase.validate(); !valid)
        return valid;
    const QString what
        = QCoreApplication::translate("Rekindle::ReconnectStore", "The phrase could not be added.");
    Sql::Transaction transaction(m_journal.database(), what);
    if (!transaction.begun())
        return transaction.status();
    auto query = Sql::run(m_journal.database(),
        u"INSERT INTO message_phrases (uid, phrase, category, created_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (phrase, category) DO NOTHING"_s,
        { StoreUtil::newUid(), phrase.text.simplified(), int(phrase.category),
            m_journal.clock().now().toMSecsSinceEpoch() },
        what);
    if (!query)
        return query.error();
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT phrasesChanged();
    return {};
}

Status ReconnectStore::removePhrase(const Phrase &phrase)
{
    Status status = RecordWrite::change(m_journal.database(),
        u"DELETE FROM message_phrases WHERE phrase = ? AND category = ?"_s,
        { phrase.text.simplified(), int(phrase.category) },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The phrase could not be removed."),
        Error { QCoreApplication::translate(
            "Rekindle::ReconnectStore", "This phrase is no longer in the journal.") });
    if (status)
        Q_EMIT phrasesChanged();
    return status;
}

Result<QList<DayMood>> ReconnectStore::entryMoods(QDate first, QDate last) const
{
    const QTimeZone zone = m_journal.clock().timeZone();
    // A day either side, then the exact local day of each entry decides.
    const qint64 from = QDateTime(first.addDays(-1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(last.addDays(2), QTime(0, 0), zone).toMSecsSinceEpoch();
    auto query = Sql::run(m_journal.database(),
        u"SELECT created_at, mood FROM entries WHERE created_at >= ? "
        "AND created_at < ? AND mood IS NOT NULL"_s,
        { from, to },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The moods could not be read."));
    if (!query)
        return query.error();
    QList<DayMood> result;
    while (query->next()) {
        const QDate day = m_journal.clock().localDate(StoreUtil::instant(query->value(0)));
        if (day >= first && day <= last)
            result << DayMood { day, query->value(1).toInt() };
    }
    return result;
}

} // namespace Rekindle
