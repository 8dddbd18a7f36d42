#pragma once

#include "sqlcompletion.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace rowbook {

class SqlHighlighter;

// The SQL console's editor: a QPlainTextEdit with SQL highlighting (SqlHighlighter), line
// numbers, the bracket matching the one at the cursor, the statement under the cursor subtly
// marked, completion and error marks. It runs nothing itself: the console connects its signals.
//
// Keys:
//   Ctrl+Return        runStatementRequested(selectionOrStatement())
//   Ctrl+Shift+Return  runScriptRequested(toPlainText())
//   Escape             cancelRequested() (when no completion popup is open)
//   Ctrl+R             historyRequested()
//   Ctrl+Space         completion popup; it also opens by itself after two letters of a word
//                      and after "name.".
//
// Wiring it into a console:
//   - runStatementRequested / runScriptRequested: hand the text to the query runner; when the
//     run fails at line:column of that text, call markErrorInLastRun(line, column, message).
//   - cancelRequested: stop the run (the editor does not know whether one is going).
//   - historyRequested: open a HistorySearch (ui/historysearch.h) over the database's
//     QueryHistory and put the chosen text into the editor.
//   - setCatalog(): with SqlCatalog::read() done on the worker's connection, again after DDL.
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    // The tables, views and columns completion offers (see SqlCatalog::read()).
    void setCatalog(const SqlCatalog &catalog);
    const SqlCatalog &catalog() const { return m_catalog; }

    // The statement under the cursor without its semicolon (SqlLexer::statementAt()); empty
    // when the text holds none.
    QString currentStatement() const;
    // The selected text when there is a selection, else currentStatement().
    QString selectionOrStatement() const;
    // The document offset where the text of the last run request began, so positions in that
    // text map to the document: markErrorInLastRun() does it.
    int lastRunOffset() const { return m_lastRunOffset; }

    // Marks an error at a 1-based line and column of the document: moves the cursor there,
    // underlines the word (or character) there, and shows `message` as a tooltip, also when the
    // mouse rests on the mark. Cleared by the next edit or clearError().
    void markError(int line, int column, const QString &message);
    // The same for a position in the text of the last run request (as SQLite reports it for
    // the statement it was given).
    void markErrorInLastRun(int line, int column, const QString &message);
    void clearError();
    QString errorMessage() const { return m_errorMessage; }

    // Opens the completion popup at the cursor, if there is anything to offer; true if so.
    bool showCompletion();
    QCompleter *completer() const { return m_completer; }
    SqlHighlighter *highlighter() const { return m_highlighter; }

    int lineNumberAreaWidth() const;

Q_SIGNALS:
    void runStatementRequested(const QString &sql);
    void runScriptRequested(const QString &sql);
    void cancelRequested();
    void historyRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class LineNumberArea;
    friend class LineNumberArea;

    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void insertCompletion(const QString &completion);
    bool handleCompletionKey(QKeyEvent *event);
    void completeAfterTyping(const QString &typed);

    SqlHighlighter *m_highlighter = nullptr;
    LineNumberArea *m_lineNumbers = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
    SqlCatalog m_catalog;
    int m_completionStart = -1;
    int m_lastRunOffset = 0;
    int m_errorStart = -1;
    int m_errorEnd = -1;
    QString m_errorMessage;
};

} // namespace rowbook
