#pragma once

#include "savedqueryprompts.h"

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rowbook {

class QueryHistory;

// The Ctrl+R search of the SQL console: a filter field over the saved queries and the runs of
// one database's QueryHistory (substring, newest first), as the user types. Return or a double
// click takes the highlighted query, Escape closes without one; chosenText() then holds it.
// Run Again asks for the highlighted query to be run at once (runRequested()); Copy puts it on
// the clipboard and keeps the dialog open.
// Up and Down in the filter field move through the list. On a saved query, Rename… (F2) and
// Delete (the Delete key in the list, or its context menu) change the saved queries; the
// history writes that on its own thread. It reads only the history's memory, so it never waits
// on the disk.
//
//   auto *search = new HistorySearch(history, editor);
//   search->setAttribute(Qt::WA_DeleteOnClose);
//   connect(search, &HistorySearch::chosen, editor, &SqlEditor::setPlainText);
//   search->open();
class HistorySearch : public QDialog
{
    Q_OBJECT
public:
    explicit HistorySearch(QueryHistory *history, QWidget *parent = nullptr);

    QString chosenText() const { return m_chosen; }
    // The name of the saved query chosen; empty when the chosen text is a run's.
    QString chosenName() const { return m_chosenName; }
    // The questions Rename… and Delete ask (tests answer them themselves).
    void setPrompts(const SavedQueryPrompts &prompts) { m_prompts = prompts; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QLabel *statusLabel() const { return m_status; }
    // How many queries the list shows now.
    int matchCount() const;
    QLineEdit *filterField() const { return m_filter; }
    QListWidget *list() const { return m_list; }

    // At most this many runs are listed (saved queries always are).
    static constexpr int maximumRuns = 500;

    // Copies the highlighted query to the clipboard (the Copy button); returns it.
    QString copyCurrent();

Q_SIGNALS:
    void chosen(const QString &text);
    // Run Again: the highlighted query is to be run as it is (the dialog closes).
    void runRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose();
    QString currentText() const;
    QString currentName() const; // empty unless a saved query is highlighted
    void updateActions();
    void renameCurrent();
    void deleteCurrent();

    QueryHistory *m_history;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QAction *m_rename;
    QAction *m_delete;
    SavedQueryPrompts m_prompts;
    QString m_chosen;
    QString m_chosenName;
};

} // namespace rowbook
