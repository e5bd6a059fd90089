// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryPrinter.h"

#include "WritingSettings.h"

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// `text` as Markdown that shows it literally (a title "#1 *really*" stays as typed).
    QString escaped(const QString &text)
    {
        static const QString special = u"\\`*_{}[]()<>#+-.!|~&"_s;
        QString out;
        out.reserve(text.size() * 2);
        for (const QChar ch : text) {
            if (special.contains(ch))
                out += u'\\';
            out += ch;
        }
        return out;
    }

    /// The entry's text with every kind of line break as the one Markdown reads.
    QString markdownBody(QString body)
    {
        body.replace(u"\r\n"_s, u"\n"_s);
        body.replace(u'\r', u'\n');
        body.replace(QChar::ParagraphSeparator, u'\n');
        body.replace(QChar::LineSeparator, u'\n');
        return body;
    }

} // namespace

EntryPrinter::EntryPrinter(
    Journal &journal, QWidget *window, std::function<bool()> flush, std::function<Target()> current)
    : QObject(window)
    , m_journal(journal)
    , m_window(window)
    , m_flush(std::move(flush))
    , m_current(std::move(current))
{
    auto *entry = new QAction(tr("&Print…"), this);
    entry->setObjectName(u"actionPrint"_s);
    entry->setShortcut(QKeySequence::Print);
    entry->setStatusTip(tr("Print the open entry"));
    connect(entry, &QAction::triggered, this, [this] { choose(Scope::Entry); });
    auto *day = new QAction(tr("Print This &Day…"), this);
    day->setObjectName(u"actionPrintDay"_s);
    day->setStatusTip(tr("Print every entry written on the open entry's day"));
    connect(day, &QAction::triggered, this, [this] { choose(Scope::Day); });
    auto *step = new QAction(tr("Print This S&tep…"), this);
    step->setObjectName(u"actionPrintStep"_s);
    step->setStatusTip(tr("Print every entry of the current step"));
    connect(step, &QAction::triggered, this, [this] { choose(Scope::Step); });
    m_actions = { entry, day, step };
}

std::unique_ptr<QTextDocument> EntryPrinter::document(
    const QList<JournalEntry> &entries, const QString &heading)
{
    const QLocale locale;
    QString markdown;
    if (!heading.isEmpty())
        markdown += u"# "_s + escaped(heading) + u"\n\n"_s;
    const QString titleMark = heading.isEmpty() ? u"# "_s : u"## "_s;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        if (i > 0)
            markdown += u"\n\n---\n\n"_s;
        const QDateTime created = entry.created.toLocalTime();
        markdown
            += titleMark + escaped(JournalEntry::displayTitle(entry.title, entry.body)) + u"\n\n"_s;
        QString when = tr("%1 at %2")
                           .arg(locale.toString(created.date(), QLocale::LongFormat),
                               locale.toString(created.time(), QLocale::ShortFormat));
        if (entry.mood)
            when += u" · "_s + tr("mood %1 of 10").arg(*entry.mood);
        markdown += u"*"_s + escaped(when) + u"*\n\n"_s;
        markdown += markdownBody(entry.body);
    }
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(WritingSettings::instance().font());
    // No HTML: a "<img src=…>" typed into an entry is text, and nothing is fetched.
    document->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    return document;
}

Result<std::unique_ptr<QTextDocument>> EntryPrinter::render(Scope scope)
{
    if (m_flush && !m_flush())
        return Error { tr("The text being written could not be saved, so it was not printed.") };
    const Target target = m_current ? m_current() : Target {};
    auto entries = EntryPrintout(m_journal).entries(scope, target.entryId, target.step);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error { tr("There is nothing to print yet.") };
    QString heading;
    if (scope == Scope::Day)
        heading = QLocale().toString(
            entries->constFirst().created.toLocalTime().date(), QLocale::LongFormat);
    else if (scope == Scope::Step)
        heading = Steps::title(target.step);
    return document(*entries, heading);
}

Status EntryPrinter::print(Scope scope, QPrinter &printer)
{
    auto rendered = render(scope);
    if (!rendered)
        return rendered.error();
    (*rendered)->print(&printer);
    return {};
}

Status EntryPrinter::saveAsPdf(Scope scope, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Rekindle journal"));
    if (Status status = print(scope, printer); !status)
        return status;
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error {
            tr("The PDF could not be written to “%1”.").arg(QDir::toNativeSeparators(path))
        };
    return {};
}

void EntryPrinter::choose(Scope scope)
{
    QPrinter printer;
    printer.setDocName(tr("Rekindle journal"));
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(u"printDialog"_s);
    dialog.setWindowTitle(tr("Print"));
    // What to print, as a tab of the dialog (where the platform's dialog has tabs).
    auto *what = new QWidget(&dialog);
    what->setWindowTitle(tr("Entries"));
    auto *layout = new QVBoxLayout(what);
    auto *group = new QButtonGroup(what);
    const QList<QPair<Scope, QString>> choices { { Scope::Entry, tr("This &entry") },
        { Scope::Day, tr("Every entry of this &day") },
        { Scope::Step, tr("Every entry of this &step") } };
    for (const auto &[each, label] : choices) {
        auto *button = new QRadioButton(label, what);
        button->setChecked(each == scope);
        group->addButton(button, int(each));
        layout->addWidget(button);
    }
    layout->addStretch();
    dialog.setOptionTabs({ what });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = static_cast<Scope>(std::max(0, group->checkedId()));
    if (Status status = print(chosen, printer); !status)
        QMessageBox::warning(m_window, tr("Print"), status.error().message);
}

} // namespace Rekindle
