#include "sqlconsole.h"

#include "historysearch.h"
#include "queryhistory.h"
#include "queryresultmodel.h"
#include "queryrunner.h"
#include "sqleditor.h"
#include "sqllexer.h"
#include "themecontroller.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTableView>
#include <QTextBlock>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>

namespace rowbook {

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1);
}

} // namespace

SqlConsole::SqlConsole(const DatabaseInfo &database, QueryHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_runner(new QueryRunner(database, {}, this))
    , m_model(new QueryResultModel(m_runner, this))
    , m_database(database)
    , m_history(history)
    , m_editor(makeEditor())
    , m_results(new QTableView)
    , m_status(new QLabel)
    , m_elapsed(new QLabel)
    , m_run(new QPushButton(tr("&Run")))
    , m_runAll(new QPushButton(tr("Run &All")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    m_run->setToolTip(tr("Run the statement under the cursor, or the selection (Ctrl+Return)"));
    m_runAll->setToolTip(tr("Run the whole script (Ctrl+Shift+Return)"));
    m_cancel->setToolTip(tr("Stop the running statement (Escape)"));
    m_cancel->setEnabled(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_results->setModel(m_model);
    m_results->verticalHeader()->setDefaultSectionSize(
        m_results->verticalHeader()->minimumSectionSize());
    m_results->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_elapsed);
    buttons->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({120, 300}); // the results get the room
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &SqlConsole::runStatement);
    connect(m_runAll, &QPushButton::clicked, this, &SqlConsole::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsole::cancel);
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runKey, &QShortcut::activated, this, &SqlConsole::runStatement);
    auto *runEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    runEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runEnter, &QShortcut::activated, this, &SqlConsole::runStatement);
    auto *runAllKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    runAllKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runAllKey, &QShortcut::activated, this, &SqlConsole::runAll);
    // In the editor, SqlEditor takes these keys itself and says so by its signals.
    connect(m_editor, &SqlEditor::runStatementRequested, this, &SqlConsole::runStatement);
    connect(m_editor, &SqlEditor::runScriptRequested, this, &SqlConsole::runAll);
    connect(m_editor, &SqlEditor::cancelRequested, this, &SqlConsole::cancel);
    connect(m_editor, &SqlEditor::historyRequested, this, &SqlConsole::searchHistory);

    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &SqlConsole::showElapsed);
    connect(m_runner, &QueryRunner::finished, this, &SqlConsole::onFinished);
    connect(m_runner, &QueryRunner::opened, this, [this](bool ok, const QString &problem) {
        if (!ok)
            m_status->setText(tr("The database cannot be opened: %1").arg(problem));
    });
    m_status->setText(tr("Ctrl+Return runs the statement under the cursor or the selection, "
                         "Ctrl+Shift+Return the whole script, Ctrl+R searches the history."));
    loadCatalog();
}

SqlConsole::~SqlConsole()
{
    for (const QPointer<QThread> &reader : std::as_const(m_catalogReaders)) {
        if (reader)
            reader->wait(); // a catalog read takes milliseconds; no thread outlives its console
    }
}

QList<std::pair<QString, QString>> SqlConsole::keys()
{
    return {
        {tr("Ctrl+Return"), tr("Run the statement under the cursor, or the selection.")},
        {tr("Ctrl+Shift+Return"), tr("Run the whole script.")},
        {tr("Esc (in the SQL editor)"), tr("Stop the running statement.")},
        {tr("Ctrl+Space (in the SQL editor)"), tr("Complete a keyword, table or column.")},
        {tr("Ctrl+R (in the SQL editor)"), tr("Search the queries run on this database.")},
    };
}

SqlEditor *SqlConsole::makeEditor()
{
    auto *editor = new SqlEditor;
    editor->setObjectName(QStringLiteral("sqlEditor"));
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    editor->setFont(font);
    editor->setPlaceholderText(tr("SELECT * FROM …"));
    editor->setTabChangesFocus(false);
    return editor;
}

SqlConsole::Piece SqlConsole::wholeText() const
{
    return {m_editor->toPlainText(), 1, 1};
}

void SqlConsole::loadCatalog()
{
    // A connection of its own on a short-lived thread: the catalog query never runs on the GUI
    // thread, and the console's runner stays free for the user's statements. A read that cannot
    // open the file keeps the catalog the editor has; an older read never replaces a newer one.
    QPointer<SqlConsole> self(this);
    const int generation = ++m_catalogGeneration;
    QThread *thread = QThread::create([self, info = m_database, generation] {
        const QString name = QStringLiteral("rowbook-catalog-")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::optional<SqlCatalog> catalog;
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            if (db.isOpen())
                catalog = SqlCatalog::read(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!catalog)
            return;
        QMetaObject::invokeMethod(qApp, [self, catalog = *catalog, generation] {
            if (self && generation == self->m_catalogGeneration)
                self->m_editor->setCatalog(catalog);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_catalogReaders.removeAll(nullptr);
    m_catalogReaders << thread;
    thread->start(QThread::LowPriority);
}

void SqlConsole::searchHistory()
{
    if (!m_history)
        return;
    auto *search = new HistorySearch(m_history, this);
    search->setAttribute(Qt::WA_DeleteOnClose);
    connect(search, &HistorySearch::chosen, this, [this](const QString &text) {
        m_editor->textCursor().insertText(text);
        m_editor->setFocus();
    });
    search->open();
}

SqlConsole::Piece SqlConsole::pieceAt(int offset, const QString &sql) const
{
    const SqlLexer::LineColumn at = SqlLexer::lineColumn(m_editor->toPlainText(), offset);
    return {sql, at.line, at.column};
}

SqlConsole::Piece SqlConsole::statementUnderCursor() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection()) {
        const QString text = m_editor->toPlainText();
        const SqlStatement statement = SqlLexer::statementAt(text, cursor.position());
        if (!statement.isValid())
            return wholeText();
        return pieceAt(statement.start, statement.text(text));
    }
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    // QTextCursor::selectedText() separates paragraphs with U+2029.
    QString sql = cursor.selectedText();
    sql.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return {sql, start.blockNumber() + 1, start.positionInBlock() + 1};
}

void SqlConsole::runStatement()
{
    start(statementUnderCursor());
}

void SqlConsole::runAll()
{
    start(wholeText());
}

void SqlConsole::start(const Piece &piece)
{
    if (m_running != 0 || piece.sql.trimmed().isEmpty())
        return;
    QueryRequest request;
    request.sql = piece.sql;
    request.firstLine = piece.line;
    request.firstColumn = piece.column;
    request.maxRows = QueryResultModel::firstRows;
    m_editor->clearError();
    m_runText = piece.sql;
    m_model->clear();
    m_running = m_runner->run(request);
    m_model->follow(m_running);
    m_clock.start();
    m_ticker.start();
    showElapsed();
    Themed::clear(m_status);
    m_status->setText(tr("Running…"));
    m_cancel->setEnabled(true);
    m_run->setEnabled(false);
    m_runAll->setEnabled(false);
}

void SqlConsole::cancel()
{
    if (m_running != 0)
        m_runner->cancel();
}

void SqlConsole::showElapsed()
{
    m_elapsed->setText(tr("%1 s").arg(seconds(m_clock.elapsed())));
}

void SqlConsole::onFinished(quint64 id, const QueryOutcome &outcome)
{
    if (id != m_running)
        return;
    m_running = 0;
    m_ticker.stop();
    m_elapsed->setText(tr("%1 s").arg(seconds(outcome.elapsedMs)));
    m_cancel->setEnabled(false);
    m_run->setEnabled(true);
    m_runAll->setEnabled(true);
    const QString time = tr("%1 s").arg(seconds(outcome.elapsedMs));
    const int rows = int(std::min<qint64>(outcome.resultRows, INT_MAX));
    const int changed = int(std::min<qint64>(outcome.rowsAffected, INT_MAX));
    switch (outcome.status) {
    case QueryOutcome::Ok: {
        QStringList parts;
        if (!outcome.resultSql.isEmpty())
            parts << tr("%n row(s)", nullptr, rows);
        if (outcome.wrote || changed > 0)
            parts << tr("%n row(s) changed", nullptr, changed);
        if (parts.isEmpty())
            parts << tr("Done");
        if (m_model->truncated())
            parts << tr("showing the first %n (the result of a run that changed data is not "
                        "read again)",
                        nullptr, m_model->rowCount());
        m_status->setText(tr("%1 in %2").arg(parts.join(QLatin1String(", ")), time));
        break;
    }
    case QueryOutcome::Cancelled:
        m_status->setText(tr("Cancelled after %1; nothing was changed.").arg(time));
        break;
    default:
        Themed::setTextTone(m_status, Theme::Tone::Error);
        m_status->setText(outcome.message);
        if (outcome.line > 0) {
            m_editor->markError(outcome.line, outcome.column, outcome.message);
            m_editor->setFocus();
        }
        break;
    }
    if (m_history && outcome.status != QueryOutcome::Cancelled) {
        HistoryEntry entry;
        entry.text = m_runText.trimmed();
        entry.when = QDateTime::currentDateTime().addMSecs(-outcome.elapsedMs);
        entry.durationMs = outcome.elapsedMs;
        entry.rows = outcome.resultSql.isEmpty() ? outcome.rowsAffected : outcome.resultRows;
        entry.ok = outcome.status == QueryOutcome::Ok;
        entry.error = entry.ok ? QString() : outcome.message;
        m_history->add(entry);
    }
    if (outcome.wrote) {
        loadCatalog(); // DDL may have changed what completion offers
        Q_EMIT wrote();
    }
}

} // namespace rowbook
