// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr int PathRole = Qt::UserRole + 1;

    QString kindText(BackupInfo::Kind kind)
    {
        switch (kind) {
        case BackupInfo::Kind::Daily:
            return RestoreDialog::tr("Daily backup");
        case BackupInfo::Kind::BeforeUpdate:
            return RestoreDialog::tr("Before an update of Rekindle");
        case BackupInfo::Kind::BeforeRestore:
            return RestoreDialog::tr("Before a restore");
        }
        return {};
    }

} // namespace

RestoreDialog::RestoreDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_transfer(journal)
    , m_list(new QTreeWidget(this))
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
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Date"), tr("Kind"), tr("Contents") });
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

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
    resize(640, 420);
    reload();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    const QTimeZone zone = m_transfer.clock().timeZone();
    for (const BackupInfo &backup : m_transfer.backups()) {
        const QDateTime local = backup.created.toTimeZone(zone);
        QString contents;
        if (auto counts = JournalTransfer::backupContents(backup.filePath); counts) {
            QStringList parts;
            // Only the kinds the backup holds records of: a short line, whatever the kinds.
            for (const auto &[label, count] : std::as_const(*counts))
                parts << tr("%1: %2").arg(label, locale.toString(count));
            contents = parts.isEmpty() ? tr("No records") : parts.join(u", "_s);
        } else {
            contents = tr("Cannot be read");
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0,
            tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                locale.toString(local.time(), QLocale::ShortFormat)));
        item->setText(1, kindText(backup.kind));
        item->setText(2, contents);
        item->setData(0, PathRole, backup.filePath);
        item->setToolTip(0, QDir::toNativeSeparators(backup.filePath));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_hint->setText(tr("There are no backups yet. Rekindle makes the first one shortly "
                           "after it starts."));
    updateButtons();
}

QString RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

bool RestoreDialog::restoreSelected()
{
    const QString path = selectedBackup();
    const QTreeWidgetItem *item = m_list->currentItem();
    if (path.isEmpty() || !item)
        return false;
    QMessageBox confirm(QMessageBox::Question, tr("Restore from a Backup"),
        tr("Bring the journal back to how it was on %1?").arg(item->text(0)), QMessageBox::Cancel,
        this);
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
