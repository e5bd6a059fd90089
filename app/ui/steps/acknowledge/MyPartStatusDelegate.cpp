// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartStatusDelegate.h"

#include "core/MyPartItem.h"
#include "models/MyPartModel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace Rekindle {

QWidget *MyPartStatusDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != MyPartModel::StatusColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"myPartStatusEditor"_s);
    combo->setAccessibleName(tr("Status"));
    for (const MyPartStatus status : MyPart::statuses())
        combo->addItem(MyPart::statusName(status), int(status));
    return combo;
}

void MyPartStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MyPartStatusDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Rekindle
