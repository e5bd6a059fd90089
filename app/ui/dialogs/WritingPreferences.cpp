// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingPreferences.h"

#include "PreferencesDialog.h"
#include "core/Translation.h"
#include "models/JournalSpelling.h"
#include "ui/WritingSettings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::WritingPreferences", text);
    }

} // namespace

void addWritingPreferences(PreferencesDialog &dialog, Journal &journal)
{
    auto *page = new QWidget(&dialog);
    page->setObjectName(u"writingPreferences"_s);

    const QFont current = WritingSettings::instance().font();
    auto *family = new QFontComboBox(page);
    family->setObjectName(u"writingFontFamily"_s);
    family->setCurrentFont(current);
    auto *size = new QSpinBox(page);
    size->setObjectName(u"writingFontSize"_s);
    size->setRange(WritingSettings::MinPointSize, WritingSettings::MaxPointSize);
    size->setValue(current.pointSize());
    size->setSuffix(tr(" pt"));

    auto *explain = new QLabel(tr("The font of your entries. It is kept on this computer, "
                                  "not in the journal."),
        page);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *familyLabel = new QLabel(tr("Text &font:"), page);
    familyLabel->setBuddy(family);
    form->addRow(familyLabel, family);
    auto *sizeLabel = new QLabel(tr("Text si&ze:"), page);
    sizeLabel->setBuddy(size);
    form->addRow(sizeLabel, size);

    // The language belongs to the journal: the dictionaries are this computer's.
    JournalSpelling &spelling = JournalSpelling::of(journal);
    auto *language = new QComboBox(page);
    language->setObjectName(u"spellingLanguage"_s);
    language->addItem(tr("Off"), JournalSpelling::Off);
    for (const SpellDictionaryFiles &files : spelling.dictionaries()) {
        const QLocale locale(files.language.section(u'_', 0, 1));
        const QString name = locale.language() == QLocale::C
            ? files.language
            : u"%1 (%2)"_s.arg(locale.nativeLanguageName(), files.language);
        language->addItem(name, files.language);
    }
    language->setCurrentIndex(std::max(
        0, language->findData(spelling.isActive() ? spelling.language() : JournalSpelling::Off)));
    auto *languageLabel = new QLabel(tr("&Spelling language:"), page);
    languageLabel->setBuddy(language);
    form->addRow(languageLabel, language);
    auto *note = new QLabel(page);
    note->setObjectName(u"spellingNote"_s);
    note->setWordWrap(true);
    if (spelling.dictionaries().isEmpty()) {
        language->setEnabled(false);
        note->setText(
            tr("Spell checking is off: no dictionary was found on this computer. Install one "
               "(on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open "
               "Preferences again."));
    } else {
        note->setText(tr("The language and the words you add are kept in the journal."));
    }

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    // Restore Defaults: the font back to the system's (the language is the journal's choice).
    if (auto *buttons = dialog.findChild<QDialogButtonBox *>())
        if (QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults))
            QObject::connect(restore, &QPushButton::clicked, page, [family, size] {
                const QFont font = WritingSettings::defaultFont();
                family->setCurrentFont(font);
                size->setValue(font.pointSize());
            });

    dialog.addPage(page, tr("Writing"), [family, size, current, language, &spelling] {
        const QString chosen = family->currentFont().family();
        if (chosen != current.family() || size->value() != current.pointSize())
            WritingSettings::instance().setFont(chosen, size->value());
        if (!language->isEnabled())
            return QString();
        const QString wanted = language->currentData().toString();
        const QString now = spelling.isActive() ? spelling.language() : JournalSpelling::Off;
        if (wanted != now)
            if (Status s = spelling.setLanguage(wanted); !s)
                return s.error().message;
        return QString();
    });
}

} // namespace Rekindle
