// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptListModel.h"

namespace Rekindle {

PromptListModel::PromptListModel(PromptStore &store, Step step, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_step(step)
{
    (void)load();
}

Status PromptListModel::load()
{
    auto prompts = m_store.prompts(m_step);
    Status read = prompts ? Status() : Status(prompts.error());
    beginResetModel();
    m_rows = prompts ? std::move(prompts).value() : ReflectionPrompts::builtins(m_step);
    m_modified = false;
    m_restore = false;
    endResetModel();
    setReadError(read ? QString() : read.error().message);
    return read;
}

QVariant PromptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReflectionPrompt &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.hidden ? tr("%1 (hidden)").arg(p.text) : p.text;
    case Qt::EditRole:
        return p.text;

    case Qt::CheckStateRole:
        return p.hidden ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (p.builtin ? tr("A built-in question") : tr("Your own question"));
        if (p.builtin && p.text != p.builtinText)
            lines << tr("Originally: %1").arg(p.builtinText);
        if (p.action)
            lines << tr("Looks forward: a reflection ends on a question like this.");
        if (p.hidden)
            lines << tr("Hidden: not asked in reflections.");
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return p.hidden ? tr("%1 (hidden)").arg(p.text) : p.text;
    case KeyRole:
        return p.key;
    case BuiltinRole:
        return p.builtin;
    case ActionRole:
        return p.action;
    case HiddenRole:
        return p.hidden;
    case BuiltinTextRole:
        return p.builtinText;
    default:
        return {};
    }
}

bool PromptListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ReflectionPrompt &p = m_rows[index.row()];
    if (role == Qt::EditRole) {
        QString text = value.toString().simplified();
        // Clearing a built-in question's text brings its original wording back.
        if (text.isEmpty() && p.builtin)
            text = p.builtinText;
        if (!ReflectionPrompts::validateText(text).isEmpty() || text == p.text)
            return false;
        p.text = text;
    } else if (role == Qt::CheckStateRole) {
        const bool hidden = value.toInt() == Qt::Unchecked;
        if (hidden == p.hidden)
            return false;
        p.hidden = hidden;
    } else {
        return false;
    }
    m_modified = true;
    m_restore = false;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags PromptListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PromptListModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(BuiltinRole, "builtin");
    names.insert(ActionRole, "action");
    names.insert(HiddenRole, "hidden");
    names.insert(BuiltinTextRole, "builtinText");
    return names;
}

Result<int> PromptListModel::addPrompt(const QString &text)
{
    const QString clean = text.simplified();
    if (const QString problem = ReflectionPrompts::validateText(clean); !problem.isEmpty())
        return Error { problem };
    ReflectionPrompt p;
    p.key = PromptStore::newCustomKey();
    p.text = clean;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << p;
    endInsertRows();
    m_modified = true;
    m_restore = false;
    return row;
}

bool PromptListModel::removePrompt(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).builtin)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_modified = true;
    m_restore = false;
    return true;
}

Status PromptListModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a question first.") };
    if (removePrompt(row))
        return {};
    return Error { tr("A built-in question cannot be removed: hide it instead.") };
}

bool PromptListModel::movePrompt(int row, int delta)
{
    const int to = row + delta;
    if (delta == 0 || row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return false;
    // beginMoveRows wants the row *before which* the moved row lands, in the old numbering.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_rows.move(row, to);
    endMoveRows();
    m_modified = true;
    m_restore = false;
    return true;
}

void PromptListModel::resetToBuiltins()
{
    beginResetModel();
    m_rows = ReflectionPrompts::builtins(m_step);
    endResetModel();
    m_modified = true;
    m_restore = true;
}

Status PromptListModel::save()
{
    if (!m_modified)
        return {};
    Status status
        = m_restore ? m_store.restoreDefaults(m_step) : m_store.setPrompts(m_step, m_rows);
    if (status) {
        m_modified = false;
        m_restore = false;
    }
    return status;
}

} // namespace Rekindle
