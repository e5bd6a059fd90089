// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/WritingCalendar.h"

#include <QDialog>
#include <QSet>

class QCalendarWidget;
class QLabel;

namespace Rekindle {

/// Go ▸ Calendar: a month calendar of one step's journal that marks the days with writing
/// (bold on a tint, with "2 entries" as the tooltip) and jumps to a day. The week starts as the
/// locale says. Keyboard: arrows move by day, Page Up/Down by month, Enter opens the day's
/// first entry, Escape closes. Each visible month costs one query (WritingCalendar).
class CalendarDialog final : public QDialog {
    Q_OBJECT

public:
    CalendarDialog(const WritingCalendar &calendar, QDate today, QWidget *parent = nullptr);

    QCalendarWidget *calendar() const { return m_calendar; }
    /// The days marked in the month on show.
    QList<QDate> markedDays() const;
    /// The entry chosen by activating a day (0 until then).
    qint64 chosenEntry() const { return m_chosen; }

Q_SIGNALS:
    /// A day with writing was activated: its first entry should be opened.
    void entryChosen(qint64 entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMonth(int year, int month);
    void onActivated(QDate day);

    WritingCalendar m_source;
    QCalendarWidget *m_calendar;
    QLabel *m_status;
    QHash<QDate, int> m_marked;
    qint64 m_chosen = 0;
};

} // namespace Rekindle
