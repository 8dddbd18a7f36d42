#pragma once

#include "database.h"
#include "queryengine.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <utility>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rowbook {

class QueryResultModel;
class QueryRunner;

// An SQL console for one database: an editor, Run / Run All / Cancel, an elapsed timer, the
// result grid (QueryResultModel: bounded memory) and the outcome (row count and time, rows
// changed, or the error, whose line:column the editor's cursor moves to). Runs on a QueryRunner
// of its own, never on the GUI thread. Ctrl+Return runs the statement under the cursor (or the
// selection), Ctrl+Shift+Return the whole text; Escape in the editor and Cancel stop a run.
class SqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SqlConsole(const DatabaseInfo &database, QWidget *parent = nullptr);
    ~SqlConsole() override;

    QPlainTextEdit *editor() const { return m_editor; }
    QTableView *resultView() const { return m_results; }
    QueryResultModel *resultModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isRunning() const { return m_running != 0; }

    // The console's keys, for the shortcuts dialog: (keys, what they do).
    static QList<std::pair<QString, QString>> keys();

    void runStatement(); // the statement under the cursor, or the selection
    void runAll();
    void cancel();

Q_SIGNALS:
    // A run committed changes: the table views should read the file again.
    void wrote();

private:
    // The one place the editor widget is made (a plain editor for now; the SQL editor with
    // highlighting and completion replaces it).
    QPlainTextEdit *makeEditor();
    // What Ctrl+Return runs and where it starts (1-based line and column in the editor).
    struct Piece
    {
        QString sql;
        int line = 1;
        int column = 1;
    };
    // The selection, else the whole text (the statement splitter of the SQL editor replaces
    // this).
    Piece statementUnderCursor() const;
    Piece wholeText() const;
    void start(const Piece &piece);
    void onFinished(quint64 id, const rowbook::QueryOutcome &outcome);
    void showElapsed();
    void moveCursorTo(int line, int column);

    QueryRunner *m_runner;
    QueryResultModel *m_model;
    QPlainTextEdit *m_editor;
    QTableView *m_results;
    QLabel *m_status;
    QLabel *m_elapsed;
    QPushButton *m_run;
    QPushButton *m_runAll;
    QPushButton *m_cancel;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    quint64 m_running = 0;
};

} // namespace rowbook
