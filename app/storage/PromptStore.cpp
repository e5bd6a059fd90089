// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString Kind = u"reflection_prompts"_s;

    QVariant nullable(const QString &text)
    {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    }

} // namespace

PromptStore::PromptStore(Journal &journal)
    : m_journal(journal)
{
}

QString PromptStore::newCustomKey()
{
    return QString::fromLatin1(ReflectionPrompts::CustomKeyPrefix)
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QList<ReflectionPrompt>> PromptStore::prompts(Step step) const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT builtin_key, custom_key, %1, hidden, uid FROM "
        "reflection_prompts WHERE step = ? ORDER BY position"_s.arg(
            FieldCodec::textColumn(u"custom_text"_s)),
        { static_cast<int>(step) }, tr("The reflection questions could not be read."));
    if (!q)
        return q.error();
    QList<PromptSetting> settings;
    while (q->next()) {
        auto text = m_journal.fieldCodec().read(
            { Kind, u"custom_text"_s, q->value(4).toString() }, q->value(2));
        if (!text)
            return text.error();
        settings << PromptSetting { q->value(0).toString(), q->value(1).toString(), *text,
            q->value(3).toBool() };
    }
    return ReflectionPrompts::resolve(step, settings);
}

Status PromptStore::removeStep(RecordWrite::Save &save, Step step)
{
    // Every row of the step leaves: each is announced as removed.
    auto ids = save.run(
        u"SELECT id FROM reflection_prompts WHERE step = ?"_s, { static_cast<int>(step) });
    if (!ids)
        return ids.error();
    QList<qint64> removed;
    while (ids->next())
        removed << ids->value(0).toLongLong();
    ids->finish();
    if (auto q
        = save.run(u"DELETE FROM reflection_prompts WHERE step = ?"_s, { static_cast<int>(step) });
        !q)
        return q.error();
    for (const qint64 id : std::as_const(removed))
        save.announce(Kind, id, RecordChange::Removed);
    return {};
}

Status PromptStore::setPrompts(Step step, const QList<ReflectionPrompt> &prompts)
{
    for (const ReflectionPrompt &p : prompts)
        if (const QString problem = ReflectionPrompts::validateText(p.text); !problem.isEmpty())
            return Error { problem };
    RecordWrite::Save save(m_journal, tr("The reflection questions could not be saved."));
    if (!save.begun())
        return save.status();
    if (Status status = removeStep(save, step); !status)
        return status;
    const QList<PromptSetting> settings = ReflectionPrompts::settingsOf(prompts);
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const PromptSetting &s = settings.at(i);
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto id = save.insert(Kind,
                u"INSERT INTO reflection_prompts (uid, step, position, "
                "builtin_key, custom_key, custom_text, hidden) "
                "VALUES (?, ?, ?, ?, ?, coalesce(%1, ''), ?)"_s.arg(FieldCodec::TextParam),
                { uid, static_cast<int>(step), int(i), nullable(s.builtinKey),
                    nullable(s.customKey),
                    m_journal.fieldCodec().bind({ Kind, u"custom_text"_s, uid }, s.customText),
                    s.hidden ? 1 : 0 });
            !id)
            return id.error();
    }
    return save.commit();
}

Status PromptStore::restoreDefaults(Step step)
{
    RecordWrite::Save save(m_journal, tr("The built-in questions could not be restored."));
    if (!save.begun())
        return save.status();
    if (Status status = removeStep(save, step); !status)
        return status;
    return save.commit();
}

Result<bool> PromptStore::isCustomized(Step step) const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT EXISTS (SELECT 1 FROM reflection_prompts WHERE step = ?)"_s,
        { static_cast<int>(step) }, tr("The reflection questions could not be read."));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace Rekindle
