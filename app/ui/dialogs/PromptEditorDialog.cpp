// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptEditorDialog.h"

#include "models/PromptListModel.h"
#include "ui/Mnemonic.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

PromptEditorDialog::PromptEditorDialog(PromptListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"promptEditorDialog"_s);
    setWindowTitle(tr("Reflection Questions: %1").arg(Steps::title(model->step())));
    setMinimumSize(560, 420);

    auto *intro = new QLabel(tr("These questions are asked, one at a time, when you reflect on "
                                "this step. Untick a question to hide it; double-click to "
                                "reword it. A reflection always ends with a question about "
                                "what you will do next."),
        this);
    intro->setWordWrap(true);

    auto *listLabel = new QLabel(tr("&Questions"), this);
    listLabel->setBuddy(m_view);
    // A list is not named by its label's relation alone (AT-SPI).
    m_view->setAccessibleName(withoutMnemonic(listLabel->text()));
    m_view->setObjectName(u"promptList"_s);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addPromptButton"_s);
    m_up->setObjectName(u"movePromptUpButton"_s);
    m_down->setObjectName(u"movePromptDownButton"_s);
    m_remove->setObjectName(u"removePromptButton"_s);
    m_remove->setToolTip(tr("Remove one of your own questions (built-in ones can be hidden)"));
    auto *restore = new QPushButton(tr("Restore &Built-in Questions"), this);
    restore->setObjectName(u"restorePromptsButton"_s);
    // The column of buttons, top to bottom (Add is made after the others).
    setTabOrder(add, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);
    setTabOrder(m_remove, restore);
    for (QPushButton *b : { add, m_up, m_down, m_remove, restore })
        b->setAutoDefault(false);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch();
    side->addWidget(restore);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);

    m_status->setObjectName(u"promptEditorStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromptEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PromptEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &PromptEditorDialog::askToAdd);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &PromptEditorDialog::removeSelected);
    connect(restore, &QPushButton::clicked, this, &PromptEditorDialog::restore);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PromptEditorDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromptEditorDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateButtons();
}

int PromptEditorDialog::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void PromptEditorDialog::updateButtons()
{
    const int row = currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_remove->setEnabled(
        row >= 0 && !m_model->index(row).data(PromptListModel::BuiltinRole).toBool());
}

bool PromptEditorDialog::addPrompt(const QString &text)
{
    auto row = m_model->addPrompt(text);
    if (!row) {
        m_status->setText(row.error().message);
        return false;
    }
    m_status->clear();
    m_view->setCurrentIndex(m_model->index(*row));
    updateButtons();
    return true;
}

void PromptEditorDialog::askToAdd()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("New Question"), tr("The question you would like to be asked:"), {}, &ok);
    if (ok)
        addPrompt(text);
}

void PromptEditorDialog::move(int delta)
{
    const int row = currentRow();
    if (m_model->movePrompt(row, delta))
        m_view->setCurrentIndex(m_model->index(row + delta));
    updateButtons();
}

void PromptEditorDialog::removeSelected()
{
    const int row = currentRow();
    if (m_model->removePrompt(row) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
    updateButtons();
}

void PromptEditorDialog::restore()
{
    m_model->resetToBuiltins();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    m_status->setText(tr("The built-in questions are back. Press OK to keep them."));
}

void PromptEditorDialog::accept()
{
    if (Status status = m_model->save(); !status) {
        QMessageBox::warning(this, tr("Not Saved"), status.error().message);
        return;
    }
    QDialog::accept();
}

void PromptEditorDialog::reject()
{
    (void)m_model->load(); // drop the changes
    QDialog::reject();
}

} // namespace Rekindle
