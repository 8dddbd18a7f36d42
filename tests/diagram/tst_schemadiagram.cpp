#include "database.h"
#include "foreignkeys.h"
#include "schemadiagram.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;

namespace {

// The foreign keys of `path` as "child.column->parent", read with SQL of the test's own, not
// through the code under test.
QSet<QString> foreignKeysOf(const QString &path)
{
    QSet<QString> keys;
    const QString name = QStringLiteral("fk-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_master m, "
                                  "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"));
        while (query.next())
            keys.insert(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString()
                        + QStringLiteral("->") + query.value(2).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return keys;
}

// Every foreign key of `path`, composite ones as one entry: "child(a,b)->parent", read with the
// test's own SQL.
QSet<QString> compositeKeysOf(const QString &path)
{
    QSet<QString> keys;
    const QString name = QStringLiteral("composite-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT m.name, f.id, f.\"from\", f.\"table\" FROM sqlite_master m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                           "ORDER BY m.name, f.id, f.seq"));
        QString table;
        int id = -1;
        QStringList columns;
        QString parent;
        auto flush = [&] {
            if (!columns.isEmpty())
                keys.insert(table + QLatin1Char('(') + columns.join(QLatin1Char(','))
                            + QStringLiteral(")->") + parent);
            columns.clear();
        };
        while (query.next()) {
            if (query.value(0).toString() != table || query.value(1).toInt() != id) {
                flush();
                table = query.value(0).toString();
                id = query.value(1).toInt();
                parent = query.value(3).toString();
            }
            columns.append(query.value(2).toString());
        }
        flush();
    }
    QSqlDatabase::removeDatabase(name);
    return keys;
}

SchemaDiagram readDiagram(const QString &path)
{
    const DatabaseInfo info = Database::prepare(path, Database::Open::ReadOnly);
    SchemaDiagram diagram;
    const QString name = Database::uniqueConnectionName(QStringLiteral("diagram-test"));
    {
        QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
        if (db.isOpen())
            diagram = SchemaDiagram::read(db);
    }
    Database::disconnect(name);
    return diagram;
}

QSet<QString> edgesOf(const SchemaDiagram &diagram)
{
    QSet<QString> edges;
    for (const SchemaDiagram::Edge &edge : diagram.edges) {
        const SchemaDiagram::Table &from = diagram.tables.at(edge.from);
        edges.insert(from.name + QLatin1Char('.') + from.columns.at(edge.fromColumn).name
                     + QStringLiteral("->") + diagram.tables.at(edge.to).name);
    }
    return edges;
}

// The diagram's edges with all their columns: "child(a,b)->parent".
QSet<QString> compositeEdgesOf(const SchemaDiagram &diagram)
{
    QSet<QString> edges;
    for (const SchemaDiagram::Edge &edge : diagram.edges) {
        const SchemaDiagram::Table &from = diagram.tables.at(edge.from);
        QStringList columns;
        for (int column : edge.fromColumns)
            columns.append(from.columns.at(column).name);
        edges.insert(from.name + QLatin1Char('(') + columns.join(QLatin1Char(','))
                     + QStringLiteral(")->") + diagram.tables.at(edge.to).name);
    }
    return edges;
}

// The texts of an SVG file, trimmed.
QSet<QString> svgTexts(const QString &svg)
{
    QSet<QString> texts;
    const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto match = text.globalMatch(svg); match.hasNext();)
        texts.insert(match.next().captured(1).trimmed());
    return texts;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first pair of boxes that overlap, or an empty string.
QString overlap(const SchemaDiagram &diagram, const QVector<QPointF> &positions)
{
    const QVector<QSizeF> sizes = DiagramPainter().boxSizes(diagram);
    for (int a = 0; a < diagram.tables.size(); ++a) {
        for (int b = a + 1; b < diagram.tables.size(); ++b) {
            if (QRectF(positions.at(a), sizes.at(a))
                    .intersects(QRectF(positions.at(b), sizes.at(b))))
                return diagram.tables.at(a).name + QStringLiteral(" / ")
                       + diagram.tables.at(b).name;
        }
    }
    return {};
}

int runRowbook(const QStringList &arguments, QString *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(ROWBOOK_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace

class TestSchemaDiagram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // ~30 tables: chains and a star of foreign keys, a three-table cycle, a table that refers to
    // itself, tables without keys, and views.
    QString generatedSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("generated.sqlite"));
        QFile::remove(path);
        const QString name = QStringLiteral("generator");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            QStringList sql{QStringLiteral("CREATE TABLE hub (id INTEGER PRIMARY KEY, name TEXT)")};
            for (int i = 0; i < 8; ++i) // a star around hub
                sql << QStringLiteral(
                           "CREATE TABLE spoke%1 (id INTEGER PRIMARY KEY, hub_id INTEGER "
                           "REFERENCES hub(id), label TEXT)")
                           .arg(i);
            sql << QStringLiteral("CREATE TABLE chain0 (id INTEGER PRIMARY KEY)");
            for (int i = 1; i < 7; ++i) // a chain six deep, each also on a spoke
                sql << QStringLiteral(
                           "CREATE TABLE chain%1 (id INTEGER PRIMARY KEY, up INTEGER "
                           "REFERENCES chain%2(id), spoke INTEGER REFERENCES spoke%3(id))")
                           .arg(i)
                           .arg(i - 1)
                           .arg(i % 8);
            sql << QStringLiteral("CREATE TABLE cycle_a (id INTEGER PRIMARY KEY, c INTEGER "
                                  "REFERENCES cycle_c(id))")
                << QStringLiteral("CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a INTEGER "
                                  "REFERENCES cycle_a(id))")
                << QStringLiteral("CREATE TABLE cycle_c (id INTEGER PRIMARY KEY, b INTEGER "
                                  "REFERENCES cycle_b(id))")
                << QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, "
                                  "manager INTEGER REFERENCES person(id), hub INTEGER "
                                  "REFERENCES hub(id))");
            for (int i = 0; i < 8; ++i)
                sql << QStringLiteral("CREATE TABLE loose%1 (code TEXT PRIMARY KEY, note TEXT, "
                                      "amount REAL, created DATE)")
                           .arg(i);
            sql << QStringLiteral("CREATE VIEW hub_names AS SELECT name FROM hub")
                << QStringLiteral("CREATE VIEW managers AS SELECT p.name, m.name AS boss FROM "
                                  "person p JOIN person m ON p.manager = m.id");
            for (const QString &statement : std::as_const(sql)) {
                if (!query.exec(statement))
                    qWarning() << statement << query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

    // A composite foreign key beside one-column ones: store refers to region by (country, code)
    // and to warehouse by one column; shipment refers to region's primary key without naming
    // its columns; a view on top.
    QString compositeSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("composite.sqlite"));
        QFile::remove(path);
        const QString name = QStringLiteral("composite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            const QStringList sql{
                QStringLiteral("CREATE TABLE region (country TEXT, code TEXT, name TEXT, "
                               "PRIMARY KEY (country, code))"),
                QStringLiteral("CREATE TABLE warehouse (id INTEGER PRIMARY KEY, label TEXT)"),
                QStringLiteral("CREATE TABLE store (id INTEGER PRIMARY KEY, name TEXT, country "
                               "TEXT, region_code TEXT, warehouse_id INTEGER REFERENCES "
                               "warehouse(id), FOREIGN KEY (country, region_code) REFERENCES "
                               "region(country, code))"),
                QStringLiteral("CREATE TABLE shipment (id INTEGER PRIMARY KEY, note TEXT, "
                               "to_country TEXT, to_region TEXT, FOREIGN KEY (to_country, "
                               "to_region) REFERENCES region)"),
                QStringLiteral("CREATE VIEW store_regions AS SELECT s.name, r.name AS region "
                               "FROM store s JOIN region r ON r.country = s.country AND r.code "
                               "= s.region_code"),
            };
            for (const QString &statement : sql) {
                if (!query.exec(statement))
                    qWarning() << statement << query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void chinookTablesColumnsAndKeys()
    {
        const SchemaDiagram diagram = readDiagram(testsupport::chinookPath());
        QCOMPARE(diagram.tables.size(), 11);
        const QSet<QString> expected = foreignKeysOf(testsupport::chinookPath());
        QCOMPARE(expected.size(), 11);
        QCOMPARE(edgesOf(diagram), expected);
        const SchemaDiagram::Table &track
            = diagram.tables.at(diagram.indexOf(QStringLiteral("Track")));
        QCOMPARE(track.columns.size(), 9);
        QVERIFY(track.columns.at(0).primaryKey);
        QCOMPARE(track.columns.at(0).type.toUpper(), QStringLiteral("INTEGER"));
        QVERIFY(track.columns.at(2).foreignKey); // AlbumId
        QVERIFY(!track.columns.at(1).foreignKey);
    }

    void chinookLayoutHasNoOverlapsAndParentsLeft()
    {
        const SchemaDiagram diagram = readDiagram(testsupport::chinookPath());
        const QVector<QPointF> positions
            = DiagramLayout::arrange(diagram, DiagramPainter().boxSizes(diagram));
        QCOMPARE(overlap(diagram, positions), QString());
        // Parents stand left of the tables that refer to them.
        for (const SchemaDiagram::Edge &edge : diagram.edges) {
            if (edge.from != edge.to)
                QVERIFY2(positions.at(edge.to).x() < positions.at(edge.from).x(),
                         qPrintable(diagram.tables.at(edge.from).name));
        }
    }

    void generatedSchemaWithCycleAndSelfReference()
    {
        const QString path = generatedSchema();
        const SchemaDiagram diagram = readDiagram(path);
        QCOMPARE(diagram.tables.size(), 1 + 8 + 7 + 3 + 1 + 8 + 2);
        const QSet<QString> expected = foreignKeysOf(path);
        QCOMPARE(expected.size(), 8 + 12 + 3 + 2);
        QCOMPARE(edgesOf(diagram), expected);
        QVERIFY(expected.contains(QStringLiteral("person.manager->person")));
        int views = 0;
        for (const SchemaDiagram::Table &table : diagram.tables)
            views += table.isView ? 1 : 0;
        QCOMPARE(views, 2);

        const QVector<QPointF> positions
            = DiagramLayout::arrange(diagram, DiagramPainter().boxSizes(diagram));
        QCOMPARE(overlap(diagram, positions), QString());
        const QVector<int> layers = DiagramLayout::layers(diagram);
        // chain1 hangs below chain0 (layer 0) and a spoke (layer 1): layer 2, so chain6 is at 7.
        QCOMPARE(layers.at(diagram.indexOf(QStringLiteral("chain6"))), 7);
        for (const SchemaDiagram::Edge &edge : diagram.edges) {
            const QString from = diagram.tables.at(edge.from).name;
            if (edge.from != edge.to && !from.startsWith(QLatin1String("cycle_")))
                QVERIFY2(layers.at(edge.to) < layers.at(edge.from), qPrintable(from));
        }
        QVERIFY(layers.at(diagram.indexOf(QStringLiteral("spoke0")))
                > layers.at(diagram.indexOf(QStringLiteral("hub"))));
        // The cycle gets three finite, different layers.
        const QSet<int> cycle{layers.at(diagram.indexOf(QStringLiteral("cycle_a"))),
                              layers.at(diagram.indexOf(QStringLiteral("cycle_b"))),
                              layers.at(diagram.indexOf(QStringLiteral("cycle_c")))};
        QCOMPARE(cycle.size(), 3);
    }

    void commandLineSvgListsEveryTableAndColumn()
    {
        const QString output = m_dir.filePath(QStringLiteral("chinook.svg"));
        QString errors;
        QCOMPARE(runRowbook({QStringLiteral("diagram"), QStringLiteral("--database"),
                             testsupport::chinookPath(), QStringLiteral("--output"), output},
                            &errors),
                 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.startsWith(QLatin1String("<?xml")) || svg.contains(QLatin1String("<svg")));
        QSet<QString> texts;
        const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (auto match = text.globalMatch(svg); match.hasNext();)
            texts.insert(match.next().captured(1).trimmed());
        const SchemaDiagram diagram = readDiagram(testsupport::chinookPath());
        QCOMPARE(diagram.tables.size(), 11);
        for (const SchemaDiagram::Table &table : diagram.tables) {
            QVERIFY2(texts.contains(table.name), qPrintable(table.name));
            for (const SchemaDiagram::Column &column : table.columns)
                QVERIFY2(texts.contains(column.name), qPrintable(table.name + '.' + column.name));
        }
    }

    void compositeForeignKeysAreEdgesWithAllColumnsMarked()
    {
        const QString path = compositeSchema();
        const SchemaDiagram diagram = readDiagram(path);
        QCOMPARE(diagram.tables.size(), 5);
        const QSet<QString> expected = compositeKeysOf(path);
        QCOMPARE(expected,
                 (QSet<QString>{QStringLiteral("store(warehouse_id)->warehouse"),
                                QStringLiteral("store(country,region_code)->region"),
                                QStringLiteral("shipment(to_country,to_region)->region")}));
        QCOMPARE(compositeEdgesOf(diagram), expected);
        QCOMPARE(diagram.edges.size(), 3); // one arrow per key, not one per column

        // Every column of a key is marked, and only those.
        const QSet<QString> keyColumns{
            QStringLiteral("store.country"), QStringLiteral("store.region_code"),
            QStringLiteral("store.warehouse_id"), QStringLiteral("shipment.to_country"),
            QStringLiteral("shipment.to_region")};
        for (const SchemaDiagram::Table &table : diagram.tables) {
            for (const SchemaDiagram::Column &column : table.columns) {
                const QString name = table.name + QLatin1Char('.') + column.name;
                QVERIFY2(column.foreignKey == keyColumns.contains(name), qPrintable(name));
            }
        }

        // The arrows start at the key's first column and end at the parent's first key column,
        // named or implied by the parent's primary key.
        const int region = diagram.indexOf(QStringLiteral("region"));
        for (const SchemaDiagram::Edge &edge : diagram.edges) {
            const SchemaDiagram::Table &from = diagram.tables.at(edge.from);
            QCOMPARE(edge.fromColumn, edge.fromColumns.constFirst());
            if (edge.to != region)
                continue;
            QCOMPARE(diagram.tables.at(edge.to).columns.at(edge.toColumn).name,
                     QStringLiteral("country"));
            QCOMPARE(edge.fromColumns.size(), 2);
            QCOMPARE(from.columns.at(edge.fromColumn).name, from.name == QLatin1String("store")
                                                                ? QStringLiteral("country")
                                                                : QStringLiteral("to_country"));
        }

        const QVector<QPointF> positions
            = DiagramLayout::arrange(diagram, DiagramPainter().boxSizes(diagram));
        QCOMPARE(overlap(diagram, positions), QString());
        const QVector<int> layers = DiagramLayout::layers(diagram);
        QVERIFY(layers.at(region) < layers.at(diagram.indexOf(QStringLiteral("store"))));
        QVERIFY(layers.at(region) < layers.at(diagram.indexOf(QStringLiteral("shipment"))));
    }

    void foreignKeysOfStaysOneColumnWhileConstraintsListAll()
    {
        const QString path = compositeSchema();
        const DatabaseInfo info = Database::prepare(path, Database::Open::ReadOnly);
        const QString name = Database::uniqueConnectionName(QStringLiteral("keys-test"));
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            QVERIFY(db.isOpen());
            // The editors' one-column keys are unchanged: the composite key is not among them.
            const QVector<ForeignKey> single = ForeignKeys::of(db, QStringLiteral("store"));
            QCOMPARE(single.size(), 1);
            QCOMPARE(single.constFirst().column, QStringLiteral("warehouse_id"));
            QCOMPARE(single.constFirst().parentColumn, QStringLiteral("id"));
            QVERIFY(!ForeignKeys::find(db, QStringLiteral("store"), QStringLiteral("country"))
                         .isValid());
            QVERIFY(ForeignKeys::of(db, QStringLiteral("shipment")).isEmpty());

            const QVector<ForeignKeyConstraint> store
                = ForeignKeys::constraints(db, QStringLiteral("store"));
            QCOMPARE(store.size(), 2);
            bool sawComposite = false;
            for (const ForeignKeyConstraint &key : store) {
                QCOMPARE(key.table, QStringLiteral("store"));
                QCOMPARE(key.columns.size(), key.parentColumns.size());
                if (key.parentTable == QLatin1String("region")) {
                    sawComposite = true;
                    QCOMPARE(key.columns, (QStringList{QStringLiteral("country"),
                                                       QStringLiteral("region_code")}));
                    QCOMPARE(key.parentColumns,
                             (QStringList{QStringLiteral("country"), QStringLiteral("code")}));
                }
            }
            QVERIFY(sawComposite);
            // Parent columns left out: the parent's primary key, in its order.
            const QVector<ForeignKeyConstraint> shipment
                = ForeignKeys::constraints(db, QStringLiteral("shipment"));
            QCOMPARE(shipment.size(), 1);
            QCOMPARE(shipment.constFirst().columns,
                     (QStringList{QStringLiteral("to_country"), QStringLiteral("to_region")}));
            QCOMPARE(shipment.constFirst().parentColumns,
                     (QStringList{QStringLiteral("country"), QStringLiteral("code")}));
        }
        Database::disconnect(name);
    }

    void commandLineSvgWithCompositeKeysListsEveryTable()
    {
        const QString path = compositeSchema();
        const QString output = m_dir.filePath(QStringLiteral("composite.svg"));
        QString errors;
        QCOMPARE(runRowbook({QStringLiteral("diagram"), QStringLiteral("--database"), path,
                             QStringLiteral("--output"), output},
                            &errors),
                 0);
        const QSet<QString> texts = svgTexts(readText(output));
        const SchemaDiagram diagram = readDiagram(path);
        QCOMPARE(diagram.tables.size(), 5);
        for (const SchemaDiagram::Table &table : diagram.tables)
            QVERIFY2(texts.contains(table.name), qPrintable(table.name));
        // The composite key's columns carry the mark like the one-column key's.
        QVERIFY(texts.contains(QStringLiteral("FK")));
    }

    void viewIsDrawnDashedAndTinted()
    {
        const SchemaDiagram read = readDiagram(compositeSchema());
        const int viewIndex = read.indexOf(QStringLiteral("store_regions"));
        QVERIFY(viewIndex >= 0);
        QVERIFY(read.tables.at(viewIndex).isView);
        for (const SchemaDiagram::Table &table : read.tables)
            QCOMPARE(table.isView, table.name == QLatin1String("store_regions"));

        // The same box once as a view and once as a table, each alone in an SVG.
        const DiagramPainter painter;
        const DiagramPainter::Colours colours = DiagramPainter::Colours::light();
        auto svgOf = [&](bool isView) {
            SchemaDiagram diagram;
            diagram.tables.append(read.tables.at(viewIndex));
            diagram.tables[0].isView = isView;
            const QString path = m_dir.filePath(isView ? QStringLiteral("view-box.svg")
                                                       : QStringLiteral("table-box.svg"));
            QString error;
            if (!painter.write(path, diagram, {QPointF(0, 0)}, colours, &error))
                qWarning() << error;
            return readText(path);
        };
        const QString view = svgOf(true);
        const QString table = svgOf(false);
        QVERIFY(svgTexts(view).contains(QStringLiteral("store_regions")));
        QVERIFY(svgTexts(table).contains(QStringLiteral("store_regions")));
        // A view's border is dashed and its header is the pale tint; a table's is neither.
        QVERIFY(view.contains(QLatin1String("stroke-dasharray")));
        QVERIFY(!table.contains(QLatin1String("stroke-dasharray")));
        const QString tint = colours.viewHeader.name();
        QVERIFY(view.contains(tint, Qt::CaseInsensitive));
        QVERIFY(!table.contains(tint, Qt::CaseInsensitive));
        QVERIFY(table.contains(colours.header.name(), Qt::CaseInsensitive));

        // In the whole diagram from `rowbook diagram`, the one view is the one dashed box.
        const QString output = m_dir.filePath(QStringLiteral("composite-views.svg"));
        QCOMPARE(runRowbook({QStringLiteral("diagram"), QStringLiteral("--database"),
                             m_dir.filePath(QStringLiteral("composite.sqlite")),
                             QStringLiteral("--output"), output}),
                 0);
        QCOMPARE(readText(output).count(QLatin1String("stroke-dasharray")), 1);
    }

    void commandLinePng()
    {
        const QString output = m_dir.filePath(QStringLiteral("chinook.png"));
        QCOMPARE(runRowbook({QStringLiteral("diagram"), QStringLiteral("--database"),
                             testsupport::chinookPath(), QStringLiteral("-o"), output}),
                 0);
        const QImage image(output);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
        QVERIFY(image.height() > 400);
    }

    void commandLineExitCodes_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString chinook = testsupport::chinookPath();
        QTest::newRow("pdf") << chinook << QStringLiteral("out.pdf") << 2
                             << QStringLiteral("neither .svg nor .png");
        QTest::newRow("no output") << chinook << QString() << 2 << QStringLiteral("No output file");
        QTest::newRow("missing database")
            << QStringLiteral("missing.sqlite") << QStringLiteral("out.svg") << 2
            << QStringLiteral("There is no database file");
        QTest::newRow("not a database")
            << QStringLiteral("garbage.sqlite") << QStringLiteral("out.svg") << 4
            << QStringLiteral("cannot be opened");
        QTest::newRow("unwritable output") << chinook << QStringLiteral("no-such-folder/out.svg")
                                           << 1 << QStringLiteral("cannot be written");
    }

    void commandLineExitCodes()
    {
        QFETCH(QString, database);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFile garbage(m_dir.filePath(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        QStringList arguments{QStringLiteral("diagram"), QStringLiteral("--database"),
                              QFileInfo(database).isAbsolute() ? database
                                                               : m_dir.filePath(database)};
        if (!output.isEmpty())
            arguments << QStringLiteral("--output") << m_dir.filePath(output);
        QString errors;
        QCOMPARE(runRowbook(arguments, &errors), exitCode);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        if (!output.isEmpty())
            QVERIFY(!QFile::exists(m_dir.filePath(output)));
    }
};

QTEST_MAIN(TestSchemaDiagram)
#include "tst_schemadiagram.moc"
