#include "keymap.h"
#include "rowkey.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace rowbook;

class TestRowKey : public QObject
{
    Q_OBJECT

private slots:
    void integerForm()
    {
        const RowKey key = RowKey::fromId(42);
        QVERIFY(key.isId());
        QVERIFY(!key.isNull());
        QVERIFY(!key.isPending());
        QCOMPARE(key.id(), 42);
        QCOMPARE(key.values(), QVariantList{QVariant(qint64(42))});
        QVERIFY(RowKey::fromId(-3).isPending());
        QVERIFY(RowKey().isNull());
        QCOMPARE(RowKey().values(), QVariantList());
    }

    void singleIntegerValueIsTheIntegerForm()
    {
        QCOMPARE(RowKey::fromValues({QVariant(7)}), RowKey::fromId(7));
        QCOMPARE(RowKey::fromValues({QVariant(qint64(7))}), RowKey::fromId(7));
        QVERIFY(RowKey::fromValues({}).isNull());
        QVERIFY(!RowKey::fromValues({QStringLiteral("7")}).isId());
    }

    void equality()
    {
        const RowKey a = RowKey::fromValues({QStringLiteral("DE"), qint64(2024)});
        const RowKey b = RowKey::fromValues({QStringLiteral("DE"), qint64(2024)});
        const RowKey c = RowKey::fromValues({QStringLiteral("DE"), qint64(2025)});
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a != RowKey::fromId(2024));
        // The text "1" and the number 1 are different key values.
        QVERIFY(RowKey::fromValues({QStringLiteral("1"), QVariant()})
                != RowKey::fromValues({qint64(1), QVariant()}));
        QCOMPARE(RowKey::fromValues({QVariant(), qint64(1)}),
                 RowKey::fromValues({QVariant(), qint64(1)}));
        // An int4 column read as int is the same key as one read as qint64.
        QCOMPARE(RowKey::fromValues({QStringLiteral("a"), QVariant(int(5))}),
                 RowKey::fromValues({QStringLiteral("a"), QVariant(qint64(5))}));
    }

    void ordering()
    {
        QList<RowKey> keys{RowKey::fromValues({QStringLiteral("b"), qint64(1)}), RowKey::fromId(10),
                           RowKey::fromValues({QStringLiteral("a"), qint64(2)}), RowKey::fromId(-1),
                           RowKey::fromValues({QStringLiteral("a"), qint64(1)})};
        std::sort(keys.begin(), keys.end());
        const QList<RowKey> expected{RowKey::fromId(-1), RowKey::fromId(10),
                                     RowKey::fromValues({QStringLiteral("a"), qint64(1)}),
                                     RowKey::fromValues({QStringLiteral("a"), qint64(2)}),
                                     RowKey::fromValues({QStringLiteral("b"), qint64(1)})};
        QCOMPARE(keys, expected);
        QVERIFY(!(RowKey::fromId(3) < RowKey::fromId(3)));
    }

    void hashing()
    {
        QSet<RowKey> set;
        set.insert(RowKey::fromId(1));
        set.insert(RowKey::fromValues({qint64(1)}));
        set.insert(RowKey::fromValues({QStringLiteral("x"), 2.5}));
        set.insert(RowKey::fromValues({QStringLiteral("x"), 2.5}));
        QCOMPARE(set.size(), 2);
        QVERIFY(set.contains(RowKey::fromValues({QStringLiteral("x"), 2.5})));
        QVERIFY(!set.contains(RowKey::fromValues({QStringLiteral("x"), 2.0})));
    }

    void text_data()
    {
        QTest::addColumn<RowKey>("key");
        QTest::newRow("integer") << RowKey::fromId(123456789012345);
        QTest::newRow("pending") << RowKey::fromId(-4);
        QTest::newRow("text and integer")
            << RowKey::fromValues({QStringLiteral("ä \"quoted\""), qint64(-9)});
        QTest::newRow("real, blob, null")
            << RowKey::fromValues({0.1, QByteArray("\x00\xff", 2), QVariant()});
    }

    void text()
    {
        QFETCH(RowKey, key);
        const RowKey back = RowKey::fromText(key.toText());
        QCOMPARE(back, key);
        QCOMPARE(back.values().size(), key.values().size());
    }

    void journalTextOfIntegersIsTheDecimalNumber()
    {
        // Recovery journals written before RowKey hold the rowid as a decimal string.
        QCOMPARE(RowKey::fromId(57).toText(), QStringLiteral("57"));
        QCOMPARE(RowKey::fromText(QStringLiteral("57")), RowKey::fromId(57));
        QCOMPARE(RowKey::fromText(QStringLiteral("-2")), RowKey::fromId(-2));
        QVERIFY(RowKey::fromText(QStringLiteral("not a key")).isNull());
        QVERIFY(RowKey::fromText(QString()).isNull());
    }

    void stream()
    {
        const QList<RowKey> keys{RowKey(), RowKey::fromId(-8),
                                 RowKey::fromValues({QStringLiteral("a"), qint64(3)})};
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            for (const RowKey &key : keys)
                out << key;
        }
        QDataStream in(bytes);
        for (const RowKey &expected : keys) {
            RowKey read = RowKey::fromId(99);
            in >> read;
            QCOMPARE(in.status(), QDataStream::Ok);
            QCOMPARE(read, expected);
        }
        QByteArray corrupt;
        QDataStream(&corrupt, QIODevice::WriteOnly) << quint8(9);
        QDataStream bad(corrupt);
        RowKey read;
        bad >> read;
        QCOMPARE(bad.status(), QDataStream::ReadCorruptData);
        QVERIFY(read.isNull());
    }
    // A uuid as the server writes it is packed in 17 bytes and comes back as the same text;
    // text that only looks like one (other case, a misplaced dash, a letter past f) is kept as
    // text, and stays apart from the uuid.
    void keyMapPacksUuidsInSeventeenBytes()
    {
        KeyMap map;
        const QString uuid = QStringLiteral("0f8e2c4a-9b1d-4e7f-a3c5-d6b7e8f90a1b");
        const qint64 handle = map.handle(QVariantList{uuid});
        QCOMPARE(map.packedBytes(), std::size_t(17));
        const QVariantList back = map.values(handle);
        QCOMPARE(back, QVariantList{uuid});
        QCOMPARE(back.first().typeId(), int(QMetaType::QString));
        QCOMPARE(map.handle(QVariantList{QString(uuid)}), handle);

        const QStringList lookalikes{uuid.toUpper(),
                                     QStringLiteral("0f8e2c4a9-b1d-4e7f-a3c5-d6b7e8f90a1b"),
                                     QStringLiteral("0f8e2c4a-9b1d-4e7f-a3c5-d6b7e8f90a1g"),
                                     uuid.left(35),
                                     uuid + QLatin1Char('0'),
                                     QStringLiteral("00000000-0000-0000-0000-00000000000é")};
        for (const QString &text : lookalikes) {
            const qint64 other = map.handle(QVariantList{text});
            QVERIFY2(other != handle, qPrintable(text));
            QCOMPARE(map.values(other), QVariantList{text});
        }
        const QVariantList pair{42, QStringLiteral("ffffffff-0000-ffff-0000-ffffffffffff")};
        QCOMPARE(map.values(map.handle(pair)), pair);

        KeyMap many;
        for (int i = 0; i < 1000; ++i)
            many.handle(QVariantList{
                QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'))});
        QCOMPARE(many.size(), std::size_t(1000));
        QCOMPARE(many.packedBytes(), std::size_t(17 * 1000));
        QCOMPARE(many.values(1000),
                 QVariantList{QStringLiteral("000003e7-0000-4000-8000-000000000000")});
    }

    // KeyMap: one handle per key, whichever width its integers were read with, for as long as
    // the map lives; handles are never reused, and threads that meet the same keys agree.
    void keyMapGivesEachKeyOneHandle()
    {
        KeyMap map;
        const qint64 first = map.handle(QVariantList{1, QStringLiteral("x")});
        const qint64 second = map.handle(QVariantList{QStringLiteral("uuid-2")});
        QVERIFY(first > 0);
        QVERIFY(second > 0);
        QVERIFY(first != second);
        QCOMPARE(map.handle(QVariantList{qint64(1), QStringLiteral("x")}), first);
        QCOMPARE(map.handle(RowKey::fromValues({QStringLiteral("uuid-2")})), second);
        QCOMPARE(map.key(first), RowKey::fromValues({1, QStringLiteral("x")}));
        QCOMPARE(map.values(second), QVariantList{QStringLiteral("uuid-2")});
        QVERIFY(map.key(0).isNull());
        QVERIFY(map.key(-1).isNull()); // a row added in the window: not the map's
        QVERIFY(map.key(second + 1).isNull());
        QCOMPARE(map.handle(QVariantList{}), 0);
        QCOMPARE(map.size(), std::size_t(2));

        // Every kind of value comes back as it went in (packed, then unpacked), and keys that
        // differ only in type or in one byte stay apart.
        const QVariantList kinds{QStringLiteral("Zürich ✓"), qint64(-5), 2.5,
                                 QByteArray("\x00\x01", 2),  QVariant(), QDate(2024, 2, 29),
                                 QStringLiteral("")};
        const qint64 mixed = map.handle(kinds);
        QCOMPARE(map.key(mixed), RowKey::fromValues(kinds));
        QCOMPARE(map.handle(kinds), mixed);
        QVERIFY(map.handle(QVariantList{QStringLiteral("-5")}) != map.handle(QVariantList{-5}));
        QVERIFY(map.handle(QVariantList{QStringLiteral("ab")})
                != map.handle(QVariantList{QStringLiteral("ac")}));
        const QString huge(qsizetype(3) * 1024 * 1024,
                           QLatin1Char('k')); // longer than a block of keys
        const qint64 long1 = map.handle(QVariantList{huge});
        const qint64 after = map.handle(QVariantList{QStringLiteral("after")});
        QCOMPARE(map.values(long1), QVariantList{huge});
        QCOMPARE(map.values(after), QVariantList{QStringLiteral("after")});

        KeyMap shared;
        const int perThread = 5000;
        QVector<QVector<qint64>> seen(4);
        std::vector<std::thread> threads;
        threads.reserve(4);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&shared, &seen, t] {
                for (int i = 0; i < perThread; ++i) {
                    const int n = t % 2 == 0 ? i : perThread - 1 - i; // meet them in two orders
                    seen[t] << shared.handle(QVariantList{n, QStringLiteral("k")});
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(shared.size(), std::size_t(perThread));
        for (int i = 0; i < perThread; ++i) {
            const qint64 handle = seen[0][i];
            QCOMPARE(seen[2][i], handle);
            QCOMPARE(seen[1][perThread - 1 - i], handle);
            QCOMPARE(shared.key(handle), RowKey::fromValues({i, QStringLiteral("k")}));
        }
    }
};

QTEST_GUILESS_MAIN(TestRowKey)
#include "tst_rowkey.moc"
