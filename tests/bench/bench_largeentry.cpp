// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how long the GUI thread stalls when a large entry (10 MB by default) autosaves: the
// whole autosave path of the journal panel after one typed character, and its two parts (the
// editor's document to text, the store's save). A benchmark, not a test: it asserts nothing
// and is not run by ctest.
//   bench_largeentry [megabytes] [saves]

#include "BenchReport.h"
#include "models/EntryListModel.h"
#include "models/PendingDeletes.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "ui/widgets/ExactPlainText.h"
#include "ui/widgets/JournalPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <cstdio>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

void print(const char *what, const QList<double> &figures)
{
    std::printf("%s: median %.1f ms, worst %.1f ms (%lld runs)\n", what,
        BenchReport::median(figures), BenchReport::quantile(figures, 1.0),
        static_cast<long long>(figures.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int megabytes = args.size() > 1 ? args.at(1).toInt() : 10;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;

    // Paragraphs of ordinary words, as a long journal entry has them.
    const QString paragraph = u"Tonight I walked by the river again and thought about what we "
                              "said, and what I wish I had said instead.\n"_s;
    QString body;
    body.reserve(qsizetype(megabytes) * 1024 * 1024 + paragraph.size());
    // Room left for the characters typed below: the limit (MaxBodyLength) is 10 MiB.
    const qsizetype size = qsizetype(megabytes) * 1024 * 1024 - 4096;
    while (body.size() < size)
        body += paragraph;
    body.truncate(size);

    QTemporaryDir dir;
    auto journal = Journal::open(dir.path());
    if (!journal)
        return 1;
    auto id = (*journal)->entries().create(Step::Acknowledge, { u"Long"_s, body, {} });
    if (!id)
        return 1;
    EntryListModel model((*journal)->entries(), Step::Acknowledge);
    JournalPanel panel(&model, PendingDeletes::of(**journal), u"hint"_s);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    if (!panel.selectEntry(*id))
        return 1;
    // The editor lays out and styles the text from the event loop: count that too.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    std::printf("entry of %lld characters: opened in the editor in %.1f ms\n",
        static_cast<long long>(body.size()), BenchReport::ms(timer));
    auto *editor = panel.findChild<QTextEdit *>(u"entryBody"_s);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    QList<double> conversions;
    QList<double> stores;
    QList<double> autosaves;
    QList<double> keystrokes;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        QTest::keyClick(editor, Qt::Key_A);
        QCoreApplication::processEvents();
        keystrokes << BenchReport::ms(timer);
        timer.start();
        if (!panel.flush())
            return 1;
        autosaves << BenchReport::ms(timer);

        timer.start();
        const QString text = ExactPlainText::get(*editor->document());
        conversions << BenchReport::ms(timer);
        timer.start();
        if (!(*journal)->entries().update(*id, { u"Long"_s, text + u'b', {} }))
            return 1;
        stores << BenchReport::ms(timer);
    }
    print("one keystroke, until the event loop is idle", keystrokes);
    print("autosave after one keystroke (GUI thread)", autosaves);
    print("  document to text", conversions);
    print("  store save (one transaction, fsync'd)", stores);
    return 0;
}
