// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCheckDialog.h"

#include "models/MessageChecker.h"
#include "ui/Design.h"
#include "ui/Tones.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// A colour between two palette colours, so highlights read well in light and dark themes.
    QColor mix(const QColor &a, const QColor &b, double share)
    {
        return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
            float(a.greenF() * (1 - share) + b.greenF() * share),
            float(a.blueF() * (1 - share) + b.blueF() * share));
    }

} // namespace

QColor MessageCheckDialog::categoryColour(const QPalette &palette, PhraseCategory category)
{
    switch (category) {
    case PhraseCategory::HeavyTopic:
        return Tones::tone(215, palette);
    case PhraseCategory::Past:
        return Tones::tone(285, palette);
    case PhraseCategory::Blame:
        return Tones::tone(5, palette);
    case PhraseCategory::Pressure:
        return Tones::tone(40, palette);
    }
    return Tones::tone(215, palette);
}

MessageCheckDialog::MessageCheckDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_checker(new MessageChecker(journal, QLocale().name(), this))
    , m_draft(new QPlainTextEdit(this))
    , m_findings(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_phrase(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_addPhrase(new QPushButton(tr("&Add Phrase"), this))
    , m_myPhrases(new QListWidget(this))
    , m_removePhrase(new QPushButton(tr("&Remove Phrase"), this))
    , m_channel(new QComboBox(this))
    , m_keepText(new QCheckBox(tr("&Keep the text in the log"), this))
    , m_markSent(new QPushButton(tr("I &Sent It Myself"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"messageCheckDialog"_s);
    setWindowTitle(tr("Message Check"));
    m_draft->setObjectName(u"messageDraft"_s);
    m_draft->setPlaceholderText(tr("Type or paste the message you are thinking of sending."));
    // One message, not a document: Tab goes on to what the check found.
    m_draft->setTabChangesFocus(true);
    m_findings->setObjectName(u"messageFindings"_s);
    m_findings->setWordWrap(true);
    m_findings->setAccessibleName(tr("What the check found"));
    m_summary->setObjectName(u"messageSummary"_s);
    m_summary->setWordWrap(true);
    m_phrase->setObjectName(u"newPhrase"_s);
    m_phrase->setPlaceholderText(tr("A phrase of your own to watch for"));
    m_category->setObjectName(u"newPhraseCategory"_s);
    m_category->setAccessibleName(tr("Kind of phrase"));
    for (PhraseCategory c : MessageCheck::categories())
        m_category->addItem(MessageCheck::categoryName(c), int(c));
    m_addPhrase->setObjectName(u"addPhrase"_s);
    m_myPhrases->setObjectName(u"myPhrases"_s);
    m_myPhrases->setAccessibleName(tr("My phrases"));
    m_removePhrase->setObjectName(u"removePhrase"_s);
    m_channel->setObjectName(u"sentChannel"_s);
    m_channel->setAccessibleName(tr("Sent as"));
    for (ContactChannel c : Contacts::channels())
        m_channel->addItem(Contacts::channelName(c), int(c));
    m_keepText->setObjectName(u"keepSentText"_s);
    m_markSent->setObjectName(u"markSent"_s);
    m_message->setObjectName(u"messageCheckMessage"_s);

    auto *draftLabel = new QLabel(tr("&Draft:"), this);
    draftLabel->setBuddy(m_draft);
    auto *findingsLabel = new QLabel(tr("What the check &found:"), this);
    findingsLabel->setBuddy(m_findings);
    auto *openersBox = new QGroupBox(tr("Lighter ways to open"), this);
    auto *openers
        = new QLabel(u"• "_s + MessageCheck::lighterOpeners().join(u"\n• "_s), openersBox);
    openers->setObjectName(u"lighterOpeners"_s);
    openers->setWordWrap(true);
    openers->setTextFormat(Qt::PlainText);
    (new QVBoxLayout(openersBox))->addWidget(openers);

    // The draft on the left with the person's own phrases under it (a short list, often
    // empty); what the check found takes the right, with the room it needs, above the openers.
    auto *phrasesBox = new QGroupBox(tr("My phrases"), this);
    auto *phrasesLayout = new QVBoxLayout(phrasesBox);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_phrase, 1);
    addRow->addWidget(m_category);
    addRow->addWidget(m_addPhrase);
    phrasesLayout->addLayout(addRow);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_myPhrases, 1);
    listRow->addWidget(m_removePhrase, 0, Qt::AlignTop);
    phrasesLayout->addLayout(listRow);
    m_myPhrases->setMaximumHeight(m_myPhrases->fontMetrics().lineSpacing() * 4 + 8);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(draftLabel);
    leftLayout->addWidget(m_draft, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(phrasesBox);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(findingsLabel);
    rightLayout->addWidget(m_findings, 1);
    rightLayout->addWidget(openersBox);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *sentRow = new QHBoxLayout;
    auto *sentLabel = new QLabel(tr("Sent &as:"), this);
    sentLabel->setBuddy(m_channel);
    sentRow->addWidget(sentLabel);
    sentRow->addWidget(m_channel);
    sentRow->addWidget(m_keepText);
    sentRow->addStretch();
    sentRow->addWidget(m_markSent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(sentRow);
    layout->addWidget(buttons);
    Design::resizeWithinScreen(this, QSize(940, 620));
    // In reading order: the left column (the draft, my phrases), the right one (what the
    // check found), then the row below.
    setTabOrder(m_draft, m_phrase);
    setTabOrder(m_phrase, m_category);
    setTabOrder(m_category, m_addPhrase);
    setTabOrder(m_addPhrase, m_myPhrases);
    setTabOrder(m_myPhrases, m_removePhrase);
    setTabOrder(m_removePhrase, m_findings);
    setTabOrder(m_findings, m_channel);
    setTabOrder(m_channel, m_keepText);
    setTabOrder(m_keepText, m_markSent);

    connect(m_draft, &QPlainTextEdit::textChanged, this, &MessageCheckDialog::recheck);
    connect(m_addPhrase, &QPushButton::clicked, this, &MessageCheckDialog::addPhrase);
    connect(m_phrase, &QLineEdit::returnPressed, this, &MessageCheckDialog::addPhrase);
    connect(m_removePhrase, &QPushButton::clicked, this, &MessageCheckDialog::removePhrase);
    connect(m_checker, &MessageChecker::phrasesChanged, this, [this] {
        reloadPhrases();
        recheck();
    });
    connect(m_markSent, &QPushButton::clicked, this, &MessageCheckDialog::markSent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadPhrases();
    recheck();
}

void MessageCheckDialog::recheck()
{
    const QString text = m_draft->toPlainText();
    m_result = m_checker->check(text);
    const QPalette pal = m_draft->palette();
    QList<QTextEdit::ExtraSelection> selections;
    m_findings->clear();
    for (const MessageFinding &f : std::as_const(m_result.findings)) {
        if (f.kind == MessageFinding::Kind::Phrase || f.kind == MessageFinding::Kind::Length) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(m_draft->document());
            sel.cursor.setPosition(int(f.start));
            sel.cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
            const QColor colour = f.kind == MessageFinding::Kind::Phrase
                ? categoryColour(pal, f.category)
                : pal.color(QPalette::PlaceholderText);
            sel.format.setBackground(mix(pal.color(QPalette::Base), colour, 0.3));
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(colour);
            sel.format.setToolTip(f.advice);
            selections << sel;
        }
        const QString line = f.kind == MessageFinding::Kind::Phrase
            ? tr("%1 – \"%2\": %3").arg(MessageCheck::categoryName(f.category), f.matched, f.advice)
            : f.advice;
        auto *item = new QListWidgetItem(line, m_findings);
        item->setToolTip(f.advice);
    }
    m_draft->setExtraSelections(selections);
    if (text.trimmed().isEmpty())
        m_summary->setText(tr("Rekindle will point out what might weigh a first message down."));
    else if (m_result.clear())
        m_summary->setText(tr("This reads light and friendly. Whether and when to send it is "
                              "up to you."));
    else
        m_summary->setText(tr("A few things to look at (%1). Consider one of the lighter "
                              "openers on the right.")
                               .arg(m_result.findings.size()));
}

void MessageCheckDialog::reloadPhrases()
{
    m_myPhrases->clear();
    for (const Phrase &p : m_checker->userPhrases()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(p.text, MessageCheck::categoryName(p.category)), m_myPhrases);
        item->setData(Qt::UserRole, p.text);
        item->setData(Qt::UserRole + 1, int(p.category));
    }
    m_removePhrase->setEnabled(m_myPhrases->count() > 0);
}

void MessageCheckDialog::addPhrase()
{
    const auto category = PhraseCategory(m_category->currentData().toInt());
    if (Status status = m_checker->addPhrase(m_phrase->text(), category); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_phrase->clear();
    m_message->clearMessage();
}

void MessageCheckDialog::removePhrase()
{
    QListWidgetItem *item = m_myPhrases->currentItem();
    if (!item && m_myPhrases->count() > 0)
        item = m_myPhrases->item(0);
    if (!item)
        return;
    const Phrase phrase { item->data(Qt::UserRole).toString(),
        PhraseCategory(item->data(Qt::UserRole + 1).toInt()), true };
    if (Status status = m_checker->removePhrase(phrase); !status)
        m_message->showMessage(status.error().message);
}

void MessageCheckDialog::done(int result)
{
    if (!m_counted && !m_draft->toPlainText().trimmed().isEmpty()) {
        m_counted = true;
        // Only a count for progress: a failure to keep it must not hold the person here.
        if (Status status = m_checker->recordDraftChecked(); !status)
            qWarning(
                "The message check could not be counted: %s", qPrintable(status.error().message));
    }
    QDialog::done(result);
}

void MessageCheckDialog::markSent()
{
    auto id = m_checker->markSent(m_draft->toPlainText(),
        ContactChannel(m_channel->currentData().toInt()), m_keepText->isChecked());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    accept();
}

} // namespace Rekindle
