// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReflectionListModel.h"
#include "storage/ReflectionStore.h"
#include "support/TempJournal.h"
#include "ui/dialogs/ThoughtRecordDialog.h"
#include "ui/widgets/EmotionRatingsEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ThoughtRecordDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillFinishAndReopen()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        qint64 id = 0;
        {
            ThoughtRecordDialog dialog(&model);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            // The scrolling form is no stop of its own for Tab or a screen reader.
            auto *scroll = dialog.findChild<QScrollArea *>();
            QVERIFY(scroll);
            QCOMPARE(scroll->focusPolicy(), Qt::NoFocus);
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit *>(u"situationEdit"_s), u"Saw their photo"_s);
            auto *before = dialog.findChild<EmotionRatingsEditor *>(u"emotionsBefore"_s);
            QCOMPARE(before->rowCount(), 1);
            auto *name = before->findChild<QComboBox *>(u"emotionName"_s);
            name->setFocus();
            QTest::keyClicks(name->lineEdit(), u"sad"_s);
            auto *intensity = before->findChild<QSpinBox *>(u"emotionIntensity"_s);
            intensity->setValue(80);
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit *>(u"automaticThoughtEdit"_s), u"They forgot me"_s);
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit *>(u"evidenceForEdit"_s), u"They smile"_s);
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit *>(u"evidenceAgainstEdit"_s), u"One photo"_s);
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit *>(u"balancedThoughtEdit"_s), u"I cannot know"_s);
            QTRY_VERIFY(dialog.reflectionId() != 0); // autosaved as a draft
            QVERIFY(!journal->reflections().reflection(dialog.reflectionId())->complete);
            QTest::mouseClick(
                dialog.findChild<QPushButton *>(u"copyEmotionsButton"_s), Qt::LeftButton);
            auto *after = dialog.findChild<EmotionRatingsEditor *>(u"emotionsAfter"_s);
            QCOMPARE(after->rowCount(), 1);
            after->findChild<QSpinBox *>(u"emotionIntensity"_s)->setValue(40);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"finishButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            id = dialog.reflectionId();
        }
        auto stored = journal->reflections().reflection(id);
        QVERIFY(stored->complete);
        QCOMPARE(stored->kind, ReflectionKind::ThoughtRecord);
        const ThoughtRecord r = ThoughtRecord::fromAnswers(stored->answers);
        QCOMPARE(r.situation, u"Saw their photo"_s);
        QCOMPARE(r.emotions, (QList<EmotionRating> { { u"sad"_s, 80 } }));
        QCOMPARE(r.automaticThought, u"They forgot me"_s);
        QCOMPARE(r.evidenceFor, u"They smile"_s);
        QCOMPARE(r.evidenceAgainst, u"One photo"_s);
        QCOMPARE(r.balancedThought, u"I cannot know"_s);
        QCOMPARE(r.emotionsAfter, (QList<EmotionRating> { { u"sad"_s, 40 } }));

        ThoughtRecordDialog reopened(&model, id);
        QCOMPARE(reopened.record(), r);
    }

    void emptyRecordIsNotSaved()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        ReflectionListModel model(journal->reflections(), Step::Acknowledge);
        ThoughtRecordDialog dialog(&model);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"finishButton"_s), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ThoughtRecordDialog)
#include "tst_thoughtrecorddialog.moc"
