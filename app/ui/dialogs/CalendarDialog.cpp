// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// "1 entry", "2 entries": the words a day's mark and its tooltip use.
    QString entries(int count)
    {
        return count == 1 ? CalendarDialog::tr("1 entry")
                          : CalendarDialog::tr("%1 entries").arg(QLocale().toString(count));
    }

} // namespace

CalendarDialog::CalendarDialog(const WritingCalendar &calendar, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_source(calendar)
    , m_calendar(new QCalendarWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"calendarDialog"_s);
    setWindowTitle(tr("Calendar"));

    m_calendar->setObjectName(u"writingCalendar"_s);
    m_calendar->setAccessibleName(tr("Days with writing"));
    m_calendar->setAccessibleDescription(
        tr("Days with entries are bold. Enter opens the first entry of the day; Page Up and "
           "Page Down change the month."));
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_calendar->setLocale(QLocale());
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMaximumDate(today);
    // The calendar's own parts, by the object names Qt documents for styling them: named for
    // screen readers, which otherwise meet an unnamed table and spin box.
    const auto name = [this](const char *part, const QString &accessibleName) {
        if (auto *widget = m_calendar->findChild<QWidget *>(QLatin1String(part)))
            widget->setAccessibleName(accessibleName);
    };
    name("qt_calendar_calendarview", tr("Days of the month"));
    name("qt_calendar_prevmonth", tr("Previous month"));
    name("qt_calendar_nextmonth", tr("Next month"));
    name("qt_calendar_yearedit", tr("Year"));
    // Room for a day's number in bold at every scale, so the marks read at a glance.
    const int cell = m_calendar->fontMetrics().horizontalAdvance(u"00000"_s);
    m_calendar->setMinimumSize(cell * 8, cell * 6);
    m_calendar->setSelectedDate(today);

    m_status->setObjectName(u"calendarStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("&Open Entry"), QDialogButtonBox::AcceptRole);
    open->setObjectName(u"calendarOpen"_s);
    // Enter in the calendar activates the day itself; the button is for the mouse and Tab.
    open->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarDialog::showMonth);
    connect(m_calendar, &QCalendarWidget::activated, this, &CalendarDialog::onActivated);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        const int count = m_marked.value(m_calendar->selectedDate());
        m_status->setText(count > 0 ? tr("%1 on this day.").arg(entries(count))
                                    : tr("Nothing written on this day."));
    });
    connect(open, &QPushButton::clicked, this, [this] { onActivated(m_calendar->selectedDate()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showMonth(today.year(), today.month());
    m_calendar->setFocus();
}

QList<QDate> CalendarDialog::markedDays() const
{
    QList<QDate> days = m_marked.keys();
    std::sort(days.begin(), days.end());
    return days;
}

void CalendarDialog::showMonth(int year, int month)
{
    // Only the month on show is marked: formats of other months are dropped, and its days are
    // read in one query.
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    const QPalette p = m_calendar->palette();
    // Weekends in the palette's text colour: Qt's fixed red reads at under 4.5:1 on a dark
    // window, and a weekend is nothing to warn about.
    QTextCharFormat day;
    day.setForeground(p.color(QPalette::Text));
    for (const Qt::DayOfWeek weekday : { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
             Qt::Friday, Qt::Saturday, Qt::Sunday })
        m_calendar->setWeekdayTextFormat(weekday, day);
    m_marked.clear();
    auto days = m_source.month(year, month);
    if (!days) {
        m_status->setText(days.error().message);
        return;
    }
    m_marked = *days;
    // Bold on a tint of the selection colour, with the text colour kept: readable in light and
    // dark palettes alike, and not the only sign (the tooltip and the status line say it too).
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlphaF(0.4f);
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setBackground(tint);
    marked.setForeground(p.color(QPalette::Text));
    for (auto it = m_marked.cbegin(); it != m_marked.cend(); ++it) {
        QTextCharFormat format = marked;
        format.setToolTip(entries(it.value()));
        m_calendar->setDateTextFormat(it.key(), format);
    }
    const int count = m_marked.value(m_calendar->selectedDate());
    m_status->setText(m_marked.isEmpty() ? tr("Nothing written this month.")
                                         : (count > 0 ? tr("%1 on this day.").arg(entries(count))
                                                      : tr("Nothing written on this day.")));
}

void CalendarDialog::onActivated(QDate day)
{
    auto entry = m_source.firstEntryOn(day);
    if (!entry) {
        m_status->setText(entry.error().message);
        return;
    }
    if (*entry == 0) {
        m_status->setText(
            tr("Nothing written on %1.").arg(QLocale().toString(day, QLocale::LongFormat)));
        return;
    }
    m_chosen = *entry;
    Q_EMIT entryChosen(m_chosen);
    accept();
}

void CalendarDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // A theme change recolours the marks.
    if (event->type() == QEvent::PaletteChange)
        showMonth(m_calendar->yearShown(), m_calendar->monthShown());
}

} // namespace Rekindle
