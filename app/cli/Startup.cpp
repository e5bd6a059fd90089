// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "core/PrivateSettings.h"
#include "core/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Rekindle::Startup {
namespace {

    void installTranslator(QCoreApplication &app, const QLocale &language, const QString &name,
        const QString &directory)
    {
        auto *translator = new QTranslator(&app);
        if (translator->load(language, name, u"_"_s, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }

} // namespace

void initialize(QCoreApplication &app)
{
#ifdef SIGXFSZ
    // A file-size limit (ulimit -f) must fail the write that crosses it (EFBIG, which SQLite
    // reports as an error and the save shows), not kill the process with the text unsaved.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication::setOrganizationName(u"Rekindle"_s);
    QCoreApplication::setOrganizationDomain(u"rekindle.org"_s);
    QCoreApplication::setApplicationName(u"Rekindle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REKINDLE_VERSION));
    PrivateSettings::prepare(QSettings().fileName(), QCoreApplication::organizationName());
    // One language for the words and the formats: the chosen one, or the first of the
    // system's languages that is shipped. LANGUAGE=de with LC_TIME=en_US must not write
    // "Geschrieben am Friday, 30 October".
    const QString directory = u":/i18n"_s;
    const QString code = UiLanguage::resolve(
        UiLanguage::chosen(), QLocale::system().uiLanguages(), UiLanguage::shipped(directory));
    const QLocale language(code);
    QLocale::setDefault(UiLanguage::formatLocale(code, QLocale::system()));
    // "qt" rather than "qtbase": Debian's qt_<lang>.qm pulls in qtbase_<lang>.qm, and the
    // Windows and macOS deploy tools ship only one merged qt_<lang>.qm per language.
    installTranslator(app, language, u"qt"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, language, u"rekindle"_s, directory);
    // The pseudo translation of the pseudo_translation target (accented, longer texts) for
    // checking layouts; never shipped, so only a path given on purpose loads it.
    const QString pseudo = qEnvironmentVariable("REKINDLE_PSEUDO_TRANSLATION");
    if (!pseudo.isEmpty()) {
        auto *translator = new QTranslator(&app);
        if (translator->load(pseudo))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace Rekindle::Startup
