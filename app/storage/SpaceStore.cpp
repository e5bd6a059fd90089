// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "StoreRows.h"
#include "StoreUtil.h"
#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SpaceStore", text);
    }

    const QString ContactKind = u"contact_events"_s;
    const QString UrgeKind = u"urges"_s;
    const QString ContactColumns
        = u"SELECT id, direction, channel, occurred_at, day, %1, response, tone, %2, uid "
          "FROM contact_events"_s.arg(
              FieldCodec::textColumn(u"note"_s), FieldCodec::textColumn(u"topics"_s));

    Result<ContactEvent> readContact(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, ContactKind, q.value(9).toString());
        ContactEvent e;
        e.id = q.value(0).toLongLong();
        e.direction
            = q.value(1).toInt() == 1 ? ContactDirection::ThemToMe : ContactDirection::MeToThem;
        e.channel = Contacts::channelFromInt(q.value(2).toInt()).value_or(ContactChannel::Other);
        e.occurredAt = StoreUtil::instant(q.value(3));
        e.day = StoreUtil::day(q.value(4));
        e.note = text.text(u"note"_s, q.value(5));
        if (!q.value(6).isNull())
            e.response = Contacts::responseFromInt(q.value(6).toInt());
        if (!q.value(7).isNull())
            e.tone = Contacts::toneFromInt(q.value(7).toInt());
        e.topics = text.text(u"topics"_s, q.value(8));
        if (!text.ok())
            return text.error();
        return e;
    }

    Error contactNotFound()
    {
        return Error { tr("This contact is no longer in the journal.") };
    }

} // namespace

SpaceStore::SpaceStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> SpaceStore::logContact(ContactEvent event)
{
    if (!event.day.isValid() && event.occurredAt.isValid())
        event.day = m_journal.clock().localDate(event.occurredAt);
    if (event.direction == ContactDirection::MeToThem && !event.response)
        event.response = ContactResponse::NoReplyYet;
    if (Status valid = event.validate(m_journal.clock().now()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, ContactKind,
        u"INSERT INTO contact_events (uid, direction, channel, occurred_at, day, "
        "note, response, tone, topics, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, coalesce(%1, ''), ?, ?, coalesce(%1, ''), ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, int(event.direction), int(event.channel), event.occurredAt.toMSecsSinceEpoch(),
            StoreUtil::dayText(event.day),
            codec.bind({ ContactKind, u"note"_s, uid }, event.note.trimmed()),
            StoreUtil::optionalEnum(event.response), StoreUtil::optionalEnum(event.tone),
            codec.bind({ ContactKind, u"topics"_s, uid }, event.topics.trimmed()), now, now },
        tr("The contact could not be logged."));
}

Status SpaceStore::updateContact(ContactEvent event)
{
    // The day follows the time when the time was edited (the day is the local day it happened).
    if (event.occurredAt.isValid())
        event.day = m_journal.clock().localDate(event.occurredAt);
    if (event.direction == ContactDirection::ThemToMe)
        event.response.reset();
    else if (!event.response)
        event.response = ContactResponse::NoReplyYet;
    if (Status valid = event.validate(m_journal.clock().now()); !valid)
        return valid;
    const QString what = tr("Your changes to the contact could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, ContactKind, event.id,
        u"UPDATE contact_events SET direction = ?, channel = ?, occurred_at = ?, "
        "day = ?, note = coalesce(%1, ''), response = ?, tone = ?, "
        "topics = coalesce(%1, ''), updated_at = ? WHERE id = ?"_s.arg(FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { int(event.direction), int(event.channel), event.occurredAt.toMSecsSinceEpoch(),
                StoreUtil::dayText(event.day),
                codec.bind({ ContactKind, u"note"_s, uid }, event.note.trimmed()),
                StoreUtil::optionalEnum(event.response), StoreUtil::optionalEnum(event.tone),
                codec.bind({ ContactKind, u"topics"_s, uid }, event.topics.trimmed()),
                m_journal.clock().now().toMSecsSinceEpoch(), event.id };
        },
        what, contactNotFound());
}

Status SpaceStore::removeContact(qint64 id)
{
    return RecordWrite::change(m_journal, ContactKind, id, RecordChange::Removed,
        u"DELETE FROM contact_events WHERE id = ?"_s, { id },
        tr("The contact could not be removed."), contactNotFound());
}

Result<ContactEvent> SpaceStore::contact(qint64 id) const
{
    return StoreRows::one<ContactEvent>(
        Sql::run(m_journal.database(), ContactColumns + u" WHERE id = ?"_s, { id },
            tr("The contact could not be read.")),
        m_journal.fieldCodec(), readContact, contactNotFound());
}

Result<QList<ContactEvent>> SpaceStore::contacts(
    const std::optional<ContactCursor> &after, int limit) const
{
    const QString what = tr("The contacts could not be read.");
    auto query = after
        ? Sql::run(m_journal.database(),
            ContactColumns
                + u" WHERE occurred_at < ? OR (occurred_at = ? AND id < ?) "
                  "ORDER BY occurred_at DESC, id DESC LIMIT ?"_s,
            { after->occurredAt.toMSecsSinceEpoch(), after->occurredAt.toMSecsSinceEpoch(),
                after->id, limit },
            what)
        : Sql::run(m_journal.database(),
            ContactColumns + u" ORDER BY occurred_at DESC, id DESC LIMIT ?"_s, { limit }, what);
    return StoreRows::all<ContactEvent>(std::move(query), m_journal.fieldCodec(), readContact);
}

Result<QList<QDate>> SpaceStore::outgoingContactDays(QDate from, qint64 except) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT DISTINCT day FROM contact_events WHERE direction = 0 "
        "AND day >= ? AND id <> ? ORDER BY day"_s,
        { StoreUtil::dayText(from), except }, tr("The contacts could not be read."));
    if (!query)
        return query.error();
    QList<QDate> days;
    while (query->next())
        days.append(StoreUtil::day(query->value(0)));
    return days;
}

Result<QList<ContactSample>> SpaceStore::recentContacts(
    const QDateTime &now, int days, qint64 except) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT occurred_at, direction, response FROM contact_events "
        "WHERE occurred_at >= ? AND id <> ? ORDER BY occurred_at DESC, id DESC LIMIT ?"_s,
        { now.addDays(-days).toMSecsSinceEpoch(), except, BombardingSampleLimit },
        tr("The contacts could not be read."));
    if (!query)
        return query.error();
    QList<ContactSample> result;
    while (query->next()) {
        ContactSample sample;
        sample.at = StoreUtil::instant(query->value(0));
        sample.direction = query->value(1).toInt() == 1 ? ContactDirection::ThemToMe
                                                        : ContactDirection::MeToThem;
        if (!query->value(2).isNull())
            sample.response = Contacts::responseFromInt(query->value(2).toInt());
        result.append(sample);
    }
    return result;
}

Result<QDateTime> SpaceStore::lastContactAt(ContactDirection direction) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT max(occurred_at) FROM contact_events WHERE direction = ?"_s, { int(direction) },
        tr("The contacts could not be read."));
    if (!query)
        return query.error();
    return query->next() ? StoreUtil::instant(query->value(0)) : QDateTime();
}

Result<ResponseCounts> SpaceStore::responseCounts(const QDateTime &since) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT count(*) FILTER (WHERE response = 1), "
        "count(*) FILTER (WHERE response BETWEEN 1 AND 4) FROM contact_events "
        "WHERE direction = 0 AND occurred_at >= ?"_s,
        { since.toMSecsSinceEpoch() }, tr("The contacts could not be read."));
    if (!query)
        return query.error();
    ResponseCounts counts;
    if (query->next()) {
        counts.warm = query->value(0).toInt();
        counts.answered = query->value(1).toInt();
    }
    return counts;
}

Result<qint64> SpaceStore::logUrge(Urge urge)
{
    if (!urge.occurredAt.isValid())
        urge.occurredAt = m_journal.clock().now();
    if (!urge.day.isValid())
        urge.day = m_journal.clock().localDate(urge.occurredAt);
    if (Status valid = urge.validate(m_journal.clock().now()); !valid)
        return valid.error();
    const QString uid = StoreUtil::newUid();
    return RecordWrite::insert(m_journal, UrgeKind,
        u"INSERT INTO urges (uid, occurred_at, day, intensity, note, created_at) "
        "VALUES (?, ?, ?, ?, coalesce(%1, ''), ?)"_s.arg(FieldCodec::TextParam),
        { uid, urge.occurredAt.toMSecsSinceEpoch(), StoreUtil::dayText(urge.day), urge.intensity,
            m_journal.fieldCodec().bind({ UrgeKind, u"note"_s, uid }, urge.note.trimmed()),
            m_journal.clock().now().toMSecsSinceEpoch() },
        tr("The urge could not be logged."));
}

Status SpaceStore::removeUrge(qint64 id)
{
    // An urge already gone is no failure: removing it is done either way.
    RecordWrite::Save save(m_journal, tr("The urge could not be removed."));
    if (!save.begun())
        return save.status();
    auto removed = save.run(u"DELETE FROM urges WHERE id = ?"_s, { id });
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() > 0)
        save.announce(UrgeKind, id, RecordChange::Removed);
    return save.commit();
}

Result<int> SpaceStore::countUrges(QDate first, QDate last, qint64 except) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT count(*) FROM urges WHERE day BETWEEN ? AND ? AND id <> ?"_s,
        { StoreUtil::dayText(first), StoreUtil::dayText(last), except },
        tr("The urges could not be counted."));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace Rekindle
