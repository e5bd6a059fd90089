// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include "models/RecordModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QMetaProperty>

using namespace Qt::StringLiterals;

namespace Rekindle {

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList choices = index.data(RecordModel::ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"choiceEditor"_s);
        combo->addItems(choices);
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *dates = qobject_cast<QDateTimeEdit *>(editor))
        dates->setCalendarPopup(true);
    if (editor)
        editor->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() != index.data(Qt::EditRole).toInt())
            model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    // Only a real change is saved (closing an editor untouched writes nothing).
    const QMetaProperty property = editor->metaObject()->userProperty();
    if (!property.isValid()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QVariant value = property.read(editor);
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

void ChoiceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RecordModel::AttentionRole).toBool())
        option->font.setBold(true);
}

} // namespace Rekindle
