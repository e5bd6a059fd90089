// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguagePreferences.h"

#include "PreferencesDialog.h"
#include "core/UiLanguage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

void addLanguagePreferences(PreferencesDialog &dialog, const QString &directory)
{
    auto *page = new QWidget(&dialog);
    page->setObjectName(u"languagePreferences"_s);
    auto *language = new QComboBox(page);
    language->setObjectName(u"language"_s);
    language->addItem(
        QCoreApplication::translate("Rekindle::LanguagePreferences", "System"), QString());
    for (const QString &code : UiLanguage::shipped(directory))
        language->addItem(UiLanguage::nativeName(code), code);
    const int current = language->findData(UiLanguage::chosen());
    language->setCurrentIndex(current < 0 ? 0 : current);

    auto *label = new QLabel(
        QCoreApplication::translate("Rekindle::LanguagePreferences", "&Language:"), page);
    label->setBuddy(language);
    auto *explain = new QLabel(QCoreApplication::translate("Rekindle::LanguagePreferences",
                                   "“System” follows the languages your computer is set to. "
                                   "Dates and numbers follow the language too. A change takes "
                                   "effect the next time Rekindle starts."),
        page);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(label, language);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addStretch();

    dialog.addPage(
        page, QCoreApplication::translate("Rekindle::LanguagePreferences", "Language"), [language] {
            UiLanguage::choose(language->currentData().toString());
            return QString();
        });
}

} // namespace Rekindle
