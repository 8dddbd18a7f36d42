#pragma once

#include "database.h"
#include "queryengine.h"
#include "savedqueryprompts.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <utility>

class QAction;
class QLabel;
class QPushButton;
class QShortcut;
class QTabWidget;
class QThread;
class QTableView;

namespace rowbook {

class QueryHistory;
class QueryPlanView;
class QueryResultModel;
class ResultActions;
class QueryRunner;
class SqlEditor;

// An SQL console for one database: an editor, Run / Run All / Cancel, an elapsed timer, the
// result grid (QueryResultModel: bounded memory) and the outcome (row count and time, rows
// changed, or the error, whose line:column the editor's cursor moves to). Runs on a QueryRunner
// of its own, never on the GUI thread. Ctrl+Return runs the statement under the cursor (or the
// selection), Ctrl+Shift+Return the whole text; Escape in the editor and Cancel stop a run.
// Explain shows the statement's query plan as a tree (QueryPlanView); Results exports the
// result or copies it as TSV (ResultActions); runFile() runs a script file as one transaction
// (File → Run SQL File…). Save Query… (Ctrl+Shift+S) keeps the selection, or else the whole
// text, under a name in the history; Ctrl+R finds, renames and deletes saved queries.
class SqlConsole : public QWidget
{
    Q_OBJECT
public:
    // `history` (may be null) keeps every run; one per database and process, shared by the
    // database's consoles (Ctrl+R searches it).
    explicit SqlConsole(const DatabaseInfo &database,
                        QueryHistory *history = nullptr,
                        QWidget *parent = nullptr);
    ~SqlConsole() override;

    SqlEditor *editor() const { return m_editor; }
    QTableView *resultView() const { return m_results; }
    QueryResultModel *resultModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *explainButton() const { return m_explain; }
    QueryPlanView *planView() const { return m_plan; }
    QTabWidget *resultTabs() const { return m_tabs; }
    ResultActions *resultActions() const { return m_resultActions; }
    bool isRunning() const { return m_running != 0; }
    QAction *saveQueryAction() const { return m_saveQuery; }
    // The questions Save Query… and the history search ask (tests answer them themselves).
    void setPrompts(const SavedQueryPrompts &prompts) { m_prompts = prompts; }

    // The console's keys, for the shortcuts dialog: (keys, what they do).
    static QList<std::pair<QString, QString>> keys();

    void runStatement(); // the statement under the cursor, or the selection
    void runAll();
    void cancel();
    // Shows the query plan of the statement under the cursor (or the selection).
    void explain();
    // Save Query…: asks for a name (prefilled with the saved query the editor's text came from)
    // and keeps the selection, or else the whole text, under it; a name that holds a different
    // query is replaced only after asking. The outcome shows in the status line.
    void saveQuery();
    // Reads the script `path` off the GUI thread and runs it as one transaction (an outer
    // BEGIN … COMMIT in the file is taken as that transaction); an error names file:line:column
    // and nothing of the file is applied. False when a run is in progress.
    bool runFile(const QString &path);

Q_SIGNALS:
    // A run committed changes: the table views should read the file again.
    void wrote();

protected:
    void changeEvent(QEvent *event) override; // the theme's colour for NULL

private:
    SqlEditor *makeEditor();
    void connectSignals(); // buttons, keys, the editor's requests and the runner
    // Reads the tables and columns for completion on a thread of its own (never the GUI thread).
    void loadCatalog();
    void searchHistory();
    // What Ctrl+Return runs and where it starts (1-based line and column in the editor).
    struct Piece
    {
        QString sql;
        int line = 1;
        int column = 1;
        bool fileScript = false;
    };
    enum class Mode { Statement, Explain, File };
    static constexpr quint64 readingFile = ~quint64(0); // m_running while a script file is read
    // The selection, else the statement under the cursor (SqlLexer::statementAt()).
    Piece statementUnderCursor() const;
    Piece pieceAt(int offset, const QString &sql) const;
    Piece wholeText() const;
    void start(const Piece &piece);
    void begin(const QString &status); // the clock, the buttons and the status of a run
    void end(qint64 elapsedMs);
    void onFinished(quint64 id, const rowbook::QueryOutcome &outcome);
    void showDone(Mode mode, const rowbook::QueryOutcome &outcome);
    void showError(Mode mode, const QString &file, const rowbook::QueryOutcome &outcome);
    void remember(const rowbook::QueryOutcome &outcome);
    void showProgress(quint64 id, int done, int total);
    void onFileRead(const QString &path, const QString &text, const QString &problem);
    void showElapsed();

    QueryRunner *m_runner;
    QueryResultModel *m_model;
    DatabaseInfo m_database;
    QPointer<QueryHistory> m_history;
    SqlEditor *m_editor;
    QString m_runText; // what the running run runs, for the history
    QAction *m_saveQuery;
    SavedQueryPrompts m_prompts;
    QString m_savedName; // the saved query the editor's text came from, or was last saved as
    int m_catalogGeneration = 0;               // only the newest catalog read is applied
    QList<QPointer<QThread>> m_catalogReaders; // joined when the console goes
    QTableView *m_results;
    QueryPlanView *m_plan;
    QTabWidget *m_tabs;
    ResultActions *m_resultActions;
    Mode m_mode = Mode::Statement;
    QString m_runFile; // the script file of a File run
    QLabel *m_status;
    QLabel *m_elapsed;
    QPushButton *m_run;
    QPushButton *m_runAll;
    QPushButton *m_cancel;
    QShortcut *m_cancelKey = nullptr; // Escape anywhere in the console while a run goes on
    QPushButton *m_explain;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    quint64 m_running = 0;
};

} // namespace rowbook
