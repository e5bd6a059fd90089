// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "core/PrivateSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Rekindle::Startup {
namespace {

    void installTranslator(QCoreApplication &app, const QString &name, const QString &directory)
    {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, u"_"_s, directory))
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
    // "qt" rather than "qtbase": Debian's qt_<lang>.qm pulls in qtbase_<lang>.qm, and the
    // Windows and macOS deploy tools ship only one merged qt_<lang>.qm per language.
    installTranslator(app, u"qt"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, u"rekindle"_s, u":/i18n"_s);
}

} // namespace Rekindle::Startup
