// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordViewDialog.h"

#include "ui/Design.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

RecordViewDialog::RecordViewDialog(
    const QAbstractItemModel &model, int row, const QString &explanation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"recordViewDialog"_s);
    setWindowTitle(tr("Kept in Your Journal"));

    auto *why = new QLabel(explanation, this);
    why->setObjectName(u"recordViewExplanation"_s);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        const QVariant value = model.index(row, column).data(Qt::DisplayRole);
        QString text = value.toString();
        if (value.typeId() == QMetaType::Bool)
            text = value.toBool() ? tr("Yes") : tr("No");
        auto *field = new QLabel(text.isEmpty() ? tr("(none)") : text, this);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        // Selectable (and so focusable) to copy from: named after its field for screen readers.
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(header);
        form->addRow(tr("%1:").arg(header), field);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeRecordView"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    Design::resizeWithinScreen(this, QSize(460, sizeHint().height()));
}

} // namespace Rekindle
