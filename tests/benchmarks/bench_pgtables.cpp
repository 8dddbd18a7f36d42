// Big-table benchmark on PostgreSQL (issue 13): the real MainWindow, offscreen, on a table
// `items` of a server database, against psql running the equivalent keyset queries on the same
// server. Prints one JSON object.
//
//   bench_pgtables --database URI [--rows N] [--key integer|uuid] [--json FILE] [--smoke]
//
// The table is generate.sh's (the SQLite benchmark's data) copied with `rowbook copy`; it is
// made again when it is missing or has another row count. --key uuid measures items_uuid, the
// same rows under a uuid primary key (made from items), which the window keys through a KeyMap.
// Timings are reported, not judged; the exit code is non-zero only when the benchmark itself is
// broken (wrong rows, a key missing with
// --smoke).

#include "benchsupport.h"

#include "database.h"
#include "filtersyntax.h"
#include "mainwindow.h"
#include "pgconnection.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace rowbook::bench {
namespace {

constexpr int settleMs = 40;
const QString likeText = QStringLiteral("abc");

// The targets: each Rowbook step within 1.5 times psql's keyset query.
const QJsonObject targets{
    {QStringLiteral("open_first_rows_vs_psql"), 1.5},
    {QStringLiteral("jump_to_last_vs_psql"), 1.5},
};

class PgBenchmark
{
public:
    // `uuidKey`: the table items_uuid, items' rows under a uuid primary key (a mapped key: the
    // model holds a KeyMap handle per row), instead of items' bigint id.
    explicit PgBenchmark(QString uri, bool uuidKey = false)
        : m_uri(std::move(uri))
        , m_table(uuidKey ? QStringLiteral("items_uuid") : QStringLiteral("items"))
    {}

    bool prepare(qint64 rows);
    QJsonObject run();

private:
    void fail(const QString &message)
    {
        m_errors << message;
        std::fprintf(stderr, "bench_pgtables: %s\n", qPrintable(message));
    }
    QVariant scalar(const QString &sql);
    // `sql`, written for the table items, on the benchmark's table.
    QString onTable(QString sql) const
    {
        return sql.replace(QLatin1String("FROM items"), QLatin1String("FROM ") + m_table);
    }
    bool prepareUuidTable(qint64 rows);
    // psql's own "\timing" for `sql` on the same server: the fastest of three runs, in ms.
    double psqlMs(const QString &sql);
    // psql from start to exit for `sql`: a new process connecting, the query, the output
    // thrown away. The fastest of three runs, in ms.
    double psqlSessionMs(const QString &sql);
    void headlessPhase();
    void windowPhase();
    void jumpToLast(MainWindow &window);
    void filterAndSort(MainWindow &window);

    QString m_uri;
    QString m_table;
    QJsonObject m_result;
    QStringList m_errors;
    qint64 m_rows = 0;
};

QVariant PgBenchmark::scalar(const QString &sql)
{
    const QString name = QStringLiteral("bench-truth");
    QVariant value;
    {
        PgConnection connection;
        QString problem;
        PgConnection::parse(m_uri, &connection, &problem);
        QSqlDatabase db = connection.addDatabase(name);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

double PgBenchmark::psqlMs(const QString &sql)
{
    static const QRegularExpression timing(QStringLiteral("Time: ([0-9.]+) ms"));
    QString problem;
    const double ms = shellTimerMs(QStringLiteral("psql"),
                                   {QStringLiteral("-X"), QStringLiteral("-q"),
                                    QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                    QStringLiteral("-d"), m_uri, QStringLiteral("-c"),
                                    QStringLiteral("\\timing on"), QStringLiteral("-c"), sql},
                                   {}, timing, 1, &problem, 600000);
    if (ms < 0)
        fail(QStringLiteral("%1 on %2").arg(problem, sql));
    return ms;
}

double PgBenchmark::psqlSessionMs(const QString &sql)
{
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QProcess psql;
        QElapsedTimer clock;
        clock.start();
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-o"),
                    QStringLiteral("/dev/null"), QStringLiteral("-d"), m_uri, QStringLiteral("-c"),
                    sql});
        if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
            fail(QStringLiteral("psql failed on %1: %2")
                     .arg(sql, QString::fromUtf8(psql.readAllStandardError())));
            return -1;
        }
        const double ms = msSince(clock);
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

// The table `items` with `rows` rows: generate.sh's data, copied by `rowbook copy`. The
// database is created when it is missing (through the server's database postgres).
bool PgBenchmark::prepare(qint64 rows)
{
    if (!scalar(QStringLiteral("SELECT 1")).isValid()) {
        PgConnection connection;
        QString problem;
        PgConnection::parse(m_uri, &connection, &problem);
        const QString name = connection.database;
        connection.database = QStringLiteral("postgres");
        PgBenchmark maintenance(connection.toDisplayUri());
        maintenance.scalar(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    }
    if (scalar(QStringLiteral("SELECT count(*) FROM items")).toLongLong() == rows)
        return m_table == QLatin1String("items") || prepareUuidTable(rows);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("items.sqlite"));
    QProcess generate;
    generate.start(QStringLiteral(ROWBOOK_BENCH_GENERATE), {QString::number(rows), file});
    if (!generate.waitForFinished(3600000) || generate.exitCode() != 0) {
        fail(QStringLiteral("generate.sh failed: %1")
                 .arg(QString::fromUtf8(generate.readAllStandardError())));
        return false;
    }
    scalar(QStringLiteral("DROP TABLE IF EXISTS items"));
    QProcess copy;
    copy.start(QStringLiteral(ROWBOOK_BINARY),
               {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                m_uri, QStringLiteral("--table"), QStringLiteral("items")});
    if (!copy.waitForFinished(3600000) || copy.exitCode() != 0) {
        fail(QStringLiteral("rowbook copy failed: %1")
                 .arg(QString::fromUtf8(copy.readAllStandardError())));
        return false;
    }
    scalar(QStringLiteral("VACUUM ANALYZE items"));
    if (scalar(QStringLiteral("SELECT count(*) FROM items")).toLongLong() != rows)
        return false;
    return m_table == QLatin1String("items") || prepareUuidTable(rows);
}

// items_uuid: items' columns and rows, its id a random uuid (the primary key) instead of the
// bigint; made again when its row count differs.
bool PgBenchmark::prepareUuidTable(qint64 rows)
{
    if (scalar(QStringLiteral("SELECT count(*) FROM items_uuid")).toLongLong() == rows)
        return true;
    const QString others
        = scalar(QStringLiteral("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY "
                                "ordinal_position) FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = 'items' AND "
                                "column_name <> 'id'"))
              .toString();
    scalar(QStringLiteral("DROP TABLE IF EXISTS items_uuid"));
    scalar(QStringLiteral("CREATE TABLE items_uuid AS SELECT gen_random_uuid() AS id, %1 FROM "
                          "items i ORDER BY i.id")
               .arg(others));
    scalar(QStringLiteral("ALTER TABLE items_uuid ADD PRIMARY KEY (id)"));
    scalar(QStringLiteral("VACUUM ANALYZE items_uuid"));
    if (scalar(QStringLiteral("SELECT count(*) FROM items_uuid")).toLongLong() != rows) {
        fail(QStringLiteral("items_uuid could not be made from items"));
        return false;
    }
    return true;
}

QJsonObject PgBenchmark::run()
{
    m_rows = scalar(onTable(QStringLiteral("SELECT count(*) FROM items"))).toLongLong();
    m_result[QStringLiteral("engine")] = QStringLiteral("PostgreSQL");
    m_result[QStringLiteral("table")] = m_table;
    m_result[QStringLiteral("server_version")]
        = scalar(QStringLiteral("SELECT current_setting('server_version')")).toString();
    m_result[QStringLiteral("rows")] = m_rows;
    m_result[QStringLiteral("rss_mb_at_start")] = procStatusMb("VmRSS");
    // The keyset queries the window's first and last screens need.
    m_result[QStringLiteral("psql_first_rows_ms")]
        = psqlMs(onTable(QStringLiteral("SELECT * FROM items ORDER BY id LIMIT 256")));
    m_result[QStringLiteral("psql_last_rows_ms")]
        = psqlMs(onTable(QStringLiteral("SELECT * FROM items ORDER BY id DESC LIMIT 256")));
    // Opening costs a connection, which \timing leaves out: the same first rows by a psql that
    // starts, connects and asks, for comparison.
    m_result[QStringLiteral("psql_session_first_rows_ms")]
        = psqlSessionMs(onTable(QStringLiteral("SELECT * FROM items ORDER BY id LIMIT 256")));
    m_result[QStringLiteral("psql_all_keys_ms")]
        = psqlMs(onTable(QStringLiteral("SELECT id FROM items ORDER BY id")));
    m_result[QStringLiteral("psql_filter_like_ms")] = psqlMs(onTable(
        QStringLiteral("SELECT id FROM items WHERE CAST(name AS text) ILIKE '%abc%' ORDER BY id")));
    m_result[QStringLiteral("psql_sort_ms")] = psqlMs(
        onTable(QStringLiteral("SELECT id FROM items ORDER BY quantity ASC NULLS FIRST, id")));
    headlessPhase();
    windowPhase();
    m_result[QStringLiteral("rss_mb_peak")] = procStatusMb("VmHWM");

    const auto number = [this](const QString &key) {
        return m_result.value(key).toDouble();
    };
    QJsonObject ratios;
    const auto ratio = [&](const QString &key, const QString &measured, const QString &base) {
        if (m_result.contains(measured) && number(base) > 0)
            ratios[key] = rounded(number(measured) / number(base), 2);
    };
    ratio(QStringLiteral("open_first_rows_vs_psql"), QStringLiteral("open_first_rows_ms"),
          QStringLiteral("psql_first_rows_ms"));
    ratio(QStringLiteral("open_first_rows_vs_psql_session"), QStringLiteral("open_first_rows_ms"),
          QStringLiteral("psql_session_first_rows_ms"));
    ratio(QStringLiteral("jump_to_last_vs_psql"), QStringLiteral("jump_to_last_ms"),
          QStringLiteral("psql_last_rows_ms"));
    ratio(QStringLiteral("loaded_vs_psql_all_keys"), QStringLiteral("open_until_loaded_ms"),
          QStringLiteral("psql_all_keys_ms"));
    ratio(QStringLiteral("filter_like_vs_psql"), QStringLiteral("filter_like_ms"),
          QStringLiteral("psql_filter_like_ms"));
    ratio(QStringLiteral("sort_vs_psql"), QStringLiteral("sort_ms"),
          QStringLiteral("psql_sort_ms"));
    m_result[QStringLiteral("ratios")] = ratios;
    m_result[QStringLiteral("targets")] = targets;
    QJsonArray missed;
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        if (ratios.contains(it.key()) && ratios.value(it.key()).toDouble() > it.value().toDouble())
            missed.append(it.key());
    }
    m_result[QStringLiteral("missed_targets")] = missed;
    m_result[QStringLiteral("errors")] = QJsonArray::fromStringList(m_errors);
    return m_result;
}

// Opening the database (connections, catalog) to the first rows with their values, as the
// SQLite benchmark's open_first_rows_ms; then until the whole key list is there.
void PgBenchmark::headlessPhase()
{
    Workspace workspace;
    QElapsedTimer clock;
    clock.start();
    if (!workspace.open(m_uri, {}, Database::Open::Existing)) {
        fail(
            QStringLiteral("Workspace::open failed: %1").arg(workspace.info().error.userMessage()));
        return;
    }
    TableModel *model = workspace.model();
    if (!model->setTable(m_table))
        fail(QStringLiteral("setTable failed: %1").arg(model->lastError()));
    const int nameColumn = model->tableInfo().columnIndex(QStringLiteral("name"));
    if (!waitFor([&] {
            return model->rowCount() > 0
                   && !model->data(model->index(0, nameColumn)).toString().isEmpty();
        }))
        fail(QStringLiteral("the first rows never showed"));
    m_result[QStringLiteral("open_first_rows_ms")] = msSince(clock);
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the key list never arrived"));
    m_result[QStringLiteral("open_until_loaded_ms")] = msSince(clock);
}

// The window: start-up to first paint, Ctrl+End, a filter and a sort.
void PgBenchmark::windowPhase()
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    window.resize(1280, 800);
    QTableView *view = window.tableView();
    FirstPaint firstPaint(
        view->viewport(), clock, [view] { return view->model() ? view->model()->rowCount() : 0; },
        true);
    if (!window.openDatabase(m_uri, m_table)) {
        fail(QStringLiteral("MainWindow::openDatabase failed"));
        return;
    }
    window.show();
    if (!waitFor([&] { return firstPaint.seen() && firstPaint.rowsAtPaint() > 0; }))
        fail(QStringLiteral("the table view was never painted with rows"));
    if (!window.workspace()) { // the server was asked first, and did not answer
        fail(QStringLiteral("the window opened no database"));
        return;
    }
    TableModel *model = window.workspace()->model();
    m_result[QStringLiteral("startup_to_first_paint_ms")] = firstPaint.ms();
    m_result[QStringLiteral("startup_rows_at_first_paint")] = firstPaint.rowsAtPaint();
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the table never finished loading"));
    if (model->totalRows() != m_rows)
        fail(QStringLiteral("the window shows %1 rows, the table has %2")
                 .arg(model->totalRows())
                 .arg(m_rows));
    jumpToLast(window);
    filterAndSort(window);
}

void PgBenchmark::jumpToLast(MainWindow &window)
{
    QTableView *view = window.tableView();
    TableModel *model = window.workspace()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(0, 1));
    spin(settleMs);
    const quint64 readHere = model->pagesReadHere();
    const quint64 aloneHere = model->rowsReadAloneHere();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    if (!paintWithRows(view->viewport(), model))
        fail(QStringLiteral("the last rows never arrived"));
    m_result[QStringLiteral("jump_pages_read_on_gui_thread")]
        = double(model->pagesReadHere() - readHere);
    m_result[QStringLiteral("jump_rows_read_alone_on_gui_thread")]
        = double(model->rowsReadAloneHere() - aloneHere);
    const int last = model->rowCount() - 1;
    const QString shown = model->data(model->index(last, 1)).toString();
    m_result[QStringLiteral("jump_to_last_ms")] = msSince(clock);
    m_result[QStringLiteral("rss_mb_after_jump_to_last")] = procStatusMb("VmRSS");
    // The id as the server orders it: a number, or a uuid (a KeyMap handle in the model).
    const QString lastId
        = scalar(onTable(QStringLiteral("SELECT CAST(t.id AS text) FROM items t ORDER BY t.id DESC "
                                        "LIMIT 1")))
              .toString();
    const QString shownId
        = model
              ->data(model->index(last, model->tableInfo().columnIndex(QStringLiteral("id"))),
                     Qt::EditRole)
              .toString();
    if (view->currentIndex().row() != last || shownId != lastId || shown.isEmpty())
        fail(
            QStringLiteral("Ctrl+End shows id %1, the table's last id is %2").arg(shownId, lastId));
}

void PgBenchmark::filterAndSort(MainWindow &window)
{
    TableModel *model = window.workspace()->model();
    const qint64 expected
        = scalar(onTable(QStringLiteral("SELECT count(*) FROM items WHERE name ILIKE '%abc%'")))
              .toLongLong();
    StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    const SqlCondition like
        = parseColumnFilter(likeText, QStringLiteral("name"), ColumnKind::Text, model->dialect());
    model->setFilter(like.sql, like.values);
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the filter never finished"));
    m_result[QStringLiteral("filter_like_ms")] = msSince(clock);
    if (model->totalRows() != expected)
        fail(QStringLiteral("the filter shows %1 rows, psql counts %2")
                 .arg(model->totalRows())
                 .arg(expected));
    model->setFilter({}, {});
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("clearing the filter never finished"));
    clock.restart();
    model->sort(model->tableInfo().columnIndex(QStringLiteral("quantity")), Qt::AscendingOrder);
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the sort never finished"));
    m_result[QStringLiteral("sort_ms")] = msSince(clock);
    m_result[QStringLiteral("max_gui_stall_filter_sort_ms")] = stalls.stop();
}

const QStringList requiredKeys{
    QStringLiteral("rows"),
    QStringLiteral("psql_first_rows_ms"),
    QStringLiteral("psql_last_rows_ms"),
    QStringLiteral("psql_session_first_rows_ms"),
    QStringLiteral("open_first_rows_ms"),
    QStringLiteral("open_until_loaded_ms"),
    QStringLiteral("startup_to_first_paint_ms"),
    QStringLiteral("jump_to_last_ms"),
    QStringLiteral("rss_mb_after_jump_to_last"),
    QStringLiteral("filter_like_ms"),
    QStringLiteral("sort_ms"),
    QStringLiteral("max_gui_stall_filter_sort_ms"),
};

} // namespace
} // namespace rowbook::bench

int main(int argc, char *argv[])
{
    using namespace rowbook::bench;
    QStandardPaths::setTestModeEnabled(true); // the benchmark's settings are not the user's
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The server database (postgresql://...)."),
                                      QStringLiteral("URI"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Rows of the table items (default 1000000)."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("Fail when a key is missing or a step failed."));
    const QCommandLineOption key(
        QStringLiteral("key"),
        QStringLiteral("integer (the table items, bigint id) or uuid (items_uuid: the same rows "
                       "under a uuid primary key)."),
        QStringLiteral("KIND"), QStringLiteral("integer"));
    parser.addOptions({database, rows, json, smoke, key});
    parser.process(app);
    QString uri = parser.value(database);
    if (uri.isEmpty())
        uri = qEnvironmentVariable("ROWBOOK_TEST_PG");
    if (!rowbook::PgConnection::isUri(uri)) {
        std::fprintf(stderr, "bench_pgtables: give --database postgresql://...\n");
        return 2;
    }
    const QString keyKind = parser.value(key);
    if (keyKind != QLatin1String("integer") && keyKind != QLatin1String("uuid")) {
        std::fprintf(stderr, "bench_pgtables: --key is integer or uuid\n");
        return 2;
    }
    PgBenchmark benchmark(uri, keyKind == QLatin1String("uuid"));
    if (!benchmark.prepare(parser.value(rows).toLongLong()))
        return 1;
    const QJsonObject result = benchmark.run();
    const QByteArray text = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return 1;
    }
    bool broken = !result.value(QStringLiteral("errors")).toArray().isEmpty();
    if (parser.isSet(smoke)) {
        for (const QString &key : requiredKeys) {
            if (!result.contains(key)) {
                std::fprintf(stderr, "bench_pgtables: no %s\n", qPrintable(key));
                broken = true;
            }
        }
    }
    return broken ? 1 : 0;
}
