// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QRadioButton;

namespace Rekindle {

class Journal;

/// Asks what to export (everything, a date range or one step) and in which format, warns that
/// the file will not be encrypted, then asks where and writes it with a cancellable progress.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(Journal &journal, QWidget *parent = nullptr);

    ExportFormat format() const;
    ExportScope scope() const;
    /// Writes the export to `filePath` with a progress dialog; reports problems in a message
    /// box. True when written (false also when cancelled).
    bool exportTo(const QString &filePath);

private:
    void chooseFileAndExport();
    void updateEnabled();

    const Journal &m_journal;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_range;
    QRadioButton *m_oneStep;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_step;
};

} // namespace Rekindle
