// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupList.h"

#include "models/JournalRescue.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr int PathRole = Qt::UserRole + 1;

    QString kindText(BackupInfo::Kind kind)
    {
        switch (kind) {
        case BackupInfo::Kind::Daily:
            return BackupList::tr("Daily backup");
        case BackupInfo::Kind::BeforeUpdate:
            return BackupList::tr("Before an update of Rekindle");
        case BackupInfo::Kind::BeforeRestore:
            return BackupList::tr("Before a restore");
        case BackupInfo::Kind::Copy:
            //: A backup the person made with "rekindle --backup" and put in the backups folder.
            return BackupList::tr("Copy made by hand");
        }
        return {};
    }

    /// What a backup holds, or nothing when it cannot be restored.
    std::optional<QString> contentsOf(const BackupInfo &backup, const QLocale &locale)
    {
        if (!JournalRescue::looksWhole(backup))
            return std::nullopt;
        const auto counts = JournalTransfer::backupContents(backup.filePath);
        if (!counts)
            return std::nullopt;
        QStringList parts;
        // Only the kinds the backup holds records of: a short line, whatever the kinds.
        for (const auto &[label, count] : std::as_const(*counts))
            parts << BackupList::tr("%1: %2").arg(label, locale.toString(count));
        return parts.isEmpty() ? BackupList::tr("No records") : parts.join(u", "_s);
    }

} // namespace

BackupList::BackupList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Backups, newest first"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({ tr("Date"), tr("Kind"), tr("Contents") });
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void BackupList::setBackups(
    const QList<BackupInfo> &backups, const QTimeZone &zone, const QString &emptyText)
{
    clear();
    m_count = int(backups.size());
    const QLocale locale;
    QTreeWidgetItem *first = nullptr;
    for (const BackupInfo &backup : backups) {
        const QDateTime local = backup.created.toTimeZone(zone);
        const auto contents = contentsOf(backup, locale);
        auto *item = new QTreeWidgetItem(this);
        item->setText(0,
            tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                locale.toString(local.time(), QLocale::ShortFormat)));
        item->setText(1, kindText(backup.kind));
        item->setText(2, contents.value_or(tr("Incomplete or damaged: cannot be restored")));
        item->setToolTip(0, QDir::toNativeSeparators(backup.filePath));
        if (contents) {
            item->setData(0, PathRole, backup.filePath);
            if (!first)
                first = item;
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (backups.isEmpty()) {
        auto *none = new QTreeWidgetItem(this);
        none->setText(0, emptyText);
        none->setFlags(Qt::NoItemFlags);
    }
    if (first)
        setCurrentItem(first);
}

QString BackupList::selectedBackup() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

QString BackupList::selectedWhen() const
{
    return selectedBackup().isEmpty() ? QString() : currentItem()->text(0);
}

} // namespace Rekindle
