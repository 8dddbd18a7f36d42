// One writer of tst_twowriters, as a separate process.
//
//   writer_helper editor DATABASE SECONDS LOG TAG   Rowbook's own path, headless: a Workspace with
//                                                  its TableModel, AutoSaver and live refresh edits
//                                                  random cells of the table "cells".
//   writer_helper raw DATABASE SECONDS LOG TAG      Another program: BEGIN IMMEDIATE; SELECT the
//                                                  old value; UPDATE; COMMIT.
//
// Every value written is unique (TAG-n). Each attempted write is logged once its outcome is
// known, one line of tab-separated fields: id, column, the value it started from, the new value,
// and saved, conflict, refused or unresolved. The last line is "#attempts N".
#include "autosaver.h"
#include "editstore.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace rowbook;

namespace {

const QString table = QStringLiteral("cells");
const QStringList columns = {QStringLiteral("a"), QStringLiteral("b")};

class Log
{
public:
    explicit Log(const QString &path)
        : m_file(path)
    {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    void write(qint64 id,
               const QString &column,
               const QVariant &start,
               const QString &value,
               const char *outcome)
    {
        ++m_count;
        line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                 .arg(id)
                 .arg(column, start.isNull() ? QStringLiteral("<null>") : start.toString(), value,
                      QLatin1String(outcome)));
    }
    void finish(int attempts) { line(QStringLiteral("#attempts %1").arg(attempts)); }

private:
    void line(const QString &text)
    {
        m_file.write(text.toUtf8() + '\n');
        m_file.flush();
    }

    QFile m_file;
    int m_count = 0;
};

int runRaw(const QString &path, int seconds, Log &log, const QString &tag)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return 3;
    QRandomGenerator *random = QRandomGenerator::global();
    QSqlQuery query(db);
    QElapsedTimer clock;
    clock.start();
    int attempts = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        QThread::msleep(10 + random->bounded(40));
        const qint64 id = 1 + random->bounded(12);
        const QString &column = columns.at(random->bounded(int(columns.size())));
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            continue; // not an attempt: nothing was read
        query.prepare(QStringLiteral("SELECT %1 FROM cells WHERE id = ?").arg(column));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        const QVariant start = query.value(0);
        query.finish();
        const QString value = QStringLiteral("%1-%2").arg(tag).arg(++attempts);
        query.prepare(QStringLiteral("UPDATE cells SET %1 = ? WHERE id = ?").arg(column));
        query.addBindValue(value);
        query.addBindValue(id);
        bool saved = query.exec();
        for (int tries = 0; saved && tries < 50; ++tries) {
            saved = QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            if (saved)
                break;
            QThread::msleep(20); // readers finishing on a rollback-journal file
        }
        if (!saved)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        log.write(id, column, start, value, saved ? "saved" : "refused");
    }
    log.finish(attempts);
    return 0;
}

class Editor : public QObject
{
public:
    Editor(Workspace *workspace, Log *log, QString tag, int seconds)
        : m_workspace(workspace)
        , m_model(workspace->model())
        , m_log(log)
        , m_tag(std::move(tag))
        , m_seconds(seconds)
    {
        EditStore *store = workspace->edits();
        connect(store, &EditStore::rowCommitted, this, &Editor::onCommitted);
        connect(store, &EditStore::rowConflicted, this, &Editor::onConflicted);
        connect(store, &EditStore::rowRefused, this,
                [this](const QString &, qint64 key, const StorageError &) { settle(key); });
        connect(&m_tick, &QTimer::timeout, this, &Editor::tick);
        m_tick.setInterval(15);
        m_clock.start();
        m_tick.start();
    }

private:
    using Cell = std::pair<qint64, QString>;
    struct Attempt
    {
        QVariant start;
        QString value;
    };

    void tick()
    {
        if (m_clock.elapsed() >= qint64(m_seconds) * 1000) {
            finish();
            return;
        }
        QRandomGenerator *random = QRandomGenerator::global();
        if (random->bounded(3) != 0 || m_model->rowCount() == 0)
            return; // a human pace, more or less
        const int row = random->bounded(m_model->rowCount());
        const QString &column = columns.at(random->bounded(int(columns.size())));
        const QModelIndex index = m_model->index(row, m_model->tableInfo().columnIndex(column));
        const qint64 key = m_model->keyAt(row);
        if (m_open.contains({key, column})
            || m_model->data(index, TableModel::PendingRole).toBool())
            return; // one edit of a cell at a time, so each outcome names its attempt
        const QString value = QStringLiteral("%1-%2").arg(m_tag).arg(++m_attempts);
        if (!m_model->setData(index, value, Qt::EditRole)) {
            m_log->write(key, column, {}, value, "refused");
            return;
        }
        // What the save compares with: the value the model showed when the edit was made.
        const EditStore::Cell cell = m_workspace->edits()->cell(table, key, column);
        m_open.insert({key, column}, {cell.original, value});
    }

    void onCommitted(const QString &, qint64 key, qint64, const RowValues &written)
    {
        for (const auto &[column, value] : written) {
            const auto open = m_open.find({key, column});
            if (open != m_open.end() && open->value == value.toString()) {
                m_log->write(key, column, open->start, open->value, "saved");
                m_open.erase(open);
            }
        }
    }

    void onConflicted(const QString &, qint64 key, const QHash<QString, QVariant> &theirs)
    {
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            const auto open = m_open.find({key, it.key()});
            if (open == m_open.end())
                continue;
            m_log->write(key, it.key(), open->start, open->value, "conflict");
            m_open.erase(open);
            // The user takes theirs and may edit the cell again (not inside the store's signal).
            QTimer::singleShot(0, this, [this, key, column = it.key()] {
                const int row = m_model->rowForKey(key);
                if (row >= 0)
                    m_model->takeTheirs(row, m_model->tableInfo().columnIndex(column));
            });
        }
    }

    void settle(qint64 key)
    {
        for (auto it = m_open.begin(); it != m_open.end();) {
            if (it.key().first == key) {
                m_log->write(key, it.key().second, it->start, it->value, "refused");
                it = m_open.erase(it);
            } else {
                ++it;
            }
        }
    }

    void finish()
    {
        if (!m_finishing) {
            m_finishing = true;
            m_finishClock.start();
            m_workspace->autoSaver()->saveNow();
        }
        const bool idle = m_workspace->autoSaver()->isIdle() && m_open.isEmpty();
        if (!idle && m_finishClock.elapsed() < 60000) {
            if (!m_workspace->edits()->isSaving() && m_workspace->edits()->hasWork())
                m_workspace->autoSaver()->saveNow();
            return;
        }
        m_tick.stop();
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
            m_log->write(it.key().first, it.key().second, it->start, it->value, "unresolved");
        m_log->finish(m_attempts);
        QCoreApplication::exit(0);
    }

    Workspace *m_workspace;
    TableModel *m_model;
    Log *m_log;
    QString m_tag;
    int m_seconds;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QElapsedTimer m_finishClock;
    bool m_finishing = false;
    int m_attempts = 0;
    QHash<Cell, Attempt> m_open;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: writer_helper editor|raw DATABASE SECONDS LOG TAG\n", stderr);
        return 2;
    }
    const QString &path = args.at(2);
    const int seconds = args.at(3).toInt();
    Log log(args.at(4));
    if (!log.open())
        return 3;
    if (args.at(1) == QLatin1String("raw"))
        return runRaw(path, seconds, log, args.at(5));

    Workspace workspace;
    if (!workspace.open(path))
        return 4;
    workspace.autoSaver()->setDebounceMs(20);
    workspace.autoSaver()->setRetryLaterMs(50); // lock contention is expected: try again soon
    if (!workspace.model()->setTable(table))
        return 5;
    // Each process journals its own edits: the other editor's live journal is not an earlier
    // session's to recover.
    if (workspace.recovery().found || !workspace.journal()->isStarted()) {
        std::fprintf(stderr, "%s: offered a journal (%s) or has none\n", qPrintable(args.at(5)),
                     qPrintable(workspace.recovery().journalPath));
        return 6;
    }
    workspace.journal()->flush();
    std::puts("ready");
    std::fflush(stdout);
    Editor editor(&workspace, &log, args.at(5), seconds);
    return app.exec();
}
