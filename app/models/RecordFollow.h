// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Journal.h"

#include <QObject>
#include <QStringList>
#include <type_traits>

/// How models and overviews follow the journal: its one change signal, Journal::recordChanged,
/// filtered by the kinds of record they show. (Journal::contentReplaced stays for bulk changes.)
namespace Rekindle::RecordFollow {

/// Calls `slot(id, change)`, in `receiver`'s context, for each change to a record of `kind`.
template<typename Slot>
void each(const Journal &journal, QObject *receiver, const QString &kind, Slot slot)
{
    QObject::connect(&journal, &Journal::recordChanged, receiver,
        [kind, slot](const QString &changed, qint64 id, RecordChange change) {
            if (changed == kind)
                slot(id, change);
        });
}

/// The property records() sets on a model to the kind it shows: a filter that hides a pending
/// delete (PendingDeleteFilter) learns the kind of any model from it.
inline constexpr char KindProperty[] = "rekindleRecordKind";

/// The kind (a RecordKind name) of the records `model` shows, or empty.
inline QString kindOf(const QObject *model)
{
    return model ? model->property(KindProperty).toString() : QString();
}

/// Calls the member of `receiver` that matches each change to a record of `kind` (a null
/// member: that change does not concern it). Marks `receiver` as showing `kind` (kindOf()).
template<typename Receiver>
void records(const Journal &journal, Receiver *receiver, const QString &kind,
    std::type_identity_t<void (Receiver::*)(qint64)> created,
    std::type_identity_t<void (Receiver::*)(qint64)> updated,
    std::type_identity_t<void (Receiver::*)(qint64)> removed)
{
    receiver->setProperty(KindProperty, kind);
    each(journal, receiver, kind, [=](qint64 id, RecordChange change) {
        switch (change) {
        case RecordChange::Created:
            if (created)
                (receiver->*created)(id);
            break;
        case RecordChange::Updated:
            if (updated)
                (receiver->*updated)(id);
            break;
        case RecordChange::Removed:
            if (removed)
                (receiver->*removed)(id);
            break;
        }
    });
}

/// Calls `refresh()` for any change to a record of one of `kinds`.
template<typename Slot>
void any(const Journal &journal, QObject *receiver, const QStringList &kinds, Slot refresh)
{
    QObject::connect(&journal, &Journal::recordChanged, receiver,
        [kinds, refresh](const QString &changed, qint64, RecordChange) {
            if (kinds.contains(changed))
                refresh();
        });
}

} // namespace Rekindle::RecordFollow
