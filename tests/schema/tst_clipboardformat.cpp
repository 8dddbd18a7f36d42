#include "clipboardformat.h"
#include "database.h"
#include "editstore.h"
#include "tablemodel.h"
#include "testsupport.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using Block = ClipboardFormat::Block;
using Format = ClipboardFormat::Format;

Q_DECLARE_METATYPE(ClipboardFormat::Block)

class TestClipboardFormat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_readerName;
    std::unique_ptr<EditStore> m_store;
    std::unique_ptr<TableModel> m_model;

    TableModel *openItems()
    {
        const DatabaseInfo info = Database::prepare(testsupport::testFile(m_dir));
        testsupport::Probe probe(info.path);
        probe.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS strict_rows (id INTEGER PRIMARY KEY, "
                           "code TEXT NOT NULL, size INTEGER NOT NULL DEFAULT 1, note TEXT)"));
        m_readerName = Database::uniqueConnectionName(QStringLiteral("clipboard-test"));
        QSqlDatabase reader = Database::connect(info, m_readerName, Database::Role::Reader);
        m_store = std::make_unique<EditStore>();
        m_model = std::make_unique<TableModel>(reader, m_store.get());
        return m_model->setTable(QStringLiteral("items")) ? m_model.get() : nullptr;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_model.reset();
        m_store.reset();
        if (!m_readerName.isEmpty())
            Database::disconnect(m_readerName);
        m_readerName.clear();
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<Block>("expected");
        const int tsv = int(Format::Tsv);
        QTest::newRow("empty") << "" << tsv << Block{};
        QTest::newRow("single cell") << "hello" << tsv << Block{{"hello"}};
        QTest::newRow("single cell with Excel's CRLF") << "hello\r\n" << tsv << Block{{"hello"}};
        QTest::newRow("tabs") << "a\tb\tc" << tsv << Block{{"a", "b", "c"}};
        QTest::newRow("rows with LF") << "a\tb\nc\td\n" << tsv << Block{{"a", "b"}, {"c", "d"}};
        QTest::newRow("rows with CRLF, trailing CRLF") << "a\tb\r\nc\td\r\n"
                                                       << tsv << Block{{"a", "b"}, {"c", "d"}};
        QTest::newRow("old Mac CR") << "a\rb" << tsv << Block{{"a"}, {"b"}};
        QTest::newRow("empty cells") << "\tb\t\n\t\t" << tsv << Block{{"", "b", ""}, {"", "", ""}};
        QTest::newRow("blank line inside") << "a\n\nb\n" << tsv << Block{{"a"}, {""}, {"b"}};
        QTest::newRow("quoted tab") << "\"a\tb\"\tc" << tsv << Block{{"a\tb", "c"}};
        QTest::newRow("quoted newline (Excel)")
            << "\"line 1\nline 2\"\tx\r\ny\tz\r\n"
            << tsv << Block{{"line 1\nline 2", "x"}, {"y", "z"}};
        QTest::newRow("quoted CRLF") << "\"a\r\nb\"" << tsv << Block{{"a\r\nb"}};
        QTest::newRow("doubled quotes")
            << "\"say \"\"hi\"\"\"\t2" << tsv << Block{{"say \"hi\"", "2"}};
        QTest::newRow("quote inside unquoted cell")
            << "5\" disk\t3" << tsv << Block{{"5\" disk", "3"}};
        QTest::newRow("text after closing quote") << "\"a\"b\tc" << tsv << Block{{"ab", "c"}};
        QTest::newRow("unterminated quote") << "\"abc\tdef" << tsv << Block{{"abc\tdef"}};
        QTest::newRow("ragged rows") << "a\tb\tc\nd\ne\tf\n"
                                     << tsv << Block{{"a", "b", "c"}, {"d"}, {"e", "f"}};
        QTest::newRow("commas stay in TSV") << "1,5\t2" << tsv << Block{{"1,5", "2"}};
        QTest::newRow("unicode") << "Zoë\t東京" << tsv << Block{{"Zoë", "東京"}};
        const int csv = int(Format::Csv);
        QTest::newRow("csv") << "a,b\r\n\"c,d\",\"e\"\"f\"\r\n"
                             << csv << Block{{"a", "b"}, {"c,d", "e\"f"}};
        QTest::newRow("csv tab is data") << "a\tb,c" << csv << Block{{"a\tb", "c"}};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(Block, expected);
        QCOMPARE(ClipboardFormat::parse(text, Format(format)), expected);
    }

    void format_data()
    {
        QTest::addColumn<Block>("rows");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        const int tsv = int(Format::Tsv);
        const int csv = int(Format::Csv);
        QTest::newRow("one cell, no line end") << Block{{"x"}} << tsv << "x";
        QTest::newRow("tsv grid") << Block{{"a", "b"}, {"", "d"}} << tsv << "a\tb\n\td\n";
        QTest::newRow("tsv quotes what needs it")
            << Block{{"a\tb", "two\nlines", "say \"hi\"", "1,5"}} << tsv
            << "\"a\tb\"\t\"two\nlines\"\t\"say \"\"hi\"\"\"\t1,5\n";
        QTest::newRow("csv") << Block{{"a,b", " padded", "plain"}, {"x", "", "y"}} << csv
                             << "\"a,b\",\" padded\",plain\r\nx,,y\r\n";
        QTest::newRow("csv tab is plain") << Block{{"a\tb"}, {"c"}} << csv << "a\tb\r\nc\r\n";
    }

    void format()
    {
        QFETCH(Block, rows);
        QFETCH(int, format);
        QFETCH(QString, expected);
        const QString text = ClipboardFormat::format(rows, Format(format));
        QCOMPARE(text, expected);
        QCOMPARE(ClipboardFormat::parse(text, Format(format)), rows); // round trip
    }

    void copiesSelectionWithHeader()
    {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("A"), QStringLiteral("B, b"), QStringLiteral("C")});
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c)
                model.setData(model.index(r, c), QStringLiteral("%1%2").arg(r).arg(c));
        }
        model.setData(model.index(2, 2), QStringLiteral("multi\nline"));
        const QModelIndexList selection{model.index(2, 2), model.index(1, 1), model.index(2, 1),
                                        model.index(1, 2)};
        QCOMPARE(ClipboardFormat::copy(model, selection, Format::Tsv, false),
                 QStringLiteral("11\t12\n21\t\"multi\nline\"\n"));
        QCOMPARE(ClipboardFormat::copy(model, selection, Format::Csv, true),
                 QStringLiteral("\"B, b\",C\r\n11,12\r\n21,\"multi\nline\"\r\n"));
        // Cells of the bounding grid that were not selected are copied empty.
        QCOMPARE(ClipboardFormat::copy(model, {model.index(0, 0), model.index(1, 2)}, Format::Tsv,
                                       false),
                 QStringLiteral("00\t\n\t12\n"));
        QCOMPARE(ClipboardFormat::copy(model, {model.index(0, 1)}, Format::Tsv, false),
                 QStringLiteral("01"));
        QCOMPARE(ClipboardFormat::copy(model, {}, Format::Tsv, true), QString());
    }

    void copiesTableModelValuesAsSeen()
    {
        TableModel *model = openItems();
        QVERIFY(model);
        // items: id, name, quantity, price, added, done, notes; row 4 is the desk lamp.
        QModelIndexList selection;
        for (int c = 0; c < model->columnCount(); ++c) {
            selection << model->index(3, c) << model->index(4, c);
        }
        const QString text = ClipboardFormat::copy(*model, selection, Format::Tsv, true);
        QCOMPARE(
            text,
            QStringLiteral(
                "id\tname\tquantity\tprice\tadded\tdone\tnotes\n"
                "4\tDesk lamp\t1\t39\t2026-03-21\tfalse\t\"Warm white LED.\nKeep the receipt.\"\n"
                "5\tPaper clips\t500\t0.01\t\ttrue\t\n"));
    }

    void planConvertsAndAppends()
    {
        TableModel *model = openItems();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 6);
        // Paste name, quantity, price, added, done at row 5 (the last one) and one row beyond.
        const Block block = ClipboardFormat::parse(
            QStringLiteral("Stapler XL\t3\t7.5\t2026-06-01\tyes\r\nGlue\t\t0.5\t\tno\r\n"));
        const auto plan = ClipboardFormat::plan(*model, 5, 1, block);
        QVERIFY2(plan.isValid(), plan.errors.isEmpty() ? qPrintable(plan.problem)
                                                       : qPrintable(plan.errors.first().message));
        QCOMPARE(plan.rowsToAppend, 1);
        QCOMPARE(plan.clippedColumns, 0);
        QCOMPARE(plan.cells.size(), 10);
        QCOMPARE(plan.cells[0].row, 5);
        QCOMPARE(plan.cells[0].column, 1);
        QCOMPARE(plan.cells[0].value, QVariant(QStringLiteral("Stapler XL")));
        QCOMPARE(plan.cells[1].value, QVariant(qlonglong(3)));
        QCOMPARE(plan.cells[4].value, QVariant(1));
        QCOMPARE(plan.cells[5].row, 6);
        QVERIFY(plan.cells[6].value.isNull()); // empty quantity: NULL
    }

    void planReportsEveryBadCellBeforeWriting()
    {
        TableModel *model = openItems();
        QVERIFY(model);
        const Block block = ClipboardFormat::parse(
            QStringLiteral("7\tok\tmany\t1.5\t31/12/2026\tmaybe\textra\textra2\n"));
        const auto plan = ClipboardFormat::plan(*model, 0, 0, block);
        QVERIFY(!plan.isValid());
        QVERIFY(plan.cells.isEmpty());
        QCOMPARE(plan.clippedColumns, 1);
        QCOMPARE(plan.errors.size(), 4);
        QCOMPARE(plan.errors[0].column, 0); // the id column is numbered by the database
        QVERIFY(plan.errors[0].message.contains(QLatin1String("numbered")));
        QCOMPARE(plan.errors[1].column, 2);
        QVERIFY(plan.errors[1].message.contains(QStringLiteral("“many” is not a whole number")));
        QCOMPARE(plan.errors[2].column, 4);
        QVERIFY(plan.errors[2].message.contains(QLatin1String("YYYY-MM-DD")));
        QCOMPARE(plan.errors[3].column, 5);
        QVERIFY(plan.errors[3].message.contains(QLatin1String("yes or no")));
        QCOMPARE(m_store->pendingCount(), 0);

        // Unchanged ids (rows copied back onto themselves) are fine; empty required text is not.
        const auto same = ClipboardFormat::plan(
            *model, 0, 0, ClipboardFormat::parse(QStringLiteral("1\t\"\"\n")));
        QVERIFY(same.isValid());
        QCOMPARE(same.cells.size(), 1);
        QCOMPARE(same.cells[0].value, QVariant(QString())); // an empty text is a value, not NULL
        // An empty cell in a required number column is refused.
        const auto required = ClipboardFormat::plan(*model, 0, 5, {{QString()}});
        QCOMPARE(required.errors.size(), 1);
        QVERIFY(required.errors[0].message.contains(QLatin1String("required")));
    }

    void planRequiredColumnsOfNewRows()
    {
        TableModel *model = openItems();
        QVERIFY(model);
        QVERIFY(model->setTable(QStringLiteral("strict_rows")));
        QCOMPARE(model->rowCount(), 0);
        // Pasting only "note" into new rows: "code" is required and has no default.
        auto plan
            = ClipboardFormat::plan(*model, 0, 3, ClipboardFormat::parse(QStringLiteral("n1\nn2")));
        QCOMPARE(plan.rowsToAppend, 2);
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors[0].row, 0);
        QCOMPARE(plan.errors[0].column, 1);
        // With the id column: ids are ignored, empty "size" takes its default.
        plan = ClipboardFormat::plan(*model, 0, 0,
                                     ClipboardFormat::parse(QStringLiteral("9\tA\t\tnote\n")));
        QVERIFY(plan.isValid());
        QCOMPARE(plan.ignoredCells, 1);
        QCOMPARE(plan.cells.size(), 2);
    }

    void planRefusesReadOnlyTables()
    {
        TableModel *model = openItems();
        QVERIFY(model);
        model->setReadOnly(true, QStringLiteral("The file is read-only."));
        const auto plan = ClipboardFormat::plan(*model, 0, 1, {{QStringLiteral("x")}});
        QCOMPARE(plan.problem, QStringLiteral("The file is read-only."));
        QVERIFY(!ClipboardFormat::plan(*model, 0, 0, {}).problem.isEmpty());
    }
};

QTEST_MAIN(TestClipboardFormat)
#include "tst_clipboardformat.moc"
