// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CoreDumps.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SecretBytes.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The cost calibration (with a fake clock: seconds per MiB and pass), the protected memory and
/// the switch that keeps core dumps off.
class TestPassphraseKdf : public QObject {
    Q_OBJECT

private:
    /// A computer on which one pass over one MiB takes `perMiBPass` seconds; memory above
    /// `memoryCap` cannot be had.
    static PassphraseKdf::Measure machine(double perMiBPass, quint64 memoryCap = quint64(1) << 40)
    {
        return [=](const KdfParams &params) {
            if (params.memory > memoryCap)
                return -1.0;
            return perMiBPass * double(params.passes) * double(params.memory >> 20);
        };
    }

private slots:
    void calibrationLandsInTheWindow_data()
    {
        QTest::addColumn<double>("perMiBPass");
        QTest::newRow("fast desktop") << 0.00025;
        QTest::newRow("laptop") << 0.001;
        QTest::newRow("just fast enough for more") << 0.0025;
        QTest::newRow("very fast") << 0.00001;
    }
    void calibrationLandsInTheWindow()
    {
        QFETCH(double, perMiBPass);
        auto calibration = PassphraseKdf::calibrate(machine(perMiBPass));
        QVERIFY(calibration);
        const KdfParams params = calibration->params;
        QVERIFY(params.passes >= PassphraseKdf::Minimum.passes);
        QVERIFY(params.memory >= PassphraseKdf::Minimum.memory);
        QVERIFY(params.memory <= PassphraseKdf::MaximumCalibratedMemory);
        QVERIFY(params.passes <= PassphraseKdf::MaximumCalibratedPasses);
        QVERIFY(PassphraseKdf::isAcceptable(params));
        QCOMPARE(calibration->seconds, machine(perMiBPass)(params));
        // Within 0.5 to 1 s unless the caps stop it (a very fast machine stays below).
        const bool capped = params.passes == PassphraseKdf::MaximumCalibratedPasses
            && params.memory == PassphraseKdf::MaximumCalibratedMemory;
        QVERIFY2(calibration->seconds <= 1.0, qPrintable(QString::number(calibration->seconds)));
        QVERIFY2(capped || calibration->seconds >= 0.5,
            qPrintable(QString::number(calibration->seconds)));
    }

    void aSlowComputerStaysAtTheFloor()
    {
        auto calibration = PassphraseKdf::calibrate(machine(0.01)); // 1.9 s at the floor
        QVERIFY(calibration);
        QCOMPARE(calibration->params, PassphraseKdf::Minimum);
    }

    void memoryTheSystemRefusesFallsBackToPasses()
    {
        auto calibration = PassphraseKdf::calibrate(machine(0.0004, quint64(64) << 20));
        QVERIFY(calibration);
        QCOMPARE(calibration->params.memory, PassphraseKdf::Minimum.memory);
        QVERIFY(calibration->params.passes > PassphraseKdf::Minimum.passes);
        QVERIFY(calibration->seconds >= 0.5 && calibration->seconds <= 1.0);
    }

    void noMemoryAtAllIsAnError()
    {
        auto calibration = PassphraseKdf::calibrate([](const KdfParams &) { return -1.0; });
        QVERIFY(!calibration.ok());
        QVERIFY(!calibration.error().message.isEmpty());
    }

    void derivationRefusesWhatItCannotDo()
    {
        const QByteArray salt(PassphraseKdf::SaltSize, 's');
        QVERIFY(!PassphraseKdf::derive(QString(), salt, { 1, 8192 }).ok());
        QVERIFY(!PassphraseKdf::derive(u"words"_s, salt.left(15), { 1, 8192 }).ok());
        QVERIFY(!PassphraseKdf::derive(u"words"_s, salt, { 0, 8192 }).ok());
        QVERIFY(!PassphraseKdf::derive(u"words"_s, salt, { 1, 1024 }).ok());
        QVERIFY(!PassphraseKdf::isAcceptable({ 1, PassphraseKdf::MaximumStoredMemory + 1 }));
        QVERIFY(PassphraseKdf::derive(u"words"_s, salt, { 1, 8192 }).ok());
    }

    void secretBytesMoveAndWipe()
    {
        auto made = SecretBytes::random(32);
        QVERIFY(made);
        SecretBytes key = std::move(*made);
        QCOMPARE(key.size(), 32);
        QVERIFY(made->isNull());
        auto copy = SecretBytes::copyOf(key.data(), key.size());
        QVERIFY(copy && copy->equals(key));
        SecretBytes moved = std::move(key);
        // NOLINTNEXTLINE(bugprone-use-after-move): what a move leaves behind is the point here
        QVERIFY(key.isNull());
        QVERIFY(moved.equals(*copy));
        auto other = SecretBytes::random(32);
        QVERIFY(other && !other->equals(moved));
        moved = std::move(*other);
        QVERIFY(!moved.equals(*copy));

        auto zero = SecretBytes::zeroed(16);
        QVERIFY(zero);
        QVERIFY(
            std::all_of(zero->data(), zero->data() + 16, [](unsigned char b) { return b == 0; }));
        QVERIFY(!SecretBytes::zeroed(-1).ok());
    }

    void passphraseBytesAreUtf8InNfc()
    {
        auto bytes = SecretBytes::utf8Of(u"cafe\u0301 🙂"_s);
        QVERIFY(bytes);
        const QByteArray expected = u"caf\u00e9 🙂"_s.toUtf8();
        QCOMPARE(
            QByteArray(reinterpret_cast<const char *>(bytes->data()), bytes->size()), expected);
        auto empty = SecretBytes::utf8Of(QString());
        QVERIFY(empty);
        QCOMPARE(empty->size(), 0);
    }

    void coreDumpsCanBeTurnedOff()
    {
        QVERIFY(CoreDumps::disable().ok());
        QVERIFY(CoreDumps::disabled());
        QVERIFY(CoreDumps::disable().ok()); // again: no harm
    }
};

QTEST_GUILESS_MAIN(TestPassphraseKdf)
#include "tst_passphrasekdf.moc"
