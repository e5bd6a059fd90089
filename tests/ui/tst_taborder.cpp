// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JournalNotes.h"
#include "storage/DemoJournal.h"
#include "support/TabWalk.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MessageCheckDialog.h"
#include "ui/dialogs/MoodDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/dialogs/PromptEditorDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/SupportDialog.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/CtrlTabLeaves.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/UndoNotice.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <functional>
#include <memory>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// The first control in reading order: the top-left one of those Tab reaches.
QWidget *firstControl(QWidget *window)
{
    QWidget *first = nullptr;
    QPoint best;
    for (QWidget *widget : Test::TabWalk::reachable(window)) {
        const QPoint at = widget->mapTo(window, QPoint(0, 0));
        if (!first || at.y() < best.y() - 3
            || (std::abs(at.y() - best.y()) <= 3 && at.x() < best.x())) {
            first = widget;
            best = at;
        }
    }
    return first;
}

/// Walks `window` with Tab from its first control and checks the whole walk: back to the
/// start (no trap), every control met, each step in reading order.
void checkWalk(QWidget *window, const QString &where, QWidget *first = nullptr,
    const QWidget *outside = nullptr)
{
    if (!first)
        first = firstControl(window);
    QVERIFY2(first, qPrintable(where + u": nothing takes the focus"_s));
    const Test::TabWalk walk = Test::TabWalk::walk(window, first);
    QVERIFY2(walk.trap.isEmpty(), qPrintable(where + u": "_s + walk.trap));
    const QStringList missed = walk.missed(window, outside);
    QVERIFY2(
        missed.isEmpty(), qPrintable(where + u": Tab never reaches "_s + missed.join(u", "_s)));
    const QString order = walk.readingOrderProblem();
    QStringList sequence;
    for (const auto &stop : walk.stops)
        sequence << stop.name;
    QVERIFY2(order.isEmpty(),
        qPrintable(where + u": "_s + order + u"\nWalk: "_s + sequence.join(u" | "_s)));
    QVERIFY2(walk.stops.size() >= 2 || Test::TabWalk::reachable(window).size() == 1,
        qPrintable(where + u": a walk of one stop"_s));
}

void showActive(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class tst_TabOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_taborder"_s);
        QSettings().clear();
        m_journal = std::make_unique<Test::TempJournal>();
        QVERIFY(m_journal->ok());
        m_journal->clock().setLocal(QDate(2026, 11, 26), QTime(20, 15));
        QVERIFY(DemoJournal::generate(m_journal->journal(), {}));
        m_window = std::make_unique<MainWindow>(m_journal->journal());
        m_notes = new JournalNotes(m_journal->journal(), m_window.get());
        m_window->resize(1024, 700);
        showActive(m_window.get());
    }

    QWidget *firstToolButton() const
    {
        auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        return toolBar->widgetForAction(toolBar->actions().constFirst());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_journal.reset();
    }

    /// Every step page and every section of it, as the window shows them.
    void everyPageInReadingOrder()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(u"stepTabs"_s);
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            StepPage *page = m_window->page(i);
            auto *sections = page->findChild<QTabWidget *>(u"stepSections"_s);
            QVERIFY(sections);
            for (int s = 0; s < sections->count(); ++s) {
                sections->setCurrentIndex(s);
                QApplication::processEvents();
                // From the toolbar round the whole window and back: the toolbar, the search,
                // the step tabs, the page, and from the page's last control on to the toolbar
                // again (not back up to the step tabs).
                checkWalk(m_window.get(),
                    u"Step %1, section %2"_s.arg(tabs->tabText(i), sections->tabText(s)),
                    firstToolButton());
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    /// The window reads toolbar, search, step tabs, the page's tools, then its actions: the
    /// header's Reflect no longer stands between the tabs and the page.
    void stepTabsLeadToThePageThenItsActions()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(u"stepTabs"_s);
        tabs->setCurrentIndex(0);
        m_window->page(0)->findChild<QTabWidget *>(u"stepSections"_s)->setCurrentIndex(0);
        QApplication::processEvents();
        QWidget *tabBar = tabs->tabBar();
        const Test::TabWalk walk = Test::TabWalk::walk(m_window.get(), tabBar);
        QVERIFY2(walk.trap.isEmpty(), qPrintable(walk.trap));
        QVERIFY(walk.stops.size() > 4);
        QWidget *afterTabs = walk.stops.at(1).widget;
        QVERIFY2(m_window->page(0)->isAncestorOf(afterTabs), qPrintable(walk.stops.at(1).name));
        QVERIFY(afterTabs->objectName() != u"reflectButton"_s);
        // The page's actions come last on the page, just before the walk returns to the top.
        qsizetype reflect = -1;
        qsizetype lastOnPage = -1;
        for (qsizetype i = 0; i < walk.stops.size(); ++i) {
            if (walk.stops.at(i).widget->objectName() == u"reflectButton"_s)
                reflect = i;
            if (m_window->page(0)->isAncestorOf(walk.stops.at(i).widget))
                lastOnPage = i;
        }
        QVERIFY(reflect > 1);
        QCOMPARE(reflect, lastOnPage);
        QCOMPARE(walk.stops.at(reflect - 1).widget->objectName(), u"supportLink"_s);
    }

    /// The toolbar's actions are Tab stops of their own, left to right, then the search field at
    /// its end, then the step tabs; Shift+Tab goes back the same way.
    void toolbarLeadsToTheStepTabs()
    {
        auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        auto *tabs = m_window->findChild<QTabWidget *>(u"stepTabs"_s);
        QList<QWidget *> expected;
        for (QAction *action : toolBar->actions())
            if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
                expected << button;
        QCOMPARE(expected.size(), 5);
        expected << m_window->findChild<QWidget *>(u"searchField"_s) << tabs->tabBar();
        expected.first()->setFocus(Qt::TabFocusReason);
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
        for (qsizetype i = expected.size() - 2; i >= 0; --i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
    }

    /// From the page's last control Tab goes on to the toolbar (by way of the undo notice while
    /// it shows), not back up to the step tabs; Shift+Tab goes back the same way.
    void pageLeadsOnToTheToolbar()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(u"stepTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            const Test::TabWalk walk = Test::TabWalk::walk(m_window.get(), tabs->tabBar());
            QVERIFY2(walk.trap.isEmpty(), qPrintable(walk.trap));
            QWidget *last = nullptr;
            for (const auto &stop : walk.stops)
                if (m_window->page(i)->isAncestorOf(stop.widget))
                    last = stop.widget;
            QVERIFY(last);
            last->setFocus(Qt::TabFocusReason);
            QTest::keyClick(last, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), firstToolButton());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), last);
        }

        // While "Deleted · Undo" shows, its button comes between the page and the toolbar.
        tabs->setCurrentIndex(0);
        QApplication::processEvents();
        auto *notice = m_window->undoNotice();
        notice->showDeleted();
        QWidget *undo = notice->undoButton();
        const Test::TabWalk walk = Test::TabWalk::walk(m_window.get(), firstToolButton());
        QVERIFY2(walk.trap.isEmpty(), qPrintable(walk.trap));
        QVERIFY2(walk.readingOrderProblem().isEmpty(), qPrintable(walk.readingOrderProblem()));
        QCOMPARE(walk.stops.constLast().widget, undo);
        QVERIFY(m_window->page(0)->isAncestorOf(walk.stops.at(walk.stops.size() - 2).widget));
        undo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(undo, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), firstToolButton());
        notice->endOffer();
        QVERIFY(!notice->isVisible());
    }

    /// The entry's body keeps Tab for indenting; Ctrl+Tab leaves it, and the field says so.
    void entryBodyTypesTabAndCtrlTabLeaves()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(u"stepTabs"_s);
        tabs->setCurrentIndex(0);
        m_window->page(0)->findChild<QTabWidget *>(u"stepSections"_s)->setCurrentIndex(0);
        auto *body = m_window->page(0)->findChild<QTextEdit *>(u"entryBody"_s);
        QVERIFY(body);
        QVERIFY(body->isVisible());
        body->setFocus(Qt::TabFocusReason);
        const QString before = body->toPlainText();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Tab);
        QVERIFY(body->hasFocus());
        QCOMPARE(body->toPlainText(), before + u'\t');
        QTest::keyClick(body, Qt::Key_Backspace);
        QCOMPARE(body->toPlainText(), before);
        auto *sections = m_window->page(0)->findChild<QTabWidget *>(u"stepSections"_s);
        const int section = sections->currentIndex();
        QTest::keyClick(body, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(!body->hasFocus());
        QCOMPARE(sections->currentIndex(), section); // not taken as "next section"
        QVERIFY(body->accessibleDescription().contains(u"Ctrl+Tab"_s));
        QVERIFY(body->toolTip().contains(u"Ctrl+Tab"_s));
        QCOMPARE(body->accessibleDescription(), CtrlTabLeaves::hint());
    }

    /// The draft is one message: Tab goes on (typed into it before). What the check found
    /// has the room of the right column, no longer a strip under the draft.
    void messageCheckDraftLetsTabGoOn()
    {
        MessageCheckDialog dialog(m_journal->journal(), m_window.get());
        showActive(&dialog);
        auto *draft = dialog.findChild<QPlainTextEdit *>(u"messageDraft"_s);
        auto *findings = dialog.findChild<QWidget *>(u"messageFindings"_s);
        QVERIFY(draft && findings);
        draft->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(draft, u"We need to talk"_s);
        QTest::keyClick(draft, Qt::Key_Tab);
        QVERIFY(!draft->hasFocus());
        QCOMPARE(draft->toPlainText(), u"We need to talk"_s);
        QVERIFY(findings->height() >= dialog.height() / 3);
        QVERIFY(findings->width() >= dialog.width() / 3);
    }

    void everyDialogInReadingOrder_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
            { "mood", "messageCheck", "reflection", "progress", "preferences", "export", "restore",
                "about", "welcome", "passphrase", "recoveryKey", "promptEditor", "support" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyDialogInReadingOrder()
    {
        QFETCH(QString, name);
        Journal &journal = m_journal->journal();
        StepPage *page = m_window->page(0);
        std::unique_ptr<QWidget> owned;
        QWidget *dialog = nullptr;
        if (name == u"mood")
            owned = std::make_unique<MoodDialog>(page->moodModel(), m_window.get());
        else if (name == u"messageCheck")
            owned = std::make_unique<MessageCheckDialog>(journal, m_window.get());
        else if (name == u"reflection")
            dialog = page->reflect();
        else if (name == u"progress")
            owned
                = std::make_unique<ProgressDialog>(journal, page->progressModel(), m_window.get());
        else if (name == u"preferences")
            owned = std::make_unique<PreferencesDialog>(journal, m_window.get());
        else if (name == u"export")
            owned = std::make_unique<ExportDialog>(journal, m_window.get());
        else if (name == u"restore")
            owned = std::make_unique<RestoreDialog>(journal, m_window.get());
        else if (name == u"about")
            owned = std::make_unique<AboutDialog>(m_journal->directory(), m_window.get());
        else if (name == u"welcome")
            owned = std::make_unique<WelcomeDialog>(m_window.get());
        else if (name == u"passphrase")
            owned = std::make_unique<PassphraseDialog>(
                PassphraseDialog::Purpose::Choose, u"A test."_s, m_window.get());
        else if (name == u"recoveryKey")
            owned = std::make_unique<RecoveryKeyDialog>(
                u"ABCD-EFGH-IJKL-MNOP-QRST-UVWX"_s, m_window.get());
        else if (name == u"promptEditor")
            owned = std::make_unique<PromptEditorDialog>(
                page->models().prompts(Step::Acknowledge, this), m_window.get());
        else if (name == u"support")
            owned = std::make_unique<SupportDialog>(*m_notes, m_window.get());
        if (owned)
            dialog = owned.get();
        QVERIFY(dialog);
        showActive(dialog);
        checkWalk(dialog, name);
        dialog->close();
        if (!owned)
            dialog->deleteLater();
    }

private:
    std::unique_ptr<Test::TempJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    JournalNotes *m_notes = nullptr;
};

QTEST_MAIN(tst_TabOrder)
#include "tst_taborder.moc"
