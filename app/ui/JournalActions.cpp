// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalActions.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/RestoreDialog.h"
#include "models/BackgroundBackup.h"
#include "models/JournalTransfer.h"
#include "ui/StartFolder.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Rekindle {

JournalActions::JournalActions(Journal &journal, QWidget *window, std::function<bool()> saveAll)
    : QObject(window)
    , m_journal(journal)
    , m_window(window)
    , m_saveAll(std::move(saveAll))
    , m_export(new QAction(tr("&Export…"), this))
    , m_import(new QAction(tr("&Import…"), this))
    , m_restore(new QAction(tr("&Restore from a Backup…"), this))
    , m_backup(new BackgroundBackup(journal, this))
{
    m_export->setObjectName(u"actionExport"_s);
    m_export->setStatusTip(tr("Save the journal, or part of it, as PDF, HTML, Markdown, JSON "
                              "or CSV"));
    m_import->setObjectName(u"actionImport"_s);
    m_import->setStatusTip(tr("Add the contents of a Rekindle JSON export to this journal"));
    m_restore->setObjectName(u"actionRestore"_s);
    m_restore->setStatusTip(tr("Bring the journal back to an earlier day"));
    connect(m_export, &QAction::triggered, this, &JournalActions::exportJournal);
    connect(m_import, &QAction::triggered, this, &JournalActions::importJournal);
    connect(m_restore, &QAction::triggered, this, &JournalActions::restoreFromBackup);
    connect(m_backup, &BackgroundBackup::finished, this, [this](bool, const QString &problem) {
        if (!problem.isEmpty())
            Q_EMIT message(tr("Today's backup could not be made: %1").arg(problem));
    });
}

void JournalActions::exportJournal()
{
    if (!m_saveAll())
        return;
    ExportDialog dialog(m_journal, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("The journal was exported."));
}

void JournalActions::importJournal()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a Journal Export"),
        StartFolder::forPurpose(StartFolder::Purpose::Import),
        tr("Rekindle JSON export, plain or encrypted (*.json)"));
    if (path.isEmpty())
        return;
    StartFolder::remember(StartFolder::Purpose::Import, path);
    importFile(path);
}

void JournalActions::importFile(const QString &filePath)
{
    if (!m_saveAll())
        return;
    // Check the whole file before asking anything: a broken file is reported at once.
    JournalTransfer transfer(m_journal);
    QString passphrase;
    if (JournalTransfer::isEncryptedExport(filePath)) {
        QInputDialog askPassphrase(m_window);
        askPassphrase.setObjectName(u"importPassphrase"_s);
        askPassphrase.setWindowTitle(tr("Import"));
        askPassphrase.setLabelText(tr("This file is encrypted. Type its passphrase:"));
        askPassphrase.setTextEchoMode(QLineEdit::Password);
        askPassphrase.setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        if (auto *edit = askPassphrase.findChild<QLineEdit *>())
            edit->setAccessibleName(tr("Passphrase of the file"));
        if (askPassphrase.exec() != QDialog::Accepted || askPassphrase.textValue().isEmpty())
            return;
        passphrase = askPassphrase.textValue();
    }
    // Both passes read the file streaming, a record at a time, with a progress dialog whose
    // Cancel stops them: a cancelled check changes nothing, a cancelled import rolls back.
    const auto withProgress = [this](const QString &label, const auto &work) {
        QProgressDialog progress(label, tr("Cancel"), 0, 1000, m_window);
        progress.setObjectName(u"importProgress"_s);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        const ImportProgress report = [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = work(report);
        QApplication::restoreOverrideCursor();
        progress.reset();
        return result;
    };
    const Status checked
        = withProgress(tr("Checking the file…"), [&](const ImportProgress &report) {
              return transfer.checkImport(filePath, ImportMode::Merge, passphrase, report);
          });
    if (!checked) {
        passphrase.fill(u'\0');
        if (!JournalTransfer::isCancel(checked.error()))
            QMessageBox::warning(m_window, tr("Import"), checked.error().message);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import"),
        tr("How should the file's contents join this journal?"), QMessageBox::Cancel, m_window);
    ask.setObjectName(u"importMode"_s);
    ask.setInformativeText(tr("Add: keeps everything in the journal and adds what it does not "
                              "have yet.\nReplace: the journal becomes exactly the file's "
                              "contents; the journal as it is now is kept as a backup first."));
    QPushButton *merge = ask.addButton(tr("&Add"), QMessageBox::AcceptRole);
    QPushButton *replace = ask.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(merge);
    ask.exec();
    if (ask.clickedButton() != merge && ask.clickedButton() != replace) {
        passphrase.fill(u'\0');
        return;
    }
    const ImportMode mode
        = ask.clickedButton() == replace ? ImportMode::Replace : ImportMode::Merge;
    if (mode == ImportMode::Replace) {
        if (auto safety = transfer.keepCurrent(); !safety) {
            passphrase.fill(u'\0');
            QMessageBox::warning(m_window, tr("Import"), safety.error().message);
            return;
        }
    }
    const auto summary = withProgress(tr("Importing…"), [&](const ImportProgress &report) {
        return transfer.importFile(filePath, mode, passphrase, report);
    });
    passphrase.fill(u'\0');
    if (!summary) {
        if (!JournalTransfer::isCancel(summary.error()))
            QMessageBox::warning(m_window, tr("Import"), summary.error().message);
        return;
    }
    Q_EMIT message(tr("Records imported: %1.").arg(summary->totalAdded()));
}

void JournalActions::restoreFromBackup()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool inPlace = JournalTransfer(m_journal).canRestoreInPlace();
    QApplication::restoreOverrideCursor();
    if (!inPlace) {
        Q_EMIT recoveryNeeded();
        return;
    }
    if (!m_saveAll())
        return;
    RestoreDialog dialog(m_journal, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("The journal was restored from the backup."));
}

void JournalActions::runDailyBackup()
{
    auto started = m_backup->startDaily();
    if (!started)
        Q_EMIT message(tr("Today's backup could not be made: %1").arg(started.error().message));
}

} // namespace Rekindle
