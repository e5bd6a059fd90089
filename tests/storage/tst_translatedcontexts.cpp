// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Goal.h"
#include "core/Reflection.h"
#include "core/SelfCareNotes.h"
#include "core/StepProgress.h"
#include "storage/ImportReader.h"
#include "storage/JournalCheck.h"
#include "storage/SealingCodec.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Rekindle;

namespace {

/// Takes the import's texts without keeping anything: only the reader's errors matter here.
class NoHandler final : public ImportHandler {
public:
    bool topLevel(const QString &, const QJsonValue &) override { return true; }
    bool objectStarts(const QString &) override { return true; }
    bool setting(const QString &, const QJsonValue &) override { return true; }
    Kind kindStarts(const QString &, QJsonValue::Type) override { return Kind::Skip; }
    bool record(qsizetype, const QJsonValue &) override { return true; }
};

} // namespace

/// With the German translation loaded, texts that a file-local tr() helper asks for from a
/// member of a class without its own tr() come back German. Before, lupdate filed them under
/// the class while the helper read another context, so they stayed English although
/// translated. One text per class that was affected; translations/check_contexts.py (run by
/// .ci/translations) finds every such text statically.
class TestTranslatedContexts : public QObject {
    Q_OBJECT

    QTranslator m_german;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_german.load(u"rekindle_de.qm"_s, QStringLiteral(REKINDLE_QM_DIR)),
            "build the translations first (the rekindle target)");
        QCoreApplication::installTranslator(&m_german);
    }

    void coreTexts()
    {
        QCOMPARE(UnsentMessage::stateName(UnsentState::Open), u"Noch nicht entschieden"_s);

        Urge urge;
        urge.intensity = Urge::MinIntensity;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        urge.occurredAt = now.addDays(2);
        urge.day = urge.occurredAt.date();
        QCOMPARE(urge.validate(now).error().message,
            u"Ein Impuls kann nicht in der Zukunft eingetragen werden."_s);

        SmallWin win;
        QCOMPARE(win.validate(QDate(2026, 5, 1)).error().message,
            u"Schreib auf, was du getan hast, auch wenn es klein wirkt."_s);

        GoalCheckIn checkIn;
        QCOMPARE(checkIn.validate(QDate(2026, 1, 1), QDate(2026, 5, 1)).error().message,
            u"Wähle den Tag für den Check-in."_s);

        ThoughtRecord record;
        record.emotions = { EmotionRating { u" "_s, ThoughtRecord::MinIntensity } };
        QCOMPARE(record.validate().error().message,
            u"Gib jedem Gefühl einen Namen oder entferne die leere Zeile."_s);

        StepProgress::Report report;
        report.percent = 50;
        QCOMPARE(report.explanation(), u"Jedes bisschen zählt. Es eilt nicht."_s);
    }

    void thoughtRecordHeadingsInTheLanguageOfTheDay()
    {
        // Written in German: the stored headings are German, as the person wrote them.
        ThoughtRecord record;
        record.situation = u"Er hat nicht geantwortet."_s;
        record.emotions = { EmotionRating { u"traurig"_s, 80 } };
        record.balancedThought = u"Vielleicht ist er beschäftigt."_s;
        const QList<ReflectionAnswer> answers = record.toAnswers();
        QCOMPARE(answers.at(0).promptText, u"Situation"_s);
        QCOMPARE(answers.at(1).promptText, u"Gefühle und wie stark sie waren"_s);
        QCOMPARE(answers.at(5).promptText, u"Ein ausgewogenerer Gedanke"_s);

        // A record kept before, with English headings, reads back by its keys alone, and shown
        // again (fromAnswers, then toAnswers, as ReflectionsPanel does) it gets today's German
        // headings with the person's words unchanged.
        const QList<ReflectionAnswer> old {
            { u"thought.situation"_s, u"Situation"_s, u"He did not answer."_s },
            { u"thought.emotions"_s, u"Feelings and how strong they were"_s, u"80\tsad"_s },
            { u"thought.automatic"_s, u"Automatic thought"_s, u"He is done with me."_s },
            { u"thought.balanced"_s, u"A more balanced thought"_s, u"He may be busy."_s },
        };
        const ThoughtRecord read = ThoughtRecord::fromAnswers(old);
        QCOMPARE(read.situation, u"He did not answer."_s);
        QCOMPARE(read.emotions, (QList<EmotionRating> { { u"sad"_s, 80 } }));
        QCOMPARE(read.automaticThought, u"He is done with me."_s);
        QCOMPARE(read.balancedThought, u"He may be busy."_s);
        const QList<ReflectionAnswer> shown = read.toAnswers();
        QCOMPARE(shown.at(2).promptText, u"Automatischer Gedanke"_s);
        QCOMPARE(shown.at(2).answer, u"He is done with me."_s);
    }

    void storageTexts()
    {
        QCOMPARE(CheckReport {}.text(), u"Ergebnis: Das Tagebuch ist in Ordnung.\n"_s);

        const auto locked = SealingCodec::locked();
        const Result<QString> read = locked->decode({ u"entry"_s, u"body"_s, u"u1"_s }, "x");
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(u"Das Tagebuch ist gesperrt."_s),
            qPrintable(read.error().message));

        NoHandler handler;
        QByteArray list = "[]";
        QBuffer notObject(&list);
        QVERIFY(notObject.open(QIODevice::ReadOnly));
        QCOMPARE(ImportReader::read(notObject, handler).error().message,
            u"Die Datei kann nicht importiert werden. In der ganzen Datei: Ein Export ist ein "
            "JSON-Objekt, das hier ist eine Liste. Es wurde nichts verändert."_s);

        QByteArray cut = "{\"format\": ";
        QBuffer early(&cut);
        QVERIFY(early.open(QIODevice::ReadOnly));
        const QString message = ImportReader::read(early, handler).error().message;
        QVERIFY2(message.startsWith(u"Die Datei ist kein lesbarer Rekindle-Export: die Datei "
                                    "endet zu früh"_s),
            qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestTranslatedContexts)
#include "tst_translatedcontexts.moc"
