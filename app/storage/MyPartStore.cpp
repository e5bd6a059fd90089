// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartStore.h"

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
        return Translation::lookup("Rekindle::MyPartStore", text);
    }

    // The goal shown beside an item is the first one made from it.
    const QString SelectColumns
        = u"SELECT m.id, m.what_happened, m.my_part, m.instead, m.status, m.created_at, "
          "m.updated_at, (SELECT g.id FROM goals g WHERE g.my_part_id = m.id ORDER BY g.id LIMIT "
          "1), "
          "(SELECT g.title FROM goals g WHERE g.my_part_id = m.id ORDER BY g.id LIMIT 1) "
          "FROM my_part m"_s;

    MyPartItem read(const QSqlQuery &q)
    {
        MyPartItem item;
        item.id = q.value(0).toLongLong();
        item.whatHappened = q.value(1).toString();
        item.myPart = q.value(2).toString();
        item.instead = q.value(3).toString();
        item.status = MyPart::statusFromInt(q.value(4).toInt()).value_or(MyPartStatus::Noticed);
        item.created = StoreUtil::instant(q.value(5));
        item.updated = StoreUtil::instant(q.value(6));
        if (!q.value(7).isNull())
            item.goalId = q.value(7).toLongLong();
        item.goalTitle = q.value(8).toString();
        return item;
    }

    Error notFound()
    {
        return Error { tr("This item no longer exists. It may have been deleted.") };
    }

} // namespace

MyPartStore::MyPartStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> MyPartStore::create(const MyPartItem &item)
{
    if (Status valid = item.validate(); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO my_part (uid, what_happened, my_part, instead, status, "
        "created_at, updated_at) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), "
        "?, ?, ?)"_s,
        { StoreUtil::newUid(), item.whatHappened.trimmed(), item.myPart.trimmed(),
            item.instead.trimmed(), int(item.status), now, now },
        tr("The item could not be saved."));
    if (!id)
        return id.error();
    Q_EMIT itemCreated(*id);
    return *id;
}

Status MyPartStore::update(const MyPartItem &item)
{
    if (Status valid = item.validate(); !valid)
        return valid;
    if (Status status = RecordWrite::change(m_journal.database(),
            u"UPDATE my_part SET what_happened = ?, my_part = coalesce(?, ''), "
            "instead = coalesce(?, ''), status = ?, updated_at = ? WHERE id = ?"_s,
            { item.whatHappened.trimmed(), item.myPart.trimmed(), item.instead.trimmed(),
                int(item.status), m_journal.clock().now().toMSecsSinceEpoch(), item.id },
            tr("Your changes could not be saved."), notFound());
        !status)
        return status;
    Q_EMIT itemUpdated(item.id);
    return {};
}

Status MyPartStore::remove(qint64 id)
{
    if (Status status
        = RecordWrite::change(m_journal.database(), u"DELETE FROM my_part WHERE id = ?"_s, { id },
            tr("The item could not be deleted."), notFound());
        !status)
        return status;
    Q_EMIT itemRemoved(id);
    return {};
}

Result<MyPartItem> MyPartStore::item(qint64 id) const
{
    auto query = Sql::run(m_journal.database(), SelectColumns + u" WHERE m.id = ?"_s, { id },
        tr("The item could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    return read(*query);
}

Result<QList<MyPartItem>> MyPartStore::all() const
{
    auto query = Sql::run(m_journal.database(), SelectColumns + u" ORDER BY m.created_at, m.id"_s,
        {}, tr("The items could not be read."));
    if (!query)
        return query.error();
    QList<MyPartItem> result;
    while (query->next())
        result.append(read(*query));
    return result;
}

} // namespace Rekindle
