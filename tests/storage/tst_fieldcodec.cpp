// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Emotions.h"
#include "storage/ChartStore.h"
#include "storage/EntryStore.h"
#include "storage/FieldCodec.h"
#include "storage/GoalStore.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/MilestoneStore.h"
#include "storage/MoodStore.h"
#include "storage/MyPartStore.h"
#include "storage/PromptStore.h"
#include "storage/ReconnectStore.h"
#include "storage/RecordKinds.h"
#include "storage/ReflectionStore.h"
#include "storage/SettingsStore.h"
#include "storage/SmallWinStore.h"
#include "storage/SpaceStore.h"
#include "storage/Sql.h"
#include "storage/TrustStore.h"
#include "storage/UnsentMessageStore.h"
#include "support/TempJournal.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Stores every value backwards (by character): what is in the table is visibly not the text,
/// and only this codec reads it back. Counts what it encodes and decodes.
class MirrorCodec final : public FieldCodec {
public:
    static QString mirror(const QString &text)
    {
        QList<uint> ucs4 = text.toUcs4();
        std::reverse(ucs4.begin(), ucs4.end());
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), ucs4.size());
    }
    QByteArray encode(const Place &place, const QString &text) const override
    {
        encoded.append(place);
        return mirror(text).toUtf8();
    }
    Result<QString> decode(const Place &place, const QByteArray &stored) const override
    {
        ++decoded;
        decodedAt.append(place);
        return mirror(fromUtf8(stored));
    }
    mutable QList<Place> encoded;
    mutable QList<Place> decodedAt;
    mutable int decoded = 0;
};

/// Writes as the identity does and reads nothing: a value sealed with another key.
class FailingCodec final : public FieldCodec {
public:
    QByteArray encode(const Place &, const QString &text) const override { return text.toUtf8(); }
    Result<QString> decode(const Place &, const QByteArray &) const override
    {
        return Error { u"The key does not open this value."_s };
    }
};

/// The person's text of every kind, one distinct value per "table.field", written through the
/// stores; the ids of what was written.
struct Written {
    QHash<QString, QString> text;
    qint64 entry = 0, myPart = 0, goal = 0, contact = 0, unsent = 0, win = 0, reflection = 0,
           mood = 0, meetup = 0, feeling = 0, commitment = 0, issue = 0, milestone = 0;
};

const QString SettingKey = u"test.note"_s;

} // namespace

class tst_FieldCodec : public QObject {
    Q_OBJECT

    static bool fill(Test::TempJournal &j, Written &w)
    {
        Journal &journal = j.journal();
        const QDate today = j.clock().today();
        const auto text = [&w](const QString &kind, const QString &field) {
            QString value = u"%1 %2 ☕ 𝄞 ok"_s.arg(kind, field);
            w.text.insert(kind + u'.' + field, value);
            return value;
        };
        auto entry = journal.entries().create(Step::Acknowledge,
            { text(u"entries"_s, u"title"_s), text(u"entries"_s, u"body"_s), 5 });
        MyPartItem item;
        item.whatHappened = text(u"my_part"_s, u"what_happened"_s);
        item.myPart = text(u"my_part"_s, u"my_part"_s);
        item.instead = text(u"my_part"_s, u"instead"_s);
        auto myPart = journal.myPart().create(item);
        Goal goal;
        goal.title = text(u"goals"_s, u"title"_s);
        goal.startDay = today;
        auto goalId = journal.goals().create(goal);
        if (!entry || !myPart || !goalId)
            return false;
        GoalCheckIn checkIn;
        checkIn.goalId = *goalId;
        checkIn.day = today;
        checkIn.note = text(u"goal_checkins"_s, u"note"_s);
        ContactEvent contact;
        contact.occurredAt = j.clock().now().addSecs(-60);
        contact.note = text(u"contact_events"_s, u"note"_s);
        contact.topics = text(u"contact_events"_s, u"topics"_s);
        auto contactId = journal.space().logContact(contact);
        Urge urge;
        urge.note = text(u"urges"_s, u"note"_s);
        auto unsent = journal.unsentMessages().create(text(u"unsent_messages"_s, u"body"_s));
        SmallWin win;
        win.what = text(u"small_wins"_s, u"what"_s);
        win.day = today;
        auto winId = journal.smallWins().add(win);
        const QString promptKey = ReflectionPrompts::builtins(Step::Acknowledge).constFirst().key;
        auto reflection = journal.reflections().create(Step::Acknowledge, ReflectionKind::Guided,
            { ReflectionAnswer { promptKey, text(u"reflection_answers"_s, u"prompt_text"_s),
                text(u"reflection_answers"_s, u"answer"_s) } },
            true);
        QList<ReflectionPrompt> prompts = ReflectionPrompts::builtins(Step::Acknowledge);
        ReflectionPrompt own;
        own.key = PromptStore::newCustomKey();
        own.text = text(u"reflection_prompts"_s, u"custom_text"_s);
        prompts.append(own);
        auto mood = journal.moods().add(
            6, { Emotions::keys().constFirst() }, text(u"mood_checkins"_s, u"note"_s));
        Meetup meetup;
        meetup.day = today;
        meetup.place = text(u"meetups"_s, u"place"_s);
        meetup.howItWent = text(u"meetups"_s, u"how_it_went"_s);
        auto meetupId = journal.reconnect().addMeetup(meetup);
        SharedFeeling feeling;
        feeling.day = today;
        feeling.what = text(u"feelings_shared"_s, u"what"_s);
        feeling.received = text(u"feelings_shared"_s, u"received"_s);
        auto feelingId = journal.trust().addFeeling(feeling);
        Commitment commitment;
        commitment.promise = text(u"commitments"_s, u"promise"_s);
        commitment.madeOn = today;
        commitment.note = text(u"commitments"_s, u"note"_s);
        auto commitmentId = journal.trust().addCommitment(commitment);
        Issue issue;
        issue.raisedOn = today;
        issue.what = text(u"issues"_s, u"what"_s);
        issue.agreement = text(u"issues"_s, u"agreement"_s);
        auto issueId = journal.trust().addIssue(issue);
        Milestone milestone;
        milestone.title = text(u"milestones"_s, u"title"_s);
        auto milestoneId = journal.milestones().add(milestone);
        const QString setting = text(RecordKinds::SettingsTable, u"value"_s);
        if (!journal.goals().checkIn(checkIn) || !contactId || !journal.space().logUrge(urge)
            || !unsent || !winId || !reflection
            || !journal.prompts().setPrompts(Step::Acknowledge, prompts) || !mood || !meetupId
            || !journal.reconnect().addPhrase(Phrase {
                text(u"message_phrases"_s, u"phrase"_s), PhraseCategory::HeavyTopic, true })
            || !feelingId || !commitmentId || !issueId || !milestoneId
            || !journal.settings().setValue(SettingKey, setting))
            return false;
        w.entry = *entry;
        w.myPart = *myPart;
        w.goal = *goalId;
        w.contact = *contactId;
        w.unsent = *unsent;
        w.win = *winId;
        w.reflection = *reflection;
        w.mood = *mood;
        w.meetup = *meetupId;
        w.feeling = *feelingId;
        w.commitment = *commitmentId;
        w.issue = *issueId;
        w.milestone = *milestoneId;
        return true;
    }

    /// Every text field of every kind (and the setting) holds, as TEXT, the mirror of what was
    /// written: nothing reached the table without the codec.
    static void verifyStoredMirrored(const Journal &journal, const Written &w)
    {
        for (const RecordKind &kind : RecordKinds::all()) {
            for (const RecordField &field : kind.fields) {
                if (!field.ownText)
                    continue;
                const QString key = kind.name + u'.' + field.name;
                QVERIFY2(w.text.contains(key), qPrintable(u"no value written for "_s + key));
                QSqlQuery q(journal.database());
                QVERIFY(q.exec(
                    u"SELECT CAST(%1 AS BLOB), typeof(%1) FROM %2"_s.arg(field.name, kind.table)));
                bool found = false;
                while (q.next()) {
                    QCOMPARE(q.value(1).toString(), u"text"_s);
                    const QString stored = FieldCodec::fromUtf8(q.value(0).toByteArray());
                    QVERIFY2(stored != w.text.value(key), qPrintable(key + u" stored as it is"_s));
                    found = found || stored == MirrorCodec::mirror(w.text.value(key));
                }
                QVERIFY2(found, qPrintable(key + u" is not stored encoded"_s));
            }
        }
        QSqlQuery q(journal.database());
        QVERIFY(q.exec(u"SELECT CAST(value AS BLOB) FROM journal_settings WHERE key = '%1'"_s.arg(
            SettingKey)));
        QVERIFY(q.next());
        QCOMPARE(FieldCodec::fromUtf8(q.value(0).toByteArray()),
            MirrorCodec::mirror(w.text.value(RecordKinds::SettingsTable + u".value"_s)));
    }

private Q_SLOTS:
    void theIdentityIsTheDefault()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const FieldCodec &codec = j->fieldCodec();
        const QString text = u"\uFEFFa\uFFFE\uFFFF 𝄞"_s;
        QCOMPARE(codec.encode({ u"entries"_s, u"body"_s, u"u"_s }, text), text.toUtf8());
        QCOMPARE(*codec.read({ u"entries"_s, u"body"_s, u"u"_s }, QVariant(text.toUtf8())), text);
        // NULL stays NULL both ways; an empty text stays an empty text, not NULL.
        QVERIFY(codec.bind({}, QString()).isNull());
        QVERIFY(codec.read({}, QVariant(QMetaType(QMetaType::QByteArray)))->isNull());
        const QVariant empty = codec.bind({}, u""_s);
        QCOMPARE(empty.typeId(), QMetaType::QByteArray);
        QVERIFY(!empty.toByteArray().isNull());
        QVERIFY(!codec.read({}, QVariant(QByteArray(""))).value().isNull());
    }

    void everyStoreWritesAndReadsThroughTheCodec()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        auto codec = std::make_unique<MirrorCodec>();
        const MirrorCodec &mirror = *codec;
        j->setFieldCodec(std::move(codec));
        Written w;
        QVERIFY(fill(j, w));
        verifyStoredMirrored(j.journal(), w);
        // The places name the kind, the field and the record.
        QSqlQuery uid(j->database());
        QVERIFY(uid.exec(u"SELECT uid FROM entries"_s) && uid.next());
        bool entryBody = false;
        for (const FieldCodec::Place &place : mirror.encoded)
            entryBody = entryBody
                || (place.kind == u"entries"_s && place.field == u"body"_s
                    && place.uid == uid.value(0).toString());
        QVERIFY(entryBody);

        // Read back through every store: the text as written.
        const auto t = [&w](const char *key) { return w.text.value(QString::fromLatin1(key)); };
        Journal &journal = j.journal();
        QCOMPARE(journal.entries().entry(w.entry)->title, t("entries.title"));
        QCOMPARE(journal.entries().entry(w.entry)->body, t("entries.body"));
        QCOMPARE(journal.entries().summary(w.entry)->preview, t("entries.body"));
        const auto item = journal.myPart().item(w.myPart);
        QVERIFY(item);
        QCOMPARE(item->whatHappened, t("my_part.what_happened"));
        QCOMPARE(item->myPart, t("my_part.my_part"));
        QCOMPARE(item->instead, t("my_part.instead"));
        QCOMPARE(journal.goals().goal(w.goal)->title, t("goals.title"));
        QCOMPARE(journal.goals().checkInNote(w.goal, j.clock().today())->value(),
            t("goal_checkins.note"));
        QCOMPARE(journal.space().contact(w.contact)->note, t("contact_events.note"));
        QCOMPARE(journal.space().contact(w.contact)->topics, t("contact_events.topics"));
        QCOMPARE(journal.unsentMessages().message(w.unsent)->body, t("unsent_messages.body"));
        QCOMPARE(journal.smallWins().win(w.win)->what, t("small_wins.what"));
        const auto reflection = journal.reflections().reflection(w.reflection);
        QVERIFY(reflection);
        QCOMPARE(reflection->answers.constFirst().promptText, t("reflection_answers.prompt_text"));
        QCOMPARE(reflection->answers.constFirst().answer, t("reflection_answers.answer"));
        QCOMPARE(journal.reflections().summary(w.reflection)->firstAnswer,
            t("reflection_answers.answer"));
        // A step's list reads every answer in one query, each at the place it was written (a
        // sealing codec binds a value to its place, and would refuse any other).
        mirror.decodedAt.clear();
        const auto listed = journal.reflections().list(Step::Acknowledge);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->constFirst().firstAnswer, t("reflection_answers.answer"));
        const auto answerPlace = [](const FieldCodec::Place &place) {
            return place.kind == u"reflection_answers"_s && place.field == u"answer"_s;
        };
        const auto written
            = std::find_if(mirror.encoded.cbegin(), mirror.encoded.cend(), answerPlace);
        const auto read
            = std::find_if(mirror.decodedAt.cbegin(), mirror.decodedAt.cend(), answerPlace);
        QVERIFY(written != mirror.encoded.cend() && read != mirror.decodedAt.cend());
        QCOMPARE(read->uid, written->uid);
        QCOMPARE(journal.prompts().prompts(Step::Acknowledge)->constLast().text,
            t("reflection_prompts.custom_text"));
        QCOMPARE(journal.moods().checkIn(w.mood)->note, t("mood_checkins.note"));
        QCOMPARE(journal.reconnect().meetup(w.meetup)->place, t("meetups.place"));
        QCOMPARE(journal.reconnect().meetup(w.meetup)->howItWent, t("meetups.how_it_went"));
        QCOMPARE(journal.reconnect().userPhrases()->constFirst().text, t("message_phrases.phrase"));
        QCOMPARE(journal.trust().feeling(w.feeling)->what, t("feelings_shared.what"));
        QCOMPARE(journal.trust().feeling(w.feeling)->received, t("feelings_shared.received"));
        QCOMPARE(journal.trust().commitment(w.commitment)->promise, t("commitments.promise"));
        QCOMPARE(journal.trust().commitment(w.commitment)->note, t("commitments.note"));
        QCOMPARE(journal.trust().issue(w.issue)->what, t("issues.what"));
        QCOMPARE(journal.trust().issue(w.issue)->agreement, t("issues.agreement"));
        QCOMPARE(journal.milestones().milestone(w.milestone)->title, t("milestones.title"));
        QCOMPARE(journal.settings().value(SettingKey)->value(), t("journal_settings.value"));
        QCOMPARE(ChartStore(journal).goals()->constFirst().title, t("goals.title"));

        // Edits keep the record's place: a decoded value is the new text, still encoded.
        JournalEntry entry = *journal.entries().entry(w.entry);
        QVERIFY(journal.entries().update(w.entry, { u"edited ☕"_s, entry.body, entry.mood }));
        QCOMPARE(journal.entries().entry(w.entry)->title, u"edited ☕"_s);
        QVERIFY(journal.reconnect().removePhrase(
            Phrase { t("message_phrases.phrase"), PhraseCategory::HeavyTopic, true }));
        QVERIFY(journal.reconnect().userPhrases()->isEmpty());
    }

    void exportAndImportUseTheJournalsCodec()
    {
        Test::TempJournal source;
        QVERIFY(source.ok());
        source->setFieldCodec(std::make_unique<MirrorCodec>());
        Written w;
        QVERIFY(fill(source, w));
        const auto document = JournalExport(source.journal()).toJson();
        QVERIFY(document);
        // The file holds the person's text, decoded.
        const QJsonObject records = document->value(u"records"_s).toObject();
        for (auto it = w.text.cbegin(); it != w.text.cend(); ++it) {
            const QString kind = it.key().section(u'.', 0, 0);
            const QString field = it.key().section(u'.', 1);
            if (kind == RecordKinds::SettingsTable) {
                QCOMPARE(document->value(u"settings"_s).toObject().value(SettingKey).toString(),
                    it.value());
                continue;
            }
            bool found = false;
            for (const auto &record : records.value(kind).toArray())
                found = found || record.toObject().value(field).toString() == it.value();
            QVERIFY2(found, qPrintable(it.key() + u" not exported decoded"_s));
        }
        const auto csv = JournalExport(source.journal()).toCsv();
        QVERIFY(csv);
        QVERIFY(csv->value(u"entries"_s).contains(w.text.value(u"entries.body"_s).toUtf8()));
        QVERIFY(csv->value(u"settings"_s)
                    .contains(w.text.value(RecordKinds::SettingsTable + u".value"_s).toUtf8()));

        // Imported into a journal with the same codec: encoded in its tables, read back exact.
        Test::TempJournal target;
        QVERIFY(target.ok());
        target->setFieldCodec(std::make_unique<MirrorCodec>());
        const auto summary = JournalImport(target.journal()).apply(*document, ImportMode::Replace);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        verifyStoredMirrored(target.journal(), w);
        QCOMPARE(target->entries().page(Step::Acknowledge, std::nullopt, 10)->constFirst().title,
            w.text.value(u"entries.title"_s));
    }

    void aValueThatCannotBeDecodedIsAnErrorNamingTheRecord()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        Written w;
        QVERIFY(fill(j, w));
        j->setFieldCodec(std::make_unique<FailingCodec>());
        Journal &journal = j.journal();
        const auto uidOf = [&journal](const QString &table) {
            QSqlQuery q(journal.database());
            q.exec(u"SELECT uid FROM %1 ORDER BY id LIMIT 1"_s.arg(table));
            return q.next() ? q.value(0).toString() : QString();
        };
        const auto failsNaming = [](const auto &result, const QString &uid) {
            if (result)
                return false;
            return result.error().message.contains(uid)
                && result.error().message.contains(u"The key does not open this value."_s);
        };
        QVERIFY(failsNaming(journal.entries().entry(w.entry), uidOf(u"entries"_s)));
        QVERIFY(failsNaming(journal.entries().summary(w.entry), uidOf(u"entries"_s)));
        QVERIFY(failsNaming(
            journal.entries().page(Step::Acknowledge, std::nullopt, 5), uidOf(u"entries"_s)));
        QVERIFY(failsNaming(journal.myPart().item(w.myPart), uidOf(u"my_part"_s)));
        QVERIFY(failsNaming(journal.myPart().all(), uidOf(u"my_part"_s)));
        QVERIFY(failsNaming(journal.goals().goal(w.goal), uidOf(u"goals"_s)));
        QVERIFY(failsNaming(journal.goals().goals(false), uidOf(u"goals"_s)));
        QVERIFY(failsNaming(
            journal.goals().checkInNote(w.goal, j.clock().today()), uidOf(u"goal_checkins"_s)));
        QVERIFY(failsNaming(journal.space().contact(w.contact), uidOf(u"contact_events"_s)));
        QVERIFY(
            failsNaming(journal.space().contacts(std::nullopt, 10), uidOf(u"contact_events"_s)));
        QVERIFY(
            failsNaming(journal.unsentMessages().message(w.unsent), uidOf(u"unsent_messages"_s)));
        QVERIFY(failsNaming(journal.smallWins().win(w.win), uidOf(u"small_wins"_s)));
        QVERIFY(
            failsNaming(journal.reflections().reflection(w.reflection), uidOf(u"reflections"_s)));
        QVERIFY(
            failsNaming(journal.reflections().list(Step::Acknowledge), uidOf(u"reflections"_s)));
        QVERIFY(failsNaming(
            journal.prompts().prompts(Step::Acknowledge), uidOf(u"reflection_prompts"_s)));
        QVERIFY(failsNaming(journal.moods().checkIn(w.mood), uidOf(u"mood_checkins"_s)));
        QVERIFY(failsNaming(journal.reconnect().meetup(w.meetup), uidOf(u"meetups"_s)));
        QVERIFY(failsNaming(journal.reconnect().userPhrases(), uidOf(u"message_phrases"_s)));
        QVERIFY(failsNaming(journal.trust().feeling(w.feeling), uidOf(u"feelings_shared"_s)));
        QVERIFY(failsNaming(journal.trust().commitments(), uidOf(u"commitments"_s)));
        QVERIFY(failsNaming(journal.trust().issue(w.issue), uidOf(u"issues"_s)));
        QVERIFY(failsNaming(journal.milestones().milestones(), uidOf(u"milestones"_s)));
        QVERIFY(failsNaming(journal.settings().value(SettingKey), SettingKey));
        QVERIFY(failsNaming(ChartStore(journal).goals(), uidOf(u"goals"_s)));
        QVERIFY(!JournalExport(journal).toJson());
        // A phrase that cannot be read is not silently added again or left behind.
        QVERIFY(!journal.reconnect().addPhrase(Phrase {
            w.text.value(u"message_phrases.phrase"_s), PhraseCategory::HeavyTopic, true }));
    }
};

QTEST_GUILESS_MAIN(tst_FieldCodec)
#include "tst_fieldcodec.moc"
