// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace Rekindle {

class Journal;
class PendingDeleteFilter;
class SearchResultModel;

/// The search field of the main window and its results, shown below it as you type (after a
/// short pause), over the window's content. Up/Down choose a result, Enter opens it, Escape
/// closes the results. Choosing a result emits openRequested(); the window shows the record.
class SearchBar final : public QWidget {
    Q_OBJECT

public:
    /// Pause in typing before searching: short, as each search takes a few milliseconds.
    static constexpr int DebounceMs = 60;

    /// The results are drawn over `overlayParent` (the main window).
    SearchBar(Journal &journal, QWidget *overlayParent, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    SearchResultModel *model() const { return m_model; }
    bool resultsVisible() const;
    /// Focuses the field and selects its text (Ctrl+F).
    void activate();
    /// Hides the results; the text stays.
    void hideResults();

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 itemId, int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void onSearched();
    void openIndex(const QModelIndex &index);
    void moveSelection(int delta);
    void placePopup();

    SearchResultModel *m_model;
    PendingDeleteFilter *m_shown; ///< the results without the record whose delete waits
    QLineEdit *m_field;
    QFrame *m_popup;
    QLabel *m_status;
    QListView *m_list;
    QWidget *m_overlayParent;
    QTimer m_debounce;
    /// The next results are a search the person asked for (typed), not a rerun after a change.
    bool m_asked = false;
};

} // namespace Rekindle
