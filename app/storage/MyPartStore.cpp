// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartStore.h"

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
        return Translation::lookup("Rekindle::MyPartStore", text);
    }

    const QString Kind = u"my_part"_s;

    // The goal shown beside an item is the first one made from it.
    const QString FirstGoal
        = u"(SELECT g.%1 FROM goals g WHERE g.my_part_id = m.id ORDER BY g.id LIMIT 1)"_s;
    const QString SelectColumns
        = u"SELECT m.id, %1, %2, %3, m.status, m.created_at, "
          "m.updated_at, %4, %5, m.uid, %6 FROM my_part m"_s.arg(
              FieldCodec::textColumn(u"m.what_happened"_s), FieldCodec::textColumn(u"m.my_part"_s),
              FieldCodec::textColumn(u"m.instead"_s), FirstGoal.arg(u"id"_s),
              FieldCodec::textColumn(FirstGoal.arg(u"title"_s)), FirstGoal.arg(u"uid"_s));

    Result<MyPartItem> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, Kind, q.value(9).toString());
        MyPartItem item;
        item.id = q.value(0).toLongLong();
        item.whatHappened = text.text(u"what_happened"_s, q.value(1));
        item.myPart = text.text(u"my_part"_s, q.value(2));
        item.instead = text.text(u"instead"_s, q.value(3));
        item.status = MyPart::statusFromInt(q.value(4).toInt()).value_or(MyPartStatus::Noticed);
        item.created = StoreUtil::instant(q.value(5));
        item.updated = StoreUtil::instant(q.value(6));
        if (!q.value(7).isNull())
            item.goalId = q.value(7).toLongLong();
        FieldCodec::Row goal(codec, u"goals"_s, q.value(10).toString());
        item.goalTitle = goal.text(u"title"_s, q.value(8));
        if (!text.ok())
            return text.error();
        if (!goal.ok())
            return goal.error();
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
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO my_part (uid, what_happened, my_part, instead, status, "
        "created_at, updated_at) VALUES (?, %1, coalesce(%1, ''), coalesce(%1, ''), "
        "?, ?, ?)"_s.arg(FieldCodec::TextParam),
        { uid, codec.bind({ Kind, u"what_happened"_s, uid }, item.whatHappened.trimmed()),
            codec.bind({ Kind, u"my_part"_s, uid }, item.myPart.trimmed()),
            codec.bind({ Kind, u"instead"_s, uid }, item.instead.trimmed()), int(item.status), now,
            now },
        tr("The item could not be saved."));
}

Status MyPartStore::update(const MyPartItem &item)
{
    if (Status valid = item.validate(); !valid)
        return valid;
    const QString what = tr("Your changes could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, Kind, item.id,
        u"UPDATE my_part SET what_happened = %1, my_part = coalesce(%1, ''), "
        "instead = coalesce(%1, ''), status = ?, updated_at = ? WHERE id = ?"_s.arg(
            FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { codec.bind({ Kind, u"what_happened"_s, uid }, item.whatHappened.trimmed()),
                codec.bind({ Kind, u"my_part"_s, uid }, item.myPart.trimmed()),
                codec.bind({ Kind, u"instead"_s, uid }, item.instead.trimmed()), int(item.status),
                m_journal.clock().now().toMSecsSinceEpoch(), item.id };
        },
        what, notFound());
}

Status MyPartStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM my_part WHERE id = ?"_s, { id }, tr("The item could not be deleted."),
        notFound());
}

Result<MyPartItem> MyPartStore::item(qint64 id) const
{
    return StoreRows::one<MyPartItem>(
        Sql::run(m_journal.database(), SelectColumns + u" WHERE m.id = ?"_s, { id },
            tr("The item could not be read.")),
        m_journal.fieldCodec(), read, notFound());
}

Result<QList<MyPartItem>> MyPartStore::all() const
{
    return StoreRows::all<MyPartItem>(
        Sql::run(m_journal.database(), SelectColumns + u" ORDER BY m.created_at, m.id"_s, {},
            tr("The items could not be read.")),
        m_journal.fieldCodec(), read);
}

} // namespace Rekindle
