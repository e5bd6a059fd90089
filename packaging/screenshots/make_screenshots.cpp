// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Takes the README's screenshots from the real application: the main window over the sample
// journal on two steps, Progress, Reflect, and the dark theme. Run by refresh.sh under the
// offscreen platform; each picture is QWidget::grab() of a window, 1024×700.

#include "core/UiLanguage.h"
#include "storage/DemoJournal.h"
#include "storage/Journal.h"
#include "ui/Appearance.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/steps/StepPage.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const QSize WindowSize(1024, 700);

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    QTest::qWait(200); // charts and lazily built sections lay out on the next turns
    QApplication::processEvents();
    const QString path = out.filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        std::fprintf(stderr, "Could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RekindleScreenshots"_s);
    QCoreApplication::setApplicationName(u"Rekindle"_s);
    // Nothing of the person's own settings, and nothing left behind.
    QStandardPaths::setTestModeEnabled(true);
    // English formats as the application chooses them (refresh.sh runs in the C locale, whose
    // times would show seconds).
    QLocale::setDefault(UiLanguage::formatLocale(UiLanguage::SourceLanguage, QLocale::system()));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "Usage: make_screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!QDir().mkpath(out.path()))
        return 1;

    QTemporaryDir folder;
    auto journal = Journal::open(folder.path());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message));
        return 1;
    }
    if (Status status = DemoJournal::generate(**journal, {}); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
        return 1;
    }

    Appearance::apply(Appearance::Theme::Light);
    MainWindow window(**journal);
    window.resize(WindowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *steps = window.findChild<QTabWidget *>(u"stepTabs"_s);
    bool ok = true;
    steps->setCurrentIndex(0);
    ok = save(&window, out, u"main-window.png"_s) && ok;
    steps->setCurrentIndex(2);
    ok = save(&window, out, u"reconnect.png"_s) && ok;

    {
        ProgressDialog progress(**journal, window.currentPage()->progressModel(), &window);
        progress.resize(WindowSize);
        progress.show();
        ok = QTest::qWaitForWindowExposed(&progress) && save(&progress, out, u"progress.png"_s)
            && ok;
    }

    steps->setCurrentIndex(0);
    if (ReflectionDialog *reflection = window.currentPage()->reflect()) {
        reflection->resize(760, 560);
        ok = QTest::qWaitForWindowExposed(reflection) && save(reflection, out, u"reflect.png"_s)
            && ok;
        reflection->reject();
    }

    Appearance::apply(Appearance::Theme::Dark);
    steps->setCurrentIndex(1);
    ok = save(&window, out, u"dark.png"_s) && ok;
    window.close();
    return ok ? 0 : 1;
}
