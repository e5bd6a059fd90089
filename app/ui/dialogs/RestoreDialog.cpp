// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "ui/Design.h"
#include "ui/widgets/BackupList.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
RestoreDialog::RestoreDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_transfer(journal)
    , m_list(new BackupList(this))
    , m_hint(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a Backup"));

    auto *intro = new QLabel(tr("Rekindle keeps a copy of your journal each day you use it. "
                                "Restoring one brings the journal back to that day; the journal "
                                "as it is now is kept as a backup first, so nothing is lost."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(u"restoreIntro"_s);

    m_list->setObjectName(u"backupList"_s);

    m_hint->setObjectName(u"restoreHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Backups are kept in %1.").arg(QDir::toNativeSeparators(m_transfer.backupFolder())));
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_restore->setObjectName(u"restoreButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (restoreSelected())
            accept();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (restoreSelected())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    Design::resizeWithinScreen(this, QSize(640, 420));
    reload();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::reload()
{
    const QString none = tr("There are no backups yet. Rekindle makes the first one shortly "
                            "after it starts.");
    m_list->setBackups(m_transfer.backups(), m_transfer.clock().timeZone(), none);
    if (!m_list->hasBackups())
        m_hint->setText(none);
    updateButtons();
}

QString RestoreDialog::selectedBackup() const
{
    return m_list->selectedBackup();
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

bool RestoreDialog::restoreSelected()
{
    const QString path = selectedBackup();
    if (path.isEmpty())
        return false;
    QMessageBox confirm(QMessageBox::Question, tr("Restore from a Backup"),
        tr("Bring the journal back to how it was on %1?").arg(m_list->selectedWhen()),
        QMessageBox::Cancel, this);
    confirm.setObjectName(u"restoreConfirmation"_s);
    confirm.setInformativeText(tr("What you wrote since then will be replaced. The journal as "
                                  "it is now is kept as a backup first, so you can come back "
                                  "to it."));
    QPushButton *restore = confirm.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_transfer.restore(path);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, tr("Restore from a Backup"), result.error().message);
        reload();
        return false;
    }
    return true;
}

} // namespace Rekindle
