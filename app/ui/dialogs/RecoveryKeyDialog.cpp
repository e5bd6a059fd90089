// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryKeyDialog.h"

#include "ui/Design.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString explanation()
    {
        return RecoveryKeyDialog::tr(
            "If you ever forget your passphrase, this recovery key opens your journal. Rekindle "
            "shows it only this once and keeps no copy. Print it or write it down, and keep it "
            "somewhere safe away from this computer: anyone who has it can read your journal.");
    }

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent)
    : QDialog(parent)
    , m_key(recoveryKey)
    , m_keyLabel(new QLabel(groupedLines(recoveryKey), this))
    , m_kept(new QCheckBox(tr("I have &kept it somewhere safe"), this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"recoveryKeyDialog"_s);
    setWindowTitle(tr("Your Recovery Key"));

    auto *explain = new QLabel(explanation(), this);
    explain->setWordWrap(true);
    m_keyLabel->setObjectName(u"recoveryKeyText"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    m_keyLabel->setFont(mono);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyLabel->setFocusPolicy(Qt::StrongFocus);
    // Read as groups, with the dashes, by a screen reader.
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setAccessibleDescription(recoveryKey);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setContentsMargins(12, 12, 12, 12);

    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(u"printRecoveryKey"_s);
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(u"saveRecoveryKeyPdf"_s);
    m_kept->setObjectName(u"recoveryKeyKept"_s);
    m_done->setObjectName(u"recoveryKeyDone"_s);
    m_done->setEnabled(false);
    m_done->setDefault(true);
    m_message->setObjectName(u"recoveryKeyMessage"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(pdfButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_kept);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::printKey);
    connect(pdfButton, &QPushButton::clicked, this, &RecoveryKeyDialog::chooseAndSavePdf);
    connect(m_kept, &QCheckBox::toggled, m_done, &QWidget::setEnabled);
    connect(m_kept, &QCheckBox::toggled, m_message, &InlineMessage::clearMessage);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    Design::resizeWithinScreen(this, QSize(560, 360));
}

QString RecoveryKeyDialog::groupedLines(const QString &recoveryKey)
{
    const QStringList groups = recoveryKey.split(u'-', Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines << groups.mid(i, 4).join(u"  "_s);
    return lines.join(u'\n');
}

bool RecoveryKeyDialog::isConfirmed() const
{
    return m_kept->isChecked();
}

void RecoveryKeyDialog::reject()
{
    if (!isConfirmed()) {
        m_message->showMessage(tr("This key is shown only once. Please print it, save it or "
                                  "write it down, then tick “I have kept it somewhere safe”."),
            InlineMessage::Kind::Note);
        return;
    }
    QDialog::reject();
}

void RecoveryKeyDialog::closeForLock()
{
    QDialog::reject();
}

void RecoveryKeyDialog::print(QPrinter &printer) const
{
    QTextDocument document;
    const QString lines = groupedLines(m_key).toHtmlEscaped().replace(u'\n', u"<br>"_s);
    document.setHtml(u"<h1>%1</h1><p>%2</p><p style='font-family: monospace; font-size: 20pt'>"
                     "%3</p><p>%4</p>"_s.arg(tr("Rekindle recovery key").toHtmlEscaped(),
                         explanation().toHtmlEscaped(), lines,
                         tr("Made on %1.")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                             .toHtmlEscaped()));
    document.print(&printer);
}

void RecoveryKeyDialog::printKey()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Recovery Key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(printer);
}

void RecoveryKeyDialog::chooseAndSavePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Recovery Key as PDF"),
        QDir(folder).filePath(tr("Rekindle recovery key") + u".pdf"_s), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && saveAsPdf(path))
        m_message->showMessage(
            tr("Saved. Keep the file away from this computer, for example printed or on a USB "
               "stick, and delete the copy here."),
            InlineMessage::Kind::Note);
}

bool RecoveryKeyDialog::saveAsPdf(const QString &filePath)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(filePath);
    printer.setDocName(tr("Rekindle recovery key"));
    print(printer);
    if (!QFile::exists(filePath) || QFileInfo(filePath).size() == 0) {
        m_message->showMessage(
            tr("The PDF could not be written to “%1”.").arg(QDir::toNativeSeparators(filePath)));
        return false;
    }
    return true;
}

} // namespace Rekindle
