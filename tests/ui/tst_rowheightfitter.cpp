// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/RowHeightFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// A two-tab window whose second tab is a table of long, wrapped texts.
struct Tables {
    QTabWidget tabs;
    QStandardItemModel model;
    QTableView *table = new QTableView;
    RowHeightFitter *fitter = nullptr;
    int defaultHeight = 0;

    explicit Tables(int rows)
    {
        const QString longText
            = u"a sentence long enough to wrap onto several lines "_s.repeated(6);
        for (int row = 0; row < rows; ++row)
            model.appendRow(new QStandardItem(u"%1 %2"_s.arg(row).arg(longText)));
        table->setModel(&model);
        table->setWordWrap(true);
        table->horizontalHeader()->setStretchLastSection(true);
        RowHeightFitter::limitMeasuring(table);
        fitter = new RowHeightFitter(table);
        defaultHeight = table->verticalHeader()->defaultSectionSize();
        tabs.addTab(new QWidget, u"First"_s);
        tabs.addTab(table, u"Table"_s);
        tabs.resize(500, 400);
    }

    /// Rows whose height is no longer the default one.
    int fittedRows() const
    {
        int fitted = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            fitted += table->rowHeight(row) != defaultHeight ? 1 : 0;
        return fitted;
    }
};

} // namespace

class TestRowHeightFitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aHiddenTableIsNotMeasured()
    {
        Tables tables(500);
        tables.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tables.tabs));
        tables.fitter->schedule();
        QTest::qWait(50);
        tables.fitter->fitVisibleRows();
        QCOMPARE(tables.fittedRows(), 0);
    }

    void onlyTheRowsOnScreenAreFittedOnceShown()
    {
        Tables tables(500);
        tables.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tables.tabs));
        tables.tabs.setCurrentIndex(1);
        // Fitted soon after it is shown, without being asked.
        QTRY_VERIFY(tables.fittedRows() > 0);
        const int shown = tables.fittedRows();
        // Every row on screen is as tall as its text, and rows far below are never measured.
        QVERIFY(tables.table->rowHeight(0) > tables.defaultHeight);
        QVERIFY2(shown < 20, qPrintable(u"%1 rows fitted"_s.arg(shown)));
        QCOMPARE(tables.table->rowHeight(400), tables.defaultHeight);
        // Rows scrolled into view are fitted in their turn.
        tables.table->scrollTo(tables.model.index(400, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(tables.table->rowHeight(400) > tables.defaultHeight);
    }
};

QTEST_MAIN(TestRowHeightFitter)
#include "tst_rowheightfitter.moc"
