#pragma once

#include "database.h"
#include "queryexportjob.h"

#include <QObject>

class QPushButton;
class QTableView;
class QToolButton;

namespace rowbook {

class JobRunner;
class QueryResultModel;

// What the SQL console does with a result: Export as CSV… / JSON… (QueryExportJob on a worker
// thread: the statement is read again and streamed to the file, with a row count as progress and
// a Cancel button; the file appears only when the export succeeded) and Copy as TSV (Ctrl+C in
// the grid) of the selected cells that are in memory. Only the result of a run that did not write
// can be exported: reading it again must not change data twice.
class ResultActions : public QObject
{
    Q_OBJECT
public:
    ResultActions(const DatabaseInfo &database, QTableView *view, QWidget *parent);
    ~ResultActions() override;

    QToolButton *button() const { return m_button; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The statement whose result the grid shows, or empty when it cannot be exported.
    void setResultSql(const QString &sql);
    bool canExport() const { return !m_sql.isEmpty(); }
    bool isExporting() const;
    // Starts writing the result to `path`; false (with message()) when there is nothing to
    // export or an export is running.
    bool exportTo(const QString &path, QueryOutput::Format format);
    // The selected cells as TSV, put on the clipboard; empty (with message()) when nothing is
    // selected or a selected row is not in memory.
    QString copySelection();

Q_SIGNALS:
    // What to tell the person; `error` when something failed.
    void message(const QString &text, bool error);

private:
    void chooseFile(QueryOutput::Format format);
    void onFinished(const rowbook::QueryExportJob::Result &result);

    DatabaseInfo m_database;
    QTableView *m_view;
    QToolButton *m_button;
    QPushButton *m_cancel;
    JobRunner *m_jobs;
    QString m_sql;
    QString m_path;
};

} // namespace rowbook
