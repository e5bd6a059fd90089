// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentMessageStore.h"

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
        return Translation::lookup("Rekindle::UnsentMessageStore", text);
    }

    const QString Kind = u"unsent_messages"_s;
    const QString Columns = u"SELECT id, %1, written_at, state, decided_at, uid "
                            "FROM unsent_messages"_s.arg(FieldCodec::textColumn(u"body"_s));

    Result<UnsentMessage> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, Kind, q.value(5).toString());
        UnsentMessage m;
        m.id = q.value(0).toLongLong();
        m.body = text.text(u"body"_s, q.value(1));
        if (!text.ok())
            return text.error();
        m.written = StoreUtil::instant(q.value(2));
        const int state = q.value(3).toInt();
        m.state = state >= 0 && state <= 2 ? UnsentState(state) : UnsentState::Open;
        m.decided = StoreUtil::instant(q.value(4));
        return m;
    }

    Error notFound()
    {
        return Error { tr("This message is no longer in the journal.") };
    }

} // namespace

UnsentMessageStore::UnsentMessageStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> UnsentMessageStore::create(const QString &body)
{
    UnsentMessage m;
    m.body = body;
    if (Status valid = m.validate(); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO unsent_messages (uid, body, written_at, state, updated_at) "
        "VALUES (?, %1, ?, 0, ?)"_s.arg(FieldCodec::TextParam),
        { uid, m_journal.fieldCodec().bind({ Kind, u"body"_s, uid }, body), now, now },
        tr("The message could not be kept."));
}

Status UnsentMessageStore::write(
    qint64 id, const QString &sql, std::initializer_list<QVariant> bindings)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Updated, sql, bindings,
        tr("Your changes to the message could not be saved."), notFound());
}

Status UnsentMessageStore::updateBody(qint64 id, const QString &body)
{
    UnsentMessage m;
    m.body = body;
    if (Status valid = m.validate(); !valid)
        return valid;
    return RecordWrite::update(
        m_journal, Kind, id,
        u"UPDATE unsent_messages SET body = %1, updated_at = ? WHERE id = ?"_s.arg(
            FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { m_journal.fieldCodec().bind({ Kind, u"body"_s, uid }, body),
                m_journal.clock().now().toMSecsSinceEpoch(), id };
        },
        tr("Your changes to the message could not be saved."), notFound());
}

Status UnsentMessageStore::setState(qint64 id, UnsentState state)
{
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    return write(id,
        u"UPDATE unsent_messages SET state = ?, decided_at = ?, updated_at = ? "
        "WHERE id = ?"_s,
        { int(state),
            state == UnsentState::Open ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(now),
            now, id });
}

Status UnsentMessageStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM unsent_messages WHERE id = ?"_s, { id },
        tr("The message could not be deleted."), notFound());
}

Result<UnsentMessage> UnsentMessageStore::message(qint64 id) const
{
    return StoreRows::one<UnsentMessage>(
        Sql::run(m_journal.database(), Columns + u" WHERE id = ?"_s, { id },
            tr("The message could not be read.")),
        m_journal.fieldCodec(), read, notFound());
}

Result<QList<UnsentMessage>> UnsentMessageStore::all() const
{
    return StoreRows::all<UnsentMessage>(
        Sql::run(m_journal.database(), Columns + u" ORDER BY written_at DESC, id DESC"_s, {},
            tr("The messages could not be read.")),
        m_journal.fieldCodec(), read);
}

} // namespace Rekindle
