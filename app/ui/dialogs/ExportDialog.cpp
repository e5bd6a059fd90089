// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "models/JournalModels.h"
#include "models/JournalTransfer.h"
#include "ui/StartFolder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

ExportDialog::ExportDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_journalEncrypted(JournalTransfer(journal).isJournalEncrypted())
    , m_format(new QComboBox(this))
    , m_whole(new QRadioButton(tr("The &whole journal"), this))
    , m_range(new QRadioButton(tr("From a &date range"), this))
    , m_oneStep(new QRadioButton(tr("One &step"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_step(new QComboBox(this))
    , m_encrypt(new QCheckBox(tr("E&ncrypt the file with a passphrase"), this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseAgain(new QLineEdit(this))
    , m_passphraseProblem(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Journal"));

    m_format->setObjectName(u"exportFormat"_s);
    for (const ExportFormat format : { ExportFormat::Pdf, ExportFormat::Html,
             ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Csv })
        m_format->addItem(Exporter::label(format), static_cast<int>(format));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);

    m_whole->setObjectName(u"exportWhole"_s);
    m_range->setObjectName(u"exportRange"_s);
    m_oneStep->setObjectName(u"exportStep"_s);
    m_whole->setChecked(true);
    const QDate today = JournalModels(journal).clock().today();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setObjectName(u"exportFrom"_s);
    m_from->setAccessibleName(tr("First day"));
    m_from->setDate(today.addMonths(-1));
    m_to->setObjectName(u"exportTo"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setDate(today);
    m_step->setObjectName(u"exportStepChoice"_s);
    m_step->setAccessibleName(tr("Step to export"));
    for (const Step step : Steps::all())
        m_step->addItem(tr("Step %1: %2").arg(static_cast<int>(step)).arg(Steps::title(step)),
            static_cast<int>(step));

    auto *scopeBox = new QGroupBox(tr("What to export"), this);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch();
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_oneStep);
    stepRow->addWidget(m_step);
    stepRow->addStretch();
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_whole);
    scopeLayout->addLayout(rangeRow);
    scopeLayout->addLayout(stepRow);

    m_encrypt->setObjectName(u"exportEncrypt"_s);
    m_encrypt->setToolTip(tr("Only a JSON export can be encrypted. Rekindle asks for the "
                             "passphrase when the file is imported."));
    m_passphrase->setObjectName(u"exportPassphrase"_s);
    m_passphraseAgain->setObjectName(u"exportPassphraseAgain"_s);
    m_passphrase->setAccessibleName(tr("Passphrase for the file"));
    m_passphraseAgain->setAccessibleName(tr("The same passphrase again"));
    for (QLineEdit *edit : { m_passphrase, m_passphraseAgain }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto *againLabel = new QLabel(tr("&Again:"), this);
    againLabel->setBuddy(m_passphraseAgain);
    m_passphraseProblem->setObjectName(u"exportPassphraseProblem"_s);
    m_passphraseProblem->setWordWrap(true);
    m_passphraseProblem->hide();
    auto *encryptBox = new QGroupBox(tr("Protection"), this);
    auto *passphraseForm = new QFormLayout;
    passphraseForm->addRow(passphraseLabel, m_passphrase);
    passphraseForm->addRow(againLabel, m_passphraseAgain);
    auto *encryptLayout = new QVBoxLayout(encryptBox);
    encryptLayout->addWidget(m_encrypt);
    encryptLayout->addLayout(passphraseForm);
    encryptLayout->addWidget(m_passphraseProblem);

    m_warning->setObjectName(u"exportWarning"_s);
    m_warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopeBox);
    layout->addWidget(encryptBox);
    layout->addWidget(m_warning);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QRadioButton *radio : { m_whole, m_range, m_oneStep })
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    connect(m_encrypt, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    // An encrypted journal suggests an encrypted export.
    m_encrypt->setChecked(m_journalEncrypted);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    m_from->setEnabled(m_range->isChecked());
    m_to->setEnabled(m_range->isChecked());
    m_step->setEnabled(m_oneStep->isChecked());
    const bool canEncrypt = Exporter::canEncrypt(format());
    m_encrypt->setEnabled(canEncrypt);
    m_passphrase->setEnabled(encrypts());
    m_passphraseAgain->setEnabled(encrypts());
    if (encrypts())
        m_warning->setText(tr("The file is encrypted: it opens only with this passphrase, and "
                              "Rekindle cannot open it if the passphrase is forgotten."));
    else if (m_journalEncrypted)
        m_warning->setText(tr("Your journal is encrypted, but this file will not be: anyone who "
                              "gets it can read everything in it. Keep it somewhere private, "
                              "and delete it when you no longer need it."));
    else
        m_warning->setText(tr("The exported file is not protected: anyone who gets it can read "
                              "everything in it. Keep it somewhere private, and delete it when "
                              "you no longer need it."));
}

bool ExportDialog::encrypts() const
{
    return m_encrypt->isChecked() && Exporter::canEncrypt(format());
}

bool ExportDialog::passphraseReady()
{
    QString problem;
    if (m_passphrase->text().isEmpty())
        problem = tr("Type a passphrase for the file, twice.");
    else if (m_passphrase->text() != m_passphraseAgain->text())
        problem = tr("The two passphrases are not the same.");
    m_passphraseProblem->setText(problem);
    m_passphraseProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        (m_passphrase->text().isEmpty() ? m_passphrase : m_passphraseAgain)->setFocus();
    return problem.isEmpty();
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

ExportScope ExportDialog::scope() const
{
    ExportScope scope;
    if (m_range->isChecked()) {
        scope.from = std::min(m_from->date(), m_to->date());
        scope.to = std::max(m_from->date(), m_to->date());
    } else if (m_oneStep->isChecked()) {
        scope.step = Steps::fromInt(m_step->currentData().toInt());
    }
    return scope;
}

void ExportDialog::chooseFileAndExport()
{
    if (encrypts() && !passphraseReady())
        return;
    const ExportFormat chosen = format();
    const QString folder = StartFolder::forPurpose(StartFolder::Purpose::Export);
    const QString suggested
        = folder + u'/' + tr("Rekindle Journal") + u'.' + Exporter::suffix(chosen);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Journal"), suggested, Exporter::fileFilter(chosen));
    if (path.isEmpty())
        return;
    StartFolder::remember(StartFolder::Purpose::Export, path);
    if (exportTo(path))
        accept();
}

bool ExportDialog::exportTo(const QString &filePath)
{
    if (encrypts() && !passphraseReady())
        return false;
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = Exporter::write(m_journal, format(), filePath, scope(), report,
        encrypts() ? m_passphrase->text() : QString());
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!status) {
        if (!Exporter::isCancel(status.error()))
            QMessageBox::warning(this, tr("Export Journal"), status.error().message);
        return false;
    }
    return true;
}

} // namespace Rekindle
