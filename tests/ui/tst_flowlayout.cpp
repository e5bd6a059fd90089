// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FlowLayout.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// A form of three label and field pairs and a button, laid out by a FlowLayout.
struct Form {
    QWidget widget;
    FlowLayout *flow = new FlowLayout(&widget);
    QList<QWidget *> fields;
    QPushButton *button = nullptr;

    explicit Form(bool uniform)
    {
        flow->setContentsMargins(0, 0, 0, 0);
        flow->setUniformColumns(uniform);
        const QStringList names { u"&When:"_s, u"&Who reached out:"_s, u"&Notes:"_s };
        for (const QString &name : names) {
            auto *label = new QLabel(name);
            QWidget *field = name == names.last() ? static_cast<QWidget *>(new QLineEdit)
                                                  : static_cast<QWidget *>(new QComboBox);
            if (auto *combo = qobject_cast<QComboBox *>(field))
                combo->addItem(u"Something of a middling length"_s);
            label->setBuddy(field);
            flow->addField(label, field);
            fields.append(field);
        }
        button = new QPushButton(u"Add"_s);
        flow->addWidget(button);
    }

    /// Lays the form out at `width` (its height for that width) and returns its rows: the
    /// distinct vertical centres of the fields and the button.
    QList<int> layOut(int width)
    {
        widget.resize(width, flow->heightForWidth(width));
        flow->setGeometry(widget.rect());
        QList<int> rows;
        for (QWidget *w : controls()) {
            const int centre = w->geometry().center().y();
            if (!rows.contains(centre))
                rows.append(centre);
        }
        return rows;
    }

    [[nodiscard]] QList<QWidget *> controls() const
    {
        QList<QWidget *> all = fields;
        all.append(button);
        all.removeIf([](const QWidget *w) { return w->isHidden(); });
        return all;
    }

    /// Every control lies inside the form, and no two overlap.
    [[nodiscard]] bool fitsWithoutOverlap(QString *why) const
    {
        const QList<QWidget *> all = controls();
        QList<QRect> boxes;
        for (QWidget *w : all) {
            // A field's box starts at its label.
            const QRect box
                = w->geometry().united(w == button ? w->geometry() : labelOf(w)->geometry());
            if (!widget.rect().contains(box)) {
                *why = u"%1 at %2,%3 %4x%5 is outside the %6x%7 form"_s
                           .arg(QString::fromLatin1(w->metaObject()->className()))
                           .arg(box.x())
                           .arg(box.y())
                           .arg(box.width())
                           .arg(box.height())
                           .arg(widget.width())
                           .arg(widget.height());
                return false;
            }
            for (const QRect &other : boxes)
                if (other.intersects(box)) {
                    *why = u"two controls overlap"_s;
                    return false;
                }
            boxes.append(box);
        }
        return true;
    }

    [[nodiscard]] QLabel *labelOf(QWidget *field) const
    {
        for (auto *label : widget.findChildren<QLabel *>())
            if (label->buddy() == field)
                return label;
        return nullptr;
    }
};

} // namespace

class tst_FlowLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRowWhenWideMoreWhenNarrow_data()
    {
        QTest::addColumn<bool>("uniform");
        QTest::addRow("own widths") << false;
        QTest::addRow("uniform columns") << true;
    }
    void oneRowWhenWideMoreWhenNarrow()
    {
        QFETCH(bool, uniform);
        Form form(uniform);
        const int wide = form.flow->sizeHint().width();
        QCOMPARE(form.layOut(wide + 100).size(), 1);
        QString why;
        QVERIFY2(form.fitsWithoutOverlap(&why), qPrintable(why));

        // Narrower and narrower: more rows, never fewer, and everything still fits.
        int rows = 1;
        const int narrowest = form.flow->minimumSize().width();
        for (int width = wide; width >= narrowest; width -= 20) {
            const int now = int(form.layOut(width).size());
            QVERIFY2(now >= rows,
                qPrintable(u"%1 rows at %2 px, %3 wider"_s.arg(now).arg(width).arg(rows)));
            rows = now;
            QVERIFY2(
                form.fitsWithoutOverlap(&why), qPrintable(u"at %1 px: %2"_s.arg(width).arg(why)));
        }
        // At its minimum width, one field to a row (the small button may share one).
        QVERIFY(form.layOut(narrowest).size() >= form.fields.size());
    }

    void heightForWidthIsWhatTheRowsTake()
    {
        Form form(false);
        const int oneRow = form.flow->heightForWidth(form.flow->sizeHint().width());
        QCOMPARE(oneRow, form.flow->sizeHint().height());
        const int narrowest = form.flow->minimumSize().width();
        const int tall = form.flow->heightForWidth(narrowest);
        QVERIFY(tall > 3 * oneRow);
        form.layOut(narrowest);
        int bottom = 0;
        for (QWidget *w : form.controls())
            bottom = std::max(bottom, w->geometry().bottom() + 1);
        QVERIFY2(bottom <= tall, qPrintable(u"%1 > %2"_s.arg(bottom).arg(tall)));
        QVERIFY(bottom >= tall - 4);
    }

    void uniformColumnsAreEqual()
    {
        Form form(true);
        form.layOut(form.flow->sizeHint().width() + 60);
        // Each field's box (label and field) is as wide as every other.
        const auto boxWidth = [&form](QWidget *field) {
            return form.labelOf(field)->geometry().united(field->geometry()).width();
        };
        QCOMPARE(boxWidth(form.fields.at(0)), boxWidth(form.fields.at(1)));
        QCOMPARE(boxWidth(form.fields.at(1)), boxWidth(form.fields.at(2)));
    }

    /// A row's spare width goes to the fields (each pair's field takes its pair's share), not
    /// to the button.
    void spareWidthGoesToWhatExpands()
    {
        Form form(false);
        const int wide = form.flow->sizeHint().width();
        const auto fieldsWidth = [&form] {
            int sum = 0;
            for (QWidget *field : form.fields)
                sum += field->width();
            return sum;
        };
        form.layOut(wide);
        const int before = fieldsWidth();
        const int buttonWidth = form.button->width();
        form.layOut(wide + 200);
        QCOMPARE(form.button->width(), buttonWidth);
        QVERIFY2(std::abs(fieldsWidth() - (before + 200)) <= 2,
            qPrintable(u"the fields grew by %1"_s.arg(fieldsWidth() - before)));
    }

    void hiddenItemsTakeNoPlace()
    {
        Form form(false);
        const int width = form.flow->sizeHint().width();
        form.button->hide();
        QVERIFY(form.flow->sizeHint().width() < width);
        // The three fields fit in one row at the narrower width.
        QCOMPARE(form.layOut(form.flow->sizeHint().width()).size(), 1);
    }

    void rightToLeftMirrors()
    {
        Form form(false);
        const int width = form.flow->sizeHint().width() + 100;
        form.layOut(width);
        const QRect first = form.fields.at(0)->geometry();
        form.widget.setLayoutDirection(Qt::RightToLeft);
        form.layOut(width);
        const QRect mirrored = form.fields.at(0)->geometry();
        QCOMPARE(mirrored.width(), first.width());
        QCOMPARE(mirrored.left(), width - 1 - first.right());
        // The first field's label is to its right.
        QVERIFY(form.labelOf(form.fields.at(0))->geometry().left() > mirrored.right());
    }
};

QTEST_MAIN(tst_FlowLayout)
#include "tst_flowlayout.moc"
