// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionDraft.h"

#include "models/ReflectionListModel.h"

#include <algorithm>

namespace Rekindle {

ReflectionDraft::ReflectionDraft(ReflectionListModel *model, ReflectionKind kind,
    std::function<QList<ReflectionAnswer>()> answers, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_kind(kind)
    , m_answers(std::move(answers))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(AutosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)flush(); });
}

void ReflectionDraft::attach(qint64 id, bool complete)
{
    m_id = id;
    m_complete = complete;
    m_dirty = false;
}

void ReflectionDraft::touch()
{
    m_dirty = true;
    m_timer.start();
}

Status ReflectionDraft::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return {};
    return write(m_complete);
}

Status ReflectionDraft::finish()
{
    m_timer.stop();
    return write(true);
}

Status ReflectionDraft::write(bool complete)
{
    const QList<ReflectionAnswer> answers = m_answers();
    const bool empty = std::all_of(answers.cbegin(), answers.cend(),
        [](const ReflectionAnswer &a) { return a.answer.trimmed().isEmpty(); });
    // Opening a reflection and typing nothing leaves no trace.
    if (m_id == 0 && empty) {
        m_dirty = false;
        return {};
    }
    Status status;
    if (m_id == 0) {
        auto id = m_model->createReflection(m_kind, answers, complete);
        if (id)
            m_id = *id;
        else
            status = id.error();
    } else {
        status = m_model->saveReflection(m_id, answers, complete);
    }
    if (!status) {
        Q_EMIT saveFailed(status.error().message);
        return status;
    }
    m_complete = complete;
    m_dirty = false;
    Q_EMIT saved();
    return {};
}

} // namespace Rekindle
