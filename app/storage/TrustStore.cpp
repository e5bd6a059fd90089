// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustStore.h"

#include "Journal.h"
#include "RecordWrite.h"
#include "StoreUtil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString FeelingColumns = u"SELECT id, day, what, received FROM feelings_shared"_s;
    const QString CommitmentColumns
        = u"SELECT id, promise, made_on, due_on, status, settled_on, note FROM commitments"_s;
    const QString IssueColumns
        = u"SELECT id, raised_by, raised_on, what, status, agreement FROM issues"_s;

    SharedFeeling readFeeling(const QSqlQuery &q)
    {
        return { q.value(0).toLongLong(), StoreUtil::day(q.value(1)), q.value(2).toString(),
            q.value(3).toString() };
    }

    Commitment readCommitment(const QSqlQuery &q)
    {
        Commitment c;
        c.id = q.value(0).toLongLong();
        c.promise = q.value(1).toString();
        c.madeOn = StoreUtil::day(q.value(2));
        c.dueOn = StoreUtil::day(q.value(3));
        c.status = TrustRules::commitmentStatusFromInt(q.value(4).toInt())
                       .value_or(CommitmentStatus::Open);
        c.settledOn = StoreUtil::day(q.value(5));
        c.note = q.value(6).toString();
        return c;
    }

    Issue readIssue(const QSqlQuery &q)
    {
        Issue i;
        i.id = q.value(0).toLongLong();
        i.raisedBy = TrustRules::raisedByFromInt(q.value(1).toInt()).value_or(RaisedBy::Me);
        i.raisedOn = StoreUtil::day(q.value(2));
        i.what = q.value(3).toString();
        i.status = TrustRules::issueStatusFromInt(q.value(4).toInt()).value_or(IssueStatus::Open);
        i.agreement = q.value(5).toString();
        return i;
    }

    Error notFound()
    {
        return Error { QCoreApplication::translate(
            "Rekindle::TrustStore", "This record is no longer in the journal.") };
    }

    template<typename T, typename Reader>
    Result<QList<T>> readAll(const QSqlDatabase &db, const QString &sql, Reader reader)
    {
        auto query = Sql::run(db, sql, {},
            QCoreApplication::translate("Rekindle::TrustStore", "The records could not be read."));
        if (!query)
            return query.error();
        QList<T> result;
        while (query->next())
            result << reader(*query);
        return result;
    }

    template<typename T, typename Reader>
    Result<T> readOne(const QSqlDatabase &db, const QString &sql, qint64 id, Reader reader)
    {
        auto query = Sql::run(db, sql, { id },
            QCoreApplication::translate("Rekindle::TrustStore", "The record could not be read."));
        if (!query)
            return query.error();
        if (!query->next())
            return notFound();
        return reader(*query);
    }

} // namespace

TrustStore::TrustStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> TrustStore::addFeeling(const SharedFeeling &feeling)
{
    if (Status valid = feeling.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO feelings_shared (uid, day, what, received, "
        "created_at, updated_at) VALUES (?, ?, ?, coalesce(?, ''), ?, ?)"_s,
        { StoreUtil::newUid(), StoreUtil::dayText(feeling.day), feeling.what.trimmed(),
            feeling.received.trimmed(), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "What you shared could not be saved."));
    if (id)
        Q_EMIT created(Kind::Feeling, *id);
    return id;
}

Status TrustStore::updateFeeling(const SharedFeeling &feeling)
{
    if (Status valid = feeling.validate(m_journal.clock().today()); !valid)
        return valid;
    Status status = RecordWrite::change(m_journal.database(),
        u"UPDATE feelings_shared SET day = ?, what = ?, received = coalesce(?, ''), "
        "updated_at = ? WHERE id = ?"_s,
        { StoreUtil::dayText(feeling.day), feeling.what.trimmed(), feeling.received.trimmed(),
            m_journal.clock().now().toMSecsSinceEpoch(), feeling.id },
        QCoreApplication::translate("Rekindle::TrustStore", "Your changes could not be saved."),
        notFound());
    if (status)
        Q_EMIT updated(Kind::Feeling, feeling.id);
    return status;
}

Result<SharedFeeling> TrustStore::feeling(qint64 id) const
{
    return readOne<SharedFeeling>(
        m_journal.database(), FeelingColumns + u" WHERE id = ?"_s, id, readFeeling);
}

Result<QList<SharedFeeling>> TrustStore::feelings() const
{
    return readAll<SharedFeeling>(
        m_journal.database(), FeelingColumns + u" ORDER BY day DESC, id DESC"_s, readFeeling);
}

void TrustStore::settle(Commitment &commitment) const
{
    if (commitment.status == CommitmentStatus::Open)
        commitment.settledOn = {};
    else if (!commitment.settledOn.isValid())
        commitment.settledOn = m_journal.clock().today();
}

Result<qint64> TrustStore::addCommitment(Commitment commitment)
{
    settle(commitment);
    if (Status valid = commitment.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO commitments (uid, promise, made_on, due_on, status, settled_on, note, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"_s,
        { StoreUtil::newUid(), commitment.promise.trimmed(), StoreUtil::dayText(commitment.madeOn),
            RecordWrite::optionalDay(commitment.dueOn), int(commitment.status),
            RecordWrite::optionalDay(commitment.settledOn), commitment.note.trimmed(), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "The commitment could not be saved."));
    if (id)
        Q_EMIT created(Kind::Commitment, *id);
    return id;
}

Status TrustStore::updateCommitment(Commitment commitment)
{
    // A status change settles it today; the same status keeps the day it was settled.
    if (auto stored = this->commitment(commitment.id);
        stored && stored->status != commitment.status)
        commitment.settledOn = {};
    settle(commitment);
    if (Status valid = commitment.validate(m_journal.clock().today()); !valid)
        return valid;
    Status status = RecordWrite::change(m_journal.database(),
        u"UPDATE commitments SET promise = ?, made_on = ?, due_on = ?, status = ?, "
        "settled_on = ?, note = coalesce(?, ''), updated_at = ? WHERE id = ?"_s,
        { commitment.promise.trimmed(), StoreUtil::dayText(commitment.madeOn),
            RecordWrite::optionalDay(commitment.dueOn), int(commitment.status),
            RecordWrite::optionalDay(commitment.settledOn), commitment.note.trimmed(),
            m_journal.clock().now().toMSecsSinceEpoch(), commitment.id },
        QCoreApplication::translate(
            "Rekindle::TrustStore", "Your changes to the commitment could not be saved."),
        notFound());
    if (status)
        Q_EMIT updated(Kind::Commitment, commitment.id);
    return status;
}

Result<Commitment> TrustStore::commitment(qint64 id) const
{
    return readOne<Commitment>(
        m_journal.database(), CommitmentColumns + u" WHERE id = ?"_s, id, readCommitment);
}

Result<QList<Commitment>> TrustStore::commitments() const
{
    return readAll<Commitment>(m_journal.database(),
        CommitmentColumns + u" ORDER BY made_on DESC, id DESC"_s, readCommitment);
}

Result<qint64> TrustStore::addIssue(const Issue &issue)
{
    if (Status valid = issue.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = RecordWrite::insert(m_journal.database(),
        u"INSERT INTO issues (uid, raised_by, raised_on, what, status, agreement, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"_s,
        { StoreUtil::newUid(), int(issue.raisedBy), StoreUtil::dayText(issue.raisedOn),
            issue.what.trimmed(), int(issue.status), issue.agreement.trimmed(), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "The issue could not be saved."));
    if (id)
        Q_EMIT created(Kind::Issue, *id);
    return id;
}

Status TrustStore::updateIssue(const Issue &issue)
{
    if (Status valid = issue.validate(m_journal.clock().today()); !valid)
        return valid;
    Status status = RecordWrite::change(m_journal.database(),
        u"UPDATE issues SET raised_by = ?, raised_on = ?, what = ?, status = ?, "
        "agreement = coalesce(?, ''), updated_at = ? WHERE id = ?"_s,
        { int(issue.raisedBy), StoreUtil::dayText(issue.raisedOn), issue.what.trimmed(),
            int(issue.status), issue.agreement.trimmed(),
            m_journal.clock().now().toMSecsSinceEpoch(), issue.id },
        QCoreApplication::translate(
            "Rekindle::TrustStore", "Your changes to the issue could not be saved."),
        notFound());
    if (status)
        Q_EMIT updated(Kind::Issue, issue.id);
    return status;
}

Result<Issue> TrustStore::issue(qint64 id) const
{
    return readOne<Issue>(m_journal.database(), IssueColumns + u" WHERE id = ?"_s, id, readIssue);
}

Result<QList<Issue>> TrustStore::issues() const
{
    return readAll<Issue>(
        m_journal.database(), IssueColumns + u" ORDER BY raised_on DESC, id DESC"_s, readIssue);
}

Status TrustStore::remove(Kind kind, qint64 id)
{
    const QString table = kind == Kind::Feeling ? u"feelings_shared"_s
        : kind == Kind::Commitment              ? u"commitments"_s
                                                : u"issues"_s;
    Status status = RecordWrite::change(m_journal.database(),
        u"DELETE FROM %1 WHERE id = ?"_s.arg(table), { id },
        QCoreApplication::translate("Rekindle::TrustStore", "The record could not be removed."),
        notFound());
    if (status)
        Q_EMIT removed(kind, id);
    return status;
}

} // namespace Rekindle
