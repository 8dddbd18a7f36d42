#include "importjob.h"
#include "importplan.h"
#include "importpreview.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rowbook;
using testsupport::Probe;

// The rules ImportJob, the command line and the import dialog share (ImportPlan), and the table
// list the dialog reads once (TableDirectory).
class TestImportPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tableNameForPath_data();
    void tableNameForPath();
    void isImportable_data();
    void isImportable();
    void delimiterForPath_data();
    void delimiterForPath();
    void csvShape_data();
    void csvShape();
    void guessCsv_data();
    void guessCsv();
    void matchColumns_data();
    void matchColumns();
    void describe_data();
    void describe();
    void describeTarget_data();
    void describeTarget();
    void changedTypes();
    void previewAndJobReportTheSameRaggedRow_data();
    void previewAndJobReportTheSameRaggedRow();
    void previewAndJobDecideTheSameTypes_data();
    void previewAndJobDecideTheSameTypes();
    void jobRefusesWhatThePlanRefuses();
    void tableDirectoryIsReadOnce();

private:
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    DatabaseInfo m_info;
};

namespace {

TableInfo tableOf(const QString &name, const QStringList &columns, bool view = false)
{
    TableInfo table;
    table.name = name;
    table.isView = view;
    for (const QString &column : columns) {
        ColumnInfo info;
        info.name = column;
        table.columns << info;
    }
    return table;
}

} // namespace

void TestImportPlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportPlan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("test.sqlite"));
    m_info = Database::prepare(m_db);
    QVERIFY(m_info.isOpen());
}

QString TestImportPlan::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportPlan::tableNameForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("table");
    QTest::newRow("plain") << "/x/people.csv"
                           << "people";
    QTest::newRow("spaces and punctuation") << "/x/Sales 2024 (final).csv"
                                            << "Sales_2024_final";
    QTest::newRow("starts with a digit") << "2024.csv"
                                         << "t_2024";
    QTest::newRow("nothing usable") << "/x/---.csv"
                                    << "imported";
    QTest::newRow("reserved") << "sqlite_stat1.csv"
                              << "t_sqlite_stat1";
    QTest::newRow("letters of any script") << "Zoë東京.json"
                                           << "Zoë東京";
}

void TestImportPlan::tableNameForPath()
{
    QFETCH(QString, path);
    QFETCH(QString, table);
    QCOMPARE(ImportPlan::tableNameForPath(path), table);
}

void TestImportPlan::isImportable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("importable");
    for (const char *name : {"a.csv", "a.TSV", "a.txt", "a.json", "a.ndjson", "a.JSONL"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    for (const char *name : {"a.sqlite", "a.db", "csv", "a.csv.gz", "a.xlsx"})
        QTest::newRow(name) << QString::fromLatin1(name) << false;
}

void TestImportPlan::isImportable()
{
    QFETCH(QString, path);
    QFETCH(bool, importable);
    QCOMPARE(ImportPlan::isImportable(path), importable);
}

void TestImportPlan::delimiterForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("delimiter");
    QTest::newRow(".tsv") << "/x/a.tsv" << int('\t');
    QTest::newRow(".TSV") << "/x/a.TSV" << int('\t');
    QTest::newRow(".csv") << "/x/a.csv" << 0;
    QTest::newRow(".tsv.csv") << "/x/a.tsv.csv" << 0;
    QTest::newRow("named tsv, no suffix") << "/x/tsv" << 0;
    QTest::newRow(".txt") << "/x/a.txt" << 0;
}

void TestImportPlan::delimiterForPath()
{
    QFETCH(QString, path);
    QFETCH(int, delimiter);
    QCOMPARE(int(ImportPlan::delimiterForPath(path)), delimiter);
}

void TestImportPlan::csvShape_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<int>("shape");
    QTest::newRow("blob literal") << QByteArray("X'00ff'") << false << int(ValueShape::Blob);
    QTest::newRow("quoted blob literal is text")
        << QByteArray("X'00ff'") << true << int(ValueShape::Text);
    QTest::newRow("integer") << QByteArray("12") << false << int(ValueShape::Integer);
    QTest::newRow("quoted integer is still a number")
        << QByteArray("12") << true << int(ValueShape::Integer);
    QTest::newRow("leading zero is text") << QByteArray("007") << false << int(ValueShape::Text);
    QTest::newRow("real") << QByteArray("1.5") << false << int(ValueShape::Real);
    QTest::newRow("empty") << QByteArray() << false << int(ValueShape::Empty);
}

void TestImportPlan::csvShape()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, quoted);
    QFETCH(int, shape);
    QCOMPARE(int(ImportPlan::csvShape(field, quoted)), shape);
}

void TestImportPlan::guessCsv_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("comma, UTF-8") << "a.csv" << QByteArray("a,b\n1,2\n") << int(',') << "utf-8";
    QTest::newRow("semicolon") << "a.csv" << QByteArray("a;b\n1;2\n") << int(';') << "utf-8";
    QTest::newRow("one column: comma") << "a.csv" << QByteArray("a\n1\n") << int(',') << "utf-8";
    QTest::newRow(".tsv means tab")
        << "a.tsv" << QByteArray("a,b\tc\n1,2\t3\n") << int('\t') << "utf-8";
    QTest::newRow("Windows-1252") << "cp.csv" << QByteArray("name;price\nZo\xeb;1\n\x80 sign;2\n")
                                  << int(';') << "windows-1252";
    QTest::newRow("UTF-16 with BOM") << "u.csv"
                                     << QByteArray("\xff\xfe"
                                                   "a\0,\0b\0\n\0"
                                                   "1\0,\0"
                                                   "2\0\n\0",
                                                   18)
                                     << int(',') << "utf-16";
}

void TestImportPlan::guessCsv()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, delimiter);
    QFETCH(QString, encoding);
    const ImportPlan::CsvGuess guess = ImportPlan::guessCsv(write(name, content), 50);
    QCOMPARE(int(guess.delimiter), delimiter);
    QCOMPARE(guess.encoding, encoding);
}

void TestImportPlan::matchColumns_data()
{
    QTest::addColumn<QStringList>("tableColumns");
    QTest::addColumn<QStringList>("sourceNames");
    QTest::addColumn<int>("fileColumns");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QString>("problem"); // a part of problem(); empty: ok()

    const QStringList idName{"id", "name"};
    QTest::newRow("same names") << idName << QStringList{"id", "name"} << 2 << idName
                                << QStringList() << QString();
    QTest::newRow("other case, spaces, order")
        << idName << QStringList{" NAME", "Id "} << 2 << QStringList{"name", "id"} << QStringList()
        << QString();
    QTest::newRow("fewer columns by name")
        << idName << QStringList{"name"} << 1 << QStringList{"name"} << QStringList() << QString();
    QTest::newRow("a column the table lacks")
        << idName << QStringList{"id", "name", "email"} << 3 << idName << QStringList{"email"}
        << "Table “t” has no column “email” (its columns are “id”, “name”).";
    QTest::newRow("no header: by position")
        << idName << QStringList() << 2 << idName << QStringList() << QString();
    QTest::newRow("no header: fewer")
        << idName << QStringList() << 1 << QStringList{"id"} << QStringList() << QString();
    QTest::newRow("no header: more than the table")
        << idName << QStringList() << 3 << idName << QStringList{"3"}
        << "The file has 3 columns but table “t” has only 2.";
    QTest::newRow("no columns at all")
        << idName << QStringList() << 0 << QStringList() << QStringList() << "holds no columns";
}

void TestImportPlan::matchColumns()
{
    QFETCH(QStringList, tableColumns);
    QFETCH(QStringList, sourceNames);
    QFETCH(int, fileColumns);
    QFETCH(QStringList, targets);
    QFETCH(QStringList, missing);
    QFETCH(QString, problem);
    const ImportPlan::ColumnMatch match
        = ImportPlan::matchColumns(tableOf("t", tableColumns), sourceNames, fileColumns);
    QCOMPARE(match.targets, targets);
    QCOMPARE(match.missing, missing);
    QCOMPARE(match.byName, !sourceNames.isEmpty());
    QCOMPARE(match.ok(), problem.isEmpty());
    QVERIFY2(problem.isEmpty() ? match.problem().isEmpty() : match.problem().contains(problem),
             qPrintable(match.problem()));
}

void TestImportPlan::describe_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::newRow("position") << int(TransferError::Input) << 12 << "a.csv"
                              << "a.csv:12:5: Bad.";
    QTest::newRow("input, no position") << int(TransferError::Input) << 0 << "a.csv"
                                        << "a.csv: Bad.";
    QTest::newRow("path as given") << int(TransferError::Input) << 3 << "dir/a.csv"
                                   << "dir/a.csv:3:5: Bad.";
    QTest::newRow("usage: just the message") << int(TransferError::Usage) << 0 << "a.csv"
                                             << "Bad.";
    QTest::newRow("busy: just the message") << int(TransferError::Busy) << 0 << "a.csv"
                                            << "Bad.";
    QTest::newRow("no file") << int(TransferError::Input) << 2 << ""
                             << "Bad.";
}

void TestImportPlan::describe()
{
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(QString, file);
    QFETCH(QString, text);
    const TransferError error
        = TransferError::make(TransferError::Kind(kind), QStringLiteral("Bad."), line, 5);
    QCOMPARE(ImportPlan::describe(error, file), text);
}

void TestImportPlan::describeTarget_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("existing"); // "", "table" or "view": people (id, name)
    QTest::addColumn<QStringList>("sourceNames");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("isExisting");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("description"); // a part of it

    const QStringList idName{"id", "name"};
    QTest::newRow("new table") << false << " sales "
                               << "" << idName << true << false << "sales"
                               << "A new table “sales” will be created with the columns “id”, "
                                  "“name”.";
    QTest::newRow("no name") << false << "  "
                             << "" << idName << false << false << ""
                             << "Enter the name of the table";
    QTest::newRow("reserved") << false << "sqlite_master"
                              << "" << idName << false << false << "sqlite_master"
                              << "reserved";
    QTest::newRow("read-only database") << true << "people"
                                        << "" << idName << false << false << "people"
                                        << "kept read-only for the test";
    QTest::newRow("view") << false << "PEOPLE"
                          << "view" << idName << false << false << "people"
                          << "“people” is a view";
    QTest::newRow("existing, columns match")
        << false << "PEOPLE"
        << "table" << QStringList{"NAME", "id"} << true << true << "people"
        << "Table “people” exists; the file's columns go into its columns “name”, “id”.";
    QTest::newRow("existing, a column missing")
        << false << "people"
        << "table" << QStringList{"id", "email"} << false << true << "people"
        << "no column “email”";
    // No file read yet (the file's columns given as "<no file>"), or one without columns.
    const QStringList noFile{"<no file>"};
    QTest::newRow("new table, no file")
        << false << "sales"
        << "" << noFile << false << false << "sales"
        << "A new table “sales” will be created with the file's columns.";
    QTest::newRow("existing, no file") << false << "PEOPLE"
                                       << "table" << noFile << false << true << "people"
                                       << "Table “people” exists; the file's rows will go into it.";
    QTest::newRow("new table, file without columns")
        << false << "sales"
        << "" << QStringList() << false << false << "sales"
        << "The file holds no columns to create table “sales” from.";
}

void TestImportPlan::describeTarget()
{
    QFETCH(bool, readOnly);
    QFETCH(QString, name);
    QFETCH(QString, existing);
    QFETCH(QStringList, sourceNames);
    QFETCH(bool, ok);
    QFETCH(bool, isExisting);
    QFETCH(QString, table);
    QFETCH(QString, description);
    DatabaseInfo info;
    info.readOnly = readOnly;
    info.readOnlyReason = QStringLiteral("The file is kept read-only for the test.");
    const TableInfo found
        = existing.isEmpty() ? TableInfo() : tableOf("people", {"id", "name"}, existing == "view");
    const bool fileRead = sourceNames != QStringList{"<no file>"};
    const QStringList columns = fileRead ? sourceNames : QStringList();
    const ImportPlan::Target target = ImportPlan::describeTarget(
        info, name, found, columns, uniqueColumnNames(columns), fileRead);
    QCOMPARE(target.ok, ok);
    QCOMPARE(target.existing, isExisting);
    QCOMPARE(target.table, table);
    QVERIFY2(target.description.contains(description), qPrintable(target.description));
}

void TestImportPlan::changedTypes()
{
    const QStringList names{"a", "b", "c"};
    const QVector<ColumnType> detected{ColumnType::Integer, ColumnType::Text, ColumnType::Real};
    QVERIFY(ImportPlan::changedTypes(names, detected, detected).isEmpty());
    const auto changed = ImportPlan::changedTypes(
        names, detected, {ColumnType::Text, ColumnType::Text, ColumnType::Integer});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).first, QString("a"));
    QCOMPARE(changed.at(0).second, ColumnType::Text);
    QCOMPARE(changed.at(1).first, QString("c"));
    QCOMPARE(changed.at(1).second, ColumnType::Integer);
    // Fewer chosen types than columns (a preview still loading): only those compared.
    QCOMPARE(ImportPlan::changedTypes(names, detected, {ColumnType::Blob}).size(), 1);
}

void TestImportPlan::previewAndJobReportTheSameRaggedRow_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");
    QTest::newRow("more fields") << QByteArray("a,b\n1,2\n3,4,5\n") << 3 << 5 << "more fields";
    QTest::newRow("fewer fields") << QByteArray("a,b,c\n1,2,3\n4,5\n") << 3 << 4 << "fewer fields";
}

void TestImportPlan::previewAndJobReportTheSameRaggedRow()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const QString file = write("ragged.csv", csv);
    const ImportPreview preview = ImportPreview::readCsv(file, 0, QString(), true, 50);
    ImportJob::Options options;
    options.filePath = file;
    options.table = QStringLiteral("ragged");
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QCOMPARE(preview.error.line, line);
    QCOMPARE(preview.error.column, column);
    QVERIFY2(preview.error.message.contains(words), qPrintable(preview.error.message));
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, preview.error.line);
    QCOMPARE(result.error.column, preview.error.column);
    QCOMPARE(result.error.message, preview.error.message);
}

void TestImportPlan::previewAndJobDecideTheSameTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("types"); // as the job declares them, "" for no type
    QTest::newRow("csv") << "t.csv" << QByteArray("a,b,c,d\n1,1.5,x,X'00'\n2,2,\"X'01'\",X'02'\n")
                         << "INTEGER,REAL,TEXT,BLOB";
    QTest::newRow("csv, quoted blob literal") << "t.csv" << QByteArray("a\n\"X'00'\"\n") << "TEXT";
    QTest::newRow("json") << "t.json"
                          << QByteArray("[{\"a\": 1, \"b\": 2.0, \"c\": 2.5, \"d\": \"x\"},"
                                        " {\"a\": true, \"b\": 3, \"c\": 3, \"d\": 1}]")
                          << "INTEGER,,NUMERIC,";
    QTest::newRow("json, whole reals only")
        << "t.json" << QByteArray("[{\"a\": 2.0}, {\"a\": 3.0}]") << "REAL";
}

void TestImportPlan::previewAndJobDecideTheSameTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, types);
    const QString file = write(name, content);
    const bool json = name.endsWith(".json");
    const ImportPreview preview = json ? ImportPreview::readJson(file, 50)
                                       : ImportPreview::readCsv(file, 0, QString(), true, 50);
    QVERIFY2(!preview.error.isError(), qPrintable(preview.error.message));
    ImportJob::Options options;
    options.filePath = file;
    options.table = QStringLiteral("t");
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(preview.types, result.types);
    QStringList declared;
    for (ColumnType type : result.types)
        declared << sqlTypeName(type);
    QCOMPARE(declared.join(','), types);
}

void TestImportPlan::jobRefusesWhatThePlanRefuses()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE people (id INTEGER, name TEXT)"));
    }
    const QString file = write("people.csv", "id,email\n1,a@b\n");
    const TableDirectory tables = TableDirectory::read(m_info);
    const ImportPreview preview = ImportPreview::readCsv(file, 0, QString(), true, 50);
    const ImportPlan::Target target = ImportPlan::describeTarget(
        m_info, "people", tables.find("people"), preview.sourceNames, preview.names);
    QVERIFY(!target.ok);

    ImportJob::Options options;
    options.filePath = file;
    options.table = QStringLiteral("people");
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QCOMPARE(result.error.kind, TransferError::Input);
    // The dialog's sentence is the job's, with advice added.
    const ImportPlan::ColumnMatch match
        = ImportPlan::matchColumns(tables.find("people"), preview.sourceNames, 2);
    QCOMPARE(result.error.message, match.problem());
    QVERIFY(target.description.startsWith(match.problem()));
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM people").toInt(), 0);
}

void TestImportPlan::tableDirectoryIsReadOnce()
{
    const qsizetype before = TableDirectory::read(m_info).size(); // a new file's own tables
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE People (id INTEGER, \"Full Name\" TEXT)"));
        QVERIFY(probe.exec("CREATE VIEW adults AS SELECT id FROM People"));
    }
    const TableDirectory tables = TableDirectory::read(m_info);
    QCOMPARE(tables.size(), before + 2);
    const TableInfo people = tables.find(" people ");
    QVERIFY(people.isValid());
    QCOMPARE(people.name, QString("People")); // as spelled in the database
    QCOMPARE(people.columns.size(), 2);
    QCOMPARE(people.columns.at(1).name, QString("Full Name"));
    QVERIFY(tables.find("ADULTS").isView);
    QVERIFY(!tables.find("nobody").isValid());
    QVERIFY(!tables.find("sqlite_master").isValid());

    // A lookup never reads the file again: a table created later is only in a new read.
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE later (x)"));
    }
    QVERIFY(!tables.find("later").isValid());
    QVERIFY(TableDirectory::read(m_info).find("later").isValid());
}

QTEST_MAIN(TestImportPlan)
#include "tst_importplan.moc"
