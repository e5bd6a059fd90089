// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Journal.h"

#include <QList>
#include <QObject>
#include <algorithm>

namespace Rekindle::Test {

/// Records what Journal::recordChanged announces, so that a test counts the changes a save made
/// by kind of record and kind of change.
class ChangeSpy {
public:
    struct Change {
        QString kind;
        qint64 id = 0;
        RecordChange change = RecordChange::Updated;
    };

    explicit ChangeSpy(const Journal &journal)
    {
        QObject::connect(&journal, &Journal::recordChanged, &m_context,
            [this](const QString &kind, qint64 id, RecordChange change) {
                m_changes.append({ kind, id, change });
            });
    }

    /// The ids announced with `change` for records of `kind`, in order.
    QList<qint64> ids(const QString &kind, RecordChange change) const
    {
        QList<qint64> out;
        for (const Change &c : m_changes)
            if (c.kind == kind && c.change == change)
                out << c.id;
        return out;
    }
    qsizetype count(const QString &kind, RecordChange change) const
    {
        return ids(kind, change).size();
    }
    /// Every change to records of `kind`.
    qsizetype count(const QString &kind) const
    {
        return std::count_if(m_changes.cbegin(), m_changes.cend(),
            [&kind](const Change &c) { return c.kind == kind; });
    }
    const QList<Change> &all() const { return m_changes; }
    void clear() { m_changes.clear(); }

private:
    QObject m_context;
    QList<Change> m_changes;
};

} // namespace Rekindle::Test
