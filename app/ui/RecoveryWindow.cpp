// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryWindow.h"

#include "models/JournalTransfer.h"
#include "ui/Design.h"
#include "ui/StartFolder.h"
#include "ui/widgets/BackupList.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
RecoveryWindow::RecoveryWindow(
    const QString &directory, const QString &problem, const QString &detail, QWidget *parent)
    : QWidget(parent)
    , m_rescue(directory)
    , m_list(new BackupList(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore Selected Backup…"), this))
{
    setObjectName(u"recoveryWindow"_s);
    setWindowTitle(tr("Rekindle — Recover the Journal"));

    auto *heading = new QLabel(tr("Your journal needs attention"), this);
    heading->setObjectName(u"recoveryHeading"_s);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);

    auto *reason = new QLabel(problem, this);
    reason->setObjectName(u"recoveryProblem"_s);
    reason->setWordWrap(true);
    reason->setTextFormat(Qt::PlainText);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *calm = new QLabel(tr("Nothing has been deleted. The journal file stays as it is until "
                               "you choose what to do; a restore keeps it in the folder "
                               "“damaged” beside the journal."),
        this);
    calm->setWordWrap(true);
    auto *technical = new QLabel(tr("Journal folder: %1").arg(QDir::toNativeSeparators(directory))
            + (detail.isEmpty() ? QString() : u"\n"_s + tr("Details: %1").arg(detail)),
        this);
    technical->setObjectName(u"recoveryDetail"_s);
    technical->setWordWrap(true);
    technical->setTextFormat(Qt::PlainText);
    technical->setTextInteractionFlags(Qt::TextSelectableByMouse);
    technical->setForegroundRole(QPalette::PlaceholderText);

    auto *backups = new QGroupBox(tr("Restore from a backup"), this);
    m_list->setObjectName(u"recoveryBackupList"_s);
    m_restore->setObjectName(u"recoveryRestoreButton"_s);
    auto *backupLayout = new QVBoxLayout(backups);
    backupLayout->addWidget(m_list, 1);
    backupLayout->addWidget(m_restore, 0, Qt::AlignRight);

    auto *save = new QPushButton(tr("&Save What Can Be Read…"), this);
    save->setObjectName(u"recoverySaveButton"_s);
    save->setToolTip(tr("Write every record that can still be read to a JSON export"));
    auto *other = new QPushButton(tr("Open &Another Folder…"), this);
    other->setObjectName(u"recoveryOpenFolderButton"_s);
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(u"recoveryQuitButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(other);
    buttons->addStretch();
    buttons->addWidget(quit);

    m_status->setObjectName(u"recoveryStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Selectable (and so focusable) only once it has a text: a hidden, empty status would be
    // an unnamed stop for a screen reader.
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(reason);
    layout->addWidget(calm);
    layout->addWidget(backups, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(technical);

    connect(m_restore, &QPushButton::clicked, this, &RecoveryWindow::confirmRestore);
    connect(m_list, &QTreeWidget::itemActivated, this, &RecoveryWindow::confirmRestore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryWindow::updateButtons);
    connect(save, &QPushButton::clicked, this, &RecoveryWindow::chooseExport);
    connect(other, &QPushButton::clicked, this, &RecoveryWindow::chooseFolder);
    connect(quit, &QPushButton::clicked, this, &RecoveryWindow::quitRequested);

    setTabOrder(m_list, m_restore);
    setTabOrder(m_restore, save);
    setTabOrder(save, other);
    setTabOrder(other, quit);
    Design::resizeWithinScreen(this, QSize(720, 520));
    reload();
    m_list->setFocus();
}

void RecoveryWindow::reload()
{
    m_list->setBackups(m_rescue.backups(), QTimeZone::systemTimeZone(),
        tr("No backups were found in this journal folder."));
    updateButtons();
}

QString RecoveryWindow::selectedBackup() const
{
    return m_list->selectedBackup();
}

void RecoveryWindow::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

void RecoveryWindow::confirmRestore()
{
    const QString path = selectedBackup();
    if (path.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Restore from a Backup"),
        tr("Bring the journal back to the backup of %1?").arg(m_list->selectedWhen()),
        QMessageBox::NoButton, this);
    confirm.setObjectName(u"recoveryConfirmation"_s);
    confirm.setInformativeText(tr("What was written after it is not in the backup. The "
                                  "journal as it is now is kept in the folder “damaged”."));
    QPushButton *restore = confirm.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *cancel = confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(cancel);
    confirm.exec();
    if (confirm.clickedButton() == restore)
        restoreBackup(path);
}

bool RecoveryWindow::restoreBackup(const QString &backupPath)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = m_rescue.restore(backupPath);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showStatus(result.error().message);
        return false;
    }
    showStatus(result->isEmpty() ? tr("The backup was restored.")
                                 : tr("The backup was restored. The damaged journal is kept in %1.")
                                       .arg(QDir::toNativeSeparators(*result)));
    Q_EMIT journalRestored();
    return true;
}

void RecoveryWindow::chooseExport()
{
    const QString folder = StartFolder::forPurpose(StartFolder::Purpose::Export);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save What Can Be Read"),
        folder + u"/rekindle-rescued.json"_s, tr("Rekindle export (*.json)"));
    if (!path.isEmpty())
        saveReadable(path);
}

bool RecoveryWindow::saveReadable(const QString &exportPath)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = m_rescue.salvage(exportPath);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showStatus(report.error().message);
        return false;
    }
    QString text = tr("%n record(s) saved to %1.", nullptr, int(report->records))
                       .arg(QDir::toNativeSeparators(exportPath));
    if (!report->unreadable.isEmpty())
        text += u' '
            + tr("These could not be read whole, so some of them may be missing: %1.")
                  .arg(QLocale().createSeparatedList(report->unreadable));
    showStatus(text);
    return true;
}

void RecoveryWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Another Folder"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!folder.isEmpty())
        Q_EMIT openFolderRequested(folder);
}

void RecoveryWindow::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->show();
    QAccessibleEvent event(m_status, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString RecoveryWindow::status() const
{
    return m_status->text();
}

} // namespace Rekindle
