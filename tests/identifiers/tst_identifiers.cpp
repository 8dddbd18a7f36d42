// Awkward identifiers and hostile values through the real code paths: a table and columns named
// with spaces, quotes, brackets, backticks, unicode and SQL keywords, holding values written to
// break SQL built by string concatenation. Browsing, sorting, filtering, editing (saved by the
// autosave) and the command-line import and export must all treat them as plain data. What is on
// disk is always read back with a separate connection (testsupport::Probe).

#include "autosaver.h"
#include "filtersyntax.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

const QString tableName = QStringLiteral("Zoë \"quoted\" [x]");
const QString injection = QStringLiteral("'); DROP TABLE items; --");

// The columns of the test table, in declaration order.
enum Column { Key, Select, Japanese, Dotted, Dashes, Apostrophe, Backticks, Brackets, ColumnCount };

const QStringList columnNames = {
    QStringLiteral("order"),  QStringLiteral("select"),     QStringLiteral("日本語"),
    QStringLiteral("a.b"),    QStringLiteral("--x"),        QStringLiteral("it's, ok"),
    QStringLiteral("`tick`"), QStringLiteral("[br] \"q\""),
};
const QStringList declaredTypes = {
    QStringLiteral("INTEGER PRIMARY KEY"),
    QStringLiteral("TEXT"),
    QStringLiteral("REAL"),
    QStringLiteral("INTEGER"),
    QStringLiteral("TEXT"),
    QStringLiteral("TEXT"),
    QStringLiteral("TEXT"),
    QStringLiteral("TEXT"),
};

// Written out here, independent of Rowbook's Catalog::quote().
QString ident(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A value with its SQLite type, so that 1 and '1' and NULL and '' all differ.
QString typed(const QVariant &value, const QString &type)
{
    if (type == QLatin1String("null"))
        return QStringLiteral("NULL");
    return type + QLatin1Char(':') + value.toString();
}

} // namespace

class TestIdentifiers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    void createDatabase()
    {
        Probe probe(m_path);
        QStringList definitions;
        for (int c = 0; c < ColumnCount; ++c)
            definitions << ident(columnNames[c]) + QLatin1Char(' ') + declaredTypes[c];
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                               .arg(ident(tableName), definitions.join(QLatin1String(", ")))));
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO items VALUES (1, 'canary')")));
        // key, select, 日本語, a.b, --x, it's, `tick`, [br]
        const QStringList rows = {
            QStringLiteral("1, %1, 1.5, 10, 'Zoë', 'x\"y', 'a`b', '[x]'").arg(literal(injection)),
            QStringLiteral("2, 'Robert''); DROP TABLE students;--', -2.25, 20, '\"quoted\"', "
                           "'line one\nline two', ' padded ', '日本語'"),
            QStringLiteral("3, '100% _sure_ \\', NULL, 30, '日本語 text', 'tab\there', "
                           "'', 'x'"),
            QStringLiteral("4, 'plain', 3.0, NULL, NULL, 'it''s', 'a,b', 'crlf\r\nend'"),
        };
        for (const QString &row : rows)
            QVERIFY2(
                probe.exec(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(ident(tableName), row)),
                qPrintable(row));
    }

    TableModel *openTable(const QString &table)
    {
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        if (!checked.wait(10000))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        TableModel *model = m_workspace->model();
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model); // checks every change from the first reset on
        if (!model->setTable(table))
            return nullptr;
        return model;
    }

    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }

    // Every row of a table as "type:value" strings, in rowid order, read with a separate
    // connection.
    QStringList storedRows(const QString &table) const
    {
        Probe probe(m_path);
        QSqlQuery query(probe.db());
        QStringList columns;
        for (const QString &name : columnNames)
            columns << ident(name) << QStringLiteral("typeof(%1)").arg(ident(name));
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                            .arg(columns.join(QLatin1String(", ")), ident(table))))
            return {QStringLiteral("<error: %1>").arg(query.lastError().text())};
        QStringList rows;
        while (query.next()) {
            QStringList row;
            for (int c = 0; c < ColumnCount; ++c)
                row << typed(query.value(2 * c), query.value(2 * c + 1).toString());
            rows << row.join(QLatin1String(" | "));
        }
        return rows;
    }

    QList<qint64> shownKeys(const TableModel *model) const
    {
        QList<qint64> keys;
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->data(model->index(row, Key), Qt::EditRole).toLongLong();
        return keys;
    }

    // Nothing was dropped or deleted by a value that reached SQL as text.
    bool canaryIntact(int tables = 2) const
    {
        return stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString()
                   == QLatin1String("canary")
               && stored(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == tables;
    }

    // Runs the rowbook executable; returns its exit code, standard output in `out`.
    int rowbook(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(ROWBOOK_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        const QByteArray errors = process.readAllStandardError();
        if (err)
            *err = errors;
        if (process.exitCode() != 0)
            qWarning("rowbook %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     errors.constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1 'x' \"y\".sqlite").arg(QTest::currentTestFunction()));
        createDatabase();
    }

    void cleanup()
    {
        m_workspace.reset();
        QFile::remove(m_path);
    }

    void browse()
    {
        TableModel *model = openTable(tableName);
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());

        QStringList objects;
        for (const Catalog::Entry &entry : m_workspace->objects())
            objects << entry.name;
        QCOMPARE(objects, (QStringList{QStringLiteral("items"), tableName}));
        QCOMPARE(model->columnCount(), int(ColumnCount));
        for (int c = 0; c < ColumnCount; ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                     columnNames[c]);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->data(model->index(0, Select), Qt::EditRole).toString(), injection);
        QCOMPARE(model->data(model->index(1, Dashes), Qt::EditRole).toString(),
                 QStringLiteral("\"quoted\""));
        QCOMPARE(model->data(model->index(3, Brackets), Qt::EditRole).toString(),
                 QStringLiteral("crlf\r\nend"));
        QVERIFY(model->data(model->index(2, Japanese), TableModel::NullRole).toBool());
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("keys");
        // SQLite sorts NULL first; ties keep rowid order.
        QTest::newRow("select asc")
            << int(Select) << int(Qt::AscendingOrder) << QList<qint64>{1, 3, 2, 4};
        QTest::newRow("select desc")
            << int(Select) << int(Qt::DescendingOrder) << QList<qint64>{4, 2, 3, 1};
        QTest::newRow("日本語 asc")
            << int(Japanese) << int(Qt::AscendingOrder) << QList<qint64>{3, 2, 1, 4};
        QTest::newRow("a.b desc") << int(Dotted) << int(Qt::DescendingOrder)
                                  << QList<qint64>{3, 2, 1, 4};
        QTest::newRow("--x asc") << int(Dashes) << int(Qt::AscendingOrder)
                                 << QList<qint64>{4, 2, 1, 3};
        QTest::newRow("`tick` asc")
            << int(Backticks) << int(Qt::AscendingOrder) << QList<qint64>{3, 2, 4, 1};
        QTest::newRow("[br] desc")
            << int(Brackets) << int(Qt::DescendingOrder) << QList<qint64>{2, 3, 4, 1};
    }

    void sort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, keys);
        TableModel *model = openTable(tableName);
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        model->sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        QCOMPARE(shownKeys(model), keys);
    }

    void filter_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<qint64>>("keys");
        QTest::newRow("= injection")
            << int(Select) << QString(QLatin1Char('=') + injection) << QList<qint64>{1};
        QTest::newRow("contains injection") << int(Select) << injection << QList<qint64>{1};
        QTest::newRow("contains DROP TABLE")
            << int(Select) << QStringLiteral("DROP TABLE") << QList<qint64>{1, 2};
        QTest::newRow("contains ')") << int(Select) << QStringLiteral("');") << QList<qint64>{1, 2};
        QTest::newRow("% is literal") << int(Select) << QStringLiteral("%") << QList<qint64>{3};
        QTest::newRow("_ is literal") << int(Select) << QStringLiteral("_s") << QList<qint64>{3};
        QTest::newRow("backslash is literal")
            << int(Select) << QStringLiteral("\\") << QList<qint64>{3};
        QTest::newRow("range on 日本語")
            << int(Japanese) << QStringLiteral("2~-5") << QList<qint64>{1, 2};
        QTest::newRow("> on 日本語")
            << int(Japanese) << QStringLiteral(">0") << QList<qint64>{1, 4};
        QTest::newRow("=NULL on 日本語")
            << int(Japanese) << QStringLiteral("=NULL") << QList<qint64>{3};
        QTest::newRow("<>NULL on a.b")
            << int(Dotted) << QStringLiteral("<>NULL") << QList<qint64>{1, 2, 3};
        QTest::newRow("range on a.b") << int(Dotted) << QStringLiteral("15~25") << QList<qint64>{2};
        QTest::newRow("quoted quotes on --x")
            << int(Dashes) << QStringLiteral("=\"\"\"quoted\"\"\"") << QList<qint64>{2};
        QTest::newRow("regex on --x") << int(Dashes) << QStringLiteral("/^Zo/") << QList<qint64>{1};
        QTest::newRow("unicode on --x")
            << int(Dashes) << QStringLiteral("日本") << QList<qint64>{3};
        QTest::newRow("double quote on it's")
            << int(Apostrophe) << QStringLiteral("x\"y") << QList<qint64>{1};
        QTest::newRow("apostrophe on it's")
            << int(Apostrophe) << QStringLiteral("=it's") << QList<qint64>{4};
        QTest::newRow("line break on it's")
            << int(Apostrophe) << QStringLiteral("one\nline") << QList<qint64>{2};
        QTest::newRow("backtick on `tick`")
            << int(Backticks) << QStringLiteral("`") << QList<qint64>{1};
        QTest::newRow("quoted spaces on `tick`")
            << int(Backticks) << QStringLiteral("=\" padded \"") << QList<qint64>{2};
        QTest::newRow("empty text on `tick`")
            << int(Backticks) << QStringLiteral("=\"\"") << QList<qint64>{3};
        QTest::newRow("brackets on [br]")
            << int(Brackets) << QStringLiteral("[x]") << QList<qint64>{1};
        QTest::newRow("key on order") << int(Key) << QStringLiteral(">=3") << QList<qint64>{3, 4};
    }

    void filter()
    {
        QFETCH(int, column);
        QFETCH(QString, filter);
        QFETCH(QList<qint64>, keys);
        TableModel *model = openTable(tableName);
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        const TableInfo &info = model->tableInfo();
        const SqlCondition condition
            = parseColumnFilter(filter, info.columns[column].name, info.columns[column].kind);
        QVERIFY2(condition.isValid(), qPrintable(condition.hint));
        const SqlCondition where = combine({condition});
        model->setFilter(where.sql, where.values);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        QCOMPARE(shownKeys(model), keys);
        QVERIFY(canaryIntact());
    }

    void combinedFilterAndSearch()
    {
        TableModel *model = openTable(tableName);
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        const TableInfo &info = model->tableInfo();
        QStringList names;
        for (const ColumnInfo &column : info.columns)
            names << column.name;

        const SqlCondition where
            = combine({parseColumnFilter(QStringLiteral("DROP"), info.columns[Select].name,
                                         info.columns[Select].kind),
                       parseColumnFilter(QStringLiteral(">15"), info.columns[Dotted].name,
                                         info.columns[Dotted].kind),
                       globalSearch(QStringLiteral("students;--"), names)});
        QVERIFY(where.isValid());
        model->setFilter(where.sql, where.values);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(shownKeys(model), (QList<qint64>{2}));

        const SqlCondition search = globalSearch(QStringLiteral("日本語"), names);
        model->setFilter(search.sql, search.values);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(shownKeys(model), (QList<qint64>{2, 3}));

        model->sort(Apostrophe, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(shownKeys(model), (QList<qint64>{3, 2}));
        QVERIFY(canaryIntact());
    }

    void editAddRemoveAndSave()
    {
        TableModel *model = openTable(tableName);
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());

        // Row 1 (key 2): every text column gets a hostile value; numbers keep their types.
        QVERIFY(model->setData(model->index(1, Select), injection));
        QVERIFY(model->setData(model->index(1, Japanese), QStringLiteral("2.5")));
        QVERIFY(model->setData(model->index(1, Dotted), QStringLiteral("42")));
        QVERIFY(model->setData(model->index(1, Dashes), tableName));
        QVERIFY(model->setData(model->index(1, Apostrophe),
                               QStringLiteral("\"; DELETE FROM items; --")));
        QVERIFY(model->setData(model->index(1, Backticks), QStringLiteral("`) --")));
        QVERIFY(model->setData(model->index(1, Brackets), QStringLiteral("]] \" ' ?1 :a @b $c")));

        const int added = model->addRow();
        QVERIFY(added >= 0);
        QVERIFY(model->setData(model->index(added, Select), QStringLiteral("new 'row' \"q\"")));
        QVERIFY(model->setData(model->index(added, Dotted), QStringLiteral("-7")));

        model->removeRowList({2}); // key 3
        m_workspace->autoSaver()->saveNow();

        const QString t = ident(tableName);
        auto column = [](Column c) {
            return ident(columnNames[c]);
        };
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM %1").arg(t)).toInt(), 4);
        QTRY_COMPARE(stored(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = 2")
                                .arg(column(Select), t, column(Key)))
                         .toString(),
                     injection);
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle());
        QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Saved);

        const QStringList rows = storedRows(tableName);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1),
                 QStringLiteral("integer:2 | text:%1 | real:2.5 | integer:42 | text:%2 | "
                                "text:\"; DELETE FROM items; -- | text:`) -- | "
                                "text:]] \" ' ?1 :a @b $c")
                     .arg(injection, tableName));
        QCOMPARE(rows.at(2), // untouched
                 QStringLiteral("integer:4 | text:plain | real:3 | NULL | NULL | text:it's | "
                                "text:a,b | text:crlf\r\nend"));
        QCOMPARE(rows.at(3),
                 QStringLiteral("integer:5 | text:new 'row' \"q\" | NULL | integer:-7 | "
                                "NULL | NULL | NULL | NULL"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = 3").arg(t, column(Key)))
                     .toInt(),
                 0);
        QVERIFY(canaryIntact());
        QCOMPARE(stored(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A user column named rowid hides SQLite's rowid: the model must still address rows by the
    // real rowid (through _rowid_ or oid), never by the user's values.
    void columnNamedRowid()
    {
        {
            Probe probe(m_path);
            QVERIFY(
                probe.exec(QStringLiteral("CREATE TABLE \"from\" (rowid TEXT, \"where\" TEXT)")));
            QVERIFY(probe.exec(QStringLiteral(
                "INSERT INTO \"from\" VALUES ('7', 'first'), ('7', 'second'), (NULL, 'third')")));
        }
        TableModel *model = openTable(QStringLiteral("from"));
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0, 1), Qt::EditRole).toString(), QStringLiteral("first"));
        QCOMPARE(model->data(model->index(1, 1), Qt::EditRole).toString(),
                 QStringLiteral("second"));
        QCOMPARE(model->data(model->index(2, 1), Qt::EditRole).toString(), QStringLiteral("third"));

        QVERIFY(model->setData(model->index(1, 1), QStringLiteral("edited")));
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle());
        QTRY_COMPARE(stored(QStringLiteral("SELECT group_concat(\"where\", ',') FROM (SELECT "
                                           "\"where\" FROM \"from\" ORDER BY _rowid_)"))
                         .toString(),
                     QStringLiteral("first,edited,third"));
    }

    void cliRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void cliRoundTrip()
    {
        QFETCH(QString, format);
        QByteArray exported;
        QCOMPARE(rowbook({QStringLiteral("export"), QStringLiteral("--table"), tableName,
                          QStringLiteral("--database"), m_path, QStringLiteral("--format"), format},
                         &exported),
                 0);
        QVERIFY(exported.contains(injection.toUtf8()));
        QVERIFY(canaryIntact());

        const QString file = m_dir.filePath(QStringLiteral("export 'x' \"y\".") + format);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(exported), exported.size());
        }

        // Into a new table with an awkward name: created with the columns' names and types.
        const QString copy = QStringLiteral("select * from \"copy\"; -- 'x' [y] `z` 日本");
        QCOMPARE(
            rowbook({QStringLiteral("import"), file, QStringLiteral("--table"), copy,
                     QStringLiteral("--database"), m_path, QStringLiteral("--format"), format}),
            0);
        QVERIFY(canaryIntact(3));
        QCOMPARE(storedRows(copy), storedRows(tableName));

        // Into the existing table, replacing its rows: values and types as they were.
        const QStringList before = storedRows(tableName);
        QCOMPARE(rowbook({QStringLiteral("import"), file, QStringLiteral("--table"), tableName,
                          QStringLiteral("--database"), m_path, QStringLiteral("--format"), format,
                          QStringLiteral("--replace")}),
                 0);
        QCOMPARE(storedRows(tableName), before);

        // And out again, byte for byte.
        QByteArray again;
        QCOMPARE(rowbook({QStringLiteral("export"), QStringLiteral("--table"), copy,
                          QStringLiteral("--database"), m_path, QStringLiteral("--format"), format},
                         &again),
                 0);
        QCOMPARE(again, exported);
        QVERIFY(canaryIntact(3));
        QCOMPARE(stored(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
