// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/UiLanguage.h"
#include "models/JournalNotes.h"
#include "models/JournalPrivacy.h"
#include "models/ReflectionListModel.h"
#include "storage/DemoJournal.h"
#include "storage/Journal.h"
#include "support/FakeJournalEncryption.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/PrivacyActions.h"
#include "ui/RecoveryWindow.h"
#include "ui/UnlockWindow.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/CalendarDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MessageCheckDialog.h"
#include "ui/dialogs/MoodDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/PrivacyPreferences.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/dialogs/PromptEditorDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/SupportDialog.h"
#include "ui/dialogs/ThoughtRecordDialog.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/steps/StepPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTranslator>
#include <functional>
#include <memory>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// What Rekindle says when the journal file is damaged: it opens one that is not a database.
Rekindle::Error damagedJournalError()
{
    QTemporaryDir directory;
    QFile file(directory.filePath(Rekindle::Journal::DatabaseFileName));
    if (!directory.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(QByteArray(4096, 'x')) != 4096)
        qFatal("cannot write the damaged journal file");
    file.close();
    auto journal = Rekindle::Journal::open(directory.path());
    if (journal)
        qFatal("a damaged journal file opened");
    return journal.error();
}

/// What a person reads on `widget`, as plain text (no markup, no mnemonic ampersands).
QString shownText(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        text = label->text();
        if (Qt::mightBeRichText(text) || label->textFormat() == Qt::RichText)
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        text = button->text();
    } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
        text = group->title();
    } else if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        text = line->text().isEmpty() ? line->placeholderText() : QString();
    }
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text.simplified();
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(widget->metaObject()->className());
    const QString text = shownText(widget);
    if (!text.isEmpty())
        name += u" \""_s + text.left(60) + (text.size() > 60 ? u"…\""_s : u"\""_s);
    return name;
}

/// The shown widgets that `layout` (and the layouts inside it) places.
void laidOut(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget()) {
            if (widget->isVisible())
                widgets << widget;
        } else if (const QLayout *inner = item->layout()) {
            laidOut(inner, widgets);
        }
    }
}

/// Whether `text` has a word outside the pseudo translation's brackets: English left over.
/// The program's name is the same in every language.
/// Names of days and months come from the locale (English in the pseudo translation's runs).
bool inEnglish(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    static const QStringList fromLocale = [] {
        QStringList names;
        const QLocale locale;
        for (int i = 1; i <= 12; ++i)
            names << locale.monthName(i, QLocale::LongFormat)
                  << locale.monthName(i, QLocale::ShortFormat)
                  << locale.standaloneMonthName(i, QLocale::LongFormat)
                  << locale.standaloneMonthName(i, QLocale::ShortFormat);
        for (int i = 1; i <= 7; ++i)
            names << locale.dayName(i, QLocale::LongFormat)
                  << locale.dayName(i, QLocale::ShortFormat);
        return names;
    }();
    const QString outside = QString(text).remove(QRegularExpression(u"⟦[^⟧]*⟧"_s));
    for (auto it = word.globalMatch(outside); it.hasNext();) {
        const QString found = it.next().captured();
        if (found != u"Rekindle"_s && !fromLocale.contains(found))
            return true;
    }
    return false;
}

/// Whether `widget` shows a text the pseudo translation does not hold: a standard button (Qt's
/// own translations name it) or the recovery key itself.
bool fromElsewhere(QWidget *widget)
{
    if (widget->objectName() == u"recoveryKeyText"_s)
        return true;
    auto *button = qobject_cast<QAbstractButton *>(widget);
    const auto *box = button ? qobject_cast<QDialogButtonBox *>(button->parentWidget()) : nullptr;
    return box && box->standardButton(button) != QDialogButtonBox::NoButton;
}

/// The faults of the shown `window` in one state: a text cut short (a label shorter or
/// narrower than its text needs, a button or a group title narrower than its text), two
/// controls of one layout over each other, a widget sticking out of the one that holds it,
/// a window larger than its screen; and, for the pseudo translation, English left over.
QStringList layoutFaults(QWidget *window, bool pseudo)
{
    QStringList faults;
    const QRect screen = window->screen()->availableGeometry();
    // The main window is given its size; the others choose theirs.
    if (!qobject_cast<MainWindow *>(window)
        && (window->width() > screen.width() || window->height() > screen.height()))
        faults << u"the window is %1x%2, larger than its %3x%4 screen"_s.arg(window->width())
                      .arg(window->height())
                      .arg(screen.width())
                      .arg(screen.height());
    if (pseudo && inEnglish(window->windowTitle()))
        faults << u"the title is in English: "_s + window->windowTitle();
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        const QString text = shownText(widget);
        if (const auto *label = qobject_cast<QLabel *>(widget); label && !text.isEmpty()) {
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed)
                    faults << u"%1: %2 px high, its text needs %3 at %4 px wide"_s
                                  .arg(describe(label))
                                  .arg(label->height())
                                  .arg(needed)
                                  .arg(label->width());
            } else {
                const QSize needed = label->sizeHint();
                if (label->width() < needed.width() || label->height() < needed.height())
                    faults << u"%1: %2x%3, its text needs %4x%5"_s.arg(describe(label))
                                  .arg(label->width())
                                  .arg(label->height())
                                  .arg(needed.width())
                                  .arg(needed.height());
            }
        } else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QGroupBox *>(widget)
            || qobject_cast<QComboBox *>(widget)) {
            const QSize needed = widget->minimumSizeHint();
            if ((!text.isEmpty() || qobject_cast<QComboBox *>(widget))
                && (widget->width() < needed.width() || widget->height() < needed.height()))
                faults << u"%1: %2x%3, it needs %4x%5"_s.arg(describe(widget))
                              .arg(widget->width())
                              .arg(widget->height())
                              .arg(needed.width())
                              .arg(needed.height());
        }
        if (pseudo && !fromElsewhere(widget) && inEnglish(text))
            faults << u"%1: in English"_s.arg(describe(widget));
        if (widget->layout()) {
            QList<QWidget *> placed;
            laidOut(widget->layout(), placed);
            for (qsizetype i = 0; i < placed.size(); ++i)
                for (qsizetype j = i + 1; j < placed.size(); ++j)
                    if (placed.at(i)->geometry().intersects(placed.at(j)->geometry()))
                        faults << u"%1 and %2 overlap"_s.arg(
                            describe(placed.at(i)), describe(placed.at(j)));
        }
        QWidget *parent = widget->parentWidget();
        // QSplitter places its last pane one pixel past its edge when right to left (Qt 6.4).
        const int slack = qobject_cast<QSplitter *>(parent) && widget->isRightToLeft() ? 1 : 0;
        if (parent && parent != window && !widget->isWindow()
            && !qobject_cast<QAbstractScrollArea *>(parent->parentWidget())
            && !parent->rect().adjusted(-slack, 0, slack, 0).contains(widget->geometry()))
            faults << u"%1 at %2,%3 %4x%5 sticks out of %6, %7x%8"_s.arg(describe(widget))
                          .arg(widget->x())
                          .arg(widget->y())
                          .arg(widget->width())
                          .arg(widget->height())
                          .arg(describe(parent))
                          .arg(parent->width())
                          .arg(parent->height());
    }
    faults.removeDuplicates();
    return faults;
}

} // namespace

/// Every tab, section and dialog in each shipped translation and in the pseudo translation
/// (every text accented and about 40% longer): no text cut short, nothing over anything else,
/// no window larger than its screen, and in the pseudo translation no English left over. With
/// REKINDLE_SCREENSHOT_DIR set, each state is saved as a PNG to look at.
class tst_TranslatedLayouts : public QObject {
    Q_OBJECT

    QStringList m_faults;
    QString m_language;

    void check(QWidget *window, const QString &where)
    {
        QApplication::processEvents();
        const bool pseudo = m_language.startsWith(u"pseudo"_s);
        for (const QString &fault : layoutFaults(window, pseudo))
            m_faults << u"%1, %2: %3"_s.arg(m_language, where, fault);
        const QString outDir = qEnvironmentVariable("REKINDLE_SCREENSHOT_DIR");
        if (!outDir.isEmpty()) {
            QDir().mkpath(outDir);
            QString file = where;
            file.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
            window->grab().save(u"%1/%2-%3.png"_s.arg(outDir, m_language, file));
        }
    }

    /// `window` in each page of each tab widget it holds.
    void checkEveryTab(QWidget *window, const QString &where)
    {
        check(window, where);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == current)
                    continue;
                tabs->setCurrentIndex(i);
                check(window, u"%1 %2 %3"_s.arg(where).arg(i + 1).arg(tabs->tabText(i)));
            }
            tabs->setCurrentIndex(current);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_translatedlayouts"_s);
        QSettings().clear();
    }

    void everyWindowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("reverse");
        QTest::newRow("pseudo") << u"pseudo"_s << QStringLiteral(REKINDLE_PSEUDO_QM) << false;
        // The long texts laid out right to left, as a language written that way has them.
        QTest::newRow("pseudo, right to left")
            << u"pseudo"_s << QStringLiteral(REKINDLE_PSEUDO_QM) << true;
        const QString directory = QStringLiteral(REKINDLE_QM_DIR);
        for (const QString &code : UiLanguage::shipped(directory))
            if (code != UiLanguage::SourceLanguage)
                QTest::newRow(qPrintable(code))
                    << code << u"%1/rekindle_%2.qm"_s.arg(directory, code) << false;
    }
    void everyWindowFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(bool, reverse);
        m_language = reverse ? language + u"-rtl"_s : language;
        m_faults.clear();
        QTranslator translator;
        QVERIFY2(translator.load(file), qPrintable(file));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        if (language != u"pseudo"_s)
            QLocale::setDefault(UiLanguage::formatLocale(language, QLocale::system()));
        QGuiApplication::setLayoutDirection(reverse ? Qt::RightToLeft : Qt::LeftToRight);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
            QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        });
        QVERIFY(QCoreApplication::translate("Rekindle::MainWindow", "&Help") != u"&Help"_s);

        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2026, 11, 26), QTime(20, 15));
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        MainWindow window(journal.journal());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *steps = window.findChild<QTabWidget *>(u"stepTabs"_s);
        QVERIFY(steps);
        for (int i = 0; i < steps->count(); ++i) {
            steps->setCurrentIndex(i);
            auto *sections = steps->widget(i)->findChild<QTabWidget *>(u"stepSections"_s);
            QVERIFY(sections);
            for (int s = 0; s < sections->count(); ++s) {
                sections->setCurrentIndex(s);
                check(&window, u"step %1 %2"_s.arg(i + 1).arg(s + 1));
            }
        }

        StepPage *page = window.page(0);
        JournalNotes notes(journal.journal());
        ReflectionListModel reflections(journal->reflections(), Step::Acknowledge);
        Test::FakeJournalEncryption encryption(JournalEncryption::State::Locked);
        JournalPrivacy privacy(journal.journal(), encryption);
        const std::pair<const char *, std::function<QWidget *()>> windows[] = {
            { "mood", [&] { return new MoodDialog(page->moodModel(), &window); } },
            { "message check", [&] { return new MessageCheckDialog(journal.journal(), &window); } },
            { "reflection", [&] { return page->reflect(); } },
            { "thought record", [&] { return new ThoughtRecordDialog(&reflections, 0, &window); } },
            { "progress",
                [&] {
                    return new ProgressDialog(journal.journal(), page->progressModel(), &window);
                } },
            { "export", [&] { return new ExportDialog(journal.journal(), &window); } },
            { "restore", [&] { return new RestoreDialog(journal.journal(), &window); } },
            { "about", [&] { return new AboutDialog(journal.directory(), &window); } },
            { "welcome", [&] { return new WelcomeDialog(&window); } },
            { "choose passphrase",
                [&] {
                    return new PassphraseDialog(PassphraseDialog::Purpose::Choose,
                        PrivacyActions::explanation(PassphraseDialog::Purpose::Choose), &window);
                } },
            { "change passphrase",
                [&] {
                    return new PassphraseDialog(PassphraseDialog::Purpose::Change,
                        PrivacyActions::explanation(PassphraseDialog::Purpose::Change), &window);
                } },
            { "confirm passphrase",
                [&] {
                    return new PassphraseDialog(PassphraseDialog::Purpose::Confirm,
                        PrivacyActions::explanation(PassphraseDialog::Purpose::Confirm), &window);
                } },
            { "recovery key",
                [&] {
                    return new RecoveryKeyDialog(
                        u"ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-89AB-CDEF"_s, &window);
                } },
            { "prompt editor",
                [&] {
                    return new PromptEditorDialog(
                        page->models().prompts(Step::Acknowledge, &window), &window);
                } },
            { "support", [&] { return new SupportDialog(notes, &window); } },
            { "calendar", [&] { return window.showCalendar(); } },
            { "unlock", [&] { return new UnlockWindow(privacy); } },
            { "recovery",
                [&] {
                    // What opening a damaged file says, in the language under test.
                    const Error damaged = damagedJournalError();
                    return new RecoveryWindow(journal.directory(), damaged.message, damaged.detail);
                } },
        };
        // Preferences as the window builds it, with the privacy page an own journal adds.
        PrivacyActions actions(privacy, &window);
        connect(&window, &MainWindow::preferencesOpening, this,
            [this, &actions](PreferencesDialog &dialog) {
                addPrivacyPreferences(dialog, actions);
                QTimer::singleShot(0, &dialog, [this, &dialog] {
                    checkEveryTab(&dialog, u"preferences"_s);
                    dialog.reject();
                });
            });
        auto *preferences = window.findChild<QAction *>(u"actionPreferences"_s);
        QVERIFY(preferences);
        preferences->trigger();

        for (const auto &[name, make] : windows) {
            QWidget *shown = make();
            QVERIFY2(shown, name);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->show();
            QVERIFY(QTest::qWaitForWindowExposed(shown));
            checkEveryTab(shown, QString::fromLatin1(name));
            shown->close();
        }
        QApplication::processEvents();
        for (const QString &fault : std::as_const(m_faults))
            qInfo().noquote() << fault;
        QCOMPARE(m_faults.size(), 0);
    }
};

QTEST_MAIN(tst_TranslatedLayouts)
#include "tst_translatedlayouts.moc"
