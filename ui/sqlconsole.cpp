#include "sqlconsole.h"

#include "gridcolumns.h"
#include "historysearch.h"
#include "queryhistory.h"
#include "queryoutput.h"
#include "queryplanview.h"
#include "queryresultmodel.h"
#include "queryrunner.h"
#include "resultactions.h"
#include "sqleditor.h"
#include "sqlfileread.h"
#include "sqllexer.h"
#include "themecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QThread>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>

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
    , m_saveQuery(new QAction(tr("&Save Query…"), this))
    , m_results(new QTableView)
    , m_plan(new QueryPlanView(m_runner))
    , m_tabs(new QTabWidget)
    , m_resultActions(new ResultActions(database, m_results, this))
    , m_status(new QLabel)
    , m_elapsed(new QLabel)
    , m_run(new QPushButton(tr("&Run")))
    , m_runAll(new QPushButton(tr("Run &All")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_explain(new QPushButton(tr("E&xplain")))
{
    m_explain->setToolTip(tr("Show how the statement under the cursor would run (its query "
                             "plan), without running it"));
    m_run->setToolTip(tr("Run the statement under the cursor, or the selection (Ctrl+Return)"));
    m_runAll->setToolTip(tr("Run the whole script (Ctrl+Shift+Return)"));
    m_cancel->setToolTip(tr("Stop the running statement (Escape)"));
    m_cancel->setEnabled(false);
    m_saveQuery->setObjectName(QStringLiteral("saveQuery"));
    m_saveQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveQuery->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveQuery->setToolTip(tr("Keep the selection, or else the whole text, under a name "
                               "(Ctrl+Shift+S); Ctrl+R finds it again"));
    m_saveQuery->setEnabled(history != nullptr);
    addAction(m_saveQuery);
    auto *saveButton = new QToolButton;
    saveButton->setDefaultAction(m_saveQuery);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_results->setModel(m_model);
    m_model->setCellColours(Theme::cellColours(palette()));
    m_results->verticalHeader()->setDefaultSectionSize(
        m_results->verticalHeader()->minimumSectionSize());
    m_results->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_explain);
    buttons->addWidget(m_cancel);
    buttons->addWidget(saveButton);
    buttons->addWidget(m_elapsed);
    buttons->addStretch();
    buttons->addWidget(m_resultActions->cancelButton());
    buttons->addWidget(m_resultActions->button());
    m_tabs->addTab(m_results, tr("Result"));
    m_tabs->addTab(m_plan, tr("Query Plan"));
    m_tabs->setDocumentMode(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({120, 300}); // the results get the room
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connectSignals();
    m_status->setText(tr("Ctrl+Return runs the statement under the cursor or the selection, "
                         "Ctrl+Shift+Return the whole script, Ctrl+R searches the history."));
    loadCatalog();
}

void SqlConsole::connectSignals()
{
    connect(m_run, &QPushButton::clicked, this, &SqlConsole::runStatement);
    connect(m_runAll, &QPushButton::clicked, this, &SqlConsole::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsole::cancel);
    connect(m_explain, &QPushButton::clicked, this, &SqlConsole::explain);
    connect(m_saveQuery, &QAction::triggered, this, &SqlConsole::saveQuery);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->document()->isEmpty())
            m_savedName.clear(); // a new query starts
    });
    connect(m_runner, &QueryRunner::progress, this, &SqlConsole::showProgress);
    connect(m_resultActions, &ResultActions::message, this, [this](const QString &text, bool bad) {
        if (bad)
            Themed::setTextTone(m_status, Theme::Tone::Error);
        else
            Themed::clear(m_status);
        m_status->setText(text);
    });
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runKey, &QShortcut::activated, this, &SqlConsole::runStatement);
    auto *runEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    runEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runEnter, &QShortcut::activated, this, &SqlConsole::runStatement);
    auto *runAllKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    runAllKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runAllKey, &QShortcut::activated, this, &SqlConsole::runAll);
    // Escape stops a run wherever the focus is in the console (after a click on Cancel, on
    // the results); only while one goes on, so it takes the key from nothing else.
    m_cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    m_cancelKey->setEnabled(false);
    connect(m_cancelKey, &QShortcut::activated, this, &SqlConsole::cancel);
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
        {tr("Ctrl+Shift+S"), tr("Save the query under a name.")},
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
    search->setPrompts(m_prompts);
    connect(search, &HistorySearch::chosen, this, [this, search](const QString &text) {
        m_editor->textCursor().insertText(text);
        if (!search->chosenName().isEmpty())
            m_savedName = search->chosenName();
        m_editor->setFocus();
    });
    connect(search, &HistorySearch::runRequested, this, [this, search](const QString &text) {
        QTextCursor cursor = m_editor->textCursor(); // replaced as one undo step
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        m_savedName = search->chosenName();
        m_editor->setFocus();
        runAll();
    });
    search->open();
}

void SqlConsole::saveQuery()
{
    if (!m_history)
        return;
    QString text = m_editor->textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n')); // how QTextCursor ends lines
    if (text.trimmed().isEmpty())
        text = m_editor->toPlainText();
    const SavedQueryPrompts::Outcome outcome
        = m_prompts.save(this, m_history, text.trimmed(), m_savedName);
    if (outcome.saved)
        m_savedName = outcome.name;
    if (outcome.message.isEmpty())
        return;
    Themed::clear(m_status);
    m_status->setText(outcome.message);
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
    request.fileScript = piece.fileScript;
    request.maxRows = QueryResultModel::firstRows;
    m_editor->clearError();
    m_runText = piece.sql;
    m_model->clear();
    m_resultActions->setResultSql({});
    m_running = m_runner->run(request);
    m_model->follow(m_running);
    begin(m_mode == Mode::File ? tr("Running %1…").arg(QDir::toNativeSeparators(m_runFile))
                               : tr("Running…"));
}

void SqlConsole::begin(const QString &status)
{
    m_clock.start();
    m_ticker.start();
    showElapsed();
    Themed::clear(m_status);
    m_status->setText(status);
    m_cancel->setEnabled(true);
    m_cancelKey->setEnabled(true);
    for (QPushButton *button : {m_run, m_runAll, m_explain})
        button->setEnabled(false);
}

void SqlConsole::end(qint64 elapsedMs)
{
    m_running = 0;
    m_ticker.stop();
    m_elapsed->setText(tr("%1 s").arg(seconds(elapsedMs)));
    m_cancel->setEnabled(false);
    m_cancelKey->setEnabled(false);
    for (QPushButton *button : {m_run, m_runAll, m_explain})
        button->setEnabled(true);
}

void SqlConsole::explain()
{
    const Piece piece = statementUnderCursor();
    if (m_running != 0 || piece.sql.trimmed().isEmpty())
        return;
    m_editor->clearError();
    m_mode = Mode::Explain;
    m_running = m_plan->explain(piece.sql, piece.line, piece.column);
    begin(tr("Reading the query plan…"));
}

bool SqlConsole::runFile(const QString &path)
{
    if (m_running != 0)
        return false;
    m_mode = Mode::File;
    m_runFile = path;
    m_running = readingFile;
    begin(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    QPointer<SqlConsole> self(this);
    QThread *reader
        = SqlFileRead::start(path, [self, path](const QString &text, const QString &problem) {
              if (self)
                  self->onFileRead(path, text, problem);
          });
    m_catalogReaders.removeAll(nullptr);
    m_catalogReaders << reader;
    return true;
}

void SqlConsole::onFileRead(const QString &path, const QString &text, const QString &problem)
{
    if (m_running != readingFile || m_runFile != path)
        return; // cancelled while reading
    end(m_clock.elapsed());
    if (!problem.isEmpty()) {
        m_mode = Mode::Statement;
        m_runFile.clear();
        Themed::setTextTone(m_status, Theme::Tone::Error);
        m_status->setText(
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), problem));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_mode = Mode::Statement;
        m_runFile.clear();
        m_status->setText(tr("The file %1 holds no SQL.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Piece piece;
    piece.sql = text;
    piece.fileScript = true;
    start(piece);
}

void SqlConsole::showProgress(quint64 id, int done, int total)
{
    if (id != m_running || m_mode != Mode::File || total < 2)
        return;
    m_status->setText(tr("Running %1: %2 of %n statement(s) done…", nullptr, total)
                          .arg(QDir::toNativeSeparators(m_runFile), QLocale().toString(done)));
}

void SqlConsole::cancel()
{
    if (m_running == readingFile) {
        end(m_clock.elapsed());
        m_mode = Mode::Statement;
        m_runFile.clear();
        m_status->setText(tr("Cancelled; nothing was changed."));
    } else if (m_running != 0) {
        m_runner->cancel();
    }
}

void SqlConsole::showElapsed()
{
    m_elapsed->setText(tr("%1 s").arg(seconds(m_clock.elapsed())));
}

void SqlConsole::onFinished(quint64 id, const QueryOutcome &outcome)
{
    if (id != m_running)
        return;
    const Mode mode = std::exchange(m_mode, Mode::Statement);
    const QString file = std::exchange(m_runFile, QString());
    end(outcome.elapsedMs);
    if (mode == Mode::Statement && outcome.ok() && outcome.readOnly)
        m_resultActions->setResultSql(outcome.resultSql);
    switch (outcome.status) {
    case QueryOutcome::Ok:
        showDone(mode, outcome);
        break;
    case QueryOutcome::Cancelled:
        m_status->setText(tr("Cancelled after %1; nothing was changed.")
                              .arg(tr("%1 s").arg(seconds(outcome.elapsedMs))));
        break;
    default:
        showError(mode, file, outcome);
        break;
    }
    if (mode == Mode::Statement && outcome.status != QueryOutcome::Cancelled)
        remember(outcome);
    if (outcome.wrote) {
        loadCatalog(); // DDL may have changed what completion offers
        Q_EMIT wrote();
    }
}

void SqlConsole::showDone(Mode mode, const QueryOutcome &outcome)
{
    const QString time = tr("%1 s").arg(seconds(outcome.elapsedMs));
    const int rows = int(std::min<qint64>(outcome.resultRows, INT_MAX));
    const int changed = int(std::min<qint64>(outcome.rowsAffected, INT_MAX));
    if (mode == Mode::Explain) {
        m_tabs->setCurrentWidget(m_plan);
        m_status->setText(tr("Query plan read in %1; nothing was run.").arg(time));
        return;
    }
    m_tabs->setCurrentWidget(m_results);
    // Columns as wide as the rows on screen need, within the table grid's bounds, so a long text
    // is not cut to the default width while the rest of the view stays empty.
    if (!outcome.resultSql.isEmpty())
        GridColumns::fitToContents(m_results);
    QStringList parts;
    if (mode == Mode::File)
        parts << tr("%Ln statement(s)", nullptr, outcome.statements);
    if (!outcome.resultSql.isEmpty())
        parts << tr("%Ln row(s)", nullptr, rows);
    if (outcome.wrote || changed > 0)
        parts << tr("%Ln row(s) changed", nullptr, changed);
    if (parts.isEmpty())
        parts << tr("Done");
    if (m_model->truncated())
        parts << tr("showing the first %Ln (the result of a run that changed data is not "
                    "read again)",
                    nullptr, m_model->rowCount());
    QString done = tr("%1 in %2").arg(parts.join(QLatin1String(", ")), time);
    if (outcome.reconnected)
        done += QLatin1Char('\n')
                + tr("The server had ended the session, so Rowbook connected again: settings "
                     "made with SET in earlier runs no longer apply.");
    m_status->setText(done);
}

void SqlConsole::showError(Mode mode, const QString &file, const QueryOutcome &outcome)
{
    Themed::setTextTone(m_status, Theme::Tone::Error);
    if (mode == Mode::File) {
        // The position is in the file, not in the editor.
        m_status->setText(
            tr("%1\nNothing from the file was applied.")
                .arg(QueryOutput::scriptError(QDir::toNativeSeparators(file), outcome)));
        return;
    }
    m_status->setText(outcome.message);
    if (outcome.line > 0) {
        m_editor->markError(outcome.line, outcome.column, outcome.message);
        m_editor->setFocus();
    }
}

void SqlConsole::remember(const QueryOutcome &outcome)
{
    if (!m_history)
        return;
    HistoryEntry entry;
    entry.text = m_runText.trimmed();
    entry.when = QDateTime::currentDateTime().addMSecs(-outcome.elapsedMs);
    entry.durationMs = outcome.elapsedMs;
    entry.rows = outcome.resultSql.isEmpty() ? outcome.rowsAffected : outcome.resultRows;
    entry.ok = outcome.status == QueryOutcome::Ok;
    entry.error = entry.ok ? QString() : outcome.message;
    m_history->add(entry);
}

void SqlConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setCellColours(Theme::cellColours(palette()));
}

} // namespace rowbook
