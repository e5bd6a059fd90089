// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordKinds.h"

#include "core/ContactEvent.h"
#include "core/Goal.h"
#include "core/JournalEntry.h"
#include "core/Meetup.h"
#include "core/MessageCheck.h"
#include "core/MoodCheckIn.h"
#include "core/MyPartItem.h"
#include "core/Pace.h"
#include "core/Reflection.h"
#include "core/ReflectionPrompts.h"
#include "core/SelfCareNotes.h"
#include "core/Trust.h"

#include <QCoreApplication>
#include <limits>

using namespace Qt::StringLiterals;

namespace Rekindle {

const RecordField *RecordKind::field(const QString &fieldName) const
{
    for (const RecordField &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

int RecordKind::fieldIndex(const QString &fieldName) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == fieldName)
            return i;
    return -1;
}

bool RecordKind::datedByDay() const
{
    if (const RecordKind *p = parent())
        return p->datedByDay();
    const RecordField *f = field(dateColumn);
    return f && f->type == RecordField::Type::Day;
}

const RecordKind *RecordKind::parent() const
{
    const RecordField *f = isPart() ? field(parentField) : nullptr;
    return f ? RecordKinds::find(f->references) : nullptr;
}

bool RecordKind::isDated() const
{
    const RecordKind *p = parent();
    return p ? p->isDated() : !dateColumn.isEmpty();
}

QString RecordKind::dateSql(const QString &row) const
{
    if (const RecordKind *p = parent()) {
        const QString inner = p->dateSql(u"p"_s);
        return inner.isEmpty() ? QString()
                               : u"(SELECT %1 FROM %2 AS p WHERE p.id = %3.%4)"_s.arg(
                                   inner, p->table, row, parentField);
    }
    return dateColumn.isEmpty() ? QString() : row + u'.' + dateColumn;
}

QString RecordKind::orderSql(const QString &row) const
{
    QStringList terms;
    if (isDated())
        terms << dateSql(row);
    if (isPart())
        for (const QString &column : key)
            terms << row + u'.' + column;
    else
        terms << row + u".id"_s;
    return terms.join(u", "_s);
}

namespace RecordKinds {
    namespace {

        // Limits of columns without a rule of their own in core/.
        constexpr qint64 MaxPromptKeyLength = 200; // built-in keys, "custom.<uuid>"
        constexpr qint64 MaxPromptPosition = std::numeric_limits<int>::max();
        constexpr qint64 MaxMilestonePosition = std::numeric_limits<int>::max();
        constexpr qint64 MaxEmotionKeyLength = 64;
        constexpr qint64 MaxEmotionsLength = MoodCheckIn::MaxEmotions * (MaxEmotionKeyLength + 1);

        QList<RecordKind> makeKinds()
        {
            QList<RecordKind> kinds;

            RecordKind entries;
            entries.name = u"entries"_s;
            entries.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Journal entries");
            entries.code = 1;
            entries.table = u"entries"_s;
            entries.fields = {
                RecordField::uid(),
                RecordField::integer(u"step"_s, 1, Steps::Count),
                RecordField::text(u"title"_s, JournalEntry::MaxTitleLength),
                RecordField::text(u"body"_s, JournalEntry::MaxBodyLength),
                RecordField::integer(u"mood"_s, JournalEntry::MinMood, JournalEntry::MaxMood, true),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            entries.dateColumn = u"created_at"_s;
            entries.stepSql = u"{r}.step"_s;
            entries.titleSql = u"{r}.title"_s;
            entries.textSql = u"{r}.body"_s;
            kinds << entries;

            // Codes: 1 journal entries; 2-9 steps 1 and 2; 10-14 reflections and mood; 15-31 are
            // kept for steps 3 to 5. Codes are stable (they are inside the search index).
            const QString step1 = u"1"_s;
            const QString step2 = u"2"_s;

            RecordKind myPart;
            myPart.name = u"my_part"_s;
            myPart.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "My part");
            myPart.code = 2;
            myPart.table = u"my_part"_s;
            myPart.fields = {
                RecordField::uid(),
                RecordField::text(u"what_happened"_s, MyPartItem::MaxTextLength),
                RecordField::text(u"my_part"_s, MyPartItem::MaxTextLength),
                RecordField::text(u"instead"_s, MyPartItem::MaxTextLength),
                RecordField::integer(u"status"_s, 0, 2),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            myPart.dateColumn = u"created_at"_s;
            myPart.stepSql = step1;
            myPart.textSql
                = u"{r}.what_happened || char(10) || char(10) || {r}.my_part || char(10) "
                  "|| char(10) || {r}.instead"_s;
            kinds << myPart;

            RecordKind goals;
            goals.name = u"goals"_s;
            goals.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Goals");
            goals.code = 3;
            goals.table = u"goals"_s;
            goals.fields = {
                RecordField::uid(),
                RecordField::text(u"title"_s, Goal::MaxTitleLength),
                RecordField::integer(u"category"_s, 0, 4),
                RecordField::integer(u"times_per_week"_s, 1, Goal::Daily),
                RecordField::day(u"start_day"_s),
                RecordField::reference(u"my_part_id"_s, u"my_part"_s),
                RecordField::instant(u"archived_at"_s, true),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            goals.dateColumn = u"created_at"_s;
            goals.stepSql = step2;
            goals.titleSql = u"{r}.title"_s;
            goals.textSql = u"''"_s;
            kinds << goals;

            RecordKind checkIns;
            checkIns.name = u"goal_checkins"_s;
            checkIns.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Goal check-ins");
            checkIns.code = 4;
            checkIns.table = u"goal_checkins"_s;
            checkIns.fields = {
                RecordField::uid(),
                RecordField::reference(u"goal_id"_s, u"goals"_s, false),
                RecordField::day(u"day"_s),
                RecordField::text(u"note"_s, GoalCheckIn::MaxNoteLength),
                RecordField::instant(u"created_at"_s),
            };
            checkIns.dateColumn = u"day"_s;
            checkIns.stepSql = step2;
            checkIns.textSql = u"{r}.note"_s;
            kinds << checkIns;

            RecordKind contacts;
            contacts.name = u"contact_events"_s;
            contacts.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Contact");
            contacts.code = 5;
            contacts.table = u"contact_events"_s;
            contacts.fields = {
                RecordField::uid(),
                RecordField::integer(u"direction"_s, 0, 1),
                RecordField::integer(u"channel"_s, 0, 4),
                RecordField::instant(u"occurred_at"_s),
                RecordField::day(u"day"_s),
                RecordField::text(u"note"_s, ContactEvent::MaxNoteLength),
                RecordField::integer(u"response"_s, int(ContactResponse::NoReplyYet),
                    int(ContactResponse::SaidNo), true),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
                RecordField::integer(u"tone"_s, 0, 2, true),
                RecordField::text(u"topics"_s, ContactEvent::MaxTopicsLength),
            };
            contacts.dateColumn = u"occurred_at"_s;
            // Step 1's space tracking; step 3's contact log shares these records (tone and topics).
            contacts.stepSql = step1;
            contacts.textSql = u"trim({r}.note || char(10) || char(10) || {r}.topics, char(10))"_s;
            kinds << contacts;

            RecordKind urges;
            urges.name = u"urges"_s;
            urges.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Urges to reach out");
            urges.code = 6;
            urges.table = u"urges"_s;
            urges.fields = {
                RecordField::uid(),
                RecordField::instant(u"occurred_at"_s),
                RecordField::day(u"day"_s),
                RecordField::integer(u"intensity"_s, Urge::MinIntensity, Urge::MaxIntensity),
                RecordField::text(u"note"_s, Urge::MaxNoteLength),
                RecordField::instant(u"created_at"_s),
            };
            urges.dateColumn = u"occurred_at"_s;
            urges.stepSql = step1;
            urges.textSql = u"{r}.note"_s;
            kinds << urges;

            RecordKind unsent;
            unsent.name = u"unsent_messages"_s;
            unsent.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Unsent messages");
            unsent.code = 7;
            unsent.table = u"unsent_messages"_s;
            unsent.fields = {
                RecordField::uid(),
                RecordField::text(u"body"_s, UnsentMessage::MaxBodyLength),
                RecordField::instant(u"written_at"_s),
                RecordField::integer(u"state"_s, 0, 2),
                RecordField::instant(u"decided_at"_s, true),
                RecordField::instant(u"updated_at"_s),
            };
            unsent.dateColumn = u"written_at"_s;
            unsent.stepSql = step1;
            unsent.textSql = u"{r}.body"_s;
            kinds << unsent;

            RecordKind wins;
            wins.name = u"small_wins"_s;
            wins.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Small wins");
            wins.code = 8;
            wins.table = u"small_wins"_s;
            wins.fields = {
                RecordField::uid(),
                RecordField::text(u"what"_s, SmallWin::MaxTextLength),
                RecordField::day(u"day"_s),
                RecordField::instant(u"created_at"_s),
            };
            wins.dateColumn = u"day"_s;
            wins.stepSql = step2;
            wins.textSql = u"{r}.what"_s;
            kinds << wins;
            // 9: kept for another kind of steps 1 and 2.

            RecordKind reflections;
            reflections.name = u"reflections"_s;
            reflections.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Reflections");
            reflections.code = 10;
            reflections.table = u"reflections"_s;
            reflections.fields = {
                RecordField::uid(),
                RecordField::integer(u"step"_s, 1, Steps::Count),
                RecordField::integer(u"kind"_s, 1, 2),
                RecordField::integer(u"complete"_s, 0, 1),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            reflections.dateColumn = u"created_at"_s;
            reflections.stepSql = u"{r}.step"_s;
            // The answers (not the questions, which every reflection shares), in order.
            reflections.textSql
                = u"(SELECT group_concat(answer, char(10) || char(10)) FROM (SELECT "
                  "answer FROM reflection_answers WHERE reflection_id = {r}.id AND "
                  "answer <> '' ORDER BY position))"_s;
            kinds << reflections;

            RecordKind answers;
            answers.name = u"reflection_answers"_s;
            answers.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Reflection answers");
            answers.code = 11;
            answers.table = u"reflection_answers"_s;
            answers.fields = {
                RecordField::reference(u"reflection_id"_s, u"reflections"_s, false),
                RecordField::integer(u"position"_s, 0, Reflection::MaxAnswers - 1),
                RecordField::text(u"prompt_key"_s, MaxPromptKeyLength),
                RecordField::text(u"prompt_text"_s, Reflection::MaxAnswerLength),
                RecordField::text(u"answer"_s, Reflection::MaxAnswerLength),
            };
            answers.key = { u"reflection_id"_s, u"position"_s };
            answers.parentField = u"reflection_id"_s;
            answers.stepSql = u"(SELECT step FROM reflections WHERE id = {r}.reflection_id)"_s;
            kinds << answers;

            RecordKind prompts;
            prompts.name = u"reflection_prompts"_s;
            prompts.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Reflection prompts");
            prompts.code = 12;
            prompts.table = u"reflection_prompts"_s;
            prompts.fields = {
                RecordField::uid(),
                RecordField::integer(u"step"_s, 1, Steps::Count),
                RecordField::integer(u"position"_s, 0, MaxPromptPosition),
                RecordField::text(u"builtin_key"_s, MaxPromptKeyLength, true),
                RecordField::text(u"custom_key"_s, MaxPromptKeyLength, true),
                RecordField::text(u"custom_text"_s, ReflectionPrompts::MaxTextLength),
                RecordField::integer(u"hidden"_s, 0, 1),
            };
            // Settings-like: no date, so exported whole whatever the date range.
            prompts.stepSql = u"{r}.step"_s;
            kinds << prompts;

            RecordKind moods;
            moods.name = u"mood_checkins"_s;
            moods.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Mood check-ins");
            moods.code = 13;
            moods.table = u"mood_checkins"_s;
            moods.fields = {
                RecordField::uid(),
                RecordField::integer(u"mood"_s, MoodCheckIn::MinMood, MoodCheckIn::MaxMood),
                RecordField::text(u"emotions"_s, MaxEmotionsLength),
                RecordField::text(u"note"_s, MoodCheckIn::MaxNoteLength),
                RecordField::instant(u"at"_s),
                RecordField::day(u"day"_s),
            };
            moods.dateColumn = u"at"_s;
            moods.textSql
                = u"trim(replace({r}.emotions, ',', ', ') || char(10) || char(10) || {r}.note, char(10))"_s;
            kinds << moods;
            // 14: kept for another kind of reflections and mood.

            // 15-20: steps 3 to 5. 21-31 are free.
            const QString step3 = u"3"_s;
            const QString step4 = u"4"_s;
            const QString step5 = u"5"_s;

            RecordKind meetups;
            meetups.name = u"meetups"_s;
            meetups.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Meet-ups");
            meetups.code = 15;
            meetups.table = u"meetups"_s;
            meetups.fields = {
                RecordField::uid(),
                RecordField::day(u"day"_s),
                RecordField::text(u"place"_s, Meetup::MaxPlaceLength),
                RecordField::integer(u"kind"_s, 0, 4),
                RecordField::integer(
                    u"outcome"_s, int(MeetupOutcome::NotYet), int(MeetupOutcome::DidNotWantToMeet)),
                RecordField::text(u"how_it_went"_s, Meetup::MaxNoteLength),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            meetups.dateColumn = u"day"_s;
            meetups.stepSql = step3;
            meetups.titleSql = u"{r}.place"_s;
            meetups.textSql = u"{r}.how_it_went"_s;
            kinds << meetups;

            RecordKind phrases;
            phrases.name = u"message_phrases"_s;
            phrases.label
                = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Phrases to check in messages");
            phrases.code = 16;
            phrases.table = u"message_phrases"_s;
            phrases.fields = {
                RecordField::uid(),
                RecordField::text(u"phrase"_s, Phrase::MaxLength),
                RecordField::integer(u"category"_s, 0, 3),
                RecordField::instant(u"created_at"_s),
            };
            // Settings-like: the message check's own list, exported whole whatever the date range.
            // Merging skips a phrase the journal has already (UNIQUE (phrase, category)).
            phrases.stepSql = step3;
            kinds << phrases;

            RecordKind feelings;
            feelings.name = u"feelings_shared"_s;
            feelings.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Feelings shared");
            feelings.code = 17;
            feelings.table = u"feelings_shared"_s;
            feelings.fields = {
                RecordField::uid(),
                RecordField::day(u"day"_s),
                RecordField::text(u"what"_s, SharedFeeling::MaxLength),
                RecordField::text(u"received"_s, SharedFeeling::MaxLength),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            feelings.dateColumn = u"day"_s;
            feelings.stepSql = step4;
            feelings.textSql
                = u"trim({r}.what || char(10) || char(10) || {r}.received, char(10))"_s;
            kinds << feelings;

            RecordKind commitments;
            commitments.name = u"commitments"_s;
            commitments.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Commitments");
            commitments.code = 18;
            commitments.table = u"commitments"_s;
            commitments.fields = {
                RecordField::uid(),
                RecordField::text(u"promise"_s, Commitment::MaxPromiseLength),
                RecordField::day(u"made_on"_s),
                RecordField::day(u"due_on"_s, true),
                RecordField::integer(u"status"_s, 0, 2),
                RecordField::day(u"settled_on"_s, true),
                RecordField::text(u"note"_s, Commitment::MaxNoteLength),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            commitments.dateColumn = u"made_on"_s;
            commitments.stepSql = step4;
            commitments.titleSql = u"{r}.promise"_s;
            commitments.textSql = u"{r}.note"_s;
            kinds << commitments;

            RecordKind issues;
            issues.name = u"issues"_s;
            issues.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Issues");
            issues.code = 19;
            issues.table = u"issues"_s;
            issues.fields = {
                RecordField::uid(),
                RecordField::integer(u"raised_by"_s, 0, 2),
                RecordField::day(u"raised_on"_s),
                RecordField::text(u"what"_s, Issue::MaxLength),
                RecordField::integer(u"status"_s, 0, 2),
                RecordField::text(u"agreement"_s, Issue::MaxLength),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            issues.dateColumn = u"raised_on"_s;
            issues.stepSql = step4;
            issues.textSql = u"trim({r}.what || char(10) || char(10) || {r}.agreement, char(10))"_s;
            kinds << issues;

            RecordKind milestones;
            milestones.name = u"milestones"_s;
            milestones.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Milestones");
            milestones.code = 20;
            milestones.table = u"milestones"_s;
            milestones.fields = {
                RecordField::uid(),
                RecordField::integer(u"position"_s, 0, MaxMilestonePosition),
                RecordField::text(u"title"_s, Milestone::MaxTitleLength),
                RecordField::day(u"planned_on"_s, true),
                RecordField::day(u"reached_on"_s, true),
                RecordField::instant(u"created_at"_s),
                RecordField::instant(u"updated_at"_s),
            };
            // The default milestones are added once per journal (a journal_settings flag, exported
            // with the settings): a journal that has them skips the imported flag on merge.
            milestones.dateColumn = u"created_at"_s;
            milestones.stepSql = step5;
            milestones.titleSql = u"{r}.title"_s;
            milestones.textSql = u"''"_s;
            kinds << milestones;

            // New kinds go here, after the kinds they reference.
            return kinds;
        }

    } // namespace

    const QList<RecordKind> &all()
    {
        static const QList<RecordKind> kinds = makeKinds();
        return kinds;
    }

    const RecordKind *find(const QString &name)
    {
        for (const RecordKind &kind : all())
            if (kind.name == name)
                return &kind;
        return nullptr;
    }

    const RecordKind *findByCode(int code)
    {
        for (const RecordKind &kind : all())
            if (kind.code == code)
                return &kind;
        return nullptr;
    }

    QString label(const RecordKind &kind)
    {
        return QCoreApplication::translate("Rekindle::RecordKinds", kind.label);
    }

    QString rowSql(const QString &expression, const QString &row)
    {
        QString sql = expression;
        return sql.replace(u"{r}"_s, row);
    }

    QString searchRowidSql(const RecordKind &kind, const QString &row)
    {
        // rowid = seconds << 27 | code << 22 | id (22 bits): FTS5 walks its index in rowid order
        // and stops after LIMIT, so "newest first" costs no sort however many rows match. The
        // id's low bits keep rowids of one kind unique unless two records share the same second
        // and ids 4 million apart.
        const QString column = row + u'.' + kind.dateColumn;
        const QString seconds = kind.datedByDay()
            ? u"CAST(strftime('%s', %1) AS INTEGER)"_s.arg(column)
            : u"(%1 / 1000)"_s.arg(column);
        return u"((max(0, min(coalesce(%1, 0), 68719476735)) << 27) | (%2 << 22) | (%3.id & 4194303))"_s
            .arg(seconds)
            .arg(kind.code)
            .arg(row);
    }

    QStringList searchTableStatements()
    {
        // One index for every kind, so one query finds everything. Its own copy of the text
        // (not external content) because the text comes from several tables.
        return {
            uR"(CREATE VIRTUAL TABLE search_text USING fts5(
                title, body, kind UNINDEXED, item_id UNINDEXED, step UNINDEXED, at UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'))"_s,
        };
    }

    QStringList searchIndexStatements(const QString &kindName)
    {
        const RecordKind *kind = find(kindName);
        if (!kind || !kind->isSearchable())
            return {};
        const auto values = [kind](const QString &row) {
            return u"%1, coalesce(%2, ''), coalesce(%3, ''), %4, %5.id, %6, %5.%7"_s.arg(
                searchRowidSql(*kind, row),
                kind->titleSql.isEmpty() ? u"''"_s : rowSql(kind->titleSql, row),
                rowSql(kind->textSql, row), QString::number(kind->code), row,
                kind->hasStep() ? rowSql(kind->stepSql, row) : u"NULL"_s, kind->dateColumn);
        };
        const QString insert
            = u"INSERT INTO search_text (rowid, title, body, kind, item_id, step, at) "_s;
        const QString remove
            = u"DELETE FROM search_text WHERE rowid = %1;"_s.arg(searchRowidSql(*kind, u"OLD"_s));
        const QString name = kind->table;
        QStringList statements = {
            u"CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 VALUES (%3); END"_s.arg(
                name, insert, values(u"NEW"_s)),
            u"CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 BEGIN %2 %3 VALUES (%4); END"_s
                .arg(name, remove, insert, values(u"NEW"_s)),
            u"CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(name, remove),
            insert + u"SELECT "_s + values(u"t"_s) + u" FROM %1 AS t"_s.arg(name),
        };
        // A change to a part (a reflection's answer) indexes its parent again. When the parent
        // itself is being deleted, it is gone already and nothing is indexed.
        for (const RecordKind &part : all()) {
            if (part.parent() != kind)
                continue;
            const auto reindex = [&](const QString &row) {
                const QString parentId = row + u'.' + part.parentField;
                return u"DELETE FROM search_text WHERE rowid = (SELECT %1 FROM %2 AS t WHERE t.id "
                       u"= "
                       "%3); %4 SELECT %5 FROM %2 AS t WHERE t.id = %3;"_s.arg(
                           searchRowidSql(*kind, u"t"_s), name, parentId, insert, values(u"t"_s));
            };
            const QString child = part.table;
            statements << u"CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 END"_s.arg(
                child, reindex(u"NEW"_s));
            statements << u"CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 BEGIN %2 %3 END"_s
                              .arg(child, reindex(u"OLD"_s), reindex(u"NEW"_s));
            statements << u"CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(
                child, reindex(u"OLD"_s));
        }
        return statements;
    }

} // namespace RecordKinds
} // namespace Rekindle
