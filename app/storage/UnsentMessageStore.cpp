// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentMessageStore.h"

#include "Journal.h"
#include "RecordWrite.h"
#include "Sql.h"
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

    const QString Columns
        = u"SELECT id, body, written_at, state, decided_at FROM unsent_messages"_s;

    UnsentMessage read(const QSqlQuery &q)
    {
        UnsentMessage m;
        m.id = q.value(0).toLongLong();
        m.body = q.value(1).toString();
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
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO unsent_messages (uid, body, written_at, state, updated_at) "
        "VALUES (?, ?, ?, 0, ?)"_s,
        { StoreUtil::newUid(), body, now, now }, tr("The message could not be kept."));
    if (!id)
        return id.error();
    Q_EMIT messageCreated(*id);
    return *id;
}

Status UnsentMessageStore::write(
    qint64 id, const QString &sql, std::initializer_list<QVariant> bindings)
{
    if (Status status = RecordWrite::change(m_journal.database(), sql, bindings,
            tr("Your changes to the message could not be saved."), notFound());
        !status)
        return status;
    Q_EMIT messageUpdated(id);
    return {};
}

Status UnsentMessageStore::updateBody(qint64 id, const QString &body)
{
    UnsentMessage m;
    m.body = body;
    if (Status valid = m.validate(); !valid)
        return valid;
    return write(id, u"UPDATE unsent_messages SET body = ?, updated_at = ? WHERE id = ?"_s,
        { body, m_journal.clock().now().toMSecsSinceEpoch(), id });
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
    if (Status status
        = RecordWrite::change(m_journal.database(), u"DELETE FROM unsent_messages WHERE id = ?"_s,
            { id }, tr("The message could not be deleted."), notFound());
        !status)
        return status;
    Q_EMIT messageRemoved(id);
    return {};
}

Result<UnsentMessage> UnsentMessageStore::message(qint64 id) const
{
    auto query = Sql::run(m_journal.database(), Columns + u" WHERE id = ?"_s, { id },
        tr("The message could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    return read(*query);
}

Result<QList<UnsentMessage>> UnsentMessageStore::all() const
{
    auto query = Sql::run(m_journal.database(), Columns + u" ORDER BY written_at DESC, id DESC"_s,
        {}, tr("The messages could not be read."));
    if (!query)
        return query.error();
    QList<UnsentMessage> result;
    while (query->next())
        result.append(read(*query));
    return result;
}

} // namespace Rekindle
