// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressDialog.h"

#include "models/StepProgressModel.h"
#include "ui/Design.h"
#include "ui/charts/CommitmentsChart.h"
#include "ui/charts/ContactResponseChart.h"
#include "ui/charts/GoalAdherenceChart.h"
#include "ui/charts/MilestoneChart.h"
#include "ui/charts/MoodChart.h"
#include "ui/charts/SpaceChart.h"
#include "ui/charts/WritingActivityChart.h"
#include "ui/widgets/FocusChain.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

ProgressDialog::ProgressDialog(Journal &journal, StepProgressModel *progress, QWidget *parent)
    : QDialog(parent)
    , m_series(journal)
    , m_range(new QComboBox(this))
    , m_chartLayout(new QVBoxLayout)
{
    setObjectName(u"progressDialog"_s);
    setWindowTitle(tr("Progress"));
    // As large as suits the charts, but never larger than the screen (small laptops).
    Design::resizeWithinScreen(this, QSize(860, 720));

    auto *steps = new QGroupBox(tr("Steps"), this);
    steps->setObjectName(u"stepProgressGroup"_s);
    auto *stepsLayout = new QVBoxLayout(steps);
    for (const Step step : Steps::all())
        stepsLayout->addWidget(new StepProgressIndicator(progress, step, true, steps));
    auto *note = new QLabel(tr("Hover over a bar to see what it counts. Progress is a guide, "
                               "not a grade: moving at your own pace is fine."),
        steps);
    note->setWordWrap(true);
    stepsLayout->addWidget(note);
    stepsLayout->addWidget(createHelp(progress));

    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_range);
    m_range->setObjectName(u"rangeCombo"_s);
    m_range->addItem(tr("Last 30 days"), int(TrendRange::Days30));
    m_range->addItem(tr("Last 90 days"), int(TrendRange::Days90));
    m_range->addItem(tr("Last year"), int(TrendRange::Year));
    m_range->addItem(tr("All time"), int(TrendRange::All));
    m_range->setCurrentIndex(1);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();

    auto *chartArea = new QWidget(this);
    chartArea->setObjectName(u"chartArea"_s);
    auto *chartAreaLayout = new QVBoxLayout(chartArea);
    chartAreaLayout->setContentsMargins(0, 0, 0, 0);
    chartAreaLayout->addWidget(steps);
    chartAreaLayout->addLayout(rangeRow);
    chartAreaLayout->addLayout(m_chartLayout);
    chartAreaLayout->addStretch();
    m_chartLayout->setSpacing(16);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(chartArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Progress and charts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    createCharts();
    // The charts were made after the Close button, which reads last; the period after the
    // steps' help above it. The scroll area follows the focus: no Tab stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    if (auto *help = findChild<QWidget *>(u"progressHelpButton"_s))
        setTabOrder(help, m_range);
    FocusChain::putLast(this, buttons);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ProgressDialog::reload);
    // What is in view changes when the view scrolls, is resized, or a chart above changes
    // its height (a chart with nothing to show is shorter).
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &ProgressDialog::loadVisibleCharts);
    scroll->viewport()->installEventFilter(this);
    for (ProgressChart *chart : std::as_const(m_charts))
        chart->installEventFilter(this);
}

void ProgressDialog::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        setPeriods();
    queueLoad();
    QDialog::showEvent(event);
}

bool ProgressDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        queueLoad();
    return QDialog::eventFilter(watched, event);
}

void ProgressDialog::queueLoad()
{
    if (m_loadQueued)
        return;
    m_loadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_loadQueued = false;
            loadVisibleCharts();
        },
        Qt::QueuedConnection);
}

void ProgressDialog::loadVisibleCharts()
{
    if (!isVisible())
        return;
    const QWidget *viewport = m_scroll->viewport();
    const QRect view = viewport->rect();
    for (ProgressChart *chart : std::as_const(m_charts)) {
        if (chart->isLoaded())
            continue;
        const QRect area(chart->mapTo(viewport, QPoint(0, 0)), chart->size());
        if (area.intersects(view))
            chart->load();
    }
}

void ProgressDialog::createCharts()
{
    addChart(new MoodChart(m_series, this));
    addChart(new WritingActivityChart(m_series, this));
    addChart(new SpaceChart(m_series, this));
    addChart(new GoalAdherenceChart(m_series, this));
    addChart(new ContactResponseChart(m_series, this));
    addChart(new CommitmentsChart(m_series, this));
    addChart(new MilestoneChart(m_series, this));
}

QWidget *ProgressDialog::createHelp(const StepProgressModel *progress)
{
    auto *box = new QWidget(this);
    auto *toggle = new QToolButton(box);
    toggle->setObjectName(u"progressHelpButton"_s);
    toggle->setText(tr("&How is progress worked out?"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // A closed section's arrow points the way the text reads: left in a right-to-left layout.
    const Qt::ArrowType closed = toggle->isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow;
    toggle->setArrowType(closed);
    toggle->setAutoRaise(true);
    QStringList parts;
    parts << tr("Each step's bar is a mix of the things below. Each counts up to its target, "
                "and some weigh more than others. Things a step has no data for yet are left "
                "out rather than counted against you.");
    for (const Step step : Steps::all()) {
        // Steps 3 to 5 are explained on the journey's current path.
        const JourneyMode mode = progress ? progress->report(step).mode : JourneyMode::Normal;
        parts << u"<b>%1</b><br>%2"_s.arg(JourneyRules::stepTitle(step, mode).toHtmlEscaped(),
            StepProgress::howItWorks(step, mode).toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    }
    parts << tr("Only what you do yourself counts: never the other person's replies, how many "
                "milestones are reached, or how fast. Days of space count your longest "
                "stretch so far, so a later contact never takes away space already given "
                "(readiness in step 3 looks at the current stretch). Goal check-ins compare "
                "the last 14 days with what your active goals asked for; doing more than "
                "planned does not count twice.")
                 .toHtmlEscaped();
    auto *help = new QLabel(u"<p>"_s + parts.join(u"</p><p>"_s) + u"</p>"_s, box);
    help->setObjectName(u"progressHelp"_s);
    help->setTextFormat(Qt::RichText);
    help->setWordWrap(true);
    help->setVisible(false);
    connect(toggle, &QToolButton::toggled, help, [help, toggle, closed](bool on) {
        help->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : closed);
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(help);
    return box;
}

void ProgressDialog::addChart(ProgressChart *chart)
{
    m_charts << chart;
    m_chartLayout->addWidget(chart);
}

TrendRange ProgressDialog::range() const
{
    return TrendRange(m_range->currentData().toInt());
}

void ProgressDialog::setRange(TrendRange range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void ProgressDialog::reload()
{
    setPeriods();
    loadVisibleCharts();
}

void ProgressDialog::setPeriods()
{
    m_loaded = true;
    const QDate today = m_series.clock().today();
    for (ProgressChart *chart : std::as_const(m_charts))
        chart->setPeriod(range(), today);
}

} // namespace Rekindle
