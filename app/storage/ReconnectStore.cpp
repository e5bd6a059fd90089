// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "LocalDays.h"
#include "RecordWrite.h"
#include "StoreRows.h"
#include "StoreUtil.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString MeetupKindName = u"meetups"_s;
    const QString PhraseKind = u"message_phrases"_s;
    const QString MeetupColumns = u"SELECT id, day, %1, kind, outcome, %2, uid FROM meetups"_s.arg(
        FieldCodec::textColumn(u"place"_s), FieldCodec::textColumn(u"how_it_went"_s));

    Result<Meetup> readMeetup(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, MeetupKindName, q.value(6).toString());
        Meetup m;
        m.id = q.value(0).toLongLong();
        m.day = StoreUtil::day(q.value(1));
        m.place = text.text(u"place"_s, q.value(2));
        m.kind = Meetups::kindFromInt(q.value(3).toInt()).value_or(MeetupKind::Other);
        m.outcome = Meetups::outcomeFromInt(q.value(4).toInt()).value_or(MeetupOutcome::NotYet);
        m.howItWent = text.text(u"how_it_went"_s, q.value(5));
        if (!text.ok())
            return text.error();
        return m;
    }

    struct StoredPhrase {
        qint64 id = 0;
        QString text;
    };

    /// The person's phrases of `category`, decoded: a phrase is found by its decoded text, as
    /// a stored value need not equal another encoding of the same text.
    Result<QList<StoredPhrase>> phrasesOf(const QSqlDatabase &db, const FieldCodec &codec,
        PhraseCategory category, const QString &what)
    {
        auto query = Sql::run(db,
            u"SELECT id, uid, %1 FROM message_phrases WHERE category = ? ORDER BY id"_s.arg(
                FieldCodec::textColumn(u"phrase"_s)),
            { int(category) }, what);
        if (!query)
            return query.error();
        QList<StoredPhrase> result;
        while (query->next()) {
            auto text = codec.read(
                { PhraseKind, u"phrase"_s, query->value(1).toString() }, query->value(2));
            if (!text)
                return text.error();
            result.append({ query->value(0).toLongLong(), *text });
        }
        return result;
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
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, MeetupKindName,
        u"INSERT INTO meetups (uid, day, place, kind, outcome, how_it_went, created_at, "
        "updated_at) VALUES (?, ?, coalesce(%1, ''), ?, ?, coalesce(%1, ''), ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, StoreUtil::dayText(meetup.day),
            codec.bind({ MeetupKindName, u"place"_s, uid }, meetup.place.trimmed()),
            int(meetup.kind), int(meetup.outcome),
            codec.bind({ MeetupKindName, u"how_it_went"_s, uid }, meetup.howItWent.trimmed()), now,
            now },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The meet-up could not be saved."));
}

Status ReconnectStore::updateMeetup(const Meetup &meetup)
{
    if (Status valid = meetup.validate(m_journal.clock().today()); !valid)
        return valid;
    const QString what = QCoreApplication::translate(
        "Rekindle::ReconnectStore", "Your changes to the meet-up could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, MeetupKindName, meetup.id,
        u"UPDATE meetups SET day = ?, place = coalesce(%1, ''), kind = ?, outcome = ?, "
        "how_it_went = coalesce(%1, ''), updated_at = ? WHERE id = ?"_s.arg(FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { StoreUtil::dayText(meetup.day),
                codec.bind({ MeetupKindName, u"place"_s, uid }, meetup.place.trimmed()),
                int(meetup.kind), int(meetup.outcome),
                codec.bind({ MeetupKindName, u"how_it_went"_s, uid }, meetup.howItWent.trimmed()),
                m_journal.clock().now().toMSecsSinceEpoch(), meetup.id };
        },
        what, meetupNotFound());
}

Status ReconnectStore::removeMeetup(qint64 id)
{
    return RecordWrite::change(m_journal, MeetupKindName, id, RecordChange::Removed,
        u"DELETE FROM meetups WHERE id = ?"_s, { id },
        QCoreApplication::translate(
            "Rekindle::ReconnectStore", "The meet-up could not be removed."),
        meetupNotFound());
}

Result<Meetup> ReconnectStore::meetup(qint64 id) const
{
    return StoreRows::one<Meetup>(
        Sql::run(m_journal.database(), MeetupColumns + u" WHERE id = ?"_s, { id },
            QCoreApplication::translate(
                "Rekindle::ReconnectStore", "The meet-up could not be read.")),
        m_journal.fieldCodec(), readMeetup, meetupNotFound());
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
    return StoreRows::all<Meetup>(std::move(query), m_journal.fieldCodec(), readMeetup);
}

Result<QList<Phrase>> ReconnectStore::userPhrases() const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT %1, category, uid FROM message_phrases ORDER BY id"_s.arg(
            FieldCodec::textColumn(u"phrase"_s)),
        {},
        QCoreApplication::translate("Rekindle::ReconnectStore", "Your phrases could not be read."));
    if (!query)
        return query.error();
    QList<Phrase> result;
    while (query->next()) {
        auto text = m_journal.fieldCodec().read(
            { PhraseKind, u"phrase"_s, query->value(2).toString() }, query->value(0));
        if (!text)
            return text.error();
        result << Phrase { *text,
            MessageCheck::categoryFromInt(query->value(1).toInt())
                .value_or(PhraseCategory::HeavyTopic),
            true };
    }
    return result;
}

Status ReconnectStore::addPhrase(const Phrase &phrase)
{
    if (Status valid = phrase.validate(); !valid)
        return valid;
    const QString what
        = QCoreApplication::translate("Rekindle::ReconnectStore", "The phrase could not be added.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    const QString text = phrase.text.simplified();
    const auto existing = phrasesOf(save.database(), m_journal.fieldCodec(), phrase.category, what);
    if (!existing)
        return existing.error();
    for (const StoredPhrase &known : *existing)
        if (known.text == text)
            return save.commit(); // already there: adding it again changes nothing
    const QString uid = StoreUtil::newUid();
    if (auto id = save.insert(PhraseKind,
            u"INSERT INTO message_phrases (uid, phrase, category, created_at) "
            "VALUES (?, %1, ?, ?)"_s.arg(FieldCodec::TextParam),
            { uid, m_journal.fieldCodec().bind({ PhraseKind, u"phrase"_s, uid }, text),
                int(phrase.category), m_journal.clock().now().toMSecsSinceEpoch() });
        !id)
        return id.error();
    return save.commit();
}

Status ReconnectStore::removePhrase(const Phrase &phrase)
{
    const QString what = QCoreApplication::translate(
        "Rekindle::ReconnectStore", "The phrase could not be removed.");
    const Error gone { QCoreApplication::translate(
        "Rekindle::ReconnectStore", "This phrase is no longer in the journal.") };
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    const auto existing = phrasesOf(save.database(), m_journal.fieldCodec(), phrase.category, what);
    if (!existing)
        return existing.error();
    const QString text = phrase.text.simplified();
    const auto known = std::find_if(existing->cbegin(), existing->cend(),
        [&text](const StoredPhrase &stored) { return stored.text == text; });
    if (known == existing->cend())
        return gone;
    if (Status status = save.change(PhraseKind, known->id, RecordChange::Removed,
            u"DELETE FROM message_phrases WHERE id = ?"_s, { known->id }, gone);
        !status)
        return status;
    return save.commit();
}

Result<QList<DayMood>> ReconnectStore::entryMoods(QDate first, QDate last) const
{
    const QTimeZone zone = m_journal.clock().timeZone();
    // A day either side, then the exact local day of each entry decides.
    const qint64 from = QDateTime(first.addDays(-1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(last.addDays(2), QTime(0, 0), zone).toMSecsSinceEpoch();
    auto query = Sql::run(m_journal.database(),
        u"SELECT created_at, mood FROM entries WHERE mood IS NOT NULL AND created_at >= ? "
        "AND created_at < ? ORDER BY created_at"_s,
        { from, to },
        QCoreApplication::translate("Rekindle::ReconnectStore", "The moods could not be read."));
    if (!query)
        return query.error();
    QList<DayMood> result;
    const QDate before = first.addDays(-1);
    LocalDays days(zone, before, from, to);
    while (query->next()) {
        const QDate day = before.addDays(days.indexOf(query->value(0).toLongLong()));
        if (day >= first && day <= last)
            result << DayMood { day, query->value(1).toInt() };
    }
    return result;
}

} // namespace Rekindle
