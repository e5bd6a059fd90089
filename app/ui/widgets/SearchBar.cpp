// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBar.h"

#include "SearchResultDelegate.h"
#include "models/JournalModels.h"
#include "models/PendingDeleteFilter.h"
#include "models/SearchResultModel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {

SearchBar::SearchBar(Journal &journal, QWidget *overlayParent, QWidget *parent)
    : QWidget(parent)
    , m_model(new SearchResultModel(journal, this))
    // A record whose delete waits for its undo is not found either.
    , m_shown(PendingDeleteFilter::ofKinds(JournalModels(journal).pendingDeletes(),
          SearchResultModel::KindRole, SearchResultModel::ItemIdRole, m_model, this))
    , m_field(new QLineEdit(this))
    , m_popup(new QFrame(overlayParent))
    , m_status(new QLabel(m_popup))
    , m_list(new QListView(m_popup))
    , m_overlayParent(overlayParent)
{
    setObjectName(u"searchBar"_s);
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(
        tr("Search the journal (%1)")
            .arg(QKeySequence(u"Ctrl+F"_s).toString(QKeySequence::NativeText)));
    m_field->setAccessibleName(tr("Search the journal"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaxLength(500);
    // Wide enough for its placeholder in long translations too.
    m_field->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 36,
        fontMetrics().horizontalAdvance(m_field->placeholderText()) + 40));

    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    // Tab order and focus by the bar mean its field.
    setFocusProxy(m_field);

    // The results float over the window's content, below the field; they never take the
    // keyboard focus, so typing goes on while they update.
    m_popup->setObjectName(u"searchPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAutoFillBackground(true);
    m_popup->setBackgroundRole(QPalette::Base);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(6, 4, 6, 4);
    m_list->setObjectName(u"searchResults"_s);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(m_shown);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(1, 1, 1, 1);
    popupLayout->setSpacing(0);
    popupLayout->addWidget(m_status);
    popupLayout->addWidget(m_list, 1);
    m_popup->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchBar::search);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) { // cleared, e.g. with the clear button
            m_debounce.stop();
            m_model->setQuery(QString());
            hideResults();
        }
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            search();
        }
        const QModelIndex current = m_list->currentIndex();
        openIndex(current.isValid() ? current : m_shown->index(0, 0));
    });
    connect(m_list, &QListView::clicked, this, &SearchBar::openIndex);
    connect(m_model, &SearchResultModel::searched, this, &SearchBar::onSearched);
    connect(m_model, &SearchResultModel::preparingChanged, this, [this] {
        if (m_popup->isVisible())
            onSearched();
    });

    m_field->installEventFilter(this);
    m_overlayParent->installEventFilter(this);
}

bool SearchBar::resultsVisible() const
{
    return m_popup->isVisible();
}

void SearchBar::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().trimmed().isEmpty() && m_model->rowCount() >= 0) {
        placePopup();
        m_popup->show();
        m_popup->raise();
    }
}

void SearchBar::hideResults()
{
    m_popup->hide();
}

void SearchBar::search()
{
    m_asked = true;
    m_model->setQuery(m_field->text());
}

void SearchBar::onSearched()
{
    const bool asked = std::exchange(m_asked, false);
    if (m_model->query().trimmed().isEmpty()) {
        hideResults();
        return;
    }
    const int hits = m_model->hitCount();
    if (!m_model->readError().isEmpty())
        m_status->setText(m_model->readError());
    else if (!m_model->preparingText().isEmpty())
        m_status->setText(m_model->preparingText());
    else if (hits == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(m_model->query().trimmed()));
    else if (m_model->hasMore())
        m_status->setText(tr("The newest %1 matches").arg(hits));
    else
        m_status->setText(tr("Matches: %1, newest first").arg(hits));
    m_list->setVisible(hits > 0);
    if (hits > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_shown->index(0, 0));
    // A search that runs again because the journal changed (opening a result may save the
    // entry left) updates the results; only one the person asked for opens them.
    if (!m_popup->isVisible() && !asked)
        return;
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void SearchBar::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(SearchResultModel::IsMoreRole).toBool()) {
        const int row = index.row();
        m_model->showMore();
        m_list->setCurrentIndex(m_shown->index(row, 0));
        m_list->scrollTo(m_shown->index(row, 0));
        return;
    }
    const QString kind = index.data(SearchResultModel::KindRole).toString();
    const qint64 id = index.data(SearchResultModel::ItemIdRole).toLongLong();
    const QVariant step = index.data(SearchResultModel::StepRole);
    hideResults();
    Q_EMIT openRequested(kind, id, step.isValid() ? step.toInt() : 0);
}

void SearchBar::moveSelection(int delta)
{
    const int rows = m_shown->rowCount();
    if (rows == 0)
        return;
    if (!m_popup->isVisible()) {
        placePopup();
        m_popup->show();
        m_popup->raise();
        return;
    }
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_shown->index(row, 0));
}

void SearchBar::placePopup()
{
    const QPoint below = m_field->mapTo(m_overlayParent, QPoint(0, m_field->height() + 2));
    // As wide as the widest result needs (title, date and step), at least the field's width,
    // at most the window's: only what still does not fit is cut, with a tooltip.
    QStyleOptionViewItem option;
    option.font = m_list->font();
    option.fontMetrics = m_list->fontMetrics();
    int content = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        content = std::max(
            content, m_list->itemDelegate()->sizeHint(option, m_model->index(row, 0)).width());
    content += 2 * m_popup->frameWidth() + 2;
    if (m_model->rowCount() > 9)
        content += m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int width = std::min(std::max({ m_field->width(), content,
                                   m_status->fontMetrics().horizontalAdvance(m_status->text()) + 16,
                                   fontMetrics().averageCharWidth() * 40 }),
        m_overlayParent->width() - 16);
    const int left = std::clamp(
        below.x() + m_field->width() - width, 8, std::max(8, m_overlayParent->width() - width - 8));
    const int rows = std::min(m_shown->rowCount(), 9);
    int height = m_status->sizeHint().height() + 4;
    if (rows > 0)
        height += rows * m_list->sizeHintForRow(0) + 2;
    height = std::min(height, m_overlayParent->height() - below.y() - 16);
    m_popup->setGeometry(left, below.y(), width, std::max(height, 40));
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(8);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-8);
            return true;
        case Qt::Key_Escape:
            if (m_popup->isVisible()) {
                hideResults();
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (watched == m_field && event->type() == QEvent::FocusOut && m_popup->isVisible()) {
        // Clicking a result takes no focus (the list never does); anything else closes them.
        if (!m_popup->underMouse())
            hideResults();
    }
    if (watched == m_overlayParent && event->type() == QEvent::Resize && m_popup->isVisible())
        placePopup();
    return QWidget::eventFilter(watched, event);
}

} // namespace Rekindle
