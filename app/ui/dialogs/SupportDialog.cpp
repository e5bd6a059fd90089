// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportDialog.h"

#include "core/JournalNoteKeys.h"
#include "core/SupportServices.h"
#include "models/JournalNotes.h"
#include "ui/Design.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

SupportDialog::SupportDialog(JournalNotes &notes, QWidget *parent)
    : QDialog(parent)
    , m_notes(notes)
    , m_country(new QComboBox(this))
    , m_services(new QLabel(this))
    , m_own(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"supportDialog"_s);
    setWindowTitle(tr("Support and Safety"));

    auto *intro = new QLabel(tr("When things are hard, you do not have to face them alone. "
                                "These services are free and long established. If you are in "
                                "danger right now, call the emergency number."),
        this);
    intro->setWordWrap(true);

    m_country->setObjectName(u"supportCountry"_s);
    m_country->setAccessibleName(tr("Country"));
    QStringList codes = SupportServices::countries();
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return SupportServices::countryName(a).localeAwareCompare(SupportServices::countryName(b))
            < 0;
    });
    for (const QString &code : std::as_const(codes))
        m_country->addItem(SupportServices::countryName(code), code);
    m_country->addItem(tr("Another country"), QString());

    m_services->setObjectName(u"supportServices"_s);
    m_services->setWordWrap(true);
    m_services->setTextFormat(Qt::RichText);
    m_services->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_own->setObjectName(u"ownSupport"_s);
    m_own->setAccessibleName(tr("My own support contacts"));
    m_own->setPlaceholderText(tr("A therapist, a friend, a family member: names and numbers"));
    m_own->setTabChangesFocus(true);
    m_own->setPlainText(notes.text(NoteKeys::OwnSupportKey));

    auto *form = new QFormLayout;
    auto *countryLabel = new QLabel(tr("&Country:"), this);
    countryLabel->setBuddy(m_country);
    form->addRow(countryLabel, m_country);
    auto *ownLabel = new QLabel(tr("My &own support contacts (kept in this journal):"), this);
    ownLabel->setBuddy(m_own);
    auto *privacy = new QLabel(tr("Rekindle only shows these numbers. It never calls, sends or "
                                  "shares anything."),
        this);
    privacy->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_services);
    layout->addWidget(ownLabel);
    layout->addWidget(m_own, 1);
    layout->addWidget(m_message);
    layout->addWidget(privacy);
    layout->addWidget(buttons);

    QString chosen = notes.text(NoteKeys::SupportCountryKey);
    if (chosen.isEmpty())
        chosen = SupportServices::countryForLocale(QLocale().name());
    setCountry(chosen);
    connect(m_country, &QComboBox::currentIndexChanged, this, &SupportDialog::showServices);
    Design::resizeWithinScreen(this, QSize(560, 560));
}

QString SupportDialog::country() const
{
    return m_country->currentData().toString();
}

void SupportDialog::setCountry(const QString &code)
{
    const int index = m_country->findData(code);
    m_country->setCurrentIndex(index >= 0 ? index : m_country->count() - 1);
    showServices();
}

void SupportDialog::showServices()
{
    const QString code = country();
    const QList<SupportService> services = SupportServices::services(code);
    if (services.isEmpty()) {
        m_services->setText(SupportServices::fallbackAdvice().toHtmlEscaped());
        return;
    }
    QString html = u"<table cellspacing='6'>"_s;
    for (const SupportService &s : services)
        html += u"<tr><td><b>%1</b></td><td><b>%2</b><br>%3</td></tr>"_s.arg(
            s.number.toHtmlEscaped(), s.organisation.toHtmlEscaped(), s.purpose.toHtmlEscaped());
    html += u"</table>"_s;
    m_services->setText(html);
}

void SupportDialog::done(int result)
{
    // The country chosen and the person's own contacts are kept, whichever way it closes.
    const QString locale = SupportServices::countryForLocale(QLocale().name());
    const QString code = country();
    Status saved = m_notes.setText(NoteKeys::SupportCountryKey, code == locale ? QString() : code);
    if (saved)
        saved = m_notes.setText(NoteKeys::OwnSupportKey, m_own->toPlainText());
    if (!saved) {
        m_message->showMessage(saved.error().message);
        return;
    }
    QDialog::done(result);
}

} // namespace Rekindle
